// Amazon Cognito user pools: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Pool members import as `POOL-ID<sep>MEMBER`.
const inPool = (sep: string) => (id: string, e: MapperEvent) => `${optString(e.request, 'userPoolId') ?? ''}${sep}${id}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_cognito_user_pool',
    doc: 'cognito_user_pool',
    create: 'CreateUserPool',
    id: ['response.userPool.id'],
    delete: 'DeleteUserPool',
    deleteId: ['request.userPoolId'],
  },
  {
    type: 'aws_cognito_user_pool_client',
    doc: 'cognito_user_pool_client',
    create: 'CreateUserPoolClient',
    id: ['response.userPoolClient.clientId'],
    importId: inPool('/'),
  },
  { type: 'aws_cognito_user_group', doc: 'cognito_user_group', create: 'CreateGroup', id: ['request.groupName'], importId: inPool('/') },
  {
    type: 'aws_cognito_user_pool_domain',
    doc: 'cognito_user_pool_domain',
    create: 'CreateUserPoolDomain',
    id: ['request.domain'],
    delete: 'DeleteUserPoolDomain',
  },
  {
    type: 'aws_cognito_identity_provider',
    doc: 'cognito_identity_provider',
    create: 'CreateIdentityProvider',
    id: ['request.providerName'],
    importId: inPool(':'),
  },
  { type: 'aws_cognito_resource_server', doc: 'cognito_resource_server', create: 'CreateResourceServer', id: ['request.identifier'], importId: inPool('|') },
]);

export const cognitoIdp: ServiceMapper = { service: 'cognitoidp', eventSource: 'cognito-idp.amazonaws.com', ...TYPES };
