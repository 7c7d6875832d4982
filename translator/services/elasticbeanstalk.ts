// AWS Elastic Beanstalk: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_elastic_beanstalk_application', create: 'CreateApplication', id: ['request.applicationName'], delete: 'DeleteApplication' },
  // Imported by the environment ID (`e-…`), which both the create and the terminate responses hold.
  {
    type: 'aws_elastic_beanstalk_environment',
    create: 'CreateEnvironment',
    id: ['response.environmentId'],
    name: ['request.environmentName', 'response.environmentName'],
    delete: 'TerminateEnvironment',
    deleteId: ['response.environmentId', 'request.environmentId'],
  },
]);

export const elasticbeanstalk: ServiceMapper = { service: 'elasticbeanstalk', eventSource: 'elasticbeanstalk.amazonaws.com', ...TYPES };
