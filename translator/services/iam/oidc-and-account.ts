// IAM mapper part: OpenID Connect providers and account settings (assembled in ./index.ts).

import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, optBool, optNumber, readTags, reqString, stringList } from '../read';
import { fields, flag, number, strings, tagsField, text } from '../values';
import { ACCOUNT_ALIAS, OIDC, PASSWORD_POLICY } from './types';
import { setField } from './shared';

export function oidcArn(event: MapperEvent): string {
  return reqString(event.request, 'openIDConnectProviderArn');
}

/** `arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com` → the provider's host. */
export const oidcHost = (arn: string) => arn.slice(arn.indexOf('oidc-provider/') + 'oidc-provider/'.length) || arn;

/**
 * A provider the session did not create stays import-only: client_id_list is the whole set, and a
 * partial one would remove the other clients.
 */
export function changeOidc(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const arn = oidcArn(event);
  return ctx.change(OIDC, arn, { nameHint: oidcHost(arn), exports: { arn, id: arn } });
}

export function clientIdsOf(provider: ResourceDraft): string[] | undefined {
  const value = provider.fields.client_id_list;
  if (value?.kind !== 'list') return undefined;
  return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
}

// ---------------------------------------------------------------- account settings

/** The account's one password policy, imported by this fixed word (aws_iam_account_password_policy docs). */
export const PASSWORD_POLICY_ID = 'iam-account-password-policy';

// UpdateAccountPasswordPolicy states the whole policy: an omitted parameter takes IAM's default (IAM API
// reference). Two arguments have provider defaults that differ from IAM's, so they are always written.
export const PASSWORD_POLICY_FIELDS: readonly (readonly [string, string, 'number' | 'bool', (number | boolean)?])[] = [
  ['minimum_password_length', 'minimumPasswordLength', 'number', 6],
  ['require_lowercase_characters', 'requireLowercaseCharacters', 'bool'],
  ['require_uppercase_characters', 'requireUppercaseCharacters', 'bool'],
  ['require_numbers', 'requireNumbers', 'bool'],
  ['require_symbols', 'requireSymbols', 'bool'],
  ['allow_users_to_change_password', 'allowUsersToChangePassword', 'bool', false],
  ['max_password_age', 'maxPasswordAge', 'number'],
  ['password_reuse_prevention', 'passwordReusePrevention', 'number'],
  ['hard_expiry', 'hardExpiry', 'bool'],
];

export const oidcAndAccountHandlers: Record<string, EventHandler> = {
  // ------------------------------------------------------------ aws_iam_openid_connect_provider
  CreateOpenIDConnectProvider(event, ctx) {
    const arn = reqString(event.response, 'openIDConnectProviderArn');
    const { request } = event;
    // Thumbprints are optional since IAM verifies well-known providers itself; the provider reads them back.
    const thumbprints = at(request, 'thumbprintList') === undefined ? [] : stringList(request, 'thumbprintList');
    ctx.create(OIDC, arn, {
      nameHint: oidcHost(arn),
      fields: fields({
        url: text(reqString(request, 'url')),
        client_id_list: strings(stringList(request, 'clientIDList')),
        thumbprint_list: thumbprints.length > 0 ? strings(thumbprints) : undefined,
        tags: tagsField(readTags(at(request, 'tags'))),
      }),
      exports: { arn, id: arn },
    });
  },
  AddClientIDToOpenIDConnectProvider(event, ctx) {
    const provider = changeOidc(event, ctx);
    const clients = clientIdsOf(provider);
    const client = reqString(event.request, 'clientID');
    if (clients && !clients.includes(client)) setField(provider, 'client_id_list', strings([...clients, client]));
  },
  RemoveClientIDFromOpenIDConnectProvider(event, ctx) {
    const provider = changeOidc(event, ctx);
    const clients = clientIdsOf(provider);
    const client = reqString(event.request, 'clientID');
    if (clients) setField(provider, 'client_id_list', strings(clients.filter((c) => c !== client)));
  },
  UpdateOpenIDConnectProviderThumbprint(event, ctx) {
    setField(changeOidc(event, ctx), 'thumbprint_list', strings(stringList(event.request, 'thumbprintList')));
  },
  DeleteOpenIDConnectProvider(event, ctx) {
    ctx.remove(OIDC, oidcArn(event));
  },

  // ------------------------------------------------------------ account settings
  UpdateAccountPasswordPolicy(event, ctx) {
    const body: Fields = {};
    for (const [attr, key, kind, iamDefault] of PASSWORD_POLICY_FIELDS) {
      const value = kind === 'number' ? optNumber(event.request, key) : optBool(event.request, key);
      const stated = value ?? iamDefault;
      // max_password_age 0 and password_reuse_prevention 0 mean "not set" in the API.
      if (stated === undefined || stated === 0) continue;
      body[attr] = typeof stated === 'number' ? number(stated) : flag(stated);
    }
    ctx.put(PASSWORD_POLICY, PASSWORD_POLICY_ID, { nameHint: 'account', fields: body });
  },
  DeleteAccountPasswordPolicy(_event, ctx) {
    ctx.remove(PASSWORD_POLICY, PASSWORD_POLICY_ID);
  },
  CreateAccountAlias(event, ctx) {
    const alias = reqString(event.request, 'accountAlias');
    ctx.create(ACCOUNT_ALIAS, alias, { fields: { account_alias: text(alias) } });
  },
  DeleteAccountAlias(event, ctx) {
    ctx.remove(ACCOUNT_ALIAS, reqString(event.request, 'accountAlias'));
  },
};
