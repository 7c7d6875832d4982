// AWS IAM Identity Center identity store: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Each is imported as `IDENTITY-STORE-ID/ID`.
// Event and field names: https://docs.aws.amazon.com/singlesignon/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `STORE-ID/ID`: the store from the request, the ID from the create response or the delete request. */
const inStore = (side: 'request' | 'response', idMember: string) => (e: MapperEvent) => {
  const store = optString(e.request, 'identityStoreId');
  const id = optString(side === 'request' ? e.request : e.response, idMember);
  return store && id ? `${store}/${id}` : undefined;
};

const row = (type: string, create: string, idMember: string, del: string, name?: string): ImportOnlyRow => ({
  type,
  create,
  id: inStore('response', idMember),
  name: name === undefined ? undefined : [`request.${name}`],
  delete: del,
  deleteId: inStore('request', idMember),
});

const TYPES = importOnlyTypes([
  row('aws_identitystore_group', 'CreateGroup', 'groupId', 'DeleteGroup', 'displayName'),
  row('aws_identitystore_user', 'CreateUser', 'userId', 'DeleteUser', 'userName'),
  row('aws_identitystore_group_membership', 'CreateGroupMembership', 'membershipId', 'DeleteGroupMembership'),
]);

export const identitystore: ServiceMapper = { service: 'identitystore', eventSource: 'identitystore.amazonaws.com', ...TYPES };
