// AWS Lake Formation: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/lake-formation/latest/dg/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `CATALOG-ID:KEY`; the catalog defaults to the account.
  {
    type: 'aws_lakeformation_lf_tag',
    create: 'CreateLFTag',
    id: (e) => { const k = optString(e.request, 'tagKey'); return k ? `${optString(e.request, 'catalogId') ?? e.accountId}:${k}` : undefined; },
    delete: 'DeleteLFTag',
  },
]);

export const lakeFormation: ServiceMapper = { service: 'lakeformation', eventSource: 'lakeformation.amazonaws.com', ...TYPES };
