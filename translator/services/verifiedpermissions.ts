// Amazon Verified Permissions: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/verifiedpermissions/latest/userguide/logging-using-cloudtrail.html
// Import IDs as the provider docs give them: `POLICY_STORE:IDENTITY_SOURCE`, `POLICY,POLICY_STORE`,
// `POLICY_STORE:POLICY_TEMPLATE`; the store and its schema by the store ID.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const store = (e: MapperEvent) => optString(e.request, 'policyStoreId') ?? optString(e.response, 'policyStoreId');
/** A store and a child ID read from the answer (create) or the request (delete, update). */
const child = (sep: string, key: string, storeFirst: boolean) => (e: MapperEvent) => {
  const s = store(e);
  const c = optString(e.response, key) ?? optString(e.request, key);
  if (!s || !c) return undefined;
  return storeFirst ? `${s}${sep}${c}` : `${c}${sep}${s}`;
};

const TYPES = importOnlyTypes([
  {
    type: 'aws_verifiedpermissions_policy_store',
    create: 'CreatePolicyStore',
    id: ['response.policyStoreId'],
    delete: 'DeletePolicyStore',
    deleteId: ['request.policyStoreId'],
    update: ['UpdatePolicyStore'],
  },
  { type: 'aws_verifiedpermissions_schema', create: 'PutSchema', id: ['request.policyStoreId'] },
  {
    type: 'aws_verifiedpermissions_identity_source',
    create: 'CreateIdentitySource',
    id: child(':', 'identitySourceId', true),
    delete: 'DeleteIdentitySource',
    update: ['UpdateIdentitySource'],
  },
  { type: 'aws_verifiedpermissions_policy', create: 'CreatePolicy', id: child(',', 'policyId', false), delete: 'DeletePolicy', update: ['UpdatePolicy'] },
  {
    type: 'aws_verifiedpermissions_policy_template',
    create: 'CreatePolicyTemplate',
    id: child(':', 'policyTemplateId', true),
    delete: 'DeletePolicyTemplate',
    update: ['UpdatePolicyTemplate'],
  },
]);

export const verifiedpermissions: ServiceMapper = { service: 'verifiedpermissions', eventSource: 'verifiedpermissions.amazonaws.com', ...TYPES };
