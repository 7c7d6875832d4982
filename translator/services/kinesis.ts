// Amazon Kinesis Data Streams: streams and enhanced fan-out consumers.
// CloudTrail shape (JSON protocol): the API members with a lower-case first letter (`streamName`, `shardCount`,
// `streamModeDetails: {streamMode}`, `tags` as a map); newer calls may name the stream by `streamARN` instead.
// https://docs.aws.amazon.com/streams/latest/dev/logging-using-cloudtrail.html
// API members: https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html

import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, MalformedRecordError, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, number, numberAt, strings, tagsField, text } from './values';
import { buildArn, parseArn } from './arn';

const STREAM = 'aws_kinesis_stream';
const CONSUMER = 'aws_kinesis_stream_consumer';

const streamArn = (event: MapperEvent, name: string) => buildArn(event, 'kinesis', `stream/${name}`);

/** The stream a call names, by `streamName` or by `streamARN` (`…:stream/NAME`). */
function streamNameOf(event: MapperEvent): string {
  const name = optString(event.request, 'streamName');
  if (name !== undefined) return name;
  const arn = optString(event.request, 'streamARN');
  if (arn === undefined) throw new MalformedRecordError('missing streamName or streamARN');
  const resource = parseArn(arn)?.resource;
  if (resource === undefined || !resource.startsWith('stream/')) throw new MalformedRecordError(`streamARN ${arn} is not a stream ARN`);
  return resource.slice('stream/'.length).split('/')[0]!;
}

function changeStream(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = streamNameOf(event);
  return ctx.change(STREAM, name, { fields: { name: text(name) }, exports: { id: name, name, arn: streamArn(event, name) } });
}

/** `stream_mode_details`; ON_DEMAND streams have no shard_count in configuration (the provider computes it). */
function setStreamMode(draft: ResourceDraft, mode: string): void {
  draft.fields.stream_mode_details = blocks({ stream_mode: text(mode) });
  if (mode === 'ON_DEMAND') delete draft.fields.shard_count;
}

/** SplitShard / MergeShards open one shard more or less; the provider's shard_count counts open shards. */
function shiftShardCount(event: MapperEvent, ctx: FoldContext, delta: number, what: string): void {
  const draft = changeStream(event, ctx);
  const current = draft.fields.shard_count;
  if (current?.kind === 'number') draft.fields.shard_count = number(current.value + delta);
  else draft.sessionChange(what);
}

