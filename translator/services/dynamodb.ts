// Amazon DynamoDB tables. JSON protocol: request and response keys are the API member names with a
// lower-case first letter (`tableName`, `keySchema`, `provisionedThroughput`; `SSESpecification`
// arrives as `sSESpecification`). Item-level calls are data events and never reach a mapper.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, kmsKeyArn, listAt, listOf, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, maybe, number, strings, tagsField, text } from './values';
import { buildArn } from './arn';

const TABLE = 'aws_dynamodb_table';
const INSIGHTS = 'aws_dynamodb_contributor_insights';
const KINESIS = 'aws_dynamodb_kinesis_streaming_destination';

/** Contributor Insights import as `name:TABLE[/index:INDEX]/ACCOUNT` (dynamodb_contributor_insights doc). */
function insightsId(event: MapperEvent, table: string, index: string | undefined): string {
  return `name:${table}${index === undefined ? '' : `/index:${index}`}/${event.accountId}`;
}

/** A Kinesis streaming destination imports as `TABLE,STREAM-ARN` (dynamodb_kinesis_streaming_destination doc). */
function kinesisDestination(event: MapperEvent, ctx: FoldContext, put: boolean, configuration: string): void {
  const table = reqString(event.request, 'tableName');
  const stream = reqString(event.request, 'streamArn');
  const id = `${table},${stream}`;
  const precision = optString(event.request, `${configuration}.approximateCreationDateTimePrecision`);
  const init = { nameHint: `${table}_${stream.split('/').pop() ?? stream}`, fields: { table_name: text(table), stream_arn: text(stream) }, exports: { id } };
  const draft = put ? ctx.put(KINESIS, id, init) : ctx.change(KINESIS, id, init);
  if (precision !== undefined) draft.fields.approximate_creation_date_time_precision = text(precision);
}

