// AWS Config rules, configuration recorders (and whether they record), delivery channels, conformance packs and
// aggregators. CloudTrail shape (JSON protocol): the API members with a lower-case
// first letter (`configurationRecorder: {name, roleARN, recordingGroup}`, `deliveryChannel: {s3BucketName,
// snsTopicARN}`, `configRule: {configRuleName, source: {owner, sourceIdentifier}}`); tags are `[{key, value}]`.
// Every type imports by its name. The Put calls create or replace.
// https://docs.aws.amazon.com/config/latest/developerguide/log-api-calls.html
// API members: https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigRule.html,
// API_PutConfigurationRecorder.html, API_PutDeliveryChannel.html, API_PutConformancePack.html,
// API_PutConfigurationAggregator.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, flagAt, strings, stringsAt, tagsField, text, textAt } from './values';

const RULE = 'aws_config_config_rule';
const RECORDER = 'aws_config_configuration_recorder';
const RECORDER_STATUS = 'aws_config_configuration_recorder_status';
const DELIVERY_CHANNEL = 'aws_config_delivery_channel';

const CONFORMANCE_PACK = 'aws_config_conformance_pack';
const AGGREGATOR = 'aws_config_configuration_aggregator';

function objectAt(source: JsonValue | undefined, path: string): JsonValue | undefined {
  const value = at(source, path);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${path} should be an object`);
  return value;
}

/** `source: {owner, sourceIdentifier, sourceDetails: [...], customPolicyDetails: {...}}`. */
function ruleSource(rule: JsonValue) {
  const source = objectAt(rule, 'source');
  if (source === undefined) throw new MalformedRecordError('missing configRule.source');
  const details = listAt(source, 'sourceDetails').map((d, i) => {
    if (!isObject(d)) throw new MalformedRecordError(`configRule.source.sourceDetails[${i}] should be an object`);
    return fields({ event_source: textAt(d, 'eventSource'), message_type: textAt(d, 'messageType'), maximum_execution_frequency: textAt(d, 'maximumExecutionFrequency') });
  });
  const policy = objectAt(source, 'customPolicyDetails');
  const debug = optBool(policy, 'enableDebugLogDelivery');
  return blocks(
    fields({
      owner: text(reqString(source, 'owner')),
      source_identifier: textAt(source, 'sourceIdentifier'),
      source_detail: details.length > 0 ? blocks(...details) : undefined,
      custom_policy_details: policy
        ? blocks(fields({ policy_runtime: text(reqString(policy, 'policyRuntime')), policy_text: text(reqString(policy, 'policyText')), enable_debug_log_delivery: debug ? flag(true) : undefined }))
        : undefined,
    }),
  );
}

/** `scope: {complianceResourceTypes, tagKey, tagValue, complianceResourceId}`; an empty scope is none. */
function ruleScope(rule: JsonValue) {
  const scope = objectAt(rule, 'scope');
  const out = fields({
    compliance_resource_types: stringsAt(scope, 'complianceResourceTypes'),
    compliance_resource_id: textAt(scope, 'complianceResourceId'),
    tag_key: textAt(scope, 'tagKey'),
    tag_value: textAt(scope, 'tagValue'),
  });
  return Object.keys(out).length > 0 ? blocks(out) : undefined;
}

function evaluationModes(rule: JsonValue) {
  const modes = listAt(rule, 'evaluationModes').map((m) => fields({ mode: textAt(m, 'mode') }));
  return modes.length > 0 ? blocks(...modes) : undefined;
}

/**
 * `recordingGroup: {allSupported, includeGlobalResourceTypes, resourceTypes, exclusionByResourceTypes: {resourceTypes},
 * recordingStrategy: {useOnly}}`.
 */
function recordingGroup(recorder: JsonValue) {
  const group = objectAt(recorder, 'recordingGroup');
  if (group === undefined) return undefined;
  const excluded = stringList(group, 'exclusionByResourceTypes.resourceTypes');
  const strategy = optString(group, 'recordingStrategy.useOnly');
  return blocks(
    fields({
      all_supported: flagAt(group, 'allSupported'),
      include_global_resource_types: flagAt(group, 'includeGlobalResourceTypes'),
      resource_types: stringsAt(group, 'resourceTypes'),
      exclusion_by_resource_types: excluded.length > 0 ? blocks({ resource_types: strings(excluded) }) : undefined,
      recording_strategy: strategy === undefined ? undefined : blocks({ use_only: text(strategy) }),
    }),
  );
}

/** `recordingMode: {recordingFrequency, recordingModeOverrides: [{description, resourceTypes, recordingFrequency}]}`. */
function recordingMode(recorder: JsonValue) {
  const mode = objectAt(recorder, 'recordingMode');
  if (mode === undefined) return undefined;
  const overrides = listAt(mode, 'recordingModeOverrides').map((o, i) => {
    if (!isObject(o)) throw new MalformedRecordError(`recordingModeOverrides[${i}] should be an object`);
    return fields({ description: textAt(o, 'description'), recording_frequency: text(reqString(o, 'recordingFrequency')), resource_types: strings(stringList(o, 'resourceTypes')) });
  });
  return blocks(fields({ recording_frequency: textAt(mode, 'recordingFrequency'), recording_mode_override: overrides.length > 0 ? blocks(...overrides) : undefined }));
}

function deliveryChannelFields(channel: JsonValue): Fields {
  const frequency = optString(channel, 'configSnapshotDeliveryProperties.deliveryFrequency');
  return fields({
    name: text(reqString(channel, 'name')),
    s3_bucket_name: text(reqString(channel, 's3BucketName')),
    s3_key_prefix: textAt(channel, 's3KeyPrefix'),
    s3_kms_key_arn: textAt(channel, 's3KmsKeyArn'),
    sns_topic_arn: textAt(channel, 'snsTopicARN'),
    snapshot_delivery_properties: frequency === undefined ? undefined : blocks({ delivery_frequency: text(frequency) }),
  });
}

/** Start/StopConfigurationRecorder: whether the recorder records, its own resource in Terraform. */
function setRecording(event: MapperEvent, ctx: Parameters<ServiceMapper['events'][string]>[1], enabled: boolean): void {
  const name = reqString(event.request, 'configurationRecorderName');
  ctx.put(RECORDER_STATUS, name, { fields: { name: text(name), is_enabled: flag(enabled) } });
}

/**
 * Config tags resources by ARN. A rule's ends in its ID (`config-rule/config-rule-ID`), not its name (the
 * import ID), so the rule is found among the session's by ARN; other taggable Config resources are import-only.
 */
const notKnown = (arn: string) => `tags ${arn}, which is not a Config rule this session knows the ARN of`;
function taggedRule(event: MapperEvent, ctx: FoldContext) {
  const arn = reqString(event.request, 'resourceArn');
  const rule = ctx.all(RULE).find((r) => r.exports.arn === arn);
  if (!rule) ctx.unsupported(notKnown(arn));
  return rule && ctx.change(RULE, rule.id, {});
}
const TAGGING: TaggingOptions = { adopt: { [RULE]: (_ruleId, event, ctx) => taggedRule(event, ctx) }, unmapped: notKnown, unmappedAs: 'unsupported' };

export const config: ServiceMapper = {
  service: 'config',
  eventSource: 'config.amazonaws.com',
  resources: [
    {
      type: RULE,
      // The ARN holds the rule's ID, which its name does not give: it recognizes a rule's ARN, never builds one.
      identity: { arn: 'arn:{partition}:config:{region}:{account}:config-rule/{ruleId}', idFromArn: (s) => s.ruleId! },
      required: ['name', 'source'],
      references: { 'source.source_identifier': ['aws_lambda_function'] },
      events: ['PutConfigRule', 'TagResource', 'UntagResource', 'DeleteConfigRule'],
    },
    {
      type: RECORDER,
      required: ['role_arn'],
      references: { role_arn: ['aws_iam_role'] },
      events: ['PutConfigurationRecorder', 'DeleteConfigurationRecorder'],
    },
    { type: RECORDER_STATUS, required: ['is_enabled', 'name'], events: ['StartConfigurationRecorder', 'StopConfigurationRecorder', 'DeleteConfigurationRecorder'] },
    {
      type: DELIVERY_CHANNEL,
      required: ['s3_bucket_name'],
      references: { s3_bucket_name: ['aws_s3_bucket'], sns_topic_arn: ['aws_sns_topic'], s3_kms_key_arn: ['aws_kms_key'] },
      events: ['PutDeliveryChannel', 'DeleteDeliveryChannel'],
    },
    {
      type: CONFORMANCE_PACK,
      required: ['name'],
      references: { delivery_s3_bucket: ['aws_s3_bucket'] },
      events: ['PutConformancePack', 'DeleteConformancePack'],
    },
    {
      type: AGGREGATOR,
      required: ['name'],
      references: { 'organization_aggregation_source.role_arn': ['aws_iam_role'] },
      events: ['PutConfigurationAggregator', 'DeleteConfigurationAggregator'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => config.resources, TAG_RESOURCE, TAGGING), {
    PutConfigRule(event, ctx) {
      const rule = objectAt(event.request, 'configRule');
      if (rule === undefined) throw new MalformedRecordError('missing configRule');
      const name = reqString(rule, 'configRuleName');
      const known = ctx.find(RULE, name);
      // Tags apply when the rule is created; a re-put keeps those the session knows.
      const tags = known ? known.fields.tags : tagsField(readTags(at(event.request, 'tags')));
      // An update names the rule's ARN; a create does not (the rule ID is the account's).
      const arn = optString(rule, 'configRuleArn') ?? known?.exports.arn;
      const draft = ctx.put(RULE, name, {
        exports: { id: name, name, ...(arn === undefined ? {} : { arn }) },
        fields: fields({
          name: text(name),
          description: textAt(rule, 'description'),
          input_parameters: textAt(rule, 'inputParameters'),
          maximum_execution_frequency: textAt(rule, 'maximumExecutionFrequency'),
          scope: ruleScope(rule),
          source: ruleSource(rule),
          evaluation_mode: evaluationModes(rule),
          tags: tags?.kind === 'object' ? tags : undefined,
        }),
      });
      // DescribeConfigRules never returns the policy text and the provider fills it only from prior state
      // (internal/service/configservice/config_rule.go), so after import the state has none and the first plan
      // would put the same text again.
      if (objectAt(objectAt(rule, 'source'), 'customPolicyDetails') !== undefined) {
        draft.ignoreChanges('source[0].custom_policy_details[0].policy_text', 'AWS Config never returns the policy text (the provider reads it from prior state only), so the import leaves it unset and the first plan would put it again (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/config_config_rule#policy_text)');
      }
    },
    DeleteConfigRule(event, ctx) {
      ctx.remove(RULE, reqString(event.request, 'configRuleName'));
    },
    PutConfigurationRecorder(event, ctx) {
      const recorder = objectAt(event.request, 'configurationRecorder');
      if (recorder === undefined) throw new MalformedRecordError('missing configurationRecorder');
      const name = reqString(recorder, 'name');
      ctx.put(RECORDER, name, {
        exports: { id: name, name },
        fields: fields({
          name: text(name),
          role_arn: text(reqString(recorder, 'roleARN')),
          recording_group: recordingGroup(recorder),
          recording_mode: recordingMode(recorder),
        }),
      });
    },
    DeleteConfigurationRecorder(event, ctx) {
      const name = reqString(event.request, 'configurationRecorderName');
      ctx.remove(RECORDER_STATUS, name);
      ctx.remove(RECORDER, name);
    },
    StartConfigurationRecorder(event, ctx) {
      setRecording(event, ctx, true);
    },
    StopConfigurationRecorder(event, ctx) {
      setRecording(event, ctx, false);
    },
    PutDeliveryChannel(event, ctx) {
      const channel = objectAt(event.request, 'deliveryChannel');
      if (channel === undefined) throw new MalformedRecordError('missing deliveryChannel');
      const name = reqString(channel, 'name');
      ctx.put(DELIVERY_CHANNEL, name, { exports: { id: name, name }, fields: deliveryChannelFields(channel) });
    },
    DeleteDeliveryChannel(event, ctx) {
      ctx.remove(DELIVERY_CHANNEL, reqString(event.request, 'deliveryChannelName'));
    },
    PutConformancePack(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'conformancePackName');
      const parameters = listAt(r, 'conformancePackInputParameters').map((p, i) => {
        if (!isObject(p)) throw new MalformedRecordError(`conformancePackInputParameters[${i}] should be an object`);
        return { parameter_name: text(reqString(p, 'parameterName')), parameter_value: text(reqString(p, 'parameterValue')) };
      });
      const draft = ctx.put(CONFORMANCE_PACK, name, {
        exports: { id: name, name, ...(optString(event.response, 'conformancePackArn') ? { arn: optString(event.response, 'conformancePackArn')! } : {}) },
        fields: fields({
          name: text(name),
          template_body: textAt(r, 'templateBody'),
          template_s3_uri: textAt(r, 'templateS3Uri'),
          delivery_s3_bucket: textAt(r, 'deliveryS3Bucket'),
          delivery_s3_key_prefix: textAt(r, 'deliveryS3KeyPrefix'),
          input_parameter: parameters.length > 0 ? blocks(...parameters) : undefined,
        }),
      });
      // A template kept in an SSM document is not something aws_config_conformance_pack can state.
      if (objectAt(r, 'templateSSMDocumentDetails') !== undefined) draft.configFromAccount('its template is an SSM document, which aws_config_conformance_pack has no argument for');
      else if (!draft.fields.template_body && !draft.fields.template_s3_uri) throw new MalformedRecordError('missing templateBody or templateS3Uri');
      // DescribeConformancePacks returns no template, so the provider never reads it back (its import test ignores
      // template_s3_uri): after import the state has none and the first plan would deploy the pack again.
      for (const attr of ['template_body', 'template_s3_uri']) {
        if (draft.fields[attr]) draft.ignoreChanges(attr, 'AWS Config never returns a conformance pack\'s template (DescribeConformancePacks), so the import leaves it unset and the first plan would put the pack again');
      }
    },
    DeleteConformancePack(event, ctx) {
      ctx.remove(CONFORMANCE_PACK, reqString(event.request, 'conformancePackName'));
    },
    PutConfigurationAggregator(event, ctx) {
      // Creates or replaces the aggregator; tags apply when it is created.
      const r = event.request;
      const name = reqString(r, 'configurationAggregatorName');
      const known = ctx.find(AGGREGATOR, name);
      const tags = known ? known.fields.tags : tagsField(readTags(at(r, 'tags')));
      const account = listAt(r, 'accountAggregationSources')[0];
      const organization = objectAt(r, 'organizationAggregationSource');
      const allRegions = (source: JsonValue | undefined) => (optBool(source, 'allAwsRegions') === true ? flag(true) : undefined);
      ctx.put(AGGREGATOR, name, {
        exports: { id: name, name, ...(optString(event.response, 'configurationAggregator.configurationAggregatorArn') ? { arn: optString(event.response, 'configurationAggregator.configurationAggregatorArn')! } : {}) },
        fields: fields({
          name: text(name),
          account_aggregation_source: account
            ? blocks(fields({ account_ids: strings(stringList(account, 'accountIds')), all_regions: allRegions(account), regions: stringsAt(account, 'awsRegions') }))
            : undefined,
          organization_aggregation_source: organization
            ? blocks(fields({ role_arn: text(reqString(organization, 'roleArn')), all_regions: allRegions(organization), regions: stringsAt(organization, 'awsRegions') }))
            : undefined,
          tags: tags?.kind === 'object' ? tags : undefined,
        }),
      });
    },
    DeleteConfigurationAggregator(event, ctx) {
      ctx.remove(AGGREGATOR, reqString(event.request, 'configurationAggregatorName'));
    },
  }),
};

