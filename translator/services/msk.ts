// Amazon MSK: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/msk/latest/developerguide/logging-using-cloudtrail.html
// CreateClusterV2 (provisioned or serverless) is not mapped: one event cannot name two types.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_msk_cluster',
    create: 'CreateCluster',
    id: ['response.clusterArn'],
    delete: 'DeleteCluster',
    deleteId: ['request.clusterArn'],
  },
  {
    type: 'aws_msk_configuration',
    create: 'CreateConfiguration',
    id: ['response.arn'],
    delete: 'DeleteConfiguration',
    deleteId: ['request.arn'],
  },
]);

export const msk: ServiceMapper = { service: 'msk', eventSource: 'kafka.amazonaws.com', ...TYPES };
