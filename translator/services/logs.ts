// Amazon CloudWatch Logs log groups, metric filters and subscription filters. JSON protocol with `logGroupName` in every request; tags are a
// plain map (CreateLogGroup, TagLogGroup) and responseElements are null for these calls.
// TagResource/UntagResource name the group by ARN (`arn:aws:logs:region:account:log-group:NAME`).
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/logging_cw_api_calls.html

import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList, optNumber } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, maybe, number, stringMap, tagsField, text } from './values';
import { buildArn } from './arn';

const LOG_GROUP = 'aws_cloudwatch_log_group';
const METRIC_FILTER = 'aws_cloudwatch_log_metric_filter';
const SUBSCRIPTION_FILTER = 'aws_cloudwatch_log_subscription_filter';

/** The provider's `arn` drops the `:*` suffix the API adds (provider doc, attribute `arn`). */
function groupArn(event: MapperEvent, name: string): string {
  return buildArn(event, 'logs', `log-group:${name}`);
}

function nameFromArn(arn: string): string {
  const match = /:log-group:(.+?)(?::\*)?$/.exec(arn);
  if (!match) throw new MalformedRecordError(`resourceArn ${arn} is not a log group ARN`);
  return match[1]!;
}

function changeGroup(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(LOG_GROUP, name, { fields: { name: text(name) }, exports: { id: name, name, arn: groupArn(event, name) } });
}

/** A filter pattern may be "" (match everything), which is still a value the provider requires. */
function filterPattern(event: MapperEvent): string {
  const value = at(event.request, 'filterPattern');
  if (value === '') return '';
  return reqString(event.request, 'filterPattern');
}

/** `metricTransformations: [{metricName, metricNamespace, metricValue, defaultValue, dimensions, unit}]`, exactly one. */
function metricTransformation(event: MapperEvent) {
  const items = listAt(event.request, 'metricTransformations');
  if (items.length !== 1) throw new MalformedRecordError(`metricTransformations should hold one transformation, has ${items.length}`);
  const t = items[0]!;
  const defaultValue = optNumber(t, 'defaultValue');
  const dimensions = at(t, 'dimensions');
  if (dimensions !== undefined && dimensions !== null && !isObject(dimensions)) throw new MalformedRecordError('metricTransformations[0].dimensions should be a map');
  return blocks(
    fields({
      name: text(reqString(t, 'metricName')),
      namespace: text(reqString(t, 'metricNamespace')),
      value: text(reqString(t, 'metricValue')),
      // The provider holds default_value as a string and reads the API's number back in its shortest form.
      default_value: maybe(defaultValue, (v) => text(String(v))),
      dimensions: isObject(dimensions) && Object.keys(dimensions).length > 0 ? stringMap(Object.fromEntries(Object.entries(dimensions).map(([k, v]) => [k, String(v)]))) : undefined,
      unit: maybe(optString(t, 'unit'), text),
    }),
  );
}

