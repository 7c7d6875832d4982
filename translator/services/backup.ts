// AWS Backup vaults, plans and selections (mapped in full); frameworks and report plans by their import
// block only (Terraform writes their configuration with `terraform plan -generate-config-out`).
// REST-JSON API: CloudTrail keys are the API member names with a lower-case first letter
// (`backupVaultName`, `backupPlan.rules[].targetBackupVaultName`, `backupSelection.listOfTags`).
// Event and field names: https://docs.aws.amazon.com/aws-backup/latest/devguide/logging-using-cloudtrail.html
// Tag maps (BackupVaultTags, BackupPlanTags, RecoveryPointTags) are sensitive members in the API model, so
// CloudTrail may hide them (`HIDDEN_DUE_TO_SECURITY_REASONS`); hidden tags are never guessed.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { type Fields, type ResourceDraft, type ServiceMapper, mergeHandlers } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, maybe, number, stringMap, strings, tagsField, text } from './values';


const VAULT = 'aws_backup_vault';
const PLAN = 'aws_backup_plan';
const SELECTION = 'aws_backup_selection';

const TYPES = importOnlyTypes([
  { type: 'aws_backup_framework', create: 'CreateFramework', id: ['request.frameworkName'], delete: 'DeleteFramework' },
  { type: 'aws_backup_report_plan', create: 'CreateReportPlan', id: ['request.reportPlanName'], delete: 'DeleteReportPlan' },
]);

const ARN = 'arn:{partition}:backup:{region}:{account}';

/** A tag map, or `hidden` when CloudTrail replaced the sensitive value with a placeholder. */
function tagMap(value: JsonValue | undefined): Record<string, string> | 'hidden' {
  if (typeof value === 'string' && /^HIDDEN_/.test(value)) return 'hidden';
  return readTags(value);
}

const HIDDEN_TAGS_REASON = 'CloudTrail hides the tags of this call (a sensitive member in the AWS Backup API), so they are not known';

function setTags(draft: ResourceDraft, value: JsonValue | undefined): void {
  const tags = tagMap(value);
  if (tags === 'hidden') draft.ignoreChanges('tags', HIDDEN_TAGS_REASON);
  else if (tagsField(tags)) draft.fields.tags = tagsField(tags);
}

// aws_backup_vault imports with ImportStatePassthrough and its Read never sets force_destroy, so the
// argument's default `false` would show as a change after import (like aws_iam_user's, terraform-provider-aws#7859).
const FORCE_DESTROY_REASON = 'import never sets force_destroy (the vault Read does not read it, cf. terraform-provider-aws#7859), so its default would show as a change';

// ---------------------------------------------------------------------------------------------
// Plans

/** `lifecycle: {moveToColdStorageAfterDays, deleteAfterDays, optInToArchiveForSupportedResources}`. */
function lifecycleBlock(source: JsonValue | undefined) {
  if (!isObject(source)) return undefined;
  const out = fields({
    cold_storage_after: maybe(optNumber(source, 'moveToColdStorageAfterDays'), number),
    delete_after: maybe(optNumber(source, 'deleteAfterDays'), number),
    opt_in_to_archive_for_supported_resources: maybe(optBool(source, 'optInToArchiveForSupportedResources'), flag),
  });
  return Object.keys(out).length > 0 ? blocks(out) : undefined;
}

/**
 * `backupPlan: {backupPlanName, rules: [...], advancedBackupSettings: [...]}` as the plan's arguments.
 * start_window and completion_window have provider defaults (60 and 180 minutes) that AWS does not use
 * when a request leaves them out, so a rule without them gets a note to check the first plan.
 */
