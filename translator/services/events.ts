// Amazon EventBridge (CloudWatch Events): rules, their targets and custom event buses.
// CloudTrail shape (JSON protocol): lowerCamel request members (`name`, `eventBusName`, `eventPattern`
// as a JSON string, `targets[]`), `responseElements.ruleArn`; PutTargets answers with the entries that
// failed. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-logging-monitoring.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, readJsonDocument, readTags, reqString, stringList } from './read';
import { currentTags } from './tags';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { importOnlyTypes } from './import-only';
import { blocks, fields, jsonDocument, number, stringMap, tagsField, text } from './values';
import { buildArn } from './arn';

const RULE = 'aws_cloudwatch_event_rule';
const TARGET = 'aws_cloudwatch_event_target';
const BUS = 'aws_cloudwatch_event_bus';
const DEFAULT_BUS = 'default';

const maybeText = (v: string | undefined) => (v === undefined ? undefined : text(v));
const maybeNumber = (v: number | undefined) => (v === undefined ? undefined : number(v));

/** The bus a call names, by name or ARN (`arn:aws:events:…:event-bus/orders` → `orders`); `default` when absent. */
function busName(source: JsonValue | undefined): string {
  const bus = optString(source, 'eventBusName');
  if (bus === undefined) return DEFAULT_BUS;
  return /:event-bus\/(.+)$/.exec(bus)?.[1] ?? bus;
}

/** `rule` on the default bus, `bus/rule` otherwise (rule.go ruleCreateResourceID; the import ID too). */
const ruleId = (bus: string, rule: string) => (bus === DEFAULT_BUS ? rule : `${bus}/${rule}`);

const ruleArn = (event: MapperEvent, bus: string, rule: string) =>
  buildArn(event, 'events', `rule/${bus === DEFAULT_BUS ? '' : `${bus}/`}${rule}`);

function ruleFields(event: MapperEvent, bus: string, name: string): Fields {
  const pattern = readJsonDocument(at(event.request, 'eventPattern'), 'eventPattern');
  return fields({
    name: text(name),
    event_bus_name: bus === DEFAULT_BUS ? undefined : text(bus),
    description: maybeText(optString(event.request, 'description')),
    // The provider stores the pattern re-marshalled (rule.go ruleEventPatternJSONDecoder), which jsonencode matches.
    event_pattern: pattern === undefined ? undefined : jsonDocument(pattern),
    schedule_expression: maybeText(optString(event.request, 'scheduleExpression')),
    role_arn: maybeText(optString(event.request, 'roleArn')),
    // PutRule without a state leaves a new rule ENABLED (PutRule API reference).
    state: text(optString(event.request, 'state') ?? 'ENABLED'),
  });
}

/**
 * The rule the session holds, or one that existed before it, adopted. An adopted rule cannot be
 * written from a state or tag change alone, because a valid block needs `event_pattern` or
 * `schedule_expression` (AtLeastOneOf in the provider schema) and these events carry neither: the type
 * is adopted import-only (the default), so it gets an import block and Terraform generates the rest.
 */
function sessionRule(ctx: FoldContext, bus: string, name: string): ResourceDraft {
  const id = ruleId(bus, name);
  const rule = ctx.find(RULE, id);
  if (rule) return ctx.change(RULE, id, { nameHint: name });
  return ctx.change(RULE, id, { nameHint: name, fields: { name: text(name) } });
}

