// AWS X-Ray groups and sampling rules. CloudTrail shape (REST-JSON): the API members with a lower-case first
// letter (`groupName`, `filterExpression`, `insightsConfiguration`, `samplingRule: {ruleName, resourceARN, …}`),
// so HTTPMethod and URLPath arrive as `hTTPMethod` and `uRLPath`; tags are `[{key, value}]`.
// https://docs.aws.amazon.com/xray/latest/devguide/xray-api-cloudtrail.html
// API members: https://docs.aws.amazon.com/xray/latest/api/API_CreateGroup.html, API_CreateSamplingRule.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, number, stringMap, tagsField, text } from './values';

const GROUP = 'aws_xray_group';
const SAMPLING_RULE = 'aws_xray_sampling_rule';

/** `insightsConfiguration: {insightsEnabled, notificationsEnabled}`. */
function insights(source: JsonValue | undefined) {
  const enabled = optBool(source, 'insightsConfiguration.insightsEnabled');
  if (enabled === undefined) return undefined;
  const notifications = optBool(source, 'insightsConfiguration.notificationsEnabled');
  return blocks(fields({ insights_enabled: flag(enabled), notifications_enabled: notifications === undefined ? undefined : flag(notifications) }));
}

/** Groups are keyed by ARN (their import ID); a call may name one by `groupName` instead. */
function groupOf(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = optString(event.request, 'groupARN');
  if (arn !== undefined) return ctx.change(GROUP, arn, {});
  const name = reqString(event.request, 'groupName');
  const known = ctx.all(GROUP).find((g) => g.nameHint === name);
  if (known) return ctx.change(GROUP, known.id, {});
  // The ARN ends in an ID only the account knows: without it the group cannot be imported.
  ctx.unsupported(`changes the X-Ray group ${name}, named without its ARN (the import ID)`);
  return undefined;
}

const HTTP_METHOD = ['hTTPMethod', 'httpMethod', 'HTTPMethod'];
const URL_PATH = ['uRLPath', 'urlPath', 'URLPath'];
const firstString = (source: JsonValue | undefined, paths: readonly string[]) => paths.map((p) => optString(source, p)).find((v) => v !== undefined);

/** Sampling-rule members (`samplingRule` on create, `samplingRuleUpdate` on update: only what it names). */
function ruleFields(rule: JsonValue | undefined) {
  const attributes = at(rule, 'attributes');
  if (attributes !== undefined && attributes !== null && !isObject(attributes)) throw new MalformedRecordError('attributes should be a map');
  const num = (path: string) => {
    const v = optNumber(rule, path);
    return v === undefined ? undefined : number(v);
  };
  const str = (value: string | undefined) => (value === undefined ? undefined : text(value));
  return fields({
    resource_arn: str(optString(rule, 'resourceARN')),
    priority: num('priority'),
    fixed_rate: num('fixedRate'),
    reservoir_size: num('reservoirSize'),
    service_name: str(optString(rule, 'serviceName')),
    service_type: str(optString(rule, 'serviceType')),
    host: str(optString(rule, 'host')),
    http_method: str(firstString(rule, HTTP_METHOD)),
    url_path: str(firstString(rule, URL_PATH)),
    version: num('version'),
    attributes: isObject(attributes) && Object.keys(attributes).length > 0 ? stringMap(Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, String(v)]))) : undefined,
  });
}

/** A rule is named by `ruleName` or `ruleARN` (`…:sampling-rule/NAME`); rules import by name. */
function ruleName(source: JsonValue | undefined): string {
  const name = optString(source, 'ruleName');
  if (name !== undefined) return name;
  const arn = optString(source, 'ruleARN');
  const fromArn = arn?.split(':sampling-rule/')[1];
  if (fromArn === undefined) throw new MalformedRecordError('missing ruleName or ruleARN');
  return fromArn;
}

const TAGGING: TaggingOptions = { unmapped: (arn) => `tags ${arn}, which is not an X-Ray group or sampling rule` };

export const xray: ServiceMapper = {
  service: 'xray',
  eventSource: 'xray.amazonaws.com',
  resources: [
    {
      type: GROUP,
      // Keyed by ARN (the import ID), named after the group.
      identity: { arn: 'arn:{partition}:xray:{region}:{account}:group/{name}/{gid}', keyedByArn: true, nameHint: (arn) => arn.split(':group/')[1]?.split('/')[0] ?? arn, exports: ['id', 'arn'] },
      required: ['filter_expression', 'group_name'],
      events: ['CreateGroup', 'UpdateGroup', 'TagResource', 'UntagResource', 'DeleteGroup'],
    },
    {
      type: SAMPLING_RULE,
      // Keyed (and imported) by name.
      identity: { arn: 'arn:{partition}:xray:{region}:{account}:sampling-rule/{id}', exports: ['id', 'arn'] },
      required: ['fixed_rate', 'host', 'http_method', 'priority', 'reservoir_size', 'resource_arn', 'service_name', 'service_type', 'url_path', 'version'],
      events: ['CreateSamplingRule', 'UpdateSamplingRule', 'TagResource', 'UntagResource', 'DeleteSamplingRule'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => xray.resources, TAG_RESOURCE, TAGGING), {
    CreateGroup(event, ctx) {
      const name = reqString(event.request, 'groupName');
      const arn = reqString(event.response, 'group.groupARN');
      ctx.create(GROUP, arn, {
        fields: fields({
          group_name: text(name),
          filter_expression: text(reqString(event.request, 'filterExpression')),
          insights_configuration: insights(event.request),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    UpdateGroup(event, ctx) {
      const draft = groupOf(event, ctx);
      if (!draft) return;
      const filter = optString(event.request, 'filterExpression');
      if (filter !== undefined) draft.fields.filter_expression = text(filter);
      const config = insights(event.request);
      if (config) draft.fields.insights_configuration = config;
    },
    DeleteGroup(event, ctx) {
      const arn = optString(event.request, 'groupARN');
      const name = optString(event.request, 'groupName');
      const id = arn ?? ctx.all(GROUP).find((g) => g.nameHint === name)?.id;
      if (id === undefined) ctx.ignore(`deletes the X-Ray group ${name ?? ''}, which this session does not hold`);
      else ctx.remove(GROUP, id);
    },
    CreateSamplingRule(event, ctx) {
      const rule = at(event.request, 'samplingRule');
      if (!isObject(rule)) throw new MalformedRecordError('missing samplingRule');
      const name = reqString(rule, 'ruleName');
      const draft = ctx.create(SAMPLING_RULE, name, {
        fields: { rule_name: text(name), ...ruleFields(rule), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
      });
      for (const required of ['resource_arn', 'priority', 'fixed_rate', 'reservoir_size', 'service_name', 'service_type', 'host', 'http_method', 'url_path', 'version']) {
        if (!draft.fields[required]) throw new MalformedRecordError(`samplingRule has no value for ${required}`);
      }
    },
    UpdateSamplingRule(event, ctx) {
      const update = at(event.request, 'samplingRuleUpdate');
      if (!isObject(update)) throw new MalformedRecordError('missing samplingRuleUpdate');
      const name = ruleName(update);
      Object.assign(ctx.change(SAMPLING_RULE, name, {}).fields, ruleFields(update));
    },
    DeleteSamplingRule(event, ctx) {
      ctx.remove(SAMPLING_RULE, ruleName(event.request));
    },
  }),
};