/** The shard-level metrics after Enable/DisableEnhancedMonitoring, from the response when the record has it. */
function setShardMetrics(draft: ResourceDraft, event: MapperEvent, change: (current: Set<string>, named: string[]) => void): void {
  const desired = at(event.response, 'desiredShardLevelMetrics');
  let metrics: string[];
  if (Array.isArray(desired)) metrics = stringList(event.response, 'desiredShardLevelMetrics');
  else {
    const current = draft.fields.shard_level_metrics;
    const set = new Set(current?.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
    change(set, stringList(event.request, 'shardLevelMetrics'));
    metrics = [...set];
  }
  if (metrics.includes('ALL')) metrics = ['ALL'];
  if (metrics.length === 0) delete draft.fields.shard_level_metrics;
  else draft.fields.shard_level_metrics = strings(metrics.sort());
}

/** A consumer is keyed by its ARN; Deregister names it by `consumerARN` or by `streamARN` + `consumerName`. */
function consumerOf(event: MapperEvent, ctx: FoldContext): string | undefined {
  const arn = optString(event.request, 'consumerARN');
  if (arn !== undefined) return arn;
  const stream = reqString(event.request, 'streamARN');
  const name = reqString(event.request, 'consumerName');
  return ctx.all(CONSUMER).find((c) => c.exports.stream_arn === stream && c.exports.name === name)?.id;
}

export const kinesis: ServiceMapper = {
  service: 'kinesis',
  eventSource: 'kinesis.amazonaws.com',
  resources: [
    {
      type: STREAM,
      required: ['name'],
      references: { kms_key_id: ['aws_kms_key'] },
      events: [
        'CreateStream',
        'AddTagsToStream',
        'RemoveTagsFromStream',
        'IncreaseStreamRetentionPeriod',
        'DecreaseStreamRetentionPeriod',
        'StartStreamEncryption',
        'StopStreamEncryption',
        'UpdateShardCount',
        'UpdateStreamMode',
        'SplitShard',
        'MergeShards',
        'EnableEnhancedMonitoring',
        'DisableEnhancedMonitoring',
        'DeleteStream',
      ],
    },
    {
      type: CONSUMER,
      required: ['name', 'stream_arn'],
      references: { stream_arn: [STREAM] },
      events: ['RegisterStreamConsumer', 'DeregisterStreamConsumer'],
    },
  ],
  events: {
    CreateStream(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'streamName');
      const mode = optString(r, 'streamModeDetails.streamMode');
      const draft = ctx.create(STREAM, name, {
        exports: { id: name, name, arn: streamArn(event, name) },
        fields: fields({
          name: text(name),
          shard_count: mode === 'ON_DEMAND' ? undefined : numberAt(r, 'shardCount'),
          max_record_size_in_kib: numberAt(r, 'maxRecordSizeInKiB'),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
      if (mode !== undefined) setStreamMode(draft, mode);
    },
    AddTagsToStream(event, ctx) {
      applyTags(changeStream(event, ctx), readTags(at(event.request, 'tags')));
    },
    RemoveTagsFromStream(event, ctx) {
      applyTags(changeStream(event, ctx), {}, stringList(event.request, 'tagKeys'));
    },
    IncreaseStreamRetentionPeriod(event, ctx) {
      setRetention(event, ctx);
    },
    DecreaseStreamRetentionPeriod(event, ctx) {
      setRetention(event, ctx);
    },
    StartStreamEncryption(event, ctx) {
      const draft = changeStream(event, ctx);
      draft.fields.encryption_type = text(reqString(event.request, 'encryptionType'));
      draft.fields.kms_key_id = text(reqString(event.request, 'keyId'));
    },
    StopStreamEncryption(event, ctx) {
      // NONE is the provider's default: no encryption arguments.
      const draft = changeStream(event, ctx);
      delete draft.fields.encryption_type;
      delete draft.fields.kms_key_id;
    },
    UpdateShardCount(event, ctx) {
      const count = optNumber(event.request, 'targetShardCount');
      if (count === undefined) throw new MalformedRecordError('missing targetShardCount');
      changeStream(event, ctx).fields.shard_count = number(count);
    },
    UpdateStreamMode(event, ctx) {
      const draft = changeStream(event, ctx);
      const mode = reqString(event.request, 'streamModeDetails.streamMode');
      setStreamMode(draft, mode);
      // A stream switched to provisioned keeps the shards it had, which no record states.
      if (mode === 'PROVISIONED' && draft.created && !draft.fields.shard_count) {
        draft.configFromAccount('it was switched to provisioned mode, and its shard count is not in the records');
      }
    },
    SplitShard(event, ctx) {
      shiftShardCount(event, ctx, 1, `split shard ${reqString(event.request, 'shardToSplit')}`);
    },
    MergeShards(event, ctx) {
      shiftShardCount(event, ctx, -1, `merged shards ${reqString(event.request, 'shardToMerge')} and ${reqString(event.request, 'adjacentShardToMerge')}`);
    },
    EnableEnhancedMonitoring(event, ctx) {
      setShardMetrics(changeStream(event, ctx), event, (set, named) => named.forEach((m) => set.add(m)));
    },
    DisableEnhancedMonitoring(event, ctx) {
      setShardMetrics(changeStream(event, ctx), event, (set, named) => (named.includes('ALL') ? set.clear() : named.forEach((m) => set.delete(m))));
    },
    DeleteStream(event, ctx) {
      const name = streamNameOf(event);
      const arn = ctx.find(STREAM, name)?.exports.arn ?? streamArn(event, name);
      // A stream's consumers go with it.
      for (const consumer of ctx.all(CONSUMER)) if (consumer.exports.stream_arn === arn) ctx.remove(CONSUMER, consumer.id);
      ctx.remove(STREAM, name);
    },
    RegisterStreamConsumer(event, ctx) {
      const stream = reqString(event.request, 'streamARN');
      const name = reqString(event.request, 'consumerName');
      const arn = reqString(event.response, 'consumer.consumerARN');
      ctx.create(CONSUMER, arn, {
        nameHint: name,
        exports: { id: arn, arn, name, stream_arn: stream },
        fields: fields({ name: text(name), stream_arn: text(stream), tags: tagsField(readTags(at(event.request, 'tags'))) }),
      });
    },
    DeregisterStreamConsumer(event, ctx) {
      const id = consumerOf(event, ctx);
      if (id === undefined) ctx.ignore('deregisters a consumer this session does not hold');
      else ctx.remove(CONSUMER, id);
    },
  },
};

function setRetention(event: MapperEvent, ctx: FoldContext): void {
  const hours = optNumber(event.request, 'retentionPeriodHours');
  if (hours === undefined) throw new MalformedRecordError('missing retentionPeriodHours');
  const draft = changeStream(event, ctx);
  // 24 hours is the API's and the provider's default.
  if (hours === 24 && draft.created) delete draft.fields.retention_period;
  else draft.fields.retention_period = number(hours);
}
