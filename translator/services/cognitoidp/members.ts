// User pool members: groups, the hosted-UI domain, resource servers and federated identity providers.
// CloudTrail shape (JSON protocol): the API members with a lower-case first letter (`userPoolId`,
// `groupName`, `customDomainConfig.certificateArn`, `scopes[{scopeName, scopeDescription}]`,
// `providerDetails`). Their Update* calls restate every setting: what the request leaves out is reset to
// its default (UpdateGroup, UpdateResourceServer, UpdateIdentityProvider API references).
// https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateGroup.html

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft, ResourceTypeSpec } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optString, reqString } from '../read';
import { blocks, fields, numberAt, ownSecret, stringMap, stringsAt, text, textAt } from '../values';
import { object, str, type Expr } from '../../hcl/ast';

export const GROUP = 'aws_cognito_user_group';
export const DOMAIN = 'aws_cognito_user_pool_domain';
export const RESOURCE_SERVER = 'aws_cognito_resource_server';
export const IDENTITY_PROVIDER = 'aws_cognito_identity_provider';
const POOL = 'aws_cognito_user_pool';

/** Each member's import ID is `POOL-ID<sep>MEMBER` (provider docs); it is also its key here. */
export const MEMBER_SEPARATOR = { [GROUP]: '/', [RESOURCE_SERVER]: '|', [IDENTITY_PROVIDER]: ':' } as const;
const memberKey = (type: keyof typeof MEMBER_SEPARATOR, poolId: string, member: string) => `${poolId}${MEMBER_SEPARATOR[type]}${member}`;

const isHidden = (value: string | undefined) => value !== undefined && /^HIDDEN_/.test(value);

function groupFields(request: JsonValue, poolId: string, name: string): Fields {
  return fields({
    name: text(name),
    user_pool_id: text(poolId),
    description: textAt(request, 'description'),
    precedence: numberAt(request, 'precedence'),
    role_arn: textAt(request, 'roleArn'),
  });
}

function resourceServerFields(request: JsonValue, poolId: string, identifier: string): Fields {
  const scopes = listAt(request, 'scopes');
  return fields({
    identifier: text(identifier),
    name: text(reqString(request, 'name')),
    user_pool_id: text(poolId),
    scope:
      scopes.length > 0
        ? blocks(...scopes.map((s) => ({ scope_name: text(reqString(s, 'scopeName')), scope_description: text(reqString(s, 'scopeDescription')) })))
        : undefined,
  });
}

/** Keys of provider_details that hold a secret (Cognito's identity provider doc: client_secret). */
const SECRET_DETAIL = /secret/i;

/**
 * provider_details with each secret (and any value CloudTrail hid) as a variable. Undefined when the
 * record hid the whole map: its keys (MetadataURL or MetadataFile, client_id …) are then unknown.
 */
function providerDetails(value: JsonValue | undefined): Expr | undefined {
  if (!isObject(value)) return undefined;
  // Keys are read directly, not as dotted paths.
  const entries = Object.entries(value).map(([key, raw]) => {
    const v = reqString({ v: raw }, 'v');
    return [key, SECRET_DETAIL.test(key) || isHidden(v) ? ownSecret(`provider_details_${key.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`) : str(v)] as const;
  });
  return entries.length > 0 ? object(entries) : undefined;
}

/**
 * attribute_mapping as AWS stores it: for OIDC and social providers Cognito maps the `sub` claim to
 * `username` itself when the request does not (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
 */
function attributeMapping(request: JsonValue, providerType: string | undefined): Expr | undefined {
  const value = at(request, 'attributeMapping');
  if (value !== undefined && value !== null && !isObject(value)) throw new MalformedRecordError('attributeMapping should be a map');
  const mapping: Record<string, string> = {};
  if (isObject(value)) for (const [key, raw] of Object.entries(value)) mapping[key] = reqString({ v: raw }, 'v');
  if (Object.keys(mapping).length === 0) return undefined;
  if (providerType !== undefined && providerType !== 'SAML' && mapping.username === undefined) mapping.username = 'sub';
  return stringMap(mapping);
}

const PROVIDER_DETAILS_REASON =
  'Cognito adds the endpoints it discovers (authorize_url, token_url, attributes_url, jwks_uri …) to provider_details and CloudTrail hides the client secret, so the live map is kept (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html)';

