// AWS Organizations: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_cloudtrail-integration.html
// CreateAccount is asynchronous: its answer is a request status (`car-…`), and the account ID (the import
// ID) is there only once the state is SUCCEEDED; otherwise the record cannot name what to import.

import { importOnlyTypes } from './import-only';
import type { EventHandler, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { optString, reqString } from './read';

const ACCOUNT = 'aws_organizations_account';

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
  { type: 'aws_organizations_organization', create: 'CreateOrganization', id: ['response.organization.id'] },
  // Import ID `TARGET_ID:POLICY_ID`.
  {
    type: 'aws_organizations_policy_attachment',
    create: 'AttachPolicy',
    id: (e) => {
      const target = optString(e.request, 'targetId');
      const policy = optString(e.request, 'policyId');
      return target && policy ? `${target}:${policy}` : undefined;
    },
    delete: 'DetachPolicy',
  },
  // Import ID `ACCOUNT_ID/SERVICE_PRINCIPAL`.
  {
    type: 'aws_organizations_delegated_administrator',
    create: 'RegisterDelegatedAdministrator',
    id: (e) => {
      const account = optString(e.request, 'accountId');
      const principal = optString(e.request, 'servicePrincipal');
      return account && principal ? `${account}/${principal}` : undefined;
    },
    delete: 'DeregisterDelegatedAdministrator',
  },
  { type: 'aws_organizations_resource_policy', create: 'PutResourcePolicy', id: ['response.resourcePolicy.resourcePolicySummary.id'] },
]);

const createAccount: EventHandler = (event, ctx) => {
  const status = reqString(event.response, 'createAccountStatus.state');
  const id = optString(event.response, 'createAccountStatus.accountId');
  if (id === undefined) {
    ctx.unsupported(`account creation is asynchronous (state ${status}): the record holds no account ID to import; once created, import it by ID (aws organizations list-accounts)`);
    return;
  }
  ctx.create(ACCOUNT, id, { nameHint: optString(event.request, 'accountName') ?? id });
};

const removeAccount: EventHandler = (event, ctx) => ctx.remove(ACCOUNT, reqString(event.request, 'accountId'));

export const organizations: ServiceMapper = {
  service: 'organizations',
  eventSource: 'organizations.amazonaws.com',
  resources: [...TYPES.resources, { type: ACCOUNT, required: [], importOnly: true, events: ['CreateAccount', 'CloseAccount', 'RemoveAccountFromOrganization'] }],
  events: mergeHandlers(TYPES.events, { CreateAccount: createAccount, CloseAccount: removeAccount, RemoveAccountFromOrganization: removeAccount }),
};
