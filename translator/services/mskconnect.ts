// Amazon MSK Connect: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/msk/latest/developerguide/mkc-logging.html
// Every type imports by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_mskconnect_connector',
    create: 'CreateConnector',
    id: ['response.connectorArn'],
    delete: 'DeleteConnector',
    deleteId: ['request.connectorArn'],
  },
  {
    type: 'aws_mskconnect_custom_plugin',
    create: 'CreateCustomPlugin',
    id: ['response.customPluginArn'],
    delete: 'DeleteCustomPlugin',
    deleteId: ['request.customPluginArn'],
  },
  {
    type: 'aws_mskconnect_worker_configuration',
    create: 'CreateWorkerConfiguration',
    id: ['response.workerConfigurationArn'],
  },
]);

export const mskConnect: ServiceMapper = { service: 'mskconnect', eventSource: 'kafkaconnect.amazonaws.com', ...TYPES };
