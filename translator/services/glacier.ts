// Amazon S3 Glacier: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/amazonglacier/latest/dev/audit-logging.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_glacier_vault', create: 'CreateVault', id: ['request.vaultName'], delete: 'DeleteVault' },
]);

export const glacier: ServiceMapper = { service: 'glacier', eventSource: 'glacier.amazonaws.com', ...TYPES };