function planFields(draft: ResourceDraft, plan: JsonValue | undefined): Fields {
  if (!isObject(plan)) throw new MalformedRecordError('missing backupPlan');
  const rules = listAt(plan, 'rules');
  if (rules.length === 0) throw new MalformedRecordError('backupPlan.rules is empty');
  const ruleBlocks = rules.map((rule) => {
    const name = reqString(rule, 'ruleName');
    const start = optNumber(rule, 'startWindowMinutes');
    const completion = optNumber(rule, 'completionWindowMinutes');
    if (start === undefined || completion === undefined) {
      draft.note(`Rule ${name}: the record does not state its start/completion window; AWS's defaults may differ from the provider's (60/180 minutes), check the first plan.`);
    }
    const pointTags = tagMap(at(rule, 'recoveryPointTags'));
    if (pointTags === 'hidden') draft.note(`Rule ${name}: CloudTrail hides its recovery point tags; add them after reviewing the first plan.`);
    const copies = listAt(rule, 'copyActions').map((c) =>
      fields({ destination_vault_arn: text(reqString(c, 'destinationBackupVaultArn')), lifecycle: lifecycleBlock(at(c, 'lifecycle')) }),
    );
    return fields({
      rule_name: text(name),
      target_vault_name: text(reqString(rule, 'targetBackupVaultName')),
      schedule: maybe(optString(rule, 'scheduleExpression'), text),
      schedule_expression_timezone: maybe(optString(rule, 'scheduleExpressionTimezone'), text),
      start_window: maybe(start, number),
      completion_window: maybe(completion, number),
      enable_continuous_backup: maybe(optBool(rule, 'enableContinuousBackup'), flag),
      recovery_point_tags: pointTags !== 'hidden' && Object.keys(pointTags).length > 0 ? stringMap(pointTags) : undefined,
      lifecycle: lifecycleBlock(at(rule, 'lifecycle')),
      copy_action: copies.length > 0 ? blocks(...copies) : undefined,
    });
  });
  const advanced = listAt(plan, 'advancedBackupSettings').map((s) => {
    const options = at(s, 'backupOptions');
    if (!isObject(options)) throw new MalformedRecordError('advancedBackupSettings[].backupOptions should be a map');
    return { resource_type: text(reqString(s, 'resourceType')), backup_options: stringMap(Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)]))) };
  });
  return fields({
    name: text(reqString(plan, 'backupPlanName')),
    rule: blocks(...ruleBlocks),
    advanced_backup_setting: advanced.length > 0 ? blocks(...advanced) : undefined,
  });
}

/** TagResource / UntagResource name a vault (`…:backup-vault:NAME`) or plan (`…:backup-plan:ID`) by ARN. */
const TAGGING: TaggingOptions = { hiddenTags: HIDDEN_TAGS_REASON, unmapped: (arn, event) => `${event.eventName} on ${arn}, which is not a backup vault or plan` };

// ---------------------------------------------------------------------------------------------
// Selections

/** `conditions: {stringEquals: [{conditionKey, conditionValue}], …}` → one condition block. */
function conditionBlock(conditions: JsonValue | undefined) {
  if (!isObject(conditions)) return undefined;
  const out: Fields = {};
  for (const [member, argument] of [['stringEquals', 'string_equals'], ['stringNotEquals', 'string_not_equals'], ['stringLike', 'string_like'], ['stringNotLike', 'string_not_like']] as const) {
    const items = listAt(conditions, member).map((c) => ({ key: text(reqString(c, 'conditionKey')), value: text(reqString(c, 'conditionValue')) }));
    if (items.length > 0) out[argument] = blocks(...items);
  }
  return Object.keys(out).length > 0 ? blocks(out) : undefined;
}

