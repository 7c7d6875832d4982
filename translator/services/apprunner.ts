// AWS App Runner: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/apprunner/latest/dg/monitor-ct.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_apprunner_service',
    create: 'CreateService',
    id: ['response.service.serviceArn'],
    delete: 'DeleteService',
    deleteId: ['request.serviceArn'],
  },
  { type: 'aws_apprunner_connection', create: 'CreateConnection', id: ['request.connectionName'] },
  {
    type: 'aws_apprunner_auto_scaling_configuration_version',
    create: 'CreateAutoScalingConfiguration',
    id: ['response.autoScalingConfiguration.autoScalingConfigurationArn'],
  },
  { type: 'aws_apprunner_vpc_connector', create: 'CreateVpcConnector', id: ['response.vpcConnector.vpcConnectorArn'] },
  {
    type: 'aws_apprunner_observability_configuration',
    create: 'CreateObservabilityConfiguration',
    id: ['response.observabilityConfiguration.observabilityConfigurationArn'],
  },
]);

export const apprunner: ServiceMapper = { service: 'apprunner', eventSource: 'apprunner.amazonaws.com', ...TYPES };
