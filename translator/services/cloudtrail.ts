// AWS CloudTrail trails and event data stores. CloudTrail shape (JSON protocol): the API members with a lower-case
// first letter (`name`, `s3BucketName`, `isMultiRegionTrail`, `tagsList: [{key, value}]`, `eventSelectors`,
// `advancedEventSelectors: [{name, fieldSelectors: [{field, equals, startsWith, …}]}]`). Calls name a trail by
// name or ARN; trails and event data stores import by ARN.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-logging.html
// API members: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html,
// API_PutEventSelectors.html, API_PutInsightSelectors.html, API_CreateEventDataStore.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, number, strings, tagsField, text } from './values';
import { buildArn } from './arn';

const TRAIL = 'aws_cloudtrail';
const EVENT_DATA_STORE = 'aws_cloudtrail_event_data_store';

/** A trail named by name or ARN: the session's own (by ARN or name alias), else its ARN in the event's Region. */
function trailId(event: MapperEvent, ctx: FoldContext, nameOrArn: string): string {
  if (nameOrArn.startsWith('arn:')) return nameOrArn;
  return ctx.find(TRAIL, nameOrArn)?.id ?? buildArn(event, 'cloudtrail', `trail/${nameOrArn}`);
}

function changeTrail(event: MapperEvent, ctx: FoldContext, nameOrArn: string): ResourceDraft {
  const arn = trailId(event, ctx, nameOrArn);
  const name = arn.split(':trail/')[1] ?? nameOrArn;
  return ctx.change(TRAIL, arn, { nameHint: name, fields: { name: text(name) }, exports: { id: arn, arn, name }, aliases: [name] });
}

/**
 * Trail settings a CreateTrail or UpdateTrail names. Defaults the provider applies are left out of a trail the
 * session created (include_global_service_events true; multi-Region, log file validation false). An empty
 * kmsKeyId (UpdateTrail) turns encryption off; the provider holds the key as its ARN, which the response gives.
 */
function trailSettings(event: MapperEvent, draft: ResourceDraft): void {
  const r = event.request;
  const f = draft.fields;
  const set = (argument: string, value: ReturnType<typeof text> | undefined) => {
    if (value === undefined) delete f[argument];
    else f[argument] = value;
  };
  const flagSetting = (argument: string, member: string, providerDefault: boolean) => {
    const value = optBool(r, member);
    if (value === undefined) return;
    set(argument, value === providerDefault && draft.created ? undefined : flag(value));
  };
  const textSetting = (argument: string, member: string, value = optString(r, member)) => {
    if (at(r, member) !== undefined) set(argument, value === undefined ? undefined : text(value));
  };
  const bucket = optString(r, 's3BucketName');
  if (bucket !== undefined) f.s3_bucket_name = text(bucket);
  textSetting('s3_key_prefix', 's3KeyPrefix');
  textSetting('sns_topic_name', 'snsTopicName');
  textSetting('cloud_watch_logs_group_arn', 'cloudWatchLogsLogGroupArn');
  textSetting('cloud_watch_logs_role_arn', 'cloudWatchLogsRoleArn');
  // The provider wants the key's ARN (it validates kms_key_id as one); the response gives it, else a key ID is turned
  // into its ARN. An alias only the account can resolve is left as the account has it.
  const key = optString(r, 'kmsKeyId');
  const keyArn = key === undefined ? undefined : (optString(event.response, 'kmsKeyId') ?? kmsKeyArn(key, event.region, event.accountId));
  if (key !== undefined && keyArn === undefined) {
    delete f.kms_key_id;
    draft.ignoreChanges('kms_key_id', 'the record names the KMS key by alias, whose key ARN (the form the provider holds) only the account knows');
  } else textSetting('kms_key_id', 'kmsKeyId', keyArn);
  flagSetting('include_global_service_events', 'includeGlobalServiceEvents', true);
  flagSetting('is_multi_region_trail', 'isMultiRegionTrail', false);
  flagSetting('enable_log_file_validation', 'enableLogFileValidation', false);
  flagSetting('is_organization_trail', 'isOrganizationTrail', false);
}

const FIELD_CONDITIONS: readonly (readonly [string, string])[] = [
  ['equals', 'equals'],
  ['notEquals', 'not_equals'],
  ['startsWith', 'starts_with'],
  ['notStartsWith', 'not_starts_with'],
  ['endsWith', 'ends_with'],
  ['notEndsWith', 'not_ends_with'],
];

/** `advancedEventSelectors: [{name, fieldSelectors: [{field, equals, …}]}]` as advanced_event_selector blocks. */
function advancedSelectors(source: JsonValue | undefined) {
  const items = listAt(source, 'advancedEventSelectors');
  if (items.length === 0) return undefined;
  return blocks(
    ...items.map((s, i): Fields => {
      if (!isObject(s)) throw new MalformedRecordError(`advancedEventSelectors[${i}] should be an object`);
      return fields({
        name: optString(s, 'name') === undefined ? undefined : text(optString(s, 'name')!),
        field_selector: blocks(
          ...listAt(s, 'fieldSelectors').map((fs, j): Fields => {
            if (!isObject(fs)) throw new MalformedRecordError(`advancedEventSelectors[${i}].fieldSelectors[${j}] should be an object`);
            const out: Fields = { field: text(reqString(fs, 'field')) };
            for (const [member, argument] of FIELD_CONDITIONS) {
              const values = stringList(fs, member);
              if (values.length > 0) out[argument] = strings(values);
            }
            return out;
          }),
        ),
      });
    }),
  );
}

