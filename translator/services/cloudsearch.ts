// Amazon CloudSearch: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cloudsearch/latest/developerguide/logging-config-api-calls.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_cloudsearch_domain', create: 'CreateDomain', id: ['request.domainName'], delete: 'DeleteDomain' },
]);

export const cloudsearch: ServiceMapper = { service: 'cloudsearch', eventSource: 'cloudsearch.amazonaws.com', ...TYPES };
