// Amazon SageMaker AI: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/sagemaker/latest/dg/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_sagemaker_model', create: 'CreateModel', id: ['request.modelName'], delete: 'DeleteModel' },
  { type: 'aws_sagemaker_endpoint', create: 'CreateEndpoint', id: ['request.endpointName'], delete: 'DeleteEndpoint' },
  {
    type: 'aws_sagemaker_endpoint_configuration',
    create: 'CreateEndpointConfig',
    id: ['request.endpointConfigName'],
    delete: 'DeleteEndpointConfig',
  },
  {
    type: 'aws_sagemaker_notebook_instance',
    create: 'CreateNotebookInstance',
    id: ['request.notebookInstanceName'],
    delete: 'DeleteNotebookInstance',
  },
  {
    type: 'aws_sagemaker_notebook_instance_lifecycle_configuration',
    create: 'CreateNotebookInstanceLifecycleConfig',
    id: ['request.notebookInstanceLifecycleConfigName'],
    delete: 'DeleteNotebookInstanceLifecycleConfig',
  },
  {
    type: 'aws_sagemaker_domain',
    create: 'CreateDomain',
    id: (e) => optString(e.response, 'domainArn')?.split('/').pop(),
    delete: 'DeleteDomain',
    deleteId: ['request.domainId'],
  },
  // Imported by ARN.
  { type: 'aws_sagemaker_user_profile', create: 'CreateUserProfile', id: ['response.userProfileArn'] },
  {
    type: 'aws_sagemaker_code_repository',
    create: 'CreateCodeRepository',
    id: ['request.codeRepositoryName'],
    delete: 'DeleteCodeRepository',
  },
  {
    type: 'aws_sagemaker_model_package_group',
    create: 'CreateModelPackageGroup',
    id: ['request.modelPackageGroupName'],
    delete: 'DeleteModelPackageGroup',
  },
  {
    type: 'aws_sagemaker_feature_group',
    create: 'CreateFeatureGroup',
    id: ['request.featureGroupName'],
    delete: 'DeleteFeatureGroup',
  },
  { type: 'aws_sagemaker_pipeline', create: 'CreatePipeline', id: ['request.pipelineName'], delete: 'DeletePipeline' },
  { type: 'aws_sagemaker_image', create: 'CreateImage', id: ['request.imageName'], delete: 'DeleteImage' },
  { type: 'aws_sagemaker_workteam', create: 'CreateWorkteam', id: ['request.workteamName'], delete: 'DeleteWorkteam' },
]);

export const sagemaker: ServiceMapper = { service: 'sagemaker', eventSource: 'sagemaker.amazonaws.com', ...TYPES };
