// Amazon SNS topics, topic policies and subscriptions. Topics are named by `name` on create and by `topicArn` after;
// attributes arrive as a map on CreateTopic/Subscribe and one at a time (`attributeName`,
// `attributeValue`) on SetTopicAttributes/SetSubscriptionAttributes.
// https://docs.aws.amazon.com/sns/latest/dg/sns-logging-using-cloudtrail.html
// Attribute names: https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html,
// https://docs.aws.amazon.com/sns/latest/api/API_SetSubscriptionAttributes.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type FoldContext, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { flag, jsonDocument, number, tagsField, text } from './values';
import { buildArn } from './arn';

const TOPIC = 'aws_sns_topic';
const SUBSCRIPTION = 'aws_sns_topic_subscription';
const TOPIC_POLICY = 'aws_sns_topic_policy';

type Kind = 'number' | 'bool' | 'string' | 'json';

const TOPIC_ATTRIBUTES: Readonly<Record<string, readonly [string, Kind]>> = {
  DisplayName: ['display_name', 'string'],
  DeliveryPolicy: ['delivery_policy', 'json'],
  KmsMasterKeyId: ['kms_master_key_id', 'string'],
  FifoTopic: ['fifo_topic', 'bool'],
  ContentBasedDeduplication: ['content_based_deduplication', 'bool'],
  SignatureVersion: ['signature_version', 'number'],
  TracingConfig: ['tracing_config', 'string'],
  ArchivePolicy: ['archive_policy', 'json'],
  FifoThroughputScope: ['fifo_throughput_scope', 'string'],
  ApplicationSuccessFeedbackRoleArn: ['application_success_feedback_role_arn', 'string'],
  ApplicationSuccessFeedbackSampleRate: ['application_success_feedback_sample_rate', 'number'],
  ApplicationFailureFeedbackRoleArn: ['application_failure_feedback_role_arn', 'string'],
  HTTPSuccessFeedbackRoleArn: ['http_success_feedback_role_arn', 'string'],
  HTTPSuccessFeedbackSampleRate: ['http_success_feedback_sample_rate', 'number'],
  HTTPFailureFeedbackRoleArn: ['http_failure_feedback_role_arn', 'string'],
  LambdaSuccessFeedbackRoleArn: ['lambda_success_feedback_role_arn', 'string'],
  LambdaSuccessFeedbackSampleRate: ['lambda_success_feedback_sample_rate', 'number'],
  LambdaFailureFeedbackRoleArn: ['lambda_failure_feedback_role_arn', 'string'],
  SQSSuccessFeedbackRoleArn: ['sqs_success_feedback_role_arn', 'string'],
  SQSSuccessFeedbackSampleRate: ['sqs_success_feedback_sample_rate', 'number'],
  SQSFailureFeedbackRoleArn: ['sqs_failure_feedback_role_arn', 'string'],
  FirehoseSuccessFeedbackRoleArn: ['firehose_success_feedback_role_arn', 'string'],
  FirehoseSuccessFeedbackSampleRate: ['firehose_success_feedback_sample_rate', 'number'],
  FirehoseFailureFeedbackRoleArn: ['firehose_failure_feedback_role_arn', 'string'],
};

const SUBSCRIPTION_ATTRIBUTES: Readonly<Record<string, readonly [string, Kind]>> = {
  RawMessageDelivery: ['raw_message_delivery', 'bool'],
  FilterPolicy: ['filter_policy', 'json'],
  FilterPolicyScope: ['filter_policy_scope', 'string'],
  RedrivePolicy: ['redrive_policy', 'json'],
  DeliveryPolicy: ['delivery_policy', 'json'],
  SubscriptionRoleArn: ['subscription_role_arn', 'string'],
  ReplayPolicy: ['replay_policy', 'json'],
};

/** Sets (or, for an empty value, removes) one attribute; false when the name is not mapped. */
function applyAttribute(draft: ResourceDraft, table: Readonly<Record<string, readonly [string, Kind]>>, name: string, raw: JsonValue): boolean {
  const mapping = table[name];
  if (!mapping) return false;
  const [argument, kind] = mapping;
  const holder = { [name]: raw };
  const f = draft.fields;
  const set = (value: ReturnType<typeof text> | undefined) => {
    if (value === undefined) delete f[argument];
    else f[argument] = value;
  };
  if (kind === 'number') set(optNumber(holder, name) === undefined ? undefined : number(optNumber(holder, name)!));
  else if (kind === 'bool') set(optBool(holder, name) === undefined ? undefined : flag(optBool(holder, name)!));
  else if (kind === 'json') {
    const value = readJsonDocument(raw, name);
    set(value === undefined ? undefined : jsonDocument(value));
  } else set(optString(holder, name) === undefined ? undefined : text(optString(holder, name)!));
  return true;
}