/**
 * The provider's settings; import-only when the record hid its provider details. An update keeps what
 * its request does not name.
 */
function setProviderFields(draft: ResourceDraft, request: JsonValue, poolId: string, name: string, type: string | undefined): void {
  const previous = draft.fields;
  const sent = at(request, 'providerDetails');
  const details = sent === undefined ? previous.provider_details : providerDetails(sent);
  const keptType = type ?? (previous.provider_type?.kind === 'string' ? previous.provider_type.value : undefined);
  if (!details || details.kind === 'blocks' || keptType === undefined) {
    draft.configFromAccount('CloudTrail hid the provider details (HIDDEN_DUE_TO_SECURITY_REASONS), so their keys are known only to the account');
    return;
  }
  draft.fields = fields({
    user_pool_id: text(poolId),
    provider_name: text(name),
    provider_type: text(keptType),
    provider_details: details,
    attribute_mapping: at(request, 'attributeMapping') === undefined ? previous.attribute_mapping : attributeMapping(request, keptType),
    idp_identifiers: at(request, 'idpIdentifiers') === undefined ? previous.idp_identifiers : stringsAt(request, 'idpIdentifiers'),
  });
  draft.ignoreChanges('provider_details', PROVIDER_DETAILS_REASON);
}

function domainFields(request: JsonValue, domain: string, poolId: string): Fields {
  return fields({
    domain: text(domain),
    user_pool_id: text(poolId),
    certificate_arn: textAt(request, 'customDomainConfig.certificateArn'),
    managed_login_version: numberAt(request, 'managedLoginVersion'),
  });
}

/** The argument that names each member within its pool. */
const NAME_ARGUMENT = { [GROUP]: 'name', [RESOURCE_SERVER]: 'identifier', [IDENTITY_PROVIDER]: 'provider_name' } as const;

/** A member the event changes; one from before the session is adopted knowing only its identity. */
function change(ctx: FoldContext, type: keyof typeof MEMBER_SEPARATOR, poolId: string, member: string): ResourceDraft {
  const id = memberKey(type, poolId, member);
  return ctx.change(type, id, { nameHint: member, fields: { [NAME_ARGUMENT[type]]: text(member), user_pool_id: text(poolId) }, exports: { id } });
}

export const memberResources: ResourceTypeSpec[] = [
  {
    type: GROUP,
    required: ['name', 'user_pool_id'],
    references: { user_pool_id: [POOL], role_arn: ['aws_iam_role'] },
    events: ['CreateGroup', 'UpdateGroup', 'DeleteGroup', 'DeleteUserPool'],
  },
  {
    type: DOMAIN,
    required: ['domain', 'user_pool_id'],
    references: { user_pool_id: [POOL], certificate_arn: ['aws_acm_certificate'] },
    events: ['CreateUserPoolDomain', 'UpdateUserPoolDomain', 'DeleteUserPoolDomain', 'DeleteUserPool'],
  },
  {
    type: RESOURCE_SERVER,
    required: ['identifier', 'name', 'user_pool_id'],
    references: { user_pool_id: [POOL] },
    events: ['CreateResourceServer', 'UpdateResourceServer', 'DeleteResourceServer', 'DeleteUserPool'],
  },
  {
    type: IDENTITY_PROVIDER,
    required: ['provider_details', 'provider_name', 'provider_type', 'user_pool_id'],
    references: { user_pool_id: [POOL] },
    events: ['CreateIdentityProvider', 'UpdateIdentityProvider', 'DeleteIdentityProvider', 'DeleteUserPool'],
  },
];

const poolOf = (event: MapperEvent) => reqString(event.request, 'userPoolId');

