// IAM mapper part: roles, customer managed policies and instance profiles (assembled in ./index.ts).

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, optNumber, optString, readTags, reqString } from '../read';
import { fields, number, tagsField, text } from '../values';
import { ATTACHMENT, DEFAULT_SESSION, POLICY, PROFILE, ROLE, ROLE_POLICY, USER_ATTACHMENT } from './types';
import { pathField, policyDocument, policyHint, setField, splitPolicyArn } from './shared';

export function roleName(event: MapperEvent): string {
  return reqString(event.request, 'roleName');
}

/** The role, adopted (import-only unless the session states its trust policy) when the session did not create it. */
export function changeRole(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = roleName(event);
  return ctx.change(ROLE, name, { exports: { name, id: name } });
}

// ---------------------------------------------------------------- policies

export function policyArn(event: MapperEvent): string {
  return reqString(event.request, 'policyArn');
}

export function changePolicy(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const arn = policyArn(event);
  const { name } = splitPolicyArn(arn);
  return ctx.change(POLICY, arn, { nameHint: policyHint(name), exports: { arn, id: arn, name } });
}

// ---------------------------------------------------------------- instance profiles

export function profileName(event: MapperEvent): string {
  return reqString(event.request, 'instanceProfileName');
}

export function changeProfile(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = profileName(event);
  return ctx.change(PROFILE, name, { exports: { name, id: name } });
}

export const rolesHandlers: Record<string, EventHandler> = {
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
    for (const policy of ctx.allWithIdPrefix(ROLE_POLICY, `${name}:`)) ctx.remove(ROLE_POLICY, policy.id);
    for (const attachment of ctx.allWithIdPrefix(ATTACHMENT, `${name}/`)) ctx.remove(ATTACHMENT, attachment.id);
    for (const profile of ctx.allHolding(PROFILE, 'role', name)) {
      const role = profile.field('role');
      if (role?.kind === 'string' && role.value === name) delete profile.fields.role;
    }
    ctx.remove(ROLE, name);
  },

  // ------------------------------------------------------------ aws_iam_policy
  // Each version's document is remembered by its version ID (CreatePolicy answers `v1`, CreatePolicyVersion
  // its own), so SetDefaultPolicyVersion back to a version the session saw states that document.
  CreatePolicy(event, ctx) {
    const { request } = event;
    const arn = reqString(event.response, 'policy.arn');
    const name = reqString(request, 'policyName');
    const description = optString(request, 'description');
    const document = policyDocument(at(request, 'policyDocument'), 'policyDocument');
    const draft = ctx.create(POLICY, arn, {
      nameHint: policyHint(name),
      fields: fields({
        name: text(name),
        path: pathField(optString(request, 'path')),
        description: description === undefined ? undefined : text(description),
        policy: document,
        tags: tagsField(readTags(at(request, 'tags'))),
      }),
      exports: { arn, id: arn, name },
    });
    draft.remember(optString(event.response, 'policy.defaultVersionId') ?? 'v1', document);
  },
  CreatePolicyVersion(event, ctx) {
    const document = policyDocument(at(event.request, 'policyDocument'), 'policyDocument');
    const versionId = optString(event.response, 'policyVersion.versionId');
    const setAsDefault = at(event.request, 'setAsDefault');
    if (setAsDefault !== true && setAsDefault !== 'true') {
      // Not the default yet: kept for a later SetDefaultPolicyVersion, on a policy the session holds.
      if (versionId !== undefined) ctx.find(POLICY, policyArn(event))?.remember(versionId, document);
      ctx.ignore('a version that is not the default does not change the policy document Terraform manages');
      return;
    }
    const policy = changePolicy(event, ctx);
    setField(policy, 'policy', document);
    if (versionId !== undefined) policy.remember(versionId, document);
  },
  SetDefaultPolicyVersion(event, ctx) {
    const versionId = reqString(event.request, 'versionId');
    const policy = changePolicy(event, ctx);
    const known = policy.recall(versionId);
    if (known !== undefined && known.kind !== 'blocks' && known.kind !== 'sensitive') {
      setField(policy, 'policy', known);
      return;
    }
    // The record names the version but not its document, so the document the session knows is stale.
    if (policy.fields.policy === undefined) return; // import-only: the account supplies the document
    const reason = `SetDefaultPolicyVersion made ${versionId} the default and CloudTrail does not carry its document`;
    policy.ignoreChanges('policy', reason);
    policy.note(`Replace policy with the document of ${versionId} (aws iam get-policy-version --policy-arn ${policyArn(event)} --version-id ${versionId}), then drop it from ignore_changes.`);
  },
  DeletePolicyVersion(event, ctx) {
    // IAM cannot delete the default version, so the managed document is unchanged.
    ctx.ignore(`deletes a non-default version (${reqString(event.request, 'versionId')}) of ${policyArn(event)}: the managed document is unchanged`);
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
  DeleteInstanceProfile(event, ctx) {
    ctx.remove(PROFILE, profileName(event));
  },
};