/** The first value found at any of the paths (CloudTrail's casing of acronyms varies). */
function first(source: JsonValue | undefined, ...paths: string[]): JsonValue | undefined {
  for (const path of paths) {
    const value = at(source, path);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function tableArn(event: MapperEvent, name: string): string {
  return optString(event.response, 'tableDescription.tableArn') ?? buildArn(event, 'dynamodb', `table/${name}`);
}

/** UpdateTable records may carry the name only in the response (AWS's own example does). */
function tableName(event: MapperEvent): string {
  const name = optString(event.request, 'tableName') ?? optString(event.response, 'tableDescription.tableName');
  if (name === undefined) throw new MalformedRecordError('missing tableName');
  return name;
}

/** A tagging call that names no table is reported malformed (as before the generic handlers). */
const notTable = (arn: string) => `resourceArn ${arn} is not a table ARN`;

function keyOf(keySchema: JsonValue | undefined, type: 'HASH' | 'RANGE'): string | undefined {
  for (const key of listOf(keySchema)) {
    if (optString(key, 'keyType') === type) return reqString(key, 'attributeName');
  }
  return undefined;
}

function attributeBlocks(definitions: JsonValue[]): Fields[] {
  return definitions.map((d) => ({ name: text(reqString(d, 'attributeName')), type: text(reqString(d, 'attributeType')) }));
}

function projection(index: JsonValue): Fields {
  const nonKey = stringList(index, 'projection.nonKeyAttributes');
  return fields({
    projection_type: text(reqString(index, 'projection.projectionType')),
    non_key_attributes: nonKey.length > 0 ? strings(nonKey) : undefined,
  });
}

function globalIndex(index: JsonValue, provisioned: boolean): Fields {
  const keys = at(index, 'keySchema');
  const hash = keyOf(keys, 'HASH');
  if (hash === undefined) throw new MalformedRecordError('a global secondary index has no HASH key');
  return fields({
    name: text(reqString(index, 'indexName')),
    hash_key: text(hash),
    range_key: maybe(keyOf(keys, 'RANGE'), text),
    ...projection(index),
    // Provisioned tables need the index's own capacity; on-demand indexes have none.
    read_capacity: provisioned ? maybe(optNumber(index, 'provisionedThroughput.readCapacityUnits'), number) : undefined,
    write_capacity: provisioned ? maybe(optNumber(index, 'provisionedThroughput.writeCapacityUnits'), number) : undefined,
  });
}

function localIndex(index: JsonValue): Fields {
  const range = keyOf(at(index, 'keySchema'), 'RANGE');
  if (range === undefined) throw new MalformedRecordError('a local secondary index has no RANGE key');
  return { name: text(reqString(index, 'indexName')), range_key: text(range), ...projection(index) };
}

function isProvisioned(draft: ResourceDraft): boolean {
  const mode = draft.fields.billing_mode;
  return !(mode && mode.kind === 'string' && mode.value === 'PAY_PER_REQUEST');
}

/** Arguments shared by CreateTable and UpdateTable, applied in place. */
function applySettings(draft: ResourceDraft, event: MapperEvent): void {
  const source = event.request;
  const f = draft.fields;
  const mode = optString(source, 'billingMode');
  if (mode !== undefined) f.billing_mode = text(mode);
  if (mode === 'PAY_PER_REQUEST') {
    delete f.read_capacity;
    delete f.write_capacity;
    const gsis = f.global_secondary_index;
    if (gsis && gsis.kind === 'blocks') {
      f.global_secondary_index = blocks(...gsis.items.map(({ read_capacity: _r, write_capacity: _w, ...rest }) => rest));
    }
  }
  const read = optNumber(source, 'provisionedThroughput.readCapacityUnits');
  const write = optNumber(source, 'provisionedThroughput.writeCapacityUnits');
  if (read !== undefined && isProvisioned(draft)) f.read_capacity = number(read);
  if (write !== undefined && isProvisioned(draft)) f.write_capacity = number(write);
  const tableClass = optString(source, 'tableClass');
  if (tableClass !== undefined) f.table_class = text(tableClass);
  const protection = optBool(source, 'deletionProtectionEnabled');
  if (protection !== undefined) f.deletion_protection_enabled = flag(protection);
  const stream = at(source, 'streamSpecification');
  if (isObject(stream)) {
    const enabled = optBool(stream, 'streamEnabled') ?? false;
    f.stream_enabled = flag(enabled);
    const view = optString(stream, 'streamViewType');
    if (enabled && view !== undefined) f.stream_view_type = text(view);
    else delete f.stream_view_type;
  }
  const sse = first(source, 'sSESpecification', 'sseSpecification', 'SSESpecification');
  if (isObject(sse)) {
    // Disabled means the AWS owned key, the default: no block, as the provider reads such a table.
    if (optBool(sse, 'enabled') !== true) {
      delete f.server_side_encryption;
    } else {
      // The table reports its key as an ARN; a key named by alias is left to the import (kms_key_arn is computed).
      const key = optString(sse, 'kMSMasterKeyId') ?? optString(sse, 'kmsMasterKeyId') ?? optString(sse, 'KMSMasterKeyId');
      const arn = key === undefined ? undefined : kmsKeyArn(key, event.region, event.accountId);
      f.server_side_encryption = blocks(fields({ enabled: flag(true), kms_key_arn: maybe(arn, text) }));
    }
  }
}

function keyAttributes(draft: ResourceDraft, source: JsonValue): void {
  const keys = at(source, 'keySchema');
  const hash = keyOf(keys, 'HASH');
  if (hash !== undefined) draft.fields.hash_key = text(hash);
  const range = keyOf(keys, 'RANGE');
  if (range !== undefined) draft.fields.range_key = text(range);
  const definitions = listAt(source, 'attributeDefinitions');
  if (definitions.length > 0) draft.fields.attribute = blocks(...attributeBlocks(definitions));
}

/** The table, adopted with its key schema from the response's tableDescription when the session did not create it. */
function changeTable(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  const draft = ctx.change(TABLE, name, { exports: { id: name, name, arn: tableArn(event, name) } });
  const description = at(event.response, 'tableDescription');
  if (!draft.created && draft.fields.hash_key === undefined && isObject(description)) keyAttributes(draft, description);
  return draft;
}

function nameOf(fieldsOf: Fields): string | undefined {
  const name = fieldsOf.name;
  return name && name.kind === 'string' ? name.value : undefined;
}

function updateGlobalIndexes(draft: ResourceDraft, updates: JsonValue[]): void {
  const current = draft.fields.global_secondary_index;
  let items = current && current.kind === 'blocks' ? [...current.items] : [];
  for (const update of updates) {
    const create = at(update, 'create');
    const change = at(update, 'update');
    const remove = at(update, 'delete');
    if (isObject(create)) {
      const name = reqString(create, 'indexName');
      items = [...items.filter((i) => nameOf(i) !== name), globalIndex(create, isProvisioned(draft))];
    } else if (isObject(change)) {
      const name = reqString(change, 'indexName');
      items = items.map((i) => {
        if (nameOf(i) !== name) return i;
        const read = optNumber(change, 'provisionedThroughput.readCapacityUnits');
        const write = optNumber(change, 'provisionedThroughput.writeCapacityUnits');
        return fields({ ...i, read_capacity: read === undefined ? i.read_capacity : number(read), write_capacity: write === undefined ? i.write_capacity : number(write) });
      });
    } else if (isObject(remove)) {
      const name = reqString(remove, 'indexName');
      items = items.filter((i) => nameOf(i) !== name);
    }
  }
  if (items.length > 0) draft.fields.global_secondary_index = blocks(...items);
  else delete draft.fields.global_secondary_index;
}

export const dynamodb: ServiceMapper = {
  service: 'dynamodb',
  eventSource: 'dynamodb.amazonaws.com',
  resources: [
    {
      // A tag the session added to a table from before the session, managed on its own (pipeline/tag-resources.ts).
      type: 'aws_dynamodb_tag',
      required: ['key', 'resource_arn', 'value'],
      events: ['TagResource'],
      // The tagging call states the tag's key and value and names what it tags: all the resource has.
      completeFrom: { events: ['TagResource'], mapped: ['resource_arn', 'key', 'value'], unmapped: {} },
    },
    {
      type: TABLE,
      // TagResource / UntagResource name it by ARN; one below it (`table/NAME/index/…`) names its table.
      identity: { arn: 'arn:{partition}:dynamodb:{region}:{account}:table/{id}', idFromArn: (s) => s.id!.split('/')[0]!, field: 'name', exports: ['id', 'name', 'arn'] },
      required: ['name'],
      references: { 'server_side_encryption.kms_key_arn': ['aws_kms_key'], 'replica.kms_key_arn': ['aws_kms_key'] },
      events: ['CreateTable', 'UpdateTable', 'UpdateTimeToLive', 'UpdateContinuousBackups', 'TagResource', 'UntagResource', 'DeleteTable'],
    },
    {
      type: INSIGHTS,
      required: ['table_name'],
      references: { table_name: [TABLE] },
      events: ['UpdateContributorInsights', 'DeleteTable'],
    },
    {
      type: KINESIS,
      required: ['stream_arn', 'table_name'],
      references: { table_name: [TABLE], stream_arn: ['aws_kinesis_stream'] },
      events: ['EnableKinesisStreamingDestination', 'UpdateKinesisStreamingDestination', 'DisableKinesisStreamingDestination', 'DeleteTable'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => dynamodb.resources, TAG_RESOURCE, { unmapped: notTable, unmappedAs: 'invalid' }), {
    CreateTable(event, ctx) {
      const name = reqString(event.request, 'tableName');
      const draft = ctx.create(TABLE, name, { exports: { id: name, name, arn: tableArn(event, name) } });
      keyAttributes(draft, event.request);
      if (draft.fields.hash_key === undefined) throw new MalformedRecordError('keySchema has no HASH key');
      applySettings(draft, event);
      const gsis = listAt(event.request, 'globalSecondaryIndexes');
      if (gsis.length > 0) draft.fields.global_secondary_index = blocks(...gsis.map((g) => globalIndex(g, isProvisioned(draft))));
      const lsis = listAt(event.request, 'localSecondaryIndexes');
      if (lsis.length > 0) draft.fields.local_secondary_index = blocks(...lsis.map(localIndex));
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    UpdateTable(event, ctx) {
      const name = tableName(event);
      const draft = changeTable(event, ctx, name);
      applySettings(draft, event);
      // New index key attributes arrive as attributeDefinitions; merge them by name.
      const added = listAt(event.request, 'attributeDefinitions');
      if (added.length > 0) {
        const current = draft.fields.attribute;
        const byName = new Map<string, Fields>();
        for (const item of current && current.kind === 'blocks' ? current.items : []) byName.set(nameOf(item) ?? '', item);
        for (const item of attributeBlocks(added)) byName.set(nameOf(item) ?? '', item);
        draft.fields.attribute = blocks(...byName.values());
      }
      updateGlobalIndexes(draft, listAt(event.request, 'globalSecondaryIndexUpdates'));
      if (listAt(event.request, 'replicaUpdates').length > 0) {
        draft.note('The session changed global table replicas: add replica blocks after reviewing terraform plan.');
      }
    },
    UpdateTimeToLive(event, ctx) {
      const draft = changeTable(event, ctx, reqString(event.request, 'tableName'));
      const spec = at(event.request, 'timeToLiveSpecification');
      const enabled = optBool(spec, 'enabled') ?? false;
      // attribute_name must be left out when TTL is disabled (provider doc, ttl block).
      draft.fields.ttl = blocks(fields({ attribute_name: enabled ? text(reqString(spec, 'attributeName')) : undefined, enabled: flag(enabled) }));
    },
    UpdateContinuousBackups(event, ctx) {
      const draft = changeTable(event, ctx, reqString(event.request, 'tableName'));
      const spec = at(event.request, 'pointInTimeRecoverySpecification');
      const enabled = optBool(spec, 'pointInTimeRecoveryEnabled');
      if (enabled === undefined) throw new MalformedRecordError('missing pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled');
      draft.fields.point_in_time_recovery = blocks(
        fields({ enabled: flag(enabled), recovery_period_in_days: enabled ? maybe(optNumber(spec, 'recoveryPeriodInDays'), number) : undefined }),
      );
    },
    UpdateContributorInsights(event, ctx) {
      const table = reqString(event.request, 'tableName');
      const index = optString(event.request, 'indexName');
      const id = insightsId(event, table, index);
      const action = reqString(event.request, 'contributorInsightsAction');
      if (action === 'DISABLE') {
        ctx.remove(INSIGHTS, id);
        return;
      }
      // Enabling states the whole resource: the table, the index and the mode.
      ctx.put(INSIGHTS, id, {
        nameHint: index === undefined ? table : `${table}_${index}`,
        fields: fields({ table_name: text(table), index_name: maybe(index, text), mode: maybe(optString(event.request, 'contributorInsightsMode'), text) }),
        exports: { id },
      });
    },
    EnableKinesisStreamingDestination(event, ctx) {
      kinesisDestination(event, ctx, true, 'enableKinesisStreamingConfiguration');
    },
    UpdateKinesisStreamingDestination(event, ctx) {
      kinesisDestination(event, ctx, false, 'updateKinesisStreamingConfiguration');
    },
    DisableKinesisStreamingDestination(event, ctx) {
      ctx.remove(KINESIS, `${reqString(event.request, 'tableName')},${reqString(event.request, 'streamArn')}`);
    },
    DeleteTable(event, ctx) {
      const name = tableName(event);
      for (const type of [INSIGHTS, KINESIS]) {
        for (const member of ctx.allHolding(type, 'table_name', name)) {
          const table = member.field('table_name');
          if (table?.kind === 'string' && table.value === name) ctx.remove(type, member.id);
        }
      }
      ctx.remove(TABLE, tableName(event));
    },
  }),
};
