// Recycle Bin: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin-ct.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_rbin_rule', create: 'CreateRule', id: ['response.identifier'], delete: 'DeleteRule', deleteId: ['request.identifier'] },
]);

export const rbin: ServiceMapper = { service: 'rbin', eventSource: 'rbin.amazonaws.com', ...TYPES };
