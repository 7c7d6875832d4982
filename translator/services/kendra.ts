// Amazon Kendra: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/kendra/latest/dg/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_kendra_index', create: 'CreateIndex', id: ['response.id'], delete: 'DeleteIndex', deleteId: ['request.id'] },
]);

export const kendra: ServiceMapper = { service: 'kendra', eventSource: 'kendra.amazonaws.com', ...TYPES };