/**
 * `eventSelectors` as event_selector blocks. A trail's only selector reading and writing all, with no data events
 * and no exclusions, is what the provider reads back as no event_selector at all (flattenEventSelector in the
 * provider's cloudtrail/trail.go, which ignores includeManagementEvents there), so it is left out.
 */
function eventSelectors(source: JsonValue | undefined) {
  const items = listAt(source, 'eventSelectors');
  const isDefault = (s: JsonValue) =>
    (optString(s, 'readWriteType') ?? 'All') === 'All' && listAt(s, 'dataResources').length === 0 && listAt(s, 'excludeManagementEventSources').length === 0;
  if (items.length === 0 || (items.length === 1 && isDefault(items[0]!))) return undefined;
  return blocks(
    ...items.map((s, i): Fields => {
      if (!isObject(s)) throw new MalformedRecordError(`eventSelectors[${i}] should be an object`);
      const excluded = stringList(s, 'excludeManagementEventSources');
      const data = listAt(s, 'dataResources').map((d, j): Fields => {
        if (!isObject(d)) throw new MalformedRecordError(`eventSelectors[${i}].dataResources[${j}] should be an object`);
        return { type: text(reqString(d, 'type')), values: strings(stringList(d, 'values')) };
      });
      return fields({
        read_write_type: text(optString(s, 'readWriteType') ?? 'All'),
        include_management_events: flag(optBool(s, 'includeManagementEvents') ?? true),
        exclude_management_event_sources: excluded.length > 0 ? strings(excluded) : undefined,
        data_resource: data.length > 0 ? blocks(...data) : undefined,
      });
    }),
  );
}

/** Event data stores are keyed by ARN; calls name one by ARN or by its ID (the ARN's last segment). */
function storeId(ctx: FoldContext, event: MapperEvent): string {
  const value = reqString(event.request, 'eventDataStore');
  if (value.startsWith('arn:')) return value;
  return ctx.find(EVENT_DATA_STORE, value)?.id ?? buildArn(event, 'cloudtrail', `eventdatastore/${value}`);
}

/**
 * Event data store settings: the response states the store's whole configuration after the call (defaults and
 * the advanced event selectors CloudTrail fills in included), the request only what it changes.
 */
function storeSettings(event: MapperEvent, draft: ResourceDraft): void {
  const f = draft.fields;
  const side = (member: string) => (at(event.response, member) !== undefined ? event.response : event.request);
  const name = optString(side('name'), 'name');
  if (name !== undefined) f.name = text(name);
  const selectors = advancedSelectors(side('advancedEventSelectors'));
  if (selectors) f.advanced_event_selector = selectors;
  // Provider defaults: multi-Region true, organization false, termination protection true, 2557 days,
  // EXTENDABLE_RETENTION_PRICING (provider doc, argument reference).
  const defaults: readonly (readonly [string, string, 'bool' | 'number' | 'string', boolean | number | string])[] = [
    ['multi_region_enabled', 'multiRegionEnabled', 'bool', true],
    ['organization_enabled', 'organizationEnabled', 'bool', false],
    ['termination_protection_enabled', 'terminationProtectionEnabled', 'bool', true],
    ['retention_period', 'retentionPeriod', 'number', 2557],
    ['billing_mode', 'billingMode', 'string', 'EXTENDABLE_RETENTION_PRICING'],
  ];
  for (const [argument, member, kind, providerDefault] of defaults) {
    const source = side(member);
    const value = kind === 'bool' ? optBool(source, member) : kind === 'number' ? optNumber(source, member) : optString(source, member);
    if (value === undefined) continue;
    if (value === providerDefault && draft.created) delete f[argument];
    else f[argument] = typeof value === 'boolean' ? flag(value) : typeof value === 'number' ? number(value) : text(value);
  }
  const key = optString(side('kmsKeyId'), 'kmsKeyId');
  if (key !== undefined) f.kms_key_id = text(key);
}

function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceId');
  if (arn.includes(':eventdatastore/')) return ctx.change(EVENT_DATA_STORE, arn, { nameHint: arn.split('/').pop() ?? arn, exports: { id: arn, arn } });
  if (arn.includes(':trail/') || !arn.startsWith('arn:')) return changeTrail(event, ctx, arn);
  ctx.ignore(`tags ${arn}, which is not a trail or an event data store`);
  return undefined;
}