export const memberHandlers: Record<string, EventHandler> = {
  CreateGroup(event, ctx) {
    const poolId = poolOf(event);
    const name = reqString(event.request, 'groupName');
    const id = memberKey(GROUP, poolId, name);
    ctx.create(GROUP, id, { nameHint: name, fields: groupFields(event.request, poolId, name), exports: { id } });
  },
  UpdateGroup(event, ctx) {
    const poolId = poolOf(event);
    const name = reqString(event.request, 'groupName');
    change(ctx, GROUP, poolId, name).fields = groupFields(event.request, poolId, name);
  },
  DeleteGroup(event, ctx) {
    ctx.remove(GROUP, memberKey(GROUP, poolOf(event), reqString(event.request, 'groupName')));
  },
  CreateUserPoolDomain(event, ctx) {
    const domain = reqString(event.request, 'domain');
    const poolId = poolOf(event);
    // The response's version is the one AWS chose when the request named none (1, the classic hosted UI).
    const request = optString(event.request, 'managedLoginVersion') === undefined && at(event.response, 'managedLoginVersion') !== undefined
      ? { ...(event.request as Record<string, JsonValue>), managedLoginVersion: at(event.response, 'managedLoginVersion') ?? null }
      : event.request;
    ctx.create(DOMAIN, domain, { fields: domainFields(request, domain, poolId), exports: { id: domain, domain } });
  },
  UpdateUserPoolDomain(event, ctx) {
    const domain = reqString(event.request, 'domain');
    const draft = ctx.change(DOMAIN, domain, { exports: { id: domain, domain } });
    const certificate = textAt(event.request, 'customDomainConfig.certificateArn');
    const version = numberAt(event.request, 'managedLoginVersion');
    if (certificate) draft.fields.certificate_arn = certificate;
    if (version) draft.fields.managed_login_version = version;
  },
  DeleteUserPoolDomain(event, ctx) {
    ctx.remove(DOMAIN, reqString(event.request, 'domain'));
  },
  CreateResourceServer(event, ctx) {
    const poolId = poolOf(event);
    const identifier = reqString(event.request, 'identifier');
    const id = memberKey(RESOURCE_SERVER, poolId, identifier);
    ctx.create(RESOURCE_SERVER, id, { nameHint: reqString(event.request, 'name'), fields: resourceServerFields(event.request, poolId, identifier), exports: { id, identifier } });
  },
  UpdateResourceServer(event, ctx) {
    const poolId = poolOf(event);
    const identifier = reqString(event.request, 'identifier');
    change(ctx, RESOURCE_SERVER, poolId, identifier).fields = resourceServerFields(event.request, poolId, identifier);
  },
  DeleteResourceServer(event, ctx) {
    ctx.remove(RESOURCE_SERVER, memberKey(RESOURCE_SERVER, poolOf(event), reqString(event.request, 'identifier')));
  },
  CreateIdentityProvider(event, ctx) {
    const poolId = poolOf(event);
    const name = reqString(event.request, 'providerName');
    const id = memberKey(IDENTITY_PROVIDER, poolId, name);
    const draft = ctx.create(IDENTITY_PROVIDER, id, { nameHint: name, exports: { id } });
    setProviderFields(draft, event.request, poolId, name, reqString(event.request, 'providerType'));
  },
  UpdateIdentityProvider(event, ctx) {
    const poolId = poolOf(event);
    const name = reqString(event.request, 'providerName');
    const draft = change(ctx, IDENTITY_PROVIDER, poolId, name);
    if (!draft.created) {
      // An adopted provider stays import-only; the request names what changed.
      const changed = ['providerDetails', 'attributeMapping', 'idpIdentifiers'].filter((k) => at(event.request, k) !== undefined);
      draft.sessionChange(`updated ${changed.join(', ') || 'its settings'}`);
      return;
    }
    setProviderFields(draft, event.request, poolId, name, undefined);
  },
  DeleteIdentityProvider(event, ctx) {
    ctx.remove(IDENTITY_PROVIDER, memberKey(IDENTITY_PROVIDER, poolOf(event), reqString(event.request, 'providerName')));
  },
};

/** A deleted pool takes its groups, resource servers and identity providers with it. */
export function removePoolMembers(ctx: FoldContext, poolId: string): void {
  for (const type of [GROUP, RESOURCE_SERVER, IDENTITY_PROVIDER] as const) {
    for (const member of ctx.allWithIdPrefix(type, `${poolId}${MEMBER_SEPARATOR[type]}`)) ctx.remove(type, member.id);
  }
  for (const domain of ctx.allHolding(DOMAIN, 'user_pool_id', poolId)) {
    const pool = domain.field('user_pool_id');
    if (pool?.kind === 'string' && pool.value === poolId) ctx.remove(DOMAIN, domain.id);
  }
}
