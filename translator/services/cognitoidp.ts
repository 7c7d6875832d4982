// Amazon Cognito user pools. JSON protocol: CloudTrail keys are the API member names with a lower-case
// first letter (`userPoolId`, `clientName`, `callbackURLs`, `allowedOAuthFlows`).
// Event and field names: https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html
// App clients (aws_cognito_user_pool_client) are mapped in full; the other types by their import block
// only (Terraform writes their configuration with `terraform plan -generate-config-out`).
// Cognito hides sensitive members in CloudTrail (HIDDEN_FOR_SECURITY_REASONS / HIDDEN_DUE_TO_SECURITY_REASONS,
// "Confidential data in CloudTrail" in the logging doc). The client secret is never read or printed;
// `ClientId` is a sensitive member in the API model too, so a record may hide it.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, optBool, optNumber, optString, reqString, stringList } from './read';
import { blocks, fields, flag, maybe, number, strings, text } from './values';

const doc = (name: string) => `https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${name}#import`;

const POOL = 'aws_cognito_user_pool';
const CLIENT = 'aws_cognito_user_pool_client';

// Pool members import as `POOL-ID<sep>MEMBER`.
const inPool = (sep: string) => (id: string, e: MapperEvent) => `${optString(e.request, 'userPoolId') ?? ''}${sep}${id}`;

