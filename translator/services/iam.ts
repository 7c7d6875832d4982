// AWS IAM roles, users and groups with their inline policies and managed-policy attachments, customer
// managed policies, instance profiles, user login profiles, access keys and group memberships.
// IAM is global: CloudTrail records it in us-east-1 and Terraform manages it without a region.
// CloudTrail shape (Query protocol): lowerCamel request members, tags as `[{key,value}]`, policy
// documents as JSON strings in requests and URL-encoded in responses; Attach*/Put*/Add* return null.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Expr } from '../hcl/ast';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { fields, flag, jsonDocument, number, strings, tagsField, text } from './values';

const ROLE = 'aws_iam_role';
const ROLE_POLICY = 'aws_iam_role_policy';
const ATTACHMENT = 'aws_iam_role_policy_attachment';
const POLICY = 'aws_iam_policy';
const PROFILE = 'aws_iam_instance_profile';
const USER = 'aws_iam_user';
const USER_POLICY = 'aws_iam_user_policy';
const USER_ATTACHMENT = 'aws_iam_user_policy_attachment';
const LOGIN_PROFILE = 'aws_iam_user_login_profile';
const ACCESS_KEY = 'aws_iam_access_key';
const GROUP = 'aws_iam_group';
const GROUP_POLICY = 'aws_iam_group_policy';
const GROUP_ATTACHMENT = 'aws_iam_group_policy_attachment';
const MEMBERSHIP = 'aws_iam_user_group_membership';
const OIDC = 'aws_iam_openid_connect_provider';
const PASSWORD_POLICY = 'aws_iam_account_password_policy';
const ACCOUNT_ALIAS = 'aws_iam_account_alias';

/** The provider's default path; left out of the configuration. */
const DEFAULT_PATH = '/';
/** aws_iam_role's default max_session_duration (seconds). */
const DEFAULT_SESSION = 3600;

// Roles, policies, instance profiles, users and groups that existed before the session get only an import
// block: the records never state their whole configuration, and a partial block would
// plan changes (other tags removed) or even a replacement (role, profile and policy paths, policy
// descriptions force new resources). Terraform generates their blocks from the account instead.

function policyDocument(value: JsonValue | undefined, what: string) {
  const parsed = readJsonDocument(value, what);
  if (parsed === undefined) throw new MalformedRecordError(`missing ${what}`);
  return jsonDocument(parsed);
}

const pathField = (path: string | undefined) => (path && path !== DEFAULT_PATH ? text(path) : undefined);

/** `arn:aws:iam::123456789012:policy/service-role/Name` → path `/service-role/`, name `Name`. */
function splitPolicyArn(arn: string): { name: string; path: string } {
  const resource = arn.split(':').slice(5).join(':');
  const match = /^policy(\/(?:.*\/)?)([^/]+)$/.exec(resource);
  if (!match) throw new MalformedRecordError(`policyArn ${arn} is not an IAM policy ARN`);
  return { path: match[1]!, name: match[2]! };
}

/**
 * A readable hint from a policy name: consoles append a UUID to the policies they create
 * (`AWSLambdaBasicExecutionRole-<uuid>`), shortened here to its first block.
 */
