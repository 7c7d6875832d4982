// Amazon CloudWatch Logs log groups and streams, metric and subscription filters, destinations and their policies,
// resource, account and data protection policies, and saved queries. JSON protocol with `logGroupName` in most
// requests; tags are a plain map (CreateLogGroup, TagLogGroup, PutDestination) and responseElements are null for
// most of these calls. TagResource/UntagResource name the resource by ARN (`arn:aws:logs:region:account:log-group:NAME`,
// `…:destination:NAME`).
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/logging_cw_api_calls.html
// API members: https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html,
// API_PutQueryDefinition.html, API_PutDestination.html, API_PutDestinationPolicy.html, API_PutAccountPolicy.html,
// API_PutDataProtectionPolicy.html, API_CreateLogStream.html

import { mergeHandlers, type EventHandler, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readJsonDocument, readTags, reqString, stringList, optNumber } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, jsonDocument, maybe, number, stringMap, strings, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const LOG_GROUP = 'aws_cloudwatch_log_group';
const METRIC_FILTER = 'aws_cloudwatch_log_metric_filter';
const SUBSCRIPTION_FILTER = 'aws_cloudwatch_log_subscription_filter';
const LOG_STREAM = 'aws_cloudwatch_log_stream';
const RESOURCE_POLICY = 'aws_cloudwatch_log_resource_policy';
const QUERY_DEFINITION = 'aws_cloudwatch_query_definition';
const DESTINATION = 'aws_cloudwatch_log_destination';
const DESTINATION_POLICY = 'aws_cloudwatch_log_destination_policy';
const DATA_PROTECTION_POLICY = 'aws_cloudwatch_log_data_protection_policy';
const ACCOUNT_POLICY = 'aws_cloudwatch_log_account_policy';

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

/** TagResource / UntagResource name a log group or a destination by ARN; other resources are not mapped. */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceArn');
  if (arn.includes(':log-group:')) return changeGroup(event, ctx, nameFromArn(arn));
  const destination = /:destination:(.+)$/.exec(arn)?.[1];
  if (destination !== undefined) return ctx.change(DESTINATION, destination, { fields: { name: text(destination) }, exports: { id: destination, name: destination, arn } });
  ctx.ignore(`tags ${arn}, which is not a log group or a destination`);
  return undefined;
}

/** A policy document, however the record holds it (a JSON string), as jsonencode(); the provider compares them as JSON. */
function policyDocument(event: MapperEvent, member: string) {
  const document = readJsonDocument(at(event.request, member), member);
  if (document === undefined) throw new MalformedRecordError(`missing ${member}`);
  return jsonDocument(document);
}

/** A log group named by `logGroupIdentifier`: its name, or its ARN (with or without the `:*` suffix). */
const groupOfIdentifier = (event: MapperEvent) => {
  const identifier = reqString(event.request, 'logGroupIdentifier');
  return identifier.startsWith('arn:') ? nameFromArn(identifier) : identifier;
};

const queryDefinitionArn = (event: MapperEvent, id: string) => buildArn(event, 'logs', `query-definition:${id}`);