function applyAttributeMap(draft: ResourceDraft, table: Readonly<Record<string, readonly [string, Kind]>>, map: JsonValue | undefined): void {
  if (map === undefined || map === null) return;
  if (!isObject(map)) throw new MalformedRecordError('attributes should be a map');
  const unknown = Object.entries(map).filter(([name, raw]) => !applyAttribute(draft, table, name, raw)).map(([name]) => name);
  if (unknown.length > 0) draft.note(`Attributes not mapped (set them after reviewing terraform plan): ${unknown.join(', ')}`);
}

function topicName(arn: string): string {
  const name = arn.split(':')[5];
  if (!name) throw new MalformedRecordError(`${arn} is not an SNS topic ARN`);
  return name;
}

function changeTopic(ctx: FoldContext, arn: string): ResourceDraft {
  const name = topicName(arn);
  return ctx.change(TOPIC, arn, { fields: { name: text(name) }, exports: { arn, id: arn, name } });
}

/** TagResource / UntagResource name a topic by ARN; one adopted starts with its name, which it also exports. */
const TAGGING: TaggingOptions = {
  adopt: { [TOPIC]: (arn, _event, ctx) => changeTopic(ctx, arn) },
  unmapped: (arn) => `tags ${arn}, which is not an SNS topic`,
};

/** A subscription the session has, or one adopted with only its ARN (Terraform then generates its block). */
function changeSubscription(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(SUBSCRIPTION, arn, { nameHint: `${topicName(arn)}-subscription`, exports: { id: arn, arn } });
}

/** SNS subscription ARNs are the topic ARN plus a UUID; anything else is a status such as "pending confirmation". */
function isSubscriptionArn(value: string | undefined): value is string {
  return value !== undefined && /^arn:[^:]+:sns:[^:]+:\d+:[^:]+:[0-9a-f-]{36}$/i.test(value);
}

/**
 * The access policy (attribute `Policy`, on CreateTopic or SetTopicAttributes) is always its own
 * aws_sns_topic_policy, never the topic's `policy` argument (computed when left out), so the two never
 * manage the same document. Import ID: the topic ARN. An empty value leaves the policy to the account.
 */
function setTopicPolicy(ctx: FoldContext, topicArn: string, raw: JsonValue): void {
  const document = readJsonDocument(raw, 'Policy');
  if (document === undefined) {
    ctx.remove(TOPIC_POLICY, topicArn);
    return;
  }
  const init = { importId: topicArn, nameHint: topicName(topicArn), fields: { arn: text(topicArn), policy: jsonDocument(document) }, exports: { id: topicArn } };
  // Every topic has a policy (SNS writes a default one): the session states it whole. It is the session's
  // own when the session created the topic; otherwise it existed before and is adopted.
  const existing = ctx.find(TOPIC_POLICY, topicArn);
  if (existing || ctx.find(TOPIC, topicArn)?.created) {
    ctx.put(TOPIC_POLICY, topicArn, init);
  } else {
    ctx.change(TOPIC_POLICY, topicArn, init).fields.policy = jsonDocument(document);
  }
}

