// IAM Identity Center (SSO admin): permission sets, their managed-policy attachments and inline policy,
// and account assignments.
// CloudTrail shape (JSON protocol, event source sso.amazonaws.com): the API members with a lower-case
// first letter; every call names the `instanceArn`. CreatePermissionSet answers with `permissionSet`
// (`permissionSetArn`, `sessionDuration` …); UpdatePermissionSet names only what it changes.
// https://docs.aws.amazon.com/singlesignon/latest/userguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_Operations.html
// Import IDs join the identifiers with commas, ending with the permission set and instance ARNs
// (ssoadmin_* provider docs).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { fields, jsonDocument, tagsField, text, textAt } from './values';

const PERMISSION_SET = 'aws_ssoadmin_permission_set';
const MANAGED_POLICY = 'aws_ssoadmin_managed_policy_attachment';
const INLINE_POLICY = 'aws_ssoadmin_permission_set_inline_policy';
const ASSIGNMENT = 'aws_ssoadmin_account_assignment';

const HIDDEN = /^HIDDEN_/;

/** `ps-…` from `arn:aws:sso:::permissionSet/ssoins-…/ps-…`, for names. */
const shortId = (arn: string) => arn.split('/').pop() ?? arn;

function permissionSetName(ctx: FoldContext, arn: string): string {
  return ctx.find(PERMISSION_SET, arn)?.nameHint ?? shortId(arn);
}

function changePermissionSet(event: MapperEvent, ctx: FoldContext, arn: string): ResourceDraft {
  const instance = reqString(event.request, 'instanceArn');
  return ctx.change(PERMISSION_SET, arn, {
    importId: `${arn},${instance}`,
    exports: { arn, id: `${arn},${instance}` },
  });
}

/** TagResource / UntagResource name a permission set by ARN, and its instance by `instanceArn`. */
const TAGGING: TaggingOptions = {
  adopt: { [PERMISSION_SET]: (arn, event, ctx) => changePermissionSet(event, ctx, arn) },
  unmapped: (arn) => `tags ${arn}, an Identity Center resource Trailform does not map`,
};

/** The arguments every member of a permission set names. */
function memberOf(event: MapperEvent) {
  const instance = reqString(event.request, 'instanceArn');
  const permissionSet = reqString(event.request, 'permissionSetArn');
  return { instance, permissionSet, fields: { instance_arn: text(instance), permission_set_arn: text(permissionSet) } };
}

/** The account assignment's import ID, which is also its key. */
function assignmentId(request: JsonValue): string {
  return ['principalId', 'principalType', 'targetId', 'targetType', 'permissionSetArn', 'instanceArn'].map((k) => reqString(request, k)).join(',');
}

