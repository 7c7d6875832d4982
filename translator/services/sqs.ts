// Amazon SQS queues and queue policies. Requests name the queue by `queueName` (CreateQueue) or `queueUrl` (everything
// after); queue attributes arrive as a map of strings, under `attributes` from the console and AWS's
// examples but under `attribute` in some SDK-made records, so both are read.
// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/logging-using-cloudtrail.html
// Attribute names: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { flag, jsonDocument, number, tagsField, text } from './values';
import { buildArn } from './arn';

const QUEUE = 'aws_sqs_queue';
const QUEUE_POLICY = 'aws_sqs_queue_policy';

type Kind = 'number' | 'bool' | 'string' | 'json';

/** SQS attribute name → aws_sqs_queue argument and its schema type. */
const ATTRIBUTES: Readonly<Record<string, readonly [string, Kind]>> = {
  DelaySeconds: ['delay_seconds', 'number'],
  MaximumMessageSize: ['max_message_size', 'number'],
  MessageRetentionPeriod: ['message_retention_seconds', 'number'],
  ReceiveMessageWaitTimeSeconds: ['receive_wait_time_seconds', 'number'],
  VisibilityTimeout: ['visibility_timeout_seconds', 'number'],
  RedrivePolicy: ['redrive_policy', 'json'],
  RedriveAllowPolicy: ['redrive_allow_policy', 'json'],
  KmsMasterKeyId: ['kms_master_key_id', 'string'],
  KmsDataKeyReusePeriodSeconds: ['kms_data_key_reuse_period_seconds', 'number'],
  SqsManagedSseEnabled: ['sqs_managed_sse_enabled', 'bool'],
  FifoQueue: ['fifo_queue', 'bool'],
  ContentBasedDeduplication: ['content_based_deduplication', 'bool'],
  DeduplicationScope: ['deduplication_scope', 'string'],
  FifoThroughputLimit: ['fifo_throughput_limit', 'string'],
};

function attributesOf(event: MapperEvent): Record<string, JsonValue> {
  const map = at(event.request, 'attributes') ?? at(event.request, 'attribute');
  if (map === undefined || map === null) return {};
  if (!isObject(map)) throw new MalformedRecordError('attributes should be a map');
  return map;
}

/** Applies the attributes it knows; returns the names it does not map. */
function applyAttributes(draft: ResourceDraft, attributes: Record<string, JsonValue>): string[] {
  const unknown: string[] = [];
  for (const [name, raw] of Object.entries(attributes)) {
    const mapping = ATTRIBUTES[name];
    if (!mapping) {
      unknown.push(name);
      continue;
    }
    const [argument, kind] = mapping;
    const holder = { [name]: raw };
    const f: Fields = draft.fields;
    if (kind === 'number') {
      const value = optNumber(holder, name);
      if (value === undefined) delete f[argument];
      else f[argument] = number(value);
    } else if (kind === 'bool') {
      const value = optBool(holder, name);
      if (value === undefined) delete f[argument];
      else f[argument] = flag(value);
    } else if (kind === 'json') {
      // An empty value removes the policy (SetQueueAttributes with Policy "").
      const value = readJsonDocument(raw, name);
      if (value === undefined) delete f[argument];
      else f[argument] = jsonDocument(value);
    } else {
      const value = optString(holder, name);
      if (value === undefined) delete f[argument];
      else f[argument] = text(value);
    }
  }
  return unknown;
}

/** `https://sqs.<region>.amazonaws.com/<account>/<name>`: the name is the last path segment. */
function nameFromUrl(url: string): string {
  const name = url.replace(/\/+$/, '').split('/').pop();
  if (!name) throw new MalformedRecordError(`queueUrl ${url} has no queue name`);
  return name;
}

/** Aliases are not scoped by Region, queue names are: the alias carries the Region. */
function nameAlias(event: MapperEvent, name: string): string {
  return `${event.region}/${name}`;
}

function accountFromUrl(url: string): string | undefined {
  return /\/(\d{12})\/[^/]+\/?$/.exec(url)?.[1];
}

function queueArn(event: MapperEvent, name: string, account: string): string {
  return buildArn({ region: event.region, accountId: account }, 'sqs', name);
}

