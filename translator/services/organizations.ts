// AWS Organizations: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_cloudtrail-integration.html
// CreateAccount is not mapped: its response holds only the request status ID (car-…), not the account ID.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_organizations_organizational_unit',
    create: 'CreateOrganizationalUnit',
    id: ['response.organizationalUnit.id'],
    delete: 'DeleteOrganizationalUnit',
    deleteId: ['request.organizationalUnitId'],
  },
  {
    type: 'aws_organizations_policy',
    create: 'CreatePolicy',
    id: ['response.policy.policySummary.id'],
    delete: 'DeletePolicy',
    deleteId: ['request.policyId'],
  },
]);

export const organizations: ServiceMapper = { service: 'organizations', eventSource: 'organizations.amazonaws.com', ...TYPES };
