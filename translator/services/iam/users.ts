// IAM mapper part: users, login profiles and access keys (assembled in ./index.ts).

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, optString, readTags, reqString } from '../read';
import { fields, strings, tagsField, text } from '../values';
import { ACCESS_KEY, GROUP_ATTACHMENT, GROUP_POLICY, LOGIN_PROFILE, MEMBERSHIP, USER, USER_ATTACHMENT, USER_POLICY } from './types';
import { pathField, setField } from './shared';
import { SECRET_NOTE } from './factories';

export function userName(event: MapperEvent): string {
  return reqString(event.request, 'userName');
}

// aws_iam_user imports with ImportStatePassthrough, so force_destroy stays unset and its default `false`
// would show as a change in the first plan (hashicorp/terraform-provider-aws#7859).
export const FORCE_DESTROY_REASON = 'import never sets force_destroy (terraform-provider-aws#7859), so its default would show as a change';

export function changeUser(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = userName(event);
  const user = ctx.change(USER, name, { exports: { name, id: name } });
  user.ignoreChanges('force_destroy', FORCE_DESTROY_REASON);
  return user;
}

/**
 * Resources that belong to a user or a group, with how their key (the identity the session looks them
 * up by) and their import ID spell the owner's name.
 */
export interface Scoped {
  readonly type: string;
  readonly key: (owner: string, rest: string) => string;
  readonly importId: (owner: string, rest: string) => string;
  /** What follows the owner in the import ID. */
  readonly rest: (importId: string, owner: string) => string;
}

export const afterOwner = (importId: string, owner: string) => importId.slice(owner.length + 1);

export const USER_SCOPED: readonly Scoped[] = [
  { type: USER_POLICY, key: (u, name) => `${u}:${name}`, importId: (u, name) => `${u}:${name}`, rest: afterOwner },
  { type: USER_ATTACHMENT, key: (u, arn) => `${u}/${arn}`, importId: (u, arn) => `${u}/${arn}`, rest: afterOwner },
  { type: LOGIN_PROFILE, key: (u) => u, importId: (u) => u, rest: () => '' },
  { type: ACCESS_KEY, key: (_u, keyId) => keyId, importId: (_u, keyId) => keyId, rest: (importId) => importId },
  // One membership per user, imported as user/group1/group2.
  { type: MEMBERSHIP, key: (u) => u, importId: (u, groups) => `${u}/${groups}`, rest: afterOwner },
];

export const GROUP_SCOPED: readonly Scoped[] = [
  { type: GROUP_POLICY, key: (g, name) => `${g}:${name}`, importId: (g, name) => `${g}:${name}`, rest: afterOwner },
  { type: GROUP_ATTACHMENT, key: (g, arn) => `${g}/${arn}`, importId: (g, arn) => `${g}/${arn}`, rest: afterOwner },
];

export function ownedBy(draft: ResourceDraft, field: 'user' | 'group', owner: string): boolean {
  const value = draft.field(field);
  return value?.kind === 'string' && value.value === owner;
}

/**
 * After a rename, what the user or group owns is imported by the new name; later events name it by the
 * new name too, so that becomes an alias.
 */
export function renameOwner(ctx: FoldContext, scopedTypes: readonly Scoped[], field: 'user' | 'group', oldName: string, newName: string): void {
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
export function removeOwned(ctx: FoldContext, scopedTypes: readonly Scoped[], field: 'user' | 'group', owner: string): void {
  for (const { type } of scopedTypes) for (const draft of ctx.allHolding(type, field, owner)) if (ownedBy(draft, field, owner)) ctx.remove(type, draft.id);
}

export function groupsOf(membership: ResourceDraft): string[] {
  const value = membership.field('groups');
  if (value?.kind !== 'list') return [];
  return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
}

export function setGroups(membership: ResourceDraft, user: string, groups: readonly string[]): void {
  membership.fields.groups = strings(groups);
  membership.importId = `${user}/${groups.join('/')}`;
}

// "Since Terraform has no method to read the PGP or password information during import, use ...
// ignore_changes" (aws_iam_user_login_profile, Import section).
export const PASSWORD_SETTINGS: Record<string, string> = {
  password_length: 'import cannot read the password settings (aws_iam_user_login_profile docs, Import); CloudTrail never logs the password',
  password_reset_required: 'import cannot read the reset flag either (same Import section)',
  pgp_key: 'import cannot read the PGP key either (same Import section)',
};

export function ignorePasswordSettings(profile: ResourceDraft): void {
  for (const [attr, reason] of Object.entries(PASSWORD_SETTINGS)) profile.ignoreChanges(attr, reason);
}

export function groupName(event: MapperEvent): string {
  return reqString(event.request, 'groupName');
}


/** Takes a group out of a membership; a membership left without groups goes. */
export function leaveGroup(ctx: FoldContext, membership: ResourceDraft, group: string): void {
  const user = membership.fields.user;
  const remaining = groupsOf(membership).filter((g) => g !== group);
  if (remaining.length === 0 || user?.kind !== 'string') {
    ctx.remove(MEMBERSHIP, membership.id);
    return;
  }
  setGroups(membership, user.value, remaining);
  ctx.change(MEMBERSHIP, membership.id, { importId: membership.importId, nameHint: membership.nameHint });
}

export const usersHandlers: Record<string, EventHandler> = {
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
  DeleteUser(event, ctx) {
    // IAM refuses DeleteUser while the user has policies, a login profile or keys (DeleteConflict), so
    // whatever the session still holds for the user lost its own delete record: drop it too.
    const name = userName(event);
    removeOwned(ctx, USER_SCOPED, 'user', name);
    ctx.remove(USER, name);
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
};