/**
 * The queue a call names by URL, also found by name: the same queue has several URL forms (legacy
 * `queue.amazonaws.com`, regional `sqs.<region>.amazonaws.com`), its name is unique in the Region.
 * Adopted when the session did not create it.
 */
function changeQueue(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const url = reqString(event.request, 'queueUrl');
  const name = nameFromUrl(url);
  const known = ctx.find(QUEUE, url) ?? ctx.find(QUEUE, nameAlias(event, name));
  if (known) return ctx.change(QUEUE, known.id, { importId: known.importId, nameHint: known.nameHint });
  const account = accountFromUrl(url) ?? event.accountId;
  return ctx.change(QUEUE, url, {
    nameHint: name,
    fields: { name: text(name) },
    exports: { id: url, url, arn: queueArn(event, name, account), name },
    aliases: [nameAlias(event, name)],
  });
}

function noteUnknown(draft: ResourceDraft, unknown: readonly string[]): void {
  if (unknown.length > 0) draft.note(`Queue attributes not mapped (set them after reviewing terraform plan): ${unknown.join(', ')}`);
}

/**
 * The access policy (attribute `Policy`, on CreateQueue or SetQueueAttributes) is always its own
 * aws_sqs_queue_policy, never the queue's `policy` argument (computed when left out), so the two never
 * manage the same document. Import ID: the queue URL. An empty value removes the policy.
 */
function setQueuePolicy(event: MapperEvent, ctx: FoldContext, queue: { url: string; name: string; created: boolean }, raw: JsonValue): void {
  const document = readJsonDocument(raw, 'Policy');
  const alias = nameAlias(event, queue.name);
  const known = ctx.find(QUEUE_POLICY, queue.url) ?? ctx.find(QUEUE_POLICY, alias);
  if (document === undefined) {
    ctx.remove(QUEUE_POLICY, known?.id ?? queue.url);
    return;
  }
  const init = { importId: known?.importId ?? queue.url, nameHint: queue.name, fields: { queue_url: text(known?.importId ?? queue.url), policy: jsonDocument(document) }, aliases: [alias] };
  // The session's own when it created the queue or the policy; otherwise the queue had one before (adopted).
  if (known?.created || (!known && queue.created)) ctx.put(QUEUE_POLICY, known?.id ?? queue.url, init);
  else ctx.change(QUEUE_POLICY, known?.id ?? queue.url, init).fields.policy = jsonDocument(document);
}

/** Splits `Policy` off the attribute map. */
function withoutPolicy(attributes: Record<string, JsonValue>): [Record<string, JsonValue>, JsonValue | undefined] {
  if (!('Policy' in attributes)) return [attributes, undefined];
  const { Policy: policy, ...rest } = attributes;
  return [rest, policy ?? null];
}

/** The queue a call names by URL as the session knows it (URL and name), without adopting it. */
function knownQueue(event: MapperEvent, ctx: FoldContext): { url: string; name: string; created: boolean } {
  const url = reqString(event.request, 'queueUrl');
  const name = nameFromUrl(url);
  const known = ctx.find(QUEUE, url) ?? ctx.find(QUEUE, nameAlias(event, name));
  return known ? { url: known.id, name, created: known.created } : { url, name, created: false };
}

/**
 * AddPermission / RemovePermission edit the queue's access policy by a statement AWS writes itself
 * (Sid = the label), so the record does not state the resulting document: the policy's configuration
 * comes from the account, with the change listed.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html
 */
function editPolicyByLabel(event: MapperEvent, ctx: FoldContext, change: string): void {
  const queue = knownQueue(event, ctx);
  const alias = nameAlias(event, queue.name);
  const known = ctx.find(QUEUE_POLICY, queue.url) ?? ctx.find(QUEUE_POLICY, alias);
  const init = { importId: known?.importId ?? queue.url, nameHint: queue.name, fields: { queue_url: text(known?.importId ?? queue.url) }, aliases: [alias] };
  const draft = known || !queue.created ? ctx.change(QUEUE_POLICY, known?.id ?? queue.url, init) : ctx.create(QUEUE_POLICY, queue.url, init);
  if (draft.created) draft.configFromAccount(`${event.eventName} ${change}: AWS writes that statement itself, so the policy document comes from the account`);
  else draft.sessionChange(change);
}