export const logs: ServiceMapper = {
  service: 'logs',
  eventSource: 'logs.amazonaws.com',
  resources: [
    {
      type: LOG_GROUP,
      required: [],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateLogGroup', 'PutRetentionPolicy', 'DeleteRetentionPolicy', 'AssociateKmsKey', 'DisassociateKmsKey', 'TagLogGroup', 'UntagLogGroup', 'TagResource', 'UntagResource', 'DeleteLogGroup'],
    },
    {
      type: METRIC_FILTER,
      required: ['log_group_name', 'metric_transformation', 'name', 'pattern'],
      references: { log_group_name: [LOG_GROUP] },
      events: ['PutMetricFilter', 'DeleteMetricFilter', 'DeleteLogGroup'],
    },
    {
      type: SUBSCRIPTION_FILTER,
      required: ['destination_arn', 'filter_pattern', 'log_group_name', 'name'],
      references: {
        log_group_name: [LOG_GROUP],
        destination_arn: ['aws_kinesis_stream', 'aws_lambda_function', 'aws_kinesis_firehose_delivery_stream'],
        role_arn: ['aws_iam_role'],
      },
      events: ['PutSubscriptionFilter', 'DeleteSubscriptionFilter', 'DeleteLogGroup'],
    },
  ],
  events: {
    CreateLogGroup(event, ctx) {
      const name = reqString(event.request, 'logGroupName');
      const draft = ctx.create(LOG_GROUP, name, { fields: { name: text(name) }, exports: { id: name, name, arn: groupArn(event, name) } });
      const f = draft.fields;
      const key = optString(event.request, 'kmsKeyId');
      if (key !== undefined) f.kms_key_id = text(key);
      const logClass = optString(event.request, 'logGroupClass');
      if (logClass !== undefined) f.log_group_class = text(logClass);
      const protection = optBool(event.request, 'deletionProtectionEnabled');
      if (protection !== undefined) f.deletion_protection_enabled = flag(protection);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) f.tags = tags;
    },
    PutRetentionPolicy(event, ctx) {
      const draft = changeGroup(event, ctx, reqString(event.request, 'logGroupName'));
      const days = optNumber(event.request, 'retentionInDays');
      if (days === undefined) throw new MalformedRecordError('missing retentionInDays');
      draft.fields.retention_in_days = number(days);
    },
    DeleteRetentionPolicy(event, ctx) {
      // No retention policy means "never expire", which is the provider's retention_in_days = 0 default.
      delete changeGroup(event, ctx, reqString(event.request, 'logGroupName')).fields.retention_in_days;
    },
    AssociateKmsKey(event, ctx) {
      // The call may name the group by logGroupName or (newer API) resourceIdentifier.
      const name = optString(event.request, 'logGroupName') ?? nameFromArn(reqString(event.request, 'resourceIdentifier'));
      changeGroup(event, ctx, name).fields.kms_key_id = text(reqString(event.request, 'kmsKeyId'));
    },
    DisassociateKmsKey(event, ctx) {
      const name = optString(event.request, 'logGroupName') ?? nameFromArn(reqString(event.request, 'resourceIdentifier'));
      delete changeGroup(event, ctx, name).fields.kms_key_id;
    },
    TagLogGroup(event, ctx) {
      applyTags(changeGroup(event, ctx, reqString(event.request, 'logGroupName')), readTags(at(event.request, 'tags')));
    },
    UntagLogGroup(event, ctx) {
      applyTags(changeGroup(event, ctx, reqString(event.request, 'logGroupName')), {}, stringList(event.request, 'tags'));
    },
    TagResource(event, ctx) {
      const arn = reqString(event.request, 'resourceArn');
      if (!arn.includes(':log-group:')) {
        ctx.ignore(`tags ${arn}, which is not a log group`);
        return;
      }
      applyTags(changeGroup(event, ctx, nameFromArn(arn)), readTags(at(event.request, 'tags')));
    },
    UntagResource(event, ctx) {
      const arn = reqString(event.request, 'resourceArn');
      if (!arn.includes(':log-group:')) {
        ctx.ignore(`untags ${arn}, which is not a log group`);
        return;
      }
      applyTags(changeGroup(event, ctx, nameFromArn(arn)), {}, stringList(event.request, 'tagKeys'));
    },
    DeleteLogGroup(event, ctx) {
      const name = reqString(event.request, 'logGroupName');
      // A group's metric and subscription filters go with it.
      for (const type of [METRIC_FILTER, SUBSCRIPTION_FILTER]) {
        for (const filter of ctx.all(type)) if (filter.id.startsWith(`${name}|`)) ctx.remove(type, filter.id);
      }
      ctx.remove(LOG_GROUP, name);
    },
    PutMetricFilter(event, ctx) {
      // Creates the filter or replaces its whole configuration. Import ID `log_group_name:name`.
      const group = reqString(event.request, 'logGroupName');
      const name = reqString(event.request, 'filterName');
      const applyOnTransformed = optBool(event.request, 'applyOnTransformedLogs');
      ctx.put(METRIC_FILTER, `${group}|${name}`, {
        importId: `${group}:${name}`,
        nameHint: name,
        fields: fields({
          name: text(name),
          log_group_name: text(group),
          pattern: text(filterPattern(event)),
          apply_on_transformed_logs: maybe(applyOnTransformed, flag),
          metric_transformation: metricTransformation(event),
        }),
      });
    },
    DeleteMetricFilter(event, ctx) {
      ctx.remove(METRIC_FILTER, `${reqString(event.request, 'logGroupName')}|${reqString(event.request, 'filterName')}`);
    },
    PutSubscriptionFilter(event, ctx) {
      // Creates the filter or replaces its whole configuration. Import ID `log_group_name|name`.
      const group = reqString(event.request, 'logGroupName');
      const name = reqString(event.request, 'filterName');
      ctx.put(SUBSCRIPTION_FILTER, `${group}|${name}`, {
        importId: `${group}|${name}`,
        nameHint: name,
        fields: fields({
          name: text(name),
          log_group_name: text(group),
          filter_pattern: text(filterPattern(event)),
          destination_arn: text(reqString(event.request, 'destinationArn')),
          role_arn: maybe(optString(event.request, 'roleArn'), text),
          distribution: maybe(optString(event.request, 'distribution'), text),
          apply_on_transformed_logs: maybe(optBool(event.request, 'applyOnTransformedLogs'), flag),
        }),
      });
    },
    DeleteSubscriptionFilter(event, ctx) {
      ctx.remove(SUBSCRIPTION_FILTER, `${reqString(event.request, 'logGroupName')}|${reqString(event.request, 'filterName')}`);
    },
  },
};
