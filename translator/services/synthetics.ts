// CloudWatch Synthetics: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_synthetics_canary', create: 'CreateCanary', id: ['request.name'], delete: 'DeleteCanary' },
  {
    type: 'aws_synthetics_group',
    create: 'CreateGroup',
    id: ['request.name'],
    delete: 'DeleteGroup',
    deleteId: ['request.groupIdentifier'],
  },
]);

export const synthetics: ServiceMapper = { service: 'synthetics', eventSource: 'synthetics.amazonaws.com', ...TYPES };