const TYPES = importOnlyTypes([
  {
    type: POOL,
    doc: 'cognito_user_pool',
    create: 'CreateUserPool',
    id: ['response.userPool.id'],
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

const isHidden = (value: string | undefined) => value !== undefined && /^HIDDEN_/.test(value);

// ---------------------------------------------------------------------------------------------
// App clients

/** The client's ID within the manifest is its import ID, `pool-id/client-id` (cognito_user_pool_client doc). */
const clientKey = (poolId: string, clientId: string) => `${poolId}/${clientId}`;

/** The API's default token validity units (UserPoolClientType): the provider leaves them out of state on import. */
const DEFAULT_UNITS = { accessToken: 'hours', idToken: 'hours', refreshToken: 'days' } as const;

/**
 * A client's whole configuration from a Create/UpdateUserPoolClient record. The response echoes the
 * client as Cognito stored it (`userPoolClient`), so it wins over the request field by field. Every
 * argument but name and user_pool_id is optional and computed, so what the record lacks is left out.
 */
function clientFields(event: MapperEvent, name: string): Fields {
  const echoed = at(event.response, 'userPoolClient');
  const from = (path: string): JsonValue | undefined => (isObject(echoed) && at(echoed, path) !== undefined ? echoed : event.request);
  const str = (path: string) => maybe(optString(from(path), path), text);
  const num = (path: string) => maybe(optNumber(from(path), path), number);
  const bool = (path: string) => maybe(optBool(from(path), path), flag);
  const set = (path: string) => {
    const values = stringList(from(path), path);
    return values.length > 0 ? strings(values) : undefined;
  };

  const units = at(from('tokenValidityUnits'), 'tokenValidityUnits');
  let tokenUnits: Fields | undefined;
  if (isObject(units)) {
    const access = optString(units, 'accessToken') ?? DEFAULT_UNITS.accessToken;
    const id = optString(units, 'idToken') ?? DEFAULT_UNITS.idToken;
    const refresh = optString(units, 'refreshToken') ?? DEFAULT_UNITS.refreshToken;
    // The provider reads default units back as no block at all, so only non-default units are written.
    if (access !== DEFAULT_UNITS.accessToken || id !== DEFAULT_UNITS.idToken || refresh !== DEFAULT_UNITS.refreshToken) {
      tokenUnits = { access_token: text(access), id_token: text(id), refresh_token: text(refresh) };
    }
  }

  const analytics = at(from('analyticsConfiguration'), 'analyticsConfiguration');
  const rotation = at(from('refreshTokenRotation'), 'refreshTokenRotation');
  const poolId = optString(echoed, 'userPoolId') ?? reqString(event.request, 'userPoolId');

  return fields({
    name: text(name),
    user_pool_id: text(poolId),
    access_token_validity: num('accessTokenValidity'),
    id_token_validity: num('idTokenValidity'),
    refresh_token_validity: num('refreshTokenValidity'),
    auth_session_validity: num('authSessionValidity'),
    explicit_auth_flows: set('explicitAuthFlows'),
    read_attributes: set('readAttributes'),
    write_attributes: set('writeAttributes'),
    supported_identity_providers: set('supportedIdentityProviders'),
    allowed_oauth_flows_user_pool_client: bool('allowedOAuthFlowsUserPoolClient'),
    allowed_oauth_flows: set('allowedOAuthFlows'),
    allowed_oauth_scopes: set('allowedOAuthScopes'),
    callback_urls: set('callbackURLs'),
    logout_urls: set('logoutURLs'),
    default_redirect_uri: str('defaultRedirectURI'),
    prevent_user_existence_errors: str('preventUserExistenceErrors'),
    enable_token_revocation: bool('enableTokenRevocation'),
    enable_propagate_additional_user_context_data: bool('enablePropagateAdditionalUserContextData'),
    token_validity_units: tokenUnits ? blocks(tokenUnits) : undefined,
    analytics_configuration: isObject(analytics)
      ? blocks(
          fields({
            application_arn: maybe(optString(analytics, 'applicationArn'), text),
            application_id: maybe(optString(analytics, 'applicationId'), text),
            external_id: maybe(optString(analytics, 'externalId'), text),
            role_arn: maybe(optString(analytics, 'roleArn'), text),
            user_data_shared: maybe(optBool(analytics, 'userDataShared'), flag),
          }),
        )
      : undefined,
    refresh_token_rotation: isObject(rotation)
      ? blocks(fields({ feature: text(reqString(rotation, 'feature')), retry_grace_period_seconds: maybe(optNumber(rotation, 'retryGracePeriodSeconds'), number) }))
      : undefined,
  });
}

const GENERATE_SECRET_REASON =
  'generate_secret forces replacement and the provider never reads it back (DescribeUserPoolClient has no such field), so an imported client has none in state';

/** The client a record names: by ID when CloudTrail shows it, else by name among the session's clients of that pool. */
function findClient(event: MapperEvent, ctx: FoldContext): { draft?: ResourceDraft; poolId: string; clientId?: string } {
  const poolId = reqString(event.request, 'userPoolId');
  const clientId = optString(event.request, 'clientId') ?? optString(event.response, 'userPoolClient.clientId');
  if (clientId !== undefined && !isHidden(clientId)) return { draft: ctx.find(CLIENT, clientKey(poolId, clientId)), poolId, clientId };
  const name = optString(event.response, 'userPoolClient.clientName') ?? optString(event.request, 'clientName');
  const byName = name === undefined ? [] : ctx.all(CLIENT).filter((c) => c.id.startsWith(`${poolId}/`) && c.nameHint === name);
  return { draft: byName.length === 1 ? byName[0] : undefined, poolId };
}

export const cognitoIdp: ServiceMapper = {
  service: 'cognitoidp',
  eventSource: 'cognito-idp.amazonaws.com',
  resources: [
    // Deleting a pool deletes its clients, handled below with the pool's own removal.
    ...TYPES.resources.map((spec) => (spec.type === POOL ? { ...spec, events: [...spec.events, 'DeleteUserPool'] } : spec)),
    {
      type: CLIENT,
      importDoc: doc('cognito_user_pool_client'),
      required: ['name', 'user_pool_id'],
      references: { user_pool_id: [POOL] },
      events: ['CreateUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient', 'DeleteUserPool'],
    },
  ],
  events: {
    ...TYPES.events,
    DeleteUserPool(event, ctx) {
      const poolId = reqString(event.request, 'userPoolId');
      for (const client of ctx.all(CLIENT)) if (client.id.startsWith(`${poolId}/`)) ctx.remove(CLIENT, client.id);
      ctx.remove(POOL, poolId);
    },
    CreateUserPoolClient(event, ctx) {
      const poolId = reqString(event.request, 'userPoolId');
      const clientId = optString(event.response, 'userPoolClient.clientId');
      if (clientId === undefined || isHidden(clientId)) {
        ctx.unsupported(
          `the record does not show the new client's ID (${clientId ?? 'no response'}), so its import block (pool-id/client-id) cannot be written; find it with aws cognito-idp list-user-pool-clients --user-pool-id ${poolId}`,
        );
        return;
      }
      const name = optString(event.response, 'userPoolClient.clientName') ?? reqString(event.request, 'clientName');
      const body = clientFields(event, name);
      const draft = ctx.create(CLIENT, clientKey(poolId, clientId), { importId: clientKey(poolId, clientId), nameHint: name, exports: { id: clientId } });
      draft.fields = body;
      // The secret itself is never printed: Cognito returns it once and CloudTrail hides it.
      if (optBool(event.request, 'generateSecret') === true) {
        draft.fields.generate_secret = flag(true);
        draft.ignoreChanges('generate_secret', GENERATE_SECRET_REASON);
      }
    },
    UpdateUserPoolClient(event, ctx) {
      // UpdateUserPoolClient resets every setting the request leaves out to its default (API reference),
      // so the record states the whole configuration and replaces what the session had.
      const { draft: known, poolId, clientId } = findClient(event, ctx);
      if (!known && clientId === undefined) {
        ctx.unsupported('the record hides the client ID and the session created no client of that name in the pool, so the client cannot be imported');
        return;
      }
      const key = known?.id ?? clientKey(poolId, clientId!);
      const name = optString(event.response, 'userPoolClient.clientName') ?? optString(event.request, 'clientName');
      const draft = ctx.change(CLIENT, key, { importId: key, nameHint: name ?? clientId!, exports: { id: key.slice(poolId.length + 1) } });
      const previous = draft.fields.name;
      const keptName = name ?? (previous?.kind === 'string' ? previous.value : undefined);
      // ClientName is optional in the request; a client from before the session named by nothing here
      // stays an import block only (its required name is unknown).
      if (keptName === undefined) return;
      const secret = draft.fields.generate_secret;
      draft.fields = { ...clientFields(event, keptName), ...(secret ? { generate_secret: secret } : {}) };
    },
    DeleteUserPoolClient(event, ctx) {
      const { draft, poolId, clientId } = findClient(event, ctx);
      if (draft) ctx.remove(CLIENT, draft.id);
      else if (clientId !== undefined) ctx.remove(CLIENT, clientKey(poolId, clientId));
      else ctx.unsupported('the record hides the client ID, so Trailform cannot tell which client was deleted');
    },
  },
};
