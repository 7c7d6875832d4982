// Amazon CloudSearch: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cloudsearch/latest/developerguide/logging-config-api-calls.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Index fields, scaling, availability, access policies and endpoint options are arguments of the domain.
  {
    type: 'aws_cloudsearch_domain',
    create: 'CreateDomain',
    id: ['request.domainName'],
    delete: 'DeleteDomain',
    update: ['DefineIndexField', 'DeleteIndexField', 'UpdateScalingParameters', 'UpdateAvailabilityOptions', 'UpdateServiceAccessPolicies', 'UpdateDomainEndpointOptions'],
  },
]);

export const cloudsearch: ServiceMapper = { service: 'cloudsearch', eventSource: 'cloudsearch.amazonaws.com', ...TYPES };