export const sns: ServiceMapper = {
  service: 'sns',
  eventSource: 'sns.amazonaws.com',
  resources: [
    {
      type: TOPIC,
      // Keyed (and imported) by ARN, named after the topic.
      identity: { arn: 'arn:{partition}:sns:{region}:{account}:{name}', keyedByArn: true, nameHint: topicName },
      required: [],
      references: {
        kms_master_key_id: ['aws_kms_key', 'aws_kms_alias'],
        ...Object.fromEntries(Object.values(TOPIC_ATTRIBUTES).filter(([a]) => a.endsWith('_role_arn')).map(([a]) => [a, ['aws_iam_role']])),
      },
      events: ['CreateTopic', 'SetTopicAttributes', 'TagResource', 'UntagResource', 'DeleteTopic'],
    },
    {
      type: TOPIC_POLICY,
      required: ['arn', 'policy'],
      references: { arn: [TOPIC] },
      events: ['CreateTopic', 'SetTopicAttributes', 'DeleteTopic'],
    },
    {
      type: SUBSCRIPTION,
      required: ['endpoint', 'protocol', 'topic_arn'],
      references: {
        topic_arn: [TOPIC],
        endpoint: ['aws_sqs_queue', 'aws_lambda_function'],
        subscription_role_arn: ['aws_iam_role'],
      },
      events: ['Subscribe', 'SetSubscriptionAttributes', 'Unsubscribe'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => sns.resources, TAG_RESOURCE, TAGGING), {
    CreateTopic(event, ctx) {
      const requested = reqString(event.request, 'name');
      const arn = optString(event.response, 'topicArn') ?? buildArn(event, 'sns', requested);
      // The ARN is what gets imported, and its last part is the topic's name.
      const name = topicName(arn);
      const draft = ctx.create(TOPIC, arn, { fields: { name: text(name) }, exports: { arn, id: arn, name } });
      const attributes = at(event.request, 'attributes');
      if (isObject(attributes) && 'Policy' in attributes) {
        const { Policy: policy, ...rest } = attributes;
        applyAttributeMap(draft, TOPIC_ATTRIBUTES, rest);
        setTopicPolicy(ctx, arn, policy ?? null);
      } else {
        applyAttributeMap(draft, TOPIC_ATTRIBUTES, attributes);
      }
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    SetTopicAttributes(event, ctx) {
      const name = reqString(event.request, 'attributeName');
      if (name === 'Policy') {
        setTopicPolicy(ctx, reqString(event.request, 'topicArn'), at(event.request, 'attributeValue') ?? null);
        return;
      }
      const draft = changeTopic(ctx, reqString(event.request, 'topicArn'));
      if (!applyAttribute(draft, TOPIC_ATTRIBUTES, name, at(event.request, 'attributeValue') ?? null)) {
        draft.note(`Attribute ${name} is not mapped: set it after reviewing terraform plan.`);
      }
    },
    DeleteTopic(event, ctx) {
      const arn = reqString(event.request, 'topicArn');
      // Deleting a topic deletes its subscriptions.
      for (const subscription of ctx.allWithIdPrefix(SUBSCRIPTION, `${arn}:`)) ctx.remove(SUBSCRIPTION, subscription.id);
      if (ctx.find(TOPIC_POLICY, arn)) ctx.remove(TOPIC_POLICY, arn);
      ctx.remove(TOPIC, arn);
    },
    Subscribe(event, ctx) {
      const arn = optString(event.response, 'subscriptionArn');
      if (!isSubscriptionArn(arn)) {
        // Email, HTTP(S) and cross-account subscriptions wait for the endpoint to confirm; until then
        // the subscription has no ARN and cannot be imported (provider doc, aws_sns_topic_subscription).
        ctx.ignore(`the subscription is pending confirmation (response: ${arn ?? 'none'}): it has no ARN to import until the endpoint confirms it`);
        return;
      }
      const topicArn = reqString(event.request, 'topicArn');
      const draft = ctx.create(SUBSCRIPTION, arn, {
        nameHint: `${topicName(topicArn)}-${reqString(event.request, 'protocol')}`,
        fields: {
          topic_arn: text(topicArn),
          protocol: text(reqString(event.request, 'protocol')),
          endpoint: text(reqString(event.request, 'endpoint')),
        },
        exports: { id: arn, arn },
      });
      applyAttributeMap(draft, SUBSCRIPTION_ATTRIBUTES, at(event.request, 'attributes'));
      // Terraform-only settings with defaults that the import never reads: the first plan would add them
      // (hashicorp/terraform-provider-aws#29804).
      for (const attribute of ['confirmation_timeout_in_minutes', 'endpoint_auto_confirms']) {
        draft.ignoreChanges(attribute, 'Terraform-only setting the import never reads, so the first plan would add its default (hashicorp/terraform-provider-aws#29804)');
      }
    },
    SetSubscriptionAttributes(event, ctx) {
      const draft = changeSubscription(ctx, reqString(event.request, 'subscriptionArn'));
      const name = reqString(event.request, 'attributeName');
      if (!applyAttribute(draft, SUBSCRIPTION_ATTRIBUTES, name, at(event.request, 'attributeValue') ?? null)) {
        draft.note(`Attribute ${name} is not mapped: set it after reviewing terraform plan.`);
      }
    },
    Unsubscribe(event, ctx) {
      ctx.remove(SUBSCRIPTION, reqString(event.request, 'subscriptionArn'));
    },
  }),
};
