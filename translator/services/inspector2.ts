// Amazon Inspector: finding filters (suppression rules), mapped by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Imported by ARN.
// https://docs.aws.amazon.com/inspector/latest/user/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_inspector2_filter', create: 'CreateFilter', id: ['response.arn'], name: ['request.name'], delete: 'DeleteFilter', deleteId: ['request.arn'] },
]);

export const inspector2: ServiceMapper = { service: 'inspector2', eventSource: 'inspector2.amazonaws.com', ...TYPES };
