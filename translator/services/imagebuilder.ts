// EC2 Image Builder: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/imagebuilder/latest/userguide/log-cloudtrail.html
// Every type imports by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_imagebuilder_component', create: 'CreateComponent', id: ['response.componentBuildVersionArn'] },
  { type: 'aws_imagebuilder_image_recipe', create: 'CreateImageRecipe', id: ['response.imageRecipeArn'] },
  {
    type: 'aws_imagebuilder_infrastructure_configuration',
    create: 'CreateInfrastructureConfiguration',
    id: ['response.infrastructureConfigurationArn'],
  },
  {
    type: 'aws_imagebuilder_distribution_configuration',
    create: 'CreateDistributionConfiguration',
    id: ['response.distributionConfigurationArn'],
  },
  { type: 'aws_imagebuilder_container_recipe', create: 'CreateContainerRecipe', id: ['response.containerRecipeArn'], name: ['request.name'] },
  { type: 'aws_imagebuilder_image', create: 'CreateImage', id: ['response.imageBuildVersionArn'] },
  {
    type: 'aws_imagebuilder_lifecycle_policy',
    create: 'CreateLifecyclePolicy',
    id: ['response.lifecyclePolicyArn'],
    name: ['request.name'],
    delete: 'DeleteLifecyclePolicy',
    deleteId: ['request.lifecyclePolicyArn'],
  },
  { type: 'aws_imagebuilder_workflow', create: 'CreateWorkflow', id: ['response.workflowBuildVersionArn'], name: ['request.name'] },
]);

export const imagebuilder: ServiceMapper = { service: 'imagebuilder', eventSource: 'imagebuilder.amazonaws.com', ...TYPES };