export const backup: ServiceMapper = {
  service: 'backup',
  eventSource: 'backup.amazonaws.com',
  resources: [
    {
      type: VAULT,
      identity: { arn: `${ARN}:backup-vault:{id}`, exports: ['id', 'name', 'arn'] },
      required: ['name'],
      references: { kms_key_arn: ['aws_kms_key'] },
      // A vault changed (tagged) but not created in the session: its other tags are unknown.
      events: ['CreateBackupVault', 'TagResource', 'UntagResource', 'DeleteBackupVault'],
    },
    {
      type: PLAN,
      identity: { arn: `${ARN}:backup-plan:{id}`, exports: ['id', 'arn'] },
      required: ['name', 'rule'],
      references: { 'rule.target_vault_name': [VAULT], 'rule.copy_action.destination_vault_arn': [VAULT] },
      events: ['CreateBackupPlan', 'UpdateBackupPlan', 'TagResource', 'UntagResource', 'DeleteBackupPlan'],
    },
    {
      type: SELECTION,
      required: ['iam_role_arn', 'name', 'plan_id'],
      references: { plan_id: [PLAN], iam_role_arn: ['aws_iam_role'] },
      events: ['CreateBackupSelection', 'DeleteBackupSelection'],
    },
    ...TYPES.resources,
  ],
  events: mergeHandlers(TYPES.events, taggingHandlers(() => backup.resources, { ...TAG_RESOURCE, keys: 'tagKeyList' }, TAGGING), {
    CreateBackupVault(event, ctx) {
      const name = reqString(event.request, 'backupVaultName');
      const draft = ctx.create(VAULT, name, {
        // Without encryptionKeyArn AWS uses its managed key (kms_key_arn is computed).
        fields: fields({ name: text(name), kms_key_arn: maybe(optString(event.request, 'encryptionKeyArn'), text) }),
      });
      setTags(draft, at(event.request, 'backupVaultTags'));
      draft.ignoreChanges('force_destroy', FORCE_DESTROY_REASON);
    },
    DeleteBackupVault(event, ctx) {
      ctx.remove(VAULT, reqString(event.request, 'backupVaultName'));
    },

    CreateBackupPlan(event, ctx) {
      const id = reqString(event.response, 'backupPlanId');
      const plan = at(event.request, 'backupPlan');
      const draft = ctx.create(PLAN, id, {
        nameHint: reqString(plan, 'backupPlanName'),
      });
      draft.fields = planFields(draft, plan);
      setTags(draft, at(event.request, 'backupPlanTags'));
    },
    UpdateBackupPlan(event, ctx) {
      // The request restates the whole plan (name, rules, advanced settings) but not its tags.
      const id = reqString(event.request, 'backupPlanId');
      const draft = ctx.change(PLAN, id, {});
      const tags = draft.fields.tags;
      draft.fields = { ...planFields(draft, at(event.request, 'backupPlan')), ...(tags ? { tags } : {}) };
      draft.nameHint = reqString(event.request, 'backupPlan.backupPlanName');
      if (!draft.created) draft.ignoreChanges('tags', 'the plan existed before the session and no record states its tags');
    },
    DeleteBackupPlan(event, ctx) {
      ctx.remove(PLAN, reqString(event.request, 'backupPlanId'));
    },

    CreateBackupSelection(event, ctx) {
      const planId = reqString(event.request, 'backupPlanId');
      const id = reqString(event.response, 'selectionId');
      const selection = at(event.request, 'backupSelection');
      const name = reqString(selection, 'selectionName');
      const resources = stringList(selection, 'resources');
      const notResources = stringList(selection, 'notResources');
      const tags = listAt(selection, 'listOfTags').map((t) =>
        fields({ type: text(reqString(t, 'conditionType')), key: text(reqString(t, 'conditionKey')), value: text(reqString(t, 'conditionValue')) }),
      );
      ctx.create(SELECTION, `${planId}|${id}`, {
        // Import ID `plan-id|selection-id` (backup_selection doc).
        importId: `${planId}|${id}`,
        nameHint: name,
        exports: { id },
        fields: fields({
          name: text(name),
          plan_id: text(planId),
          iam_role_arn: text(reqString(selection, 'iamRoleArn')),
          resources: resources.length > 0 ? strings(resources) : undefined,
          not_resources: notResources.length > 0 ? strings(notResources) : undefined,
          selection_tag: tags.length > 0 ? blocks(...tags) : undefined,
          condition: conditionBlock(at(selection, 'conditions')),
        }),
      });
    },
    DeleteBackupSelection(event, ctx) {
      ctx.remove(SELECTION, `${reqString(event.request, 'backupPlanId')}|${reqString(event.request, 'selectionId')}`);
    },
  }),
};