export const ssoAdmin: ServiceMapper = {
  service: 'ssoadmin',
  eventSource: 'sso.amazonaws.com',
  resources: [
    {
      type: PERMISSION_SET,
      // Keyed by ARN, imported as `ARN,instance ARN` (changePermissionSet, CreatePermissionSet).
      identity: { arn: 'arn:{partition}:sso:::permissionSet/{instance}/{ps}', keyedByArn: true, nameHint: shortId },
      required: ['instance_arn', 'name'],
      events: ['CreatePermissionSet', 'UpdatePermissionSet', 'DeletePermissionSet', 'TagResource', 'UntagResource', 'ProvisionPermissionSet'],
    },
    {
      type: MANAGED_POLICY,
      required: ['instance_arn', 'managed_policy_arn', 'permission_set_arn'],
      references: { permission_set_arn: [PERMISSION_SET], managed_policy_arn: ['aws_iam_policy'] },
      events: ['AttachManagedPolicyToPermissionSet', 'DetachManagedPolicyFromPermissionSet', 'DeletePermissionSet'],
    },
    {
      type: INLINE_POLICY,
      required: ['inline_policy', 'instance_arn', 'permission_set_arn'],
      references: { permission_set_arn: [PERMISSION_SET] },
      events: ['PutInlinePolicyToPermissionSet', 'DeleteInlinePolicyFromPermissionSet', 'DeletePermissionSet'],
    },
    {
      type: ASSIGNMENT,
      required: ['instance_arn', 'permission_set_arn', 'principal_id', 'principal_type', 'target_id', 'target_type'],
      references: { permission_set_arn: [PERMISSION_SET] },
      events: ['CreateAccountAssignment', 'DeleteAccountAssignment'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => ssoAdmin.resources, TAG_RESOURCE, TAGGING), {
    CreatePermissionSet(event, ctx) {
      const arn = reqString(event.response, 'permissionSet.permissionSetArn');
      const instance = reqString(event.request, 'instanceArn');
      const name = reqString(event.request, 'name');
      ctx.create(PERMISSION_SET, arn, {
        importId: `${arn},${instance}`,
        nameHint: name,
        fields: fields({
          name: text(name),
          instance_arn: text(instance),
          description: textAt(event.request, 'description'),
          // PT1H is AWS's default, which the provider reads back; it is left out like any default.
          session_duration: textAt(event.request, 'sessionDuration'),
          relay_state: textAt(event.request, 'relayState'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { arn, id: `${arn},${instance}` },
      });
    },
    UpdatePermissionSet(event, ctx) {
      const draft = changePermissionSet(event, ctx, reqString(event.request, 'permissionSetArn'));
      for (const [member, argument] of [['description', 'description'], ['sessionDuration', 'session_duration'], ['relayState', 'relay_state']] as const) {
        const value = textAt(event.request, member);
        if (value) draft.fields[argument] = value;
      }
    },
    ProvisionPermissionSet(_event, ctx) {
      ctx.ignore('pushes the permission set to its accounts: no configuration of its own (Terraform provisions on every change)');
    },
    DeletePermissionSet(event, ctx) {
      const arn = reqString(event.request, 'permissionSetArn');
      for (const type of [MANAGED_POLICY, INLINE_POLICY]) {
        for (const member of ctx.all(type)) if (member.id.includes(`${arn},`)) ctx.remove(type, member.id);
      }
      ctx.remove(PERMISSION_SET, arn);
    },
    AttachManagedPolicyToPermissionSet(event, ctx) {
      const { instance, permissionSet, fields: base } = memberOf(event);
      const policy = reqString(event.request, 'managedPolicyArn');
      const id = `${policy},${permissionSet},${instance}`;
      ctx.create(MANAGED_POLICY, id, {
        nameHint: `${permissionSetName(ctx, permissionSet)}_${policy.split('/').pop() ?? policy}`,
        fields: { ...base, managed_policy_arn: text(policy) },
        exports: { id },
      });
    },
    DetachManagedPolicyFromPermissionSet(event, ctx) {
      const { instance, permissionSet } = memberOf(event);
      ctx.remove(MANAGED_POLICY, `${reqString(event.request, 'managedPolicyArn')},${permissionSet},${instance}`);
    },
    PutInlinePolicyToPermissionSet(event, ctx) {
      const { instance, permissionSet, fields: base } = memberOf(event);
      const id = `${permissionSet},${instance}`;
      const raw = reqString(event.request, 'inlinePolicy');
      // The call replaces the permission set's one inline policy, so it states it whole.
      const draft = ctx.put(INLINE_POLICY, id, { nameHint: permissionSetName(ctx, permissionSet), fields: base, exports: { id } });
      if (HIDDEN.test(raw)) {
        draft.configFromAccount('CloudTrail hid the inline policy document');
        return;
      }
      draft.fields.inline_policy = jsonDocument(readJsonDocument(raw, 'inlinePolicy') ?? {});
    },
    DeleteInlinePolicyFromPermissionSet(event, ctx) {
      const { instance, permissionSet } = memberOf(event);
      ctx.remove(INLINE_POLICY, `${permissionSet},${instance}`);
    },
    CreateAccountAssignment(event, ctx) {
      const id = assignmentId(event.request);
      const { fields: base, permissionSet } = memberOf(event);
      ctx.create(ASSIGNMENT, id, {
        nameHint: `${permissionSetName(ctx, permissionSet)}_${reqString(event.request, 'targetId')}`,
        fields: {
          ...base,
          principal_id: text(reqString(event.request, 'principalId')),
          principal_type: text(reqString(event.request, 'principalType')),
          target_id: text(reqString(event.request, 'targetId')),
          target_type: text(reqString(event.request, 'targetType')),
        },
        exports: { id },
      });
    },
    DeleteAccountAssignment(event, ctx) {
      ctx.remove(ASSIGNMENT, assignmentId(event.request));
    },
  }),
};
