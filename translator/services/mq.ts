// Amazon MQ: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_mq_broker', create: 'CreateBroker', id: ['response.brokerId'], delete: 'DeleteBroker', deleteId: ['request.brokerId'] },
  { type: 'aws_mq_configuration', create: 'CreateConfiguration', id: ['response.id'] },
]);

export const mq: ServiceMapper = { service: 'mq', eventSource: 'amazonmq.amazonaws.com', ...TYPES };