export const cloudtrail: ServiceMapper = {
  service: 'cloudtrail',
  eventSource: 'cloudtrail.amazonaws.com',
  resources: [
    {
      type: TRAIL,
      required: ['name', 's3_bucket_name'],
      references: { s3_bucket_name: ['aws_s3_bucket'], kms_key_id: ['aws_kms_key'], cloud_watch_logs_role_arn: ['aws_iam_role'] },
      events: ['CreateTrail', 'UpdateTrail', 'PutEventSelectors', 'PutInsightSelectors', 'StartLogging', 'StopLogging', 'AddTags', 'RemoveTags', 'DeleteTrail'],
    },
    {
      type: EVENT_DATA_STORE,
      required: ['name'],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateEventDataStore', 'UpdateEventDataStore', 'StartEventDataStoreIngestion', 'StopEventDataStoreIngestion', 'AddTags', 'RemoveTags', 'DeleteEventDataStore'],
    },
  ],
  events: {
    CreateTrail(event, ctx) {
      const name = reqString(event.request, 'name');
      const arn = optString(event.response, 'trailARN') ?? buildArn(event, 'cloudtrail', `trail/${name}`);
      const draft = ctx.create(TRAIL, arn, {
        nameHint: name,
        exports: { id: arn, arn, name },
        aliases: [name],
        fields: { name: text(name) },
      });
      trailSettings(event, draft);
      // A new trail does not log until StartLogging; the provider's enable_logging defaults to true.
      draft.fields.enable_logging = flag(false);
      const tags = tagsField(readTags(at(event.request, 'tagsList')));
      if (tags) draft.fields.tags = tags;
    },
    UpdateTrail(event, ctx) {
      trailSettings(event, changeTrail(event, ctx, reqString(event.request, 'name')));
    },
    PutEventSelectors(event, ctx) {
      // Replaces all the trail's selectors: basic or advanced, never both.
      const draft = changeTrail(event, ctx, reqString(event.request, 'trailName'));
      delete draft.fields.event_selector;
      delete draft.fields.advanced_event_selector;
      const basic = eventSelectors(event.request);
      const advanced = advancedSelectors(event.request);
      if (basic) draft.fields.event_selector = basic;
      if (advanced) draft.fields.advanced_event_selector = advanced;
      if (!basic && !advanced && !draft.created) draft.sessionChange('reset its event selectors to the default (all management events)');
    },
    PutInsightSelectors(event, ctx) {
      const draft = changeTrail(event, ctx, reqString(event.request, 'trailName'));
      const types = listAt(event.request, 'insightSelectors').map((s, i) => {
        if (!isObject(s)) throw new MalformedRecordError(`insightSelectors[${i}] should be an object`);
        return { insight_type: text(reqString(s, 'insightType')) };
      });
      if (types.length > 0) draft.fields.insight_selector = blocks(...types);
      else delete draft.fields.insight_selector;
    },
    StartLogging(event, ctx) {
      const draft = changeTrail(event, ctx, reqString(event.request, 'name'));
      if (draft.created) delete draft.fields.enable_logging;
      else draft.fields.enable_logging = flag(true);
    },
    StopLogging(event, ctx) {
      changeTrail(event, ctx, reqString(event.request, 'name')).fields.enable_logging = flag(false);
    },
    AddTags(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tagsList')));
    },
    RemoveTags(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, {}, Object.keys(readTags(at(event.request, 'tagsList'))));
    },
    DeleteTrail(event, ctx) {
      ctx.remove(TRAIL, trailId(event, ctx, reqString(event.request, 'name')));
    },
    CreateEventDataStore(event, ctx) {
      const arn = reqString(event.response, 'eventDataStoreArn');
      const draft = ctx.create(EVENT_DATA_STORE, arn, {
        nameHint: reqString(event.request, 'name'),
        exports: { id: arn, arn },
        aliases: [arn.split('/').pop() ?? arn],
      });
      storeSettings(event, draft);
      const tags = tagsField(readTags(at(event.request, 'tagsList')));
      if (tags) draft.fields.tags = tags;
      // startIngestion false creates the store suspended.
      if (optBool(event.request, 'startIngestion') === false) draft.fields.suspend = text('true');
    },
    UpdateEventDataStore(event, ctx) {
      const arn = storeId(ctx, event);
      storeSettings(event, ctx.change(EVENT_DATA_STORE, arn, { nameHint: arn.split('/').pop() ?? arn, exports: { id: arn, arn } }));
    },
    StartEventDataStoreIngestion(event, ctx) {
      const arn = storeId(ctx, event);
      const draft = ctx.change(EVENT_DATA_STORE, arn, { nameHint: arn.split('/').pop() ?? arn, exports: { id: arn, arn } });
      if (draft.created) delete draft.fields.suspend;
      else draft.fields.suspend = text('false');
    },
    StopEventDataStoreIngestion(event, ctx) {
      const arn = storeId(ctx, event);
      ctx.change(EVENT_DATA_STORE, arn, { nameHint: arn.split('/').pop() ?? arn, exports: { id: arn, arn } }).fields.suspend = text('true');
    },
    DeleteEventDataStore(event, ctx) {
      ctx.remove(EVENT_DATA_STORE, storeId(ctx, event));
    },
  },
};