const POLICY_HANDLERS: Record<string, EventHandler> = {
  CreateLogStream(event, ctx) {
    const group = reqString(event.request, 'logGroupName');
    const name = reqString(event.request, 'logStreamName');
    ctx.create(LOG_STREAM, `${group}|${name}`, { importId: `${group}:${name}`, nameHint: name, fields: { name: text(name), log_group_name: text(group) } });
  },
  DeleteLogStream(event, ctx) {
    ctx.remove(LOG_STREAM, `${reqString(event.request, 'logGroupName')}|${reqString(event.request, 'logStreamName')}`);
  },
  PutResourcePolicy(event, ctx) {
    // The newer form scopes a policy to one resource (`resourceArn`): that is not this account-level type.
    const resource = optString(event.request, 'resourceArn');
    if (resource !== undefined) {
      ctx.unsupported(`sets a resource-scoped policy on ${resource}, which aws_cloudwatch_log_resource_policy does not model`);
      return;
    }
    const name = reqString(event.request, 'policyName');
    ctx.put(RESOURCE_POLICY, name, { fields: { policy_name: text(name), policy_document: policyDocument(event, 'policyDocument') } });
  },
  DeleteResourcePolicy(event, ctx) {
    const name = optString(event.request, 'policyName');
    if (name === undefined) ctx.ignore('deletes a resource-scoped policy, which aws_cloudwatch_log_resource_policy does not model');
    else ctx.remove(RESOURCE_POLICY, name);
  },
  PutQueryDefinition(event, ctx) {
    // Creates a saved query, or (with queryDefinitionId) replaces one. Imported by its ARN.
    const r = event.request;
    const id = optString(r, 'queryDefinitionId') ?? reqString(event.response, 'queryDefinitionId');
    const groups = stringList(r, 'logGroupNames');
    ctx.put(QUERY_DEFINITION, id, {
      importId: queryDefinitionArn(event, id),
      nameHint: reqString(r, 'name'),
      exports: { id, arn: queryDefinitionArn(event, id) },
      fields: fields({ name: text(reqString(r, 'name')), query_string: text(reqString(r, 'queryString')), log_group_names: groups.length > 0 ? strings(groups) : undefined }),
    });
  },
  DeleteQueryDefinition(event, ctx) {
    ctx.remove(QUERY_DEFINITION, reqString(event.request, 'queryDefinitionId'));
  },
  PutDestination(event, ctx) {
    // Creates the destination or replaces its target and role; tags apply on create.
    const r = event.request;
    const name = reqString(r, 'destinationName');
    const known = ctx.find(DESTINATION, name);
    const tags = known ? known.fields.tags : tagsField(readTags(at(r, 'tags')));
    ctx.put(DESTINATION, name, {
      exports: { id: name, name, arn: optString(event.response, 'destination.arn') ?? buildArn(event, 'logs', `destination:${name}`) },
      fields: fields({ name: text(name), target_arn: text(reqString(r, 'targetArn')), role_arn: text(reqString(r, 'roleArn')), tags: tags?.kind === 'object' ? tags : undefined }),
    });
  },
  DeleteDestination(event, ctx) {
    const name = reqString(event.request, 'destinationName');
    ctx.remove(DESTINATION_POLICY, name);
    ctx.remove(DESTINATION, name);
  },
  PutDestinationPolicy(event, ctx) {
    const name = reqString(event.request, 'destinationName');
    ctx.put(DESTINATION_POLICY, name, {
      fields: fields({
        destination_name: text(name),
        access_policy: policyDocument(event, 'accessPolicy'),
        // forceUpdate only lets the call replace a policy that grants other accounts; it is not stored.
      }),
    });
  },
  PutDataProtectionPolicy(event, ctx) {
    const group = groupOfIdentifier(event);
    ctx.put(DATA_PROTECTION_POLICY, group, { fields: { log_group_name: text(group), policy_document: policyDocument(event, 'policyDocument') } });
  },
  DeleteDataProtectionPolicy(event, ctx) {
    ctx.remove(DATA_PROTECTION_POLICY, groupOfIdentifier(event));
  },
  PutAccountPolicy(event, ctx) {
    // Import ID `NAME:TYPE`.
    const r = event.request;
    const name = reqString(r, 'policyName');
    const type = reqString(r, 'policyType');
    const scope = optString(r, 'scope');
    ctx.put(ACCOUNT_POLICY, `${name}:${type}`, {
      nameHint: name,
      fields: fields({
        policy_name: text(name),
        policy_type: text(type),
        policy_document: policyDocument(event, 'policyDocument'),
        // ALL is the API's and the provider's default scope.
        scope: scope === undefined || scope === 'ALL' ? undefined : text(scope),
        selection_criteria: textAt(r, 'selectionCriteria'),
      }),
    });
  },
  DeleteAccountPolicy(event, ctx) {
    ctx.remove(ACCOUNT_POLICY, `${reqString(event.request, 'policyName')}:${reqString(event.request, 'policyType')}`);
  },
};

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
    { type: LOG_STREAM, required: ['log_group_name', 'name'], references: { log_group_name: [LOG_GROUP] }, events: ['CreateLogStream', 'DeleteLogStream', 'DeleteLogGroup'] },
    { type: RESOURCE_POLICY, required: ['policy_document', 'policy_name'], events: ['PutResourcePolicy', 'DeleteResourcePolicy'] },
    { type: QUERY_DEFINITION, required: ['name', 'query_string'], references: { log_group_names: [LOG_GROUP] }, events: ['PutQueryDefinition', 'DeleteQueryDefinition'] },
    {
      type: DESTINATION,
      required: ['name', 'role_arn', 'target_arn'],
      references: { role_arn: ['aws_iam_role'], target_arn: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'] },
      events: ['PutDestination', 'TagResource', 'UntagResource', 'DeleteDestination'],
    },
    { type: DESTINATION_POLICY, required: ['access_policy', 'destination_name'], references: { destination_name: [DESTINATION] }, events: ['PutDestinationPolicy', 'DeleteDestination'] },
    { type: DATA_PROTECTION_POLICY, required: ['log_group_name', 'policy_document'], references: { log_group_name: [LOG_GROUP] }, events: ['PutDataProtectionPolicy', 'DeleteDataProtectionPolicy', 'DeleteLogGroup'] },
    { type: ACCOUNT_POLICY, required: ['policy_document', 'policy_name', 'policy_type'], events: ['PutAccountPolicy', 'DeleteAccountPolicy'] },
  ],
  events: mergeHandlers(POLICY_HANDLERS, {
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
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tags')));
    },
    UntagResource(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
    DeleteLogGroup(event, ctx) {
      const name = reqString(event.request, 'logGroupName');
      // A group's streams, metric and subscription filters and data protection policy go with it.
      for (const type of [METRIC_FILTER, SUBSCRIPTION_FILTER, LOG_STREAM]) {
        for (const filter of ctx.allWithIdPrefix(type, `${name}|`)) ctx.remove(type, filter.id);
      }
      ctx.remove(DATA_PROTECTION_POLICY, name);
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
  }),
};