function stringRecord(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function targetFields(bus: string, rule: string, target: JsonValue): Fields {
  const transformer = at(target, 'inputTransformer');
  const dlq = at(target, 'deadLetterConfig');
  const retry = at(target, 'retryPolicy');
  const sqs = at(target, 'sqsParameters');
  const kinesis = at(target, 'kinesisParameters');
  return fields({
    rule: text(rule),
    event_bus_name: bus === DEFAULT_BUS ? undefined : text(bus),
    target_id: text(reqString(target, 'id')),
    arn: text(reqString(target, 'arn')),
    role_arn: maybeText(optString(target, 'roleArn')),
    input: maybeText(optString(target, 'input')),
    input_path: maybeText(optString(target, 'inputPath')),
    input_transformer: isObject(transformer)
      ? blocks(
          fields({
            input_paths: Object.keys(stringRecord(at(transformer, 'inputPathsMap'))).length > 0 ? stringMap(stringRecord(at(transformer, 'inputPathsMap'))) : undefined,
            input_template: text(reqString(transformer, 'inputTemplate')),
          }),
        )
      : undefined,
    dead_letter_config: isObject(dlq) && optString(dlq, 'arn') !== undefined ? blocks({ arn: text(reqString(dlq, 'arn')) }) : undefined,
    retry_policy: isObject(retry)
      ? blocks(
          fields({
            maximum_event_age_in_seconds: maybeNumber(optNumber(retry, 'maximumEventAgeInSeconds')),
            maximum_retry_attempts: maybeNumber(optNumber(retry, 'maximumRetryAttempts')),
          }),
        )
      : undefined,
    sqs_target: isObject(sqs) && optString(sqs, 'messageGroupId') !== undefined ? blocks({ message_group_id: text(reqString(sqs, 'messageGroupId')) }) : undefined,
    kinesis_target: isObject(kinesis) && optString(kinesis, 'partitionKeyPath') !== undefined ? blocks({ partition_key_path: text(reqString(kinesis, 'partitionKeyPath')) }) : undefined,
  });
}

/** Targets of kinds this mapper does not write out (ECS, Batch, HTTP …) are noted for review. */
const UNMAPPED_TARGET_PARAMETERS = ['ecsParameters', 'batchParameters', 'httpParameters', 'runCommandParameters', 'redshiftDataParameters', 'sageMakerPipelineParameters', 'appSyncParameters'];

/** `rule/target-id`, or `bus/rule/target-id` on a custom bus (cloudwatch_event_target import). */
const targetId = (bus: string, rule: string, id: string) => `${ruleId(bus, rule)}/${id}`;

function busFields(source: JsonValue, name: string): Fields {
  const dlq = at(source, 'deadLetterConfig');
  return fields({
    name: text(name),
    description: maybeText(optString(source, 'description')),
    event_source_name: maybeText(optString(source, 'eventSourceName')),
    kms_key_identifier: maybeText(optString(source, 'kmsKeyIdentifier')),
    dead_letter_config: isObject(dlq) && optString(dlq, 'arn') !== undefined ? blocks({ arn: text(reqString(dlq, 'arn')) }) : undefined,
  });
}

const ARN = 'arn:{partition}:events:{region}:{account}';

/** Tagging calls name a rule (`rule/NAME`, `rule/BUS/NAME` on a custom bus) or a bus by ARN. */
const TAGGING: TaggingOptions = {
  adopt: { [RULE]: (id, _event, ctx) => (id.includes('/') ? sessionRule(ctx, id.split('/')[0]!, id.split('/')[1]!) : sessionRule(ctx, DEFAULT_BUS, id)) },
  unmapped: (arn) => `tags ${arn}, an EventBridge resource Trailform does not map`,
};

// Connections, API destinations, archives and global endpoints: import-only, each imported by its name.
const IMPORT_ONLY = importOnlyTypes([
  { type: 'aws_cloudwatch_event_connection', create: 'CreateConnection', id: ['request.name'], delete: 'DeleteConnection' },
  { type: 'aws_cloudwatch_event_api_destination', create: 'CreateApiDestination', id: ['request.name'], delete: 'DeleteApiDestination' },
  { type: 'aws_cloudwatch_event_archive', create: 'CreateArchive', id: ['request.archiveName'], delete: 'DeleteArchive' },
  { type: 'aws_cloudwatch_event_endpoint', create: 'CreateEndpoint', id: ['request.name'], delete: 'DeleteEndpoint' },
]);

export const events: ServiceMapper = {
  service: 'events',
  eventSource: 'events.amazonaws.com',
  resources: [
    {
      type: RULE,
      identity: { arn: `${ARN}:rule/{id}` },
      required: [],
      references: { event_bus_name: [BUS], role_arn: ['aws_iam_role'] },
      events: ['PutRule', 'EnableRule', 'DisableRule', 'DeleteRule', 'TagResource', 'UntagResource'],
    },
    {
      type: TARGET,
      required: ['arn', 'rule'],
      references: {
        rule: [RULE],
        event_bus_name: [BUS],
        arn: ['aws_lambda_function', 'aws_sqs_queue', 'aws_sns_topic', 'aws_sfn_state_machine', 'aws_cloudwatch_log_group', 'aws_cloudwatch_event_bus', 'aws_kinesis_stream'],
        role_arn: ['aws_iam_role'],
        'dead_letter_config.arn': ['aws_sqs_queue'],
      },
      events: ['PutTargets', 'RemoveTargets', 'DeleteRule'],
    },
    {
      type: BUS,
      // A bus adopted by a tagging call has no name in its block: Terraform generates it from the account.
      identity: { arn: `${ARN}:event-bus/{id}`, exports: ['name', 'id', 'arn'] },
      required: ['name'],
      references: { kms_key_identifier: ['aws_kms_key'], 'dead_letter_config.arn': ['aws_sqs_queue'] },
      events: ['CreateEventBus', 'UpdateEventBus', 'DeleteEventBus', 'TagResource', 'UntagResource'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(taggingHandlers(() => events.resources, TAG_RESOURCE, TAGGING), IMPORT_ONLY.events, {
    PutRule(event, ctx) {
      const bus = busName(event.request);
      const name = reqString(event.request, 'name');
      const id = ruleId(bus, name);
      // PutRule states the whole rule (it creates or replaces it); tags apply only when it creates one.
      const existing = ctx.find(RULE, id);
      const tags = existing ? currentTags(existing) : readTags(at(event.request, 'tags'));
      const arn = optString(event.response, 'ruleArn') ?? ruleArn(event, bus, name);
      ctx.put(RULE, id, {
        nameHint: name,
        fields: { ...ruleFields(event, bus, name), ...fields({ tags: tagsField(tags) }) },
        exports: { name, id, arn },
      });
    },
    EnableRule(event, ctx) {
      const rule = sessionRule(ctx, busName(event.request), reqString(event.request, 'name'));
      if (rule) rule.fields.state = text('ENABLED');
    },
    DisableRule(event, ctx) {
      const rule = sessionRule(ctx, busName(event.request), reqString(event.request, 'name'));
      if (rule) rule.fields.state = text('DISABLED');
    },
    DeleteRule(event, ctx) {
      const id = ruleId(busName(event.request), reqString(event.request, 'name'));
      // A rule with targets can only be deleted with force=true, which removes the targets too.
      for (const target of ctx.allWithIdPrefix(TARGET, `${id}/`)) ctx.remove(TARGET, target.id);
      ctx.remove(RULE, id);
    },
    PutTargets(event, ctx) {
      const bus = busName(event.request);
      const rule = reqString(event.request, 'rule');
      const failed = new Set(listAt(event.response, 'failedEntries').map((e) => optString(e, 'targetId')).filter((id) => id !== undefined));
      const targets = listAt(event.request, 'targets');
      if (targets.length === 0) throw new MalformedRecordError('missing targets');
      for (const target of targets) {
        const tid = reqString(target, 'id');
        if (failed.has(tid)) continue;
        const id = targetId(bus, rule, tid);
        const draft = ctx.put(TARGET, id, { nameHint: `${rule} ${tid}`, fields: targetFields(bus, rule, target) });
        const unmapped = UNMAPPED_TARGET_PARAMETERS.filter((p) => isObject(at(target, p)));
        if (unmapped.length > 0) draft.note(`The target's ${unmapped.join(', ')} are not mapped by Trailform: review the first plan.`);
      }
    },
    RemoveTargets(event, ctx) {
      const bus = busName(event.request);
      const rule = reqString(event.request, 'rule');
      for (const tid of stringList(event.request, 'ids')) ctx.remove(TARGET, targetId(bus, rule, tid));
    },
    CreateEventBus(event, ctx) {
      const name = reqString(event.request, 'name');
      ctx.create(BUS, name, { fields: { ...busFields(event.request, name), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) } });
    },
    UpdateEventBus(event, ctx) {
      const name = reqString(event.request, 'name');
      const draft = ctx.change(BUS, name, {});
      const tags = draft.fields.tags;
      draft.fields = { ...busFields({ ...event.request, ...event.response }, name), ...(tags ? { tags } : {}) };
    },
    DeleteEventBus(event, ctx) {
      ctx.remove(BUS, reqString(event.request, 'name'));
    },
  }),
};
