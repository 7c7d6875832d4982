// Amazon Cognito identity pools and their role attachments.
// CloudTrail shape (JSON protocol): the API members with a lower-case first letter. CreateIdentityPool
// carries the pool's settings (`identityPoolName`, `allowUnauthenticatedIdentities`,
// `supportedLoginProviders`, `cognitoIdentityProviders`, `openIdConnectProviderARNs`, `samlProviderARNs`,
// `identityPoolTags`) and answers with them plus `identityPoolId`; UpdateIdentityPool sends the whole
// IdentityPool again (members it leaves out are cleared, API reference); SetIdentityPoolRoles states
// the whole role attachment (`roles`, `roleMappings`).
// https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, flagAt, stringMap, strings, stringsAt, tagsField, text, textAt } from './values';

const POOL = 'aws_cognito_identity_pool';
const ROLES = 'aws_cognito_identity_pool_roles_attachment';

function stringRecord(value: JsonValue | undefined, what: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${what} should be a map`);
  const out: Record<string, string> = {};
  // Keys hold dots (`graph.facebook.com`), so the entries are read directly, not by path.
  for (const [key, v] of Object.entries(value)) out[key] = reqString({ v }, 'v');
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The pool's arguments from an IdentityPool shape (the create response echoes it; UpdateIdentityPool
 * sends it whole). allow_classic_flow and allow_unauthenticated_identities default to false in AWS and
 * in the provider, so false is left out.
 */
function poolFields(pool: JsonValue): Fields {
  const providers = listAt(pool, 'cognitoIdentityProviders');
  const logins = stringRecord(at(pool, 'supportedLoginProviders'), 'supportedLoginProviders');
  const saml = stringList(pool, 'samlProviderARNs');
  return fields({
    identity_pool_name: text(reqString(pool, 'identityPoolName')),
    allow_unauthenticated_identities: optBool(pool, 'allowUnauthenticatedIdentities') === true ? flag(true) : undefined,
    allow_classic_flow: optBool(pool, 'allowClassicFlow') === true ? flag(true) : undefined,
    developer_provider_name: textAt(pool, 'developerProviderName'),
    supported_login_providers: logins ? stringMap(logins) : undefined,
    openid_connect_provider_arns: stringsAt(pool, 'openIdConnectProviderARNs'),
    saml_provider_arns: saml.length > 0 ? strings(saml) : undefined,
    cognito_identity_providers:
      providers.length > 0
        ? blocks(
            ...providers.map((p) =>
              fields({
                client_id: textAt(p, 'clientId'),
                provider_name: textAt(p, 'providerName'),
                // The API's default is false; the provider reads it back either way.
                server_side_token_check: flagAt(p, 'serverSideTokenCheck') ?? flag(false),
              }),
            ),
          )
        : undefined,
    tags: tagsField(readTags(at(pool, 'identityPoolTags'))),
  });
}

/** `roleMappings` (provider key → RoleMapping) as role_mapping blocks. */
function roleMappingBlocks(value: JsonValue | undefined) {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError('roleMappings should be a map');
  const items = Object.entries(value).map(([provider, mapping]) => {
    const rules = listAt(mapping, 'rulesConfiguration.rules');
    return fields({
      identity_provider: text(provider),
      type: text(reqString(mapping, 'type')),
      ambiguous_role_resolution: textAt(mapping, 'ambiguousRoleResolution'),
      mapping_rule:
        rules.length > 0
          ? blocks(
              ...rules.map((r) => ({
                claim: text(reqString(r, 'claim')),
                match_type: text(reqString(r, 'matchType')),
                role_arn: text(reqString(r, 'roleARN')),
                value: text(reqString(r, 'value')),
              })),
            )
          : undefined,
    });
  });
  return items.length > 0 ? blocks(...items) : undefined;
}

export const cognitoIdentity: ServiceMapper = {
  service: 'cognitoidentity',
  eventSource: 'cognito-identity.amazonaws.com',
  resources: [
    {
      type: POOL,
      // TagResource / UntagResource name the pool by ARN; its ID holds the Region (`us-east-1:UUID`).
      identity: { arn: 'arn:{partition}:cognito-identity:{region}:{account}:identitypool/{id}', idHoldsColons: true, exports: ['id', 'arn'] },
      required: ['identity_pool_name'],
      references: {
        'cognito_identity_providers.client_id': ['aws_cognito_user_pool_client'],
        'cognito_identity_providers.provider_name': ['aws_cognito_user_pool'],
        openid_connect_provider_arns: ['aws_iam_openid_connect_provider'],
      },
      events: ['CreateIdentityPool', 'UpdateIdentityPool', 'DeleteIdentityPool', 'TagResource', 'UntagResource'],
    },
    {
      type: ROLES,
      required: ['identity_pool_id', 'roles'],
      references: { identity_pool_id: [POOL], 'role_mapping.mapping_rule.role_arn': ['aws_iam_role'] },
      events: ['SetIdentityPoolRoles', 'DeleteIdentityPool'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => cognitoIdentity.resources, TAG_RESOURCE, { unmapped: (arn) => `tags ${arn}, which is not an identity pool` }), {
    CreateIdentityPool(event, ctx) {
      const id = reqString(event.response, 'identityPoolId');
      // The response echoes the pool as stored; records without one fall back to the request.
      const pool = isObject(event.response) && optString(event.response, 'identityPoolName') !== undefined ? event.response : event.request;
      const name = reqString(pool, 'identityPoolName');
      ctx.create(POOL, id, { nameHint: name, fields: poolFields(pool) });
    },
    UpdateIdentityPool(event, ctx) {
      const id = reqString(event.request, 'identityPoolId');
      const draft = ctx.change(POOL, id, {});
      // The request is the whole pool except its tags (identityPoolTags is sent only to change them).
      const tags = draft.fields.tags;
      draft.fields = poolFields(event.request);
      if (at(event.request, 'identityPoolTags') === undefined && tags) draft.fields.tags = tags;
      draft.nameHint = reqString(event.request, 'identityPoolName');
    },
    DeleteIdentityPool(event, ctx) {
      const id = reqString(event.request, 'identityPoolId');
      ctx.remove(ROLES, id);
      ctx.remove(POOL, id);
    },
    SetIdentityPoolRoles(event, ctx) {
      const id = reqString(event.request, 'identityPoolId');
      const roles = stringRecord(at(event.request, 'roles'), 'roles');
      // The import ID is the pool ID (cognito_identity_pool_roles_attachment doc); the call replaces
      // the pool's whole role configuration, so the record states it all.
      const init = {
        nameHint: ctx.find(POOL, id)?.nameHint ?? id,
        fields: fields({
          identity_pool_id: text(id),
          roles: stringMap(roles ?? {}),
          role_mapping: roleMappingBlocks(at(event.request, 'roleMappings')),
        }),
      };
      ctx.put(ROLES, id, init);
    },
  }),
};
