// IAM mapper part: groups and user group memberships (assembled in ./index.ts).

import type { EventHandler } from '../mapper';
import { optString } from '../read';
import { fields, text } from '../values';
import { GROUP, MEMBERSHIP } from './types';
import { pathField, setField } from './shared';
import { GROUP_SCOPED, groupName, groupsOf, leaveGroup, removeOwned, renameOwner, setGroups, userName } from './users';

export const groupsHandlers: Record<string, EventHandler> = {
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
    for (const membership of ctx.allHolding(MEMBERSHIP, 'groups', oldName)) {
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
    for (const membership of ctx.allHolding(MEMBERSHIP, 'groups', name)) if (groupsOf(membership).includes(name)) leaveGroup(ctx, membership, name);
    ctx.remove(GROUP, name);
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
};