const policyHint = (name: string) => name.replace(/-([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '-$1');

/** For an attachment, whose name already carries the role, user or group: the policy's name without it. */
const attachedPolicyHint = (arn: string) => policyHint(arn.split('/').pop()!).replace(/-[0-9a-f]{8}$/i, '');

/** Sets an argument, keeping `tags` last so the blocks read the same as created ones. */
function setField(draft: ResourceDraft, attr: string, value: Expr): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = tags === undefined ? { ...rest, [attr]: value } : { ...rest, [attr]: value, tags };
}

function tagKeys(event: MapperEvent): string[] {
  return stringList(event.request, 'tagKeys');
}

// ---------------------------------------------------------------- roles

function roleName(event: MapperEvent): string {
  return reqString(event.request, 'roleName');
}

/** The role, adopted (import-only unless the session states its trust policy) when the session did not create it. */
function changeRole(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = roleName(event);
  return ctx.change(ROLE, name, { exports: { name, id: name } });
}

// ---------------------------------------------------------------- policies

function policyArn(event: MapperEvent): string {
  return reqString(event.request, 'policyArn');
}

function changePolicy(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const arn = policyArn(event);
  const { name } = splitPolicyArn(arn);
  return ctx.change(POLICY, arn, { nameHint: policyHint(name), exports: { arn, id: arn, name } });
}

// ---------------------------------------------------------------- instance profiles

function profileName(event: MapperEvent): string {
  return reqString(event.request, 'instanceProfileName');
}

function changeProfile(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = profileName(event);
  return ctx.change(PROFILE, name, { exports: { name, id: name } });
}

// ---------------------------------------------------------------- users

function userName(event: MapperEvent): string {
  return reqString(event.request, 'userName');
}

// aws_iam_user imports with ImportStatePassthrough, so force_destroy stays unset and its default `false`
// would show as a change in the first plan (hashicorp/terraform-provider-aws#7859).
const FORCE_DESTROY_REASON = 'import never sets force_destroy (terraform-provider-aws#7859), so its default would show as a change';

function changeUser(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = userName(event);
  const user = ctx.change(USER, name, { exports: { name, id: name } });
  user.ignoreChanges('force_destroy', FORCE_DESTROY_REASON);
  return user;
}

/**
 * Resources that belong to a user or a group, with how their key (the identity the session looks them
 * up by) and their import ID spell the owner's name.
 */
interface Scoped {
  readonly type: string;
  readonly key: (owner: string, rest: string) => string;
  readonly importId: (owner: string, rest: string) => string;
  /** What follows the owner in the import ID. */
  readonly rest: (importId: string, owner: string) => string;
}

const afterOwner = (importId: string, owner: string) => importId.slice(owner.length + 1);

const USER_SCOPED: readonly Scoped[] = [
  { type: USER_POLICY, key: (u, name) => `${u}:${name}`, importId: (u, name) => `${u}:${name}`, rest: afterOwner },
  { type: USER_ATTACHMENT, key: (u, arn) => `${u}/${arn}`, importId: (u, arn) => `${u}/${arn}`, rest: afterOwner },
  { type: LOGIN_PROFILE, key: (u) => u, importId: (u) => u, rest: () => '' },
  { type: ACCESS_KEY, key: (_u, keyId) => keyId, importId: (_u, keyId) => keyId, rest: (importId) => importId },
  // One membership per user, imported as user/group1/group2.
  { type: MEMBERSHIP, key: (u) => u, importId: (u, groups) => `${u}/${groups}`, rest: afterOwner },
];

const GROUP_SCOPED: readonly Scoped[] = [
  { type: GROUP_POLICY, key: (g, name) => `${g}:${name}`, importId: (g, name) => `${g}:${name}`, rest: afterOwner },
  { type: GROUP_ATTACHMENT, key: (g, arn) => `${g}/${arn}`, importId: (g, arn) => `${g}/${arn}`, rest: afterOwner },
];

function ownedBy(draft: ResourceDraft, field: 'user' | 'group', owner: string): boolean {
  const value = draft.fields[field];
  return value?.kind === 'string' && value.value === owner;
}

/**
 * After a rename, what the user or group owns is imported by the new name; later events name it by the
 * new name too, so that becomes an alias.
 */
function renameOwner(ctx: FoldContext, scopedTypes: readonly Scoped[], field: 'user' | 'group', oldName: string, newName: string): void {
  for (const scoped of scopedTypes) {
    for (const draft of ctx.all(scoped.type)) {
      if (!ownedBy(draft, field, oldName)) continue;
      const rest = scoped.rest(draft.importId, oldName);
      draft.fields = { ...draft.fields, [field]: text(newName) };
      draft.importId = scoped.importId(newName, rest);
      const key = scoped.key(newName, rest);
      if (key !== draft.id) draft.aliases = [...draft.aliases, key];
    }
  }
}

/** Drops what a deleted user or group still owns: IAM refuses the delete while it exists (DeleteConflict). */
function removeOwned(ctx: FoldContext, scopedTypes: readonly Scoped[], field: 'user' | 'group', owner: string): void {
  for (const { type } of scopedTypes) for (const draft of ctx.all(type)) if (ownedBy(draft, field, owner)) ctx.remove(type, draft.id);
}

function groupsOf(membership: ResourceDraft): string[] {
  const value = membership.fields.groups;
  if (value?.kind !== 'list') return [];
  return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
}

function setGroups(membership: ResourceDraft, user: string, groups: readonly string[]): void {
  membership.fields.groups = strings(groups);
  membership.importId = `${user}/${groups.join('/')}`;
}

// "Since Terraform has no method to read the PGP or password information during import, use ...
// ignore_changes" (aws_iam_user_login_profile, Import section).
const PASSWORD_SETTINGS: Record<string, string> = {
  password_length: 'import cannot read the password settings (aws_iam_user_login_profile docs, Import); CloudTrail never logs the password',
  password_reset_required: 'import cannot read the reset flag either (same Import section)',
  pgp_key: 'import cannot read the PGP key either (same Import section)',
};

function ignorePasswordSettings(profile: ResourceDraft): void {
  for (const [attr, reason] of Object.entries(PASSWORD_SETTINGS)) profile.ignoreChanges(attr, reason);
}

function groupName(event: MapperEvent): string {
  return reqString(event.request, 'groupName');
}


/** Takes a group out of a membership; a membership left without groups goes. */
function leaveGroup(ctx: FoldContext, membership: ResourceDraft, group: string): void {
  const user = membership.fields.user;
  const remaining = groupsOf(membership).filter((g) => g !== group);
  if (remaining.length === 0 || user?.kind !== 'string') {
    ctx.remove(MEMBERSHIP, membership.id);
    return;
  }
  setGroups(membership, user.value, remaining);
  ctx.change(MEMBERSHIP, membership.id, { importId: membership.importId, nameHint: membership.nameHint });
}

// ---------------------------------------------------------------- OpenID Connect providers

function oidcArn(event: MapperEvent): string {
  return reqString(event.request, 'openIDConnectProviderArn');
}

/** `arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com` → the provider's host. */
const oidcHost = (arn: string) => arn.slice(arn.indexOf('oidc-provider/') + 'oidc-provider/'.length) || arn;

/**
 * A provider the session did not create stays import-only: client_id_list is the whole set, and a
 * partial one would remove the other clients.
 */
function changeOidc(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const arn = oidcArn(event);
  return ctx.change(OIDC, arn, { nameHint: oidcHost(arn), exports: { arn, id: arn } });
}

function clientIdsOf(provider: ResourceDraft): string[] | undefined {
  const value = provider.fields.client_id_list;
  if (value?.kind !== 'list') return undefined;
  return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
}

// ---------------------------------------------------------------- account settings

/** The account's one password policy, imported by this fixed word (aws_iam_account_password_policy docs). */
const PASSWORD_POLICY_ID = 'iam-account-password-policy';

// UpdateAccountPasswordPolicy states the whole policy: an omitted parameter takes IAM's default (IAM API
// reference). Two arguments have provider defaults that differ from IAM's, so they are always written.
const PASSWORD_POLICY_FIELDS: readonly (readonly [string, string, 'number' | 'bool', (number | boolean)?])[] = [
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

const SECRET_NOTE = 'Its secret is not in CloudTrail and cannot be imported (aws_iam_access_key docs, Import): Terraform manages the key but will never know the secret.';

export const iam: ServiceMapper = {
  service: 'iam',
  eventSource: 'iam.amazonaws.com',
  resources: [
    {
      type: ROLE,
      required: ['assume_role_policy'],
      references: { permissions_boundary: [POLICY] },
      global: true,
      events: ['CreateRole', 'UpdateAssumeRolePolicy', 'UpdateRole', 'UpdateRoleDescription', 'TagRole', 'UntagRole', 'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'DeleteRole'],
    },
    {
      type: ROLE_POLICY,
      required: ['policy', 'role'],
      references: { role: [ROLE] },
      global: true,
      events: ['PutRolePolicy', 'DeleteRolePolicy'],
    },
    {
      type: ATTACHMENT,
      required: ['policy_arn', 'role'],
      references: { role: [ROLE], policy_arn: [POLICY] },
      global: true,
      events: ['AttachRolePolicy', 'DetachRolePolicy'],
    },
    {
      type: POLICY,
      required: ['policy'],
      global: true,
      events: ['CreatePolicy', 'CreatePolicyVersion', 'SetDefaultPolicyVersion', 'DeletePolicyVersion', 'TagPolicy', 'UntagPolicy', 'DeletePolicy'],
    },
    {
      type: PROFILE,
      required: [],
      references: { role: [ROLE] },
      global: true,
      events: ['CreateInstanceProfile', 'AddRoleToInstanceProfile', 'RemoveRoleFromInstanceProfile', 'TagInstanceProfile', 'UntagInstanceProfile', 'DeleteInstanceProfile'],
    },
    {
      type: USER,
      required: ['name'],
      references: { permissions_boundary: [POLICY] },
      global: true,
      events: ['CreateUser', 'UpdateUser', 'TagUser', 'UntagUser', 'DeleteUser'],
    },
    {
      type: USER_POLICY,
      required: ['policy', 'user'],
      references: { user: [USER] },
      global: true,
      events: ['PutUserPolicy', 'DeleteUserPolicy'],
    },
    {
      type: USER_ATTACHMENT,
      required: ['policy_arn', 'user'],
      references: { user: [USER], policy_arn: [POLICY] },
      global: true,
      events: ['AttachUserPolicy', 'DetachUserPolicy'],
    },
    {
      type: LOGIN_PROFILE,
      required: ['user'],
      references: { user: [USER] },
      global: true,
      events: ['CreateLoginProfile', 'UpdateLoginProfile', 'DeleteLoginProfile'],
    },
    {
      type: ACCESS_KEY,
      required: ['user'],
      references: { user: [USER] },
      global: true,
      events: ['CreateAccessKey', 'UpdateAccessKey', 'DeleteAccessKey'],
    },
    {
      type: GROUP,
      required: ['name'],
      global: true,
      events: ['CreateGroup', 'UpdateGroup', 'DeleteGroup'],
    },
    {
      type: GROUP_POLICY,
      required: ['group', 'policy'],
      references: { group: [GROUP] },
      global: true,
      events: ['PutGroupPolicy', 'DeleteGroupPolicy'],
    },
    {
      type: GROUP_ATTACHMENT,
      required: ['group', 'policy_arn'],
      references: { group: [GROUP], policy_arn: [POLICY] },
      global: true,
      events: ['AttachGroupPolicy', 'DetachGroupPolicy'],
    },
    {
      type: OIDC,
      required: ['client_id_list', 'url'],
      global: true,
      events: [
        'CreateOpenIDConnectProvider',
        'AddClientIDToOpenIDConnectProvider',
        'RemoveClientIDFromOpenIDConnectProvider',
        'UpdateOpenIDConnectProviderThumbprint',
        'TagOpenIDConnectProvider',
        'UntagOpenIDConnectProvider',
        'DeleteOpenIDConnectProvider',
      ],
    },
    {
      type: PASSWORD_POLICY,
      required: [],
      global: true,
      events: ['UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy'],
    },
    {
      type: ACCOUNT_ALIAS,
      required: ['account_alias'],
      global: true,
      events: ['CreateAccountAlias', 'DeleteAccountAlias'],
    },
    {
      type: MEMBERSHIP,
      required: ['groups', 'user'],
      references: { user: [USER], groups: [GROUP] },
      global: true,
      events: ['AddUserToGroup', 'RemoveUserFromGroup'],
    },
  ],
  events: {
    // ------------------------------------------------------------ aws_iam_role
    CreateRole(event, ctx) {
      const name = roleName(event);
      const { request } = event;
      const arn = optString(event.response, 'role.arn');
      const session = optNumber(request, 'maxSessionDuration');
      const boundary = optString(request, 'permissionsBoundary');
      const description = optString(request, 'description');
      ctx.create(ROLE, name, {
        fields: fields({
          name: text(name),
          path: pathField(optString(request, 'path') ?? optString(event.response, 'role.path')),
          description: description === undefined ? undefined : text(description),
          assume_role_policy: policyDocument(at(request, 'assumeRolePolicyDocument') ?? at(event.response, 'role.assumeRolePolicyDocument'), 'assumeRolePolicyDocument'),
          max_session_duration: session === undefined || session === DEFAULT_SESSION ? undefined : number(session),
          permissions_boundary: boundary === undefined ? undefined : text(boundary),
          tags: tagsField(readTags(at(request, 'tags'))),
        }),
        exports: arn ? { name, arn, id: name } : { name, id: name },
      });
    },
    UpdateAssumeRolePolicy(event, ctx) {
      const role = changeRole(event, ctx);
      setField(role, 'assume_role_policy', policyDocument(at(event.request, 'policyDocument'), 'policyDocument'));
    },
    UpdateRole(event, ctx) {
      const role = changeRole(event, ctx);
      const description = optString(event.request, 'description');
      const session = optNumber(event.request, 'maxSessionDuration');
      if (description !== undefined) setField(role, 'description', text(description));
      if (session !== undefined) setField(role, 'max_session_duration', number(session));
    },
    UpdateRoleDescription(event, ctx) {
      const role = changeRole(event, ctx);
      // An empty description clears it (UpdateRoleDescription API reference).
      const description = optString(event.request, 'description');
      if (description === undefined) delete role.fields.description;
      else setField(role, 'description', text(description));
    },
    TagRole(event, ctx) {
      applyTags(changeRole(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagRole(event, ctx) {
      applyTags(changeRole(event, ctx), {}, tagKeys(event));
    },
    PutRolePermissionsBoundary(event, ctx) {
      setField(changeRole(event, ctx), 'permissions_boundary', text(reqString(event.request, 'permissionsBoundary')));
    },
    DeleteRolePermissionsBoundary(event, ctx) {
      delete changeRole(event, ctx).fields.permissions_boundary;
    },
    DeleteRole(event, ctx) {
      // IAM refuses DeleteRole while policies or instance profiles are attached (DeleteConflict), so
      // whatever the session still holds for the role lost its Detach/Delete/Remove record: drop it too.
      const name = roleName(event);
      for (const policy of ctx.all(ROLE_POLICY)) if (policy.id.startsWith(`${name}:`)) ctx.remove(ROLE_POLICY, policy.id);
      for (const attachment of ctx.all(ATTACHMENT)) if (attachment.id.startsWith(`${name}/`)) ctx.remove(ATTACHMENT, attachment.id);
      for (const profile of ctx.all(PROFILE)) {
        const role = profile.fields.role;
        if (role?.kind === 'string' && role.value === name) delete profile.fields.role;
      }
      ctx.remove(ROLE, name);
    },

    // ------------------------------------------------------------ aws_iam_role_policy
    PutRolePolicy(event, ctx) {
      const role = roleName(event);
      const name = reqString(event.request, 'policyName');
      ctx.put(ROLE_POLICY, `${role}:${name}`, {
        importId: `${role}:${name}`,
        nameHint: `${role}-${name}`,
        fields: { name: text(name), role: text(role), policy: policyDocument(at(event.request, 'policyDocument'), 'policyDocument') },
      });
    },
    DeleteRolePolicy(event, ctx) {
      ctx.remove(ROLE_POLICY, `${roleName(event)}:${reqString(event.request, 'policyName')}`);
    },

    // ------------------------------------------------------------ aws_iam_role_policy_attachment
    AttachRolePolicy(event, ctx) {
      const role = roleName(event);
      const arn = policyArn(event);
      ctx.put(ATTACHMENT, `${role}/${arn}`, {
        importId: `${role}/${arn}`,
        nameHint: `${role}-${attachedPolicyHint(arn)}`,
        fields: { role: text(role), policy_arn: text(arn) },
      });
    },
    DetachRolePolicy(event, ctx) {
      ctx.remove(ATTACHMENT, `${roleName(event)}/${policyArn(event)}`);
    },

    // ------------------------------------------------------------ aws_iam_policy
    CreatePolicy(event, ctx) {
      const { request } = event;
      const arn = reqString(event.response, 'policy.arn');
      const name = reqString(request, 'policyName');
      const description = optString(request, 'description');
      ctx.create(POLICY, arn, {
        nameHint: policyHint(name),
        fields: fields({
          name: text(name),
          path: pathField(optString(request, 'path')),
          description: description === undefined ? undefined : text(description),
          policy: policyDocument(at(request, 'policyDocument'), 'policyDocument'),
          tags: tagsField(readTags(at(request, 'tags'))),
        }),
        exports: { arn, id: arn, name },
      });
    },
    CreatePolicyVersion(event, ctx) {
      const setAsDefault = at(event.request, 'setAsDefault');
      if (setAsDefault !== true && setAsDefault !== 'true') {
        ctx.ignore('a version that is not the default does not change the policy document Terraform manages');
        return;
      }
      setField(changePolicy(event, ctx), 'policy', policyDocument(at(event.request, 'policyDocument'), 'policyDocument'));
    },
    SetDefaultPolicyVersion(event, ctx) {
      // The record names the version but not its document, so the document the session knows is stale.
      const versionId = reqString(event.request, 'versionId');
      const policy = changePolicy(event, ctx);
      if (policy.fields.policy === undefined) return; // import-only: the account supplies the document
      const reason = `SetDefaultPolicyVersion made ${versionId} the default and CloudTrail does not carry its document`;
      policy.ignoreChanges('policy', reason);
      policy.note(`Replace policy with the document of ${versionId} (aws iam get-policy-version --policy-arn ${policyArn(event)} --version-id ${versionId}), then drop it from ignore_changes.`);
    },
    DeletePolicyVersion(event, ctx) {
      // IAM cannot delete the default version, so the managed document is unchanged.
      ctx.ignore(`deletes a non-default version (${reqString(event.request, 'versionId')}) of ${policyArn(event)}: the managed document is unchanged`);
    },
    TagPolicy(event, ctx) {
      applyTags(changePolicy(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagPolicy(event, ctx) {
      applyTags(changePolicy(event, ctx), {}, tagKeys(event));
    },
    DeletePolicy(event, ctx) {
      // IAM refuses DeletePolicy while the policy is attached, so leftover attachments lost their record.
      const arn = policyArn(event);
      for (const type of [ATTACHMENT, USER_ATTACHMENT]) for (const attachment of ctx.all(type)) if (attachment.id.endsWith(`/${arn}`)) ctx.remove(type, attachment.id);
      ctx.remove(POLICY, arn);
    },

    // ------------------------------------------------------------ aws_iam_instance_profile
    CreateInstanceProfile(event, ctx) {
      const name = profileName(event);
      const arn = optString(event.response, 'instanceProfile.arn');
      ctx.create(PROFILE, name, {
        fields: fields({ name: text(name), path: pathField(optString(event.request, 'path')), tags: tagsField(readTags(at(event.request, 'tags'))) }),
        exports: arn ? { name, arn, id: name } : { name, id: name },
      });
    },
    AddRoleToInstanceProfile(event, ctx) {
      setField(changeProfile(event, ctx), 'role', text(roleName(event)));
    },
    RemoveRoleFromInstanceProfile(event, ctx) {
      delete changeProfile(event, ctx).fields.role;
    },
    TagInstanceProfile(event, ctx) {
      applyTags(changeProfile(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagInstanceProfile(event, ctx) {
      applyTags(changeProfile(event, ctx), {}, tagKeys(event));
    },
    DeleteInstanceProfile(event, ctx) {
      ctx.remove(PROFILE, profileName(event));
    },

    // ------------------------------------------------------------ aws_iam_user
    CreateUser(event, ctx) {
      const name = userName(event);
      const { request } = event;
      const arn = optString(event.response, 'user.arn');
      const boundary = optString(request, 'permissionsBoundary');
      const user = ctx.create(USER, name, {
        fields: fields({
          name: text(name),
          path: pathField(optString(request, 'path')),
          permissions_boundary: boundary === undefined ? undefined : text(boundary),
          tags: tagsField(readTags(at(request, 'tags'))),
        }),
        exports: arn ? { name, arn, id: name } : { name, id: name },
      });
      user.ignoreChanges('force_destroy', FORCE_DESTROY_REASON);
    },
    UpdateUser(event, ctx) {
      const user = changeUser(event, ctx);
      const newPath = optString(event.request, 'newPath');
      if (newPath !== undefined) {
        const path = pathField(newPath);
        if (path) setField(user, 'path', path);
        else delete user.fields.path;
      }
      const newName = optString(event.request, 'newUserName');
      if (newName === undefined) return;
      // A rename keeps the resource (IAM keeps the user's unique ID); later events name it by its new
      // name, found through the alias. Terraform imports it by the new name.
      const oldName = userName(event);
      user.fields.name = text(newName);
      user.importId = newName;
      if (user.nameHint === oldName) user.nameHint = newName;
      const exports: Record<string, string> = { name: newName, id: newName };
      const arn = user.exports.arn;
      if (arn?.endsWith(oldName)) {
        // arn:aws:iam::123456789012:user/<path>/<name>
        const prefix = arn.slice(0, arn.indexOf(':user/') + ':user'.length);
        const oldPath = arn.slice(prefix.length, arn.length - oldName.length);
        exports.arn = `${prefix}${newPath ?? oldPath}${newName}`;
      }
      user.exports = exports;
      user.aliases = [...user.aliases, newName];
      renameOwner(ctx, USER_SCOPED, 'user', oldName, newName);
      user.note(`Renamed from ${oldName} by UpdateUser at ${event.eventTime}.`);
    },
    TagUser(event, ctx) {
      applyTags(changeUser(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagUser(event, ctx) {
      applyTags(changeUser(event, ctx), {}, tagKeys(event));
    },
    DeleteUser(event, ctx) {
      // IAM refuses DeleteUser while the user has policies, a login profile or keys (DeleteConflict), so
      // whatever the session still holds for the user lost its own delete record: drop it too.
      const name = userName(event);
      removeOwned(ctx, USER_SCOPED, 'user', name);
      ctx.remove(USER, name);
    },

    // ------------------------------------------------------------ aws_iam_user_policy
    PutUserPolicy(event, ctx) {
      const user = userName(event);
      const name = reqString(event.request, 'policyName');
      ctx.put(USER_POLICY, `${user}:${name}`, {
        importId: `${user}:${name}`,
        nameHint: `${user}-${name}`,
        fields: { name: text(name), user: text(user), policy: policyDocument(at(event.request, 'policyDocument'), 'policyDocument') },
      });
    },
    DeleteUserPolicy(event, ctx) {
      ctx.remove(USER_POLICY, `${userName(event)}:${reqString(event.request, 'policyName')}`);
    },

    // ------------------------------------------------------------ aws_iam_user_policy_attachment
    AttachUserPolicy(event, ctx) {
      const user = userName(event);
      const arn = policyArn(event);
      ctx.put(USER_ATTACHMENT, `${user}/${arn}`, {
        importId: `${user}/${arn}`,
        nameHint: `${user}-${attachedPolicyHint(arn)}`,
        fields: { user: text(user), policy_arn: text(arn) },
      });
    },
    DetachUserPolicy(event, ctx) {
      ctx.remove(USER_ATTACHMENT, `${userName(event)}/${policyArn(event)}`);
    },

    // ------------------------------------------------------------ aws_iam_user_login_profile
    CreateLoginProfile(event, ctx) {
      // CloudTrail leaves the password out; the provider cannot read it back either.
      const user = userName(event);
      ignorePasswordSettings(ctx.put(LOGIN_PROFILE, user, { fields: { user: text(user) } }));
    },
    UpdateLoginProfile(event, ctx) {
      // A new password or reset flag: nothing Terraform configures once those are ignored.
      const user = userName(event);
      ignorePasswordSettings(ctx.change(LOGIN_PROFILE, user, { fields: { user: text(user) } }));
    },
    DeleteLoginProfile(event, ctx) {
      ctx.remove(LOGIN_PROFILE, userName(event));
    },

    // ------------------------------------------------------------ aws_iam_access_key
    CreateAccessKey(event, ctx) {
      // The response carries the key ID but never the secret (CloudTrail hides it; import cannot read it).
      const keyId = reqString(event.response, 'accessKey.accessKeyId');
      const user = optString(event.response, 'accessKey.userName') ?? userName(event);
      const status = optString(event.response, 'accessKey.status');
      const key = ctx.create(ACCESS_KEY, keyId, {
        nameHint: `${user}-key`,
        fields: fields({ user: text(user), status: status && status !== 'Active' ? text(status) : undefined }),
        exports: { id: keyId },
      });
      key.note(SECRET_NOTE);
    },
    UpdateAccessKey(event, ctx) {
      const keyId = reqString(event.request, 'accessKeyId');
      const status = reqString(event.request, 'status');
      const user = optString(event.request, 'userName');
      const key = ctx.change(ACCESS_KEY, keyId, { nameHint: `${user ?? keyId}-key`, fields: fields({ user: user === undefined ? undefined : text(user) }), exports: { id: keyId } });
      key.note(SECRET_NOTE);
      if (status === 'Active') delete key.fields.status;
      else setField(key, 'status', text(status));
    },
    DeleteAccessKey(event, ctx) {
      ctx.remove(ACCESS_KEY, reqString(event.request, 'accessKeyId'));
    },

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
    TagOpenIDConnectProvider(event, ctx) {
      applyTags(changeOidc(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagOpenIDConnectProvider(event, ctx) {
      applyTags(changeOidc(event, ctx), {}, tagKeys(event));
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

    // ------------------------------------------------------------ aws_iam_group
    CreateGroup(event, ctx) {
      const name = groupName(event);
      const arn = optString(event.response, 'group.arn');
      ctx.create(GROUP, name, {
        fields: fields({ name: text(name), path: pathField(optString(event.request, 'path')) }),
        exports: arn ? { name, arn, id: name } : { name, id: name },
      });
    },
    UpdateGroup(event, ctx) {
      const oldName = groupName(event);
      const group = ctx.change(GROUP, oldName, { exports: { name: oldName, id: oldName } });
      const newPath = optString(event.request, 'newPath');
      if (newPath !== undefined) {
        const path = pathField(newPath);
        if (path) setField(group, 'path', path);
        else delete group.fields.path;
      }
      const newName = optString(event.request, 'newGroupName');
      if (newName === undefined) return;
      // Like a user rename: the group keeps its ID, later events use the new name.
      group.fields.name = text(newName);
      group.importId = newName;
      if (group.nameHint === oldName) group.nameHint = newName;
      const arn = group.exports.arn;
      group.exports = arn?.endsWith(`/${oldName}`) && newPath === undefined ? { name: newName, arn: `${arn.slice(0, -oldName.length)}${newName}`, id: newName } : { name: newName, id: newName };
      group.aliases = [...group.aliases, newName];
      group.note(`Renamed from ${oldName} by UpdateGroup at ${event.eventTime}.`);
      renameOwner(ctx, GROUP_SCOPED, 'group', oldName, newName);
      for (const membership of ctx.all(MEMBERSHIP)) {
        const groups = groupsOf(membership);
        if (!groups.includes(oldName)) continue;
        const user = membership.fields.user;
        if (user?.kind === 'string') setGroups(membership, user.value, groups.map((g) => (g === oldName ? newName : g)));
      }
    },
    DeleteGroup(event, ctx) {
      // IAM refuses DeleteGroup while it has members or policies, so leftovers lost their records.
      const name = groupName(event);
      removeOwned(ctx, GROUP_SCOPED, 'group', name);
      for (const membership of ctx.all(MEMBERSHIP)) if (groupsOf(membership).includes(name)) leaveGroup(ctx, membership, name);
      ctx.remove(GROUP, name);
    },

    // ------------------------------------------------------------ aws_iam_group_policy
    PutGroupPolicy(event, ctx) {
      const group = groupName(event);
      const name = reqString(event.request, 'policyName');
      ctx.put(GROUP_POLICY, `${group}:${name}`, {
        importId: `${group}:${name}`,
        nameHint: `${group}-${name}`,
        fields: { name: text(name), group: text(group), policy: policyDocument(at(event.request, 'policyDocument'), 'policyDocument') },
      });
    },
    DeleteGroupPolicy(event, ctx) {
      ctx.remove(GROUP_POLICY, `${groupName(event)}:${reqString(event.request, 'policyName')}`);
    },

    // ------------------------------------------------------------ aws_iam_group_policy_attachment
    AttachGroupPolicy(event, ctx) {
      const group = groupName(event);
      const arn = policyArn(event);
      ctx.put(GROUP_ATTACHMENT, `${group}/${arn}`, {
        importId: `${group}/${arn}`,
        nameHint: `${group}-${attachedPolicyHint(arn)}`,
        fields: { group: text(group), policy_arn: text(arn) },
      });
    },
    DetachGroupPolicy(event, ctx) {
      ctx.remove(GROUP_ATTACHMENT, `${groupName(event)}/${policyArn(event)}`);
    },

    // ------------------------------------------------------------ aws_iam_user_group_membership
    // One non-exclusive membership per user holding the groups the session added it to (the provider
    // docs' recommendation over the exclusive aws_iam_group_membership).
    AddUserToGroup(event, ctx) {
      const user = userName(event);
      const group = groupName(event);
      const membership = ctx.find(MEMBERSHIP, user) ?? ctx.create(MEMBERSHIP, user, { nameHint: `${user}-groups`, fields: { user: text(user) } });
      const groups = groupsOf(membership);
      if (!groups.includes(group)) setGroups(membership, user, [...groups, group]);
      // find() does not mark the event as touching the resource; change() does.
      ctx.change(MEMBERSHIP, user, { importId: membership.importId, nameHint: membership.nameHint });
    },
    RemoveUserFromGroup(event, ctx) {
      const user = userName(event);
      const group = groupName(event);
      const membership = ctx.find(MEMBERSHIP, user);
      if (!membership || !groupsOf(membership).includes(group)) {
        ctx.ignore(`${user} leaves ${group}, a membership the session did not add: nothing to manage`);
        return;
      }
      leaveGroup(ctx, membership, group);
    },
  },
};
