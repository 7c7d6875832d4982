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
]);

export const imagebuilder: ServiceMapper = { service: 'imagebuilder', eventSource: 'imagebuilder.amazonaws.com', ...TYPES };
