// AWS CloudHSM: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cloudhsm/latest/userguide/get-api-logs-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_cloudhsm_v2_cluster',
    create: 'CreateCluster',
    id: ['response.cluster.clusterId'],
    delete: 'DeleteCluster',
    deleteId: ['request.clusterId'],
  },
  { type: 'aws_cloudhsm_v2_hsm', create: 'CreateHsm', id: ['response.hsm.hsmId'], delete: 'DeleteHsm', deleteId: ['request.hsmId'] },
]);

export const cloudhsm: ServiceMapper = { service: 'cloudhsm', eventSource: 'cloudhsm.amazonaws.com', ...TYPES };