/**
 * Since August 2025 SQS gives a new queue a MaximumMessageSize of 1 MiB (1,048,576 bytes), while the
 * provider (6.25.0) defaults max_message_size to 262,144: left out, the first plan would shrink the
 * queue's limit. Queues created before keep 262,144, the provider's default.
 * https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
const ONE_MIB_DEFAULT_SINCE = Date.UTC(2025, 7, 4);
function defaultMessageSize(draft: ResourceDraft, event: MapperEvent): void {
  if (draft.fields.max_message_size !== undefined || event.time < ONE_MIB_DEFAULT_SINCE) return;
  draft.fields.max_message_size = number(1_048_576);
}

export const sqs: ServiceMapper = {
  service: 'sqs',
  eventSource: 'sqs.amazonaws.com',
  resources: [
    {
      type: QUEUE,
      required: [],
      references: { kms_master_key_id: ['aws_kms_key'] },
      events: ['CreateQueue', 'SetQueueAttributes', 'TagQueue', 'UntagQueue', 'DeleteQueue'],
    },
    {
      type: QUEUE_POLICY,
      required: ['policy', 'queue_url'],
      references: { queue_url: [QUEUE] },
      events: ['CreateQueue', 'SetQueueAttributes', 'AddPermission', 'RemovePermission', 'DeleteQueue'],
    },
  ],
  events: {
    CreateQueue(event, ctx) {
      const name = reqString(event.request, 'queueName');
      const account = event.accountId;
      // The import ID is the queue URL; records without a response get the regional endpoint form.
      const url = optString(event.response, 'queueUrl') ?? `https://sqs.${event.region}.amazonaws.com/${account}/${name}`;
      const draft = ctx.create(QUEUE, url, {
        nameHint: name,
        fields: { name: text(name) },
        exports: { id: url, url, arn: queueArn(event, name, accountFromUrl(url) ?? account), name },
        aliases: [nameAlias(event, name)],
      });
      const [attributes, policy] = withoutPolicy(attributesOf(event));
      noteUnknown(draft, applyAttributes(draft, attributes));
      defaultMessageSize(draft, event);
      if (policy !== undefined) setQueuePolicy(event, ctx, { url, name, created: true }, policy);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    SetQueueAttributes(event, ctx) {
      const [attributes, policy] = withoutPolicy(attributesOf(event));
      // A policy-only call changes the queue policy, not the queue.
      if (policy === undefined || Object.keys(attributes).length > 0) {
        const draft = changeQueue(event, ctx);
        noteUnknown(draft, applyAttributes(draft, attributes));
      }
      if (policy !== undefined) setQueuePolicy(event, ctx, knownQueue(event, ctx), policy);
    },
    AddPermission(event, ctx) {
      const accounts = stringList(event.request, 'AWSAccountIds').length > 0 ? stringList(event.request, 'AWSAccountIds') : stringList(event.request, 'aWSAccountIds');
      editPolicyByLabel(event, ctx, `added statement ${JSON.stringify(reqString(event.request, 'label'))} (${stringList(event.request, 'actions').join(', ')} for ${accounts.join(', ')})`);
    },
    RemovePermission(event, ctx) {
      editPolicyByLabel(event, ctx, `removed statement ${JSON.stringify(reqString(event.request, 'label'))}`);
    },
    TagQueue(event, ctx) {
      applyTags(changeQueue(event, ctx), readTags(at(event.request, 'tags')));
    },
    UntagQueue(event, ctx) {
      applyTags(changeQueue(event, ctx), {}, stringList(event.request, 'tagKeys'));
    },
    DeleteQueue(event, ctx) {
      const url = reqString(event.request, 'queueUrl');
      const policy = ctx.find(QUEUE_POLICY, url) ?? ctx.find(QUEUE_POLICY, nameAlias(event, nameFromUrl(url)));
      if (policy) ctx.remove(QUEUE_POLICY, policy.id);
      ctx.remove(QUEUE, ctx.find(QUEUE, url)?.id ?? ctx.find(QUEUE, nameAlias(event, nameFromUrl(url)))?.id ?? url);
    },
  },
};
