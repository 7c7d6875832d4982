// Amazon SES (v1 and v2 APIs), which both log under ses.amazonaws.com.
// CloudTrail shape (v1 Query and v2 REST-JSON protocols alike): the API members with a lower-case first
// letter (`domain`, `emailAddress`, `template.templateName`, `configurationSetName`, `emailIdentity`).
// https://docs.aws.amazon.com/ses/latest/dg/logging-using-cloudtrail.html
// Identities, DKIM, notification topics, templates, receipt rule sets, v2 email identities and v2
// configuration sets are mapped in full; the other types by their import block only (Terraform writes
// their configuration with `terraform plan -generate-config-out`).
// CreateConfigurationSet is the same event name in both APIs: the v2 request names
// `configurationSetName` with its options, the v1 request only `configurationSet.name`; both make the
// same set, mapped as aws_sesv2_configuration_set.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, flagAt, numberAt, sensitive, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const DOMAIN_IDENTITY = 'aws_ses_domain_identity';
const EMAIL_IDENTITY = 'aws_ses_email_identity';
const DOMAIN_DKIM = 'aws_ses_domain_dkim';
const NOTIFICATION_TOPIC = 'aws_ses_identity_notification_topic';
const TEMPLATE = 'aws_ses_template';
const RULE_SET = 'aws_ses_receipt_rule_set';
const V2_IDENTITY = 'aws_sesv2_email_identity';
const V2_CONFIGURATION_SET = 'aws_sesv2_configuration_set';
const FEEDBACK = 'aws_sesv2_email_identity_feedback_attributes';

const HIDDEN = /^HIDDEN_/;

const TYPES = importOnlyTypes([
  // Import ID `RULE-SET:RULE`.
  {
    type: 'aws_ses_receipt_rule',
    create: 'CreateReceiptRule',
    id: (e) => { const s = optString(e.request, 'ruleSetName'); const r = optString(e.request, 'rule.name'); return s && r ? `${s}:${r}` : undefined; },
  },
  {
    type: 'aws_ses_receipt_filter',
    create: 'CreateReceiptFilter',
    id: ['request.filter.name'],
    delete: 'DeleteReceiptFilter',
    deleteId: ['request.filterName'],
  },
  { type: 'aws_sesv2_contact_list', create: 'CreateContactList', id: ['request.contactListName'], delete: 'DeleteContactList' },
  {
    type: 'aws_sesv2_dedicated_ip_pool',
    create: 'CreateDedicatedIpPool',
    id: ['request.poolName'],
    delete: 'DeleteDedicatedIpPool',
  },
]);

const identityArn = (event: MapperEvent, identity: string) => buildArn(event, 'ses', `identity/${identity}`);

// ---------------------------------------------------------------------------------------------
// v1: identities, DKIM, notification topics, templates, receipt rule sets

/** aws_ses_identity_notification_topic imports as `IDENTITY|TYPE` (provider doc), its key here too. */
function changeNotificationTopic(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const identity = reqString(event.request, 'identity');
  const type = reqString(event.request, 'notificationType');
  const id = `${identity}|${type}`;
  const init = { nameHint: `${identity}_${type}`, fields: { identity: text(identity), notification_type: text(type) }, exports: { id } };
  // A topic or header setting on an identity the session verified is the session's own.
  const own = ctx.find(DOMAIN_IDENTITY, identity) ?? ctx.find(EMAIL_IDENTITY, identity) ?? ctx.find(V2_IDENTITY, identity);
  return own?.created && !ctx.find(NOTIFICATION_TOPIC, id) ? ctx.put(NOTIFICATION_TOPIC, id, init) : ctx.change(NOTIFICATION_TOPIC, id, init);
}

/**
 * The template's parts. A part CloudTrail hid is a sensitive variable that never overwrites the live
 * one (the provider reads the part back, so the variable only keeps the configuration honest).
 */
function templateFields(template: JsonValue, draft: ResourceDraft): Fields {
  const part = (member: string, argument: string) => {
    const value = optString(template, member);
    if (value === undefined) return undefined;
    if (!HIDDEN.test(value)) return text(value);
    draft.ignoreChanges(argument, `CloudTrail hid the template's ${member}; the live one is kept`);
    return sensitive(`${member} of SES template ${reqString(template, 'templateName')} (CloudTrail hides it; read it with aws ses get-template)`);
  };
  return fields({
    name: text(reqString(template, 'templateName')),
    subject: part('subjectPart', 'subject'),
    text: part('textPart', 'text'),
    html: part('htmlPart', 'html'),
  });
}

// ---------------------------------------------------------------------------------------------
// v2: email identities and configuration sets

function v2IdentityFields(event: MapperEvent, identity: string, draft: ResourceDraft): Fields {
  const dkim = at(event.request, 'dkimSigningAttributes');
  let dkimBlock: Fields | undefined;
  if (isObject(dkim)) {
    const key = optString(dkim, 'domainSigningPrivateKey');
    dkimBlock = fields({
      domain_signing_selector: textAt(dkim, 'domainSigningSelector'),
      domain_signing_private_key: key === undefined ? undefined : sensitive(`DKIM private key of SES identity ${identity} (Bring Your Own DKIM; CloudTrail hides it)`),
      next_signing_key_length: textAt(dkim, 'nextSigningKeyLength'),
    });
    // SES never returns the private key, so an imported identity has none in state.
    if (key !== undefined) draft.ignoreChanges('dkim_signing_attributes[0].domain_signing_private_key', 'SES never returns the DKIM private key (GetEmailIdentity), so the imported identity has none in state');
  }
  return fields({
    email_identity: text(identity),
    configuration_set_name: textAt(event.request, 'configurationSetName'),
    dkim_signing_attributes: dkimBlock && Object.keys(dkimBlock).length > 0 ? blocks(dkimBlock) : undefined,
    tags: tagsField(readTags(at(event.request, 'tags'))),
  });
}

/** The option blocks CreateConfigurationSet and the PutConfigurationSet*Options calls state. */
const OPTION_BLOCKS: Readonly<Record<string, (options: JsonValue) => Fields>> = {
  delivery_options: (o) => fields({ max_delivery_seconds: numberAt(o, 'maxDeliverySeconds'), sending_pool_name: textAt(o, 'sendingPoolName'), tls_policy: textAt(o, 'tlsPolicy') }),
  reputation_options: (o) => fields({ reputation_metrics_enabled: flagAt(o, 'reputationMetricsEnabled') }),
  sending_options: (o) => fields({ sending_enabled: flagAt(o, 'sendingEnabled') }),
  suppression_options: (o) => fields({ suppressed_reasons: stringsAt(o, 'suppressedReasons') }),
  // custom_redirect_domain is required in the block: without it there are no tracking options.
  tracking_options: (o) => (optString(o, 'customRedirectDomain') === undefined ? {} : fields({ custom_redirect_domain: textAt(o, 'customRedirectDomain'), https_policy: textAt(o, 'httpsPolicy') })),
};

/** Request member of each option block on CreateConfigurationSet. */
const OPTION_MEMBERS: Readonly<Record<string, string>> = {
  delivery_options: 'deliveryOptions',
  reputation_options: 'reputationOptions',
  sending_options: 'sendingOptions',
  suppression_options: 'suppressionOptions',
  tracking_options: 'trackingOptions',
};

function optionBlock(argument: string, options: JsonValue | undefined) {
  if (!isObject(options)) return undefined;
  const body = OPTION_BLOCKS[argument]!(options);
  return Object.keys(body).length > 0 ? blocks(body) : undefined;
}

function changeConfigurationSet(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = reqString(event.request, 'configurationSetName');
  return ctx.change(V2_CONFIGURATION_SET, name, { fields: { configuration_set_name: text(name) } });
}

/** A PutConfigurationSet*Options call: the request (bar the set's name) is the whole block. */
function putOptions(argument: string) {
  return (event: MapperEvent, ctx: FoldContext) => {
    const draft = changeConfigurationSet(event, ctx);
    const { configurationSetName: _name, ...options } = isObject(event.request) ? event.request : {};
    const block = optionBlock(argument, options);
    if (block) draft.fields[argument] = block;
    else delete draft.fields[argument];
  };
}

/** v2 TagResource / UntagResource name an identity or configuration set by ARN (the v2 types' identities). */
const TAGGING: TaggingOptions = { unmapped: (arn) => `tags ${arn}, an SES resource Trailform does not map` };

/**
 * Feedback forwarding states the type's one setting, so it is the session's own block (import ID: the
 * identity). true is AWS's default for a new identity.
 */
function setFeedbackForwarding(ctx: FoldContext, identity: string, enabled: boolean | undefined): void {
  if (enabled === undefined) throw new MalformedRecordError('missing the forwarding flag');
  ctx.put(FEEDBACK, identity, { fields: { email_identity: text(identity), email_forwarding_enabled: flag(enabled) }, exports: { id: identity } });
}

/** An identity deleted by either API: its v1 and v2 resources, its DKIM and its notification topics. */
function removeIdentity(ctx: FoldContext, identity: string): void {
  for (const type of [DOMAIN_IDENTITY, EMAIL_IDENTITY, DOMAIN_DKIM, V2_IDENTITY, FEEDBACK]) ctx.remove(type, identity);
  for (const topic of ctx.allWithIdPrefix(NOTIFICATION_TOPIC, `${identity}|`)) ctx.remove(NOTIFICATION_TOPIC, topic.id);
}

export const ses: ServiceMapper = {
  service: 'ses',
  eventSource: 'ses.amazonaws.com',
  resources: [
    { type: DOMAIN_IDENTITY, required: ['domain'], events: ['VerifyDomainIdentity', 'DeleteIdentity'] },
    { type: EMAIL_IDENTITY, required: ['email'], events: ['VerifyEmailIdentity', 'VerifyEmailAddress', 'DeleteIdentity', 'DeleteVerifiedEmailAddress'] },
    { type: DOMAIN_DKIM, required: ['domain'], references: { domain: [DOMAIN_IDENTITY] }, events: ['VerifyDomainDkim', 'DeleteIdentity'] },
    {
      type: NOTIFICATION_TOPIC,
      required: ['identity', 'notification_type'],
      references: { identity: [DOMAIN_IDENTITY, EMAIL_IDENTITY], topic_arn: ['aws_sns_topic'] },
      events: ['SetIdentityNotificationTopic', 'SetIdentityHeadersInNotificationsEnabled', 'DeleteIdentity'],
    },
    { type: TEMPLATE, required: ['name'], events: ['CreateTemplate', 'UpdateTemplate', 'DeleteTemplate'] },
    { type: RULE_SET, required: ['rule_set_name'], events: ['CreateReceiptRuleSet', 'DeleteReceiptRuleSet'] },
    {
      type: V2_IDENTITY,
      identity: { arn: 'arn:{partition}:ses:{region}:{account}:identity/{id}', exports: ['id', 'arn'] },
      required: ['email_identity'],
      references: { configuration_set_name: [V2_CONFIGURATION_SET] },
      events: ['CreateEmailIdentity', 'PutEmailIdentityConfigurationSetAttributes', 'DeleteEmailIdentity', 'DeleteIdentity', 'TagResource', 'UntagResource'],
    },
    {
      type: V2_CONFIGURATION_SET,
      identity: { arn: 'arn:{partition}:ses:{region}:{account}:configuration-set/{id}', exports: ['id', 'arn'] },
      required: ['configuration_set_name'],
      references: { 'delivery_options.sending_pool_name': ['aws_sesv2_dedicated_ip_pool'] },
      events: [
        'CreateConfigurationSet', 'PutConfigurationSetDeliveryOptions', 'PutConfigurationSetReputationOptions', 'PutConfigurationSetSendingOptions',
        'PutConfigurationSetSuppressionOptions', 'PutConfigurationSetTrackingOptions', 'DeleteConfigurationSet', 'TagResource', 'UntagResource',
      ],
    },
    {
      type: FEEDBACK,
      required: ['email_identity'],
      references: { email_identity: [V2_IDENTITY, DOMAIN_IDENTITY, EMAIL_IDENTITY] },
      events: ['SetIdentityFeedbackForwardingEnabled', 'PutEmailIdentityFeedbackAttributes', 'DeleteIdentity', 'SetIdentityDkimEnabled'],
    },
    ...TYPES.resources,
  ],
  events: mergeHandlers(TYPES.events, taggingHandlers(() => ses.resources, TAG_RESOURCE, TAGGING), {
    VerifyDomainIdentity(event, ctx) {
      const domain = reqString(event.request, 'domain');
      ctx.create(DOMAIN_IDENTITY, domain, { fields: { domain: text(domain) }, exports: { id: domain, domain, arn: identityArn(event, domain) } });
    },
    VerifyEmailIdentity(event, ctx) {
      const email = reqString(event.request, 'emailAddress');
      ctx.create(EMAIL_IDENTITY, email, { fields: { email: text(email) }, exports: { id: email, email, arn: identityArn(event, email) } });
    },
    // The deprecated predecessor of VerifyEmailIdentity makes the same identity.
    VerifyEmailAddress(event, ctx) {
      const email = reqString(event.request, 'emailAddress');
      ctx.create(EMAIL_IDENTITY, email, { fields: { email: text(email) }, exports: { id: email, email, arn: identityArn(event, email) } });
    },
    DeleteIdentity(event, ctx) {
      removeIdentity(ctx, reqString(event.request, 'identity'));
    },
    DeleteVerifiedEmailAddress(event, ctx) {
      removeIdentity(ctx, reqString(event.request, 'emailAddress'));
    },
    VerifyDomainDkim(event, ctx) {
      const domain = reqString(event.request, 'domain');
      ctx.create(DOMAIN_DKIM, domain, { nameHint: domain, fields: { domain: text(domain) }, exports: { id: domain } });
    },
    SetIdentityNotificationTopic(event, ctx) {
      const draft = changeNotificationTopic(event, ctx);
      const topic = optString(event.request, 'snsTopic');
      // No topic disables that notification: the resource then holds no topic_arn.
      if (topic === undefined) delete draft.fields.topic_arn;
      else draft.fields.topic_arn = text(topic);
    },
    SetIdentityHeadersInNotificationsEnabled(event, ctx) {
      const draft = changeNotificationTopic(event, ctx);
      // false is AWS's default and the provider's.
      if (optBool(event.request, 'enabled') === true) draft.fields.include_original_headers = flag(true);
      else delete draft.fields.include_original_headers;
    },
    // Both APIs set the same account setting, which the provider models only as the v2 type.
    SetIdentityFeedbackForwardingEnabled(event, ctx) {
      setFeedbackForwarding(ctx, reqString(event.request, 'identity'), optBool(event.request, 'forwardingEnabled'));
    },
    PutEmailIdentityFeedbackAttributes(event, ctx) {
      setFeedbackForwarding(ctx, reqString(event.request, 'emailIdentity'), optBool(event.request, 'emailForwardingEnabled'));
    },
    SetIdentityDkimEnabled(event, ctx) {
      ctx.unsupported(`turns DKIM signing ${optBool(event.request, 'dkimEnabled') === false ? 'off' : 'on'} for ${reqString(event.request, 'identity')}: no argument of the provider's SES resources holds it (aws_ses_domain_dkim and aws_sesv2_email_identity have none), so Terraform cannot manage it`);
    },
    CreateTemplate(event, ctx) {
      const template = at(event.request, 'template');
      const name = reqString(template, 'templateName');
      const draft = ctx.create(TEMPLATE, name, { exports: { id: name, arn: buildArn(event, 'ses', `template/${name}`) } });
      draft.fields = templateFields(template ?? null, draft);
    },
    UpdateTemplate(event, ctx) {
      const template = at(event.request, 'template');
      const name = reqString(template, 'templateName');
      const draft = ctx.change(TEMPLATE, name, { fields: { name: text(name) }, exports: { id: name } });
      // UpdateTemplate replaces the whole template.
      draft.fields = templateFields(template ?? null, draft);
    },
    DeleteTemplate(event, ctx) {
      ctx.remove(TEMPLATE, reqString(event.request, 'templateName'));
    },
    CreateReceiptRuleSet(event, ctx) {
      const name = reqString(event.request, 'ruleSetName');
      ctx.create(RULE_SET, name, { fields: { rule_set_name: text(name) }, exports: { id: name } });
    },
    DeleteReceiptRuleSet(event, ctx) {
      ctx.remove(RULE_SET, reqString(event.request, 'ruleSetName'));
    },
    CreateEmailIdentity(event, ctx) {
      const identity = reqString(event.request, 'emailIdentity');
      const draft = ctx.create(V2_IDENTITY, identity, {});
      draft.fields = v2IdentityFields(event, identity, draft);
    },
    PutEmailIdentityConfigurationSetAttributes(event, ctx) {
      const identity = reqString(event.request, 'emailIdentity');
      const draft = ctx.change(V2_IDENTITY, identity, { fields: { email_identity: text(identity) } });
      const set = textAt(event.request, 'configurationSetName');
      if (set) draft.fields.configuration_set_name = set;
      else delete draft.fields.configuration_set_name;
    },
    DeleteEmailIdentity(event, ctx) {
      removeIdentity(ctx, reqString(event.request, 'emailIdentity'));
    },
    CreateConfigurationSet(event, ctx) {
      const name = optString(event.request, 'configurationSetName') ?? reqString(event.request, 'configurationSet.name');
      const body: Fields = { configuration_set_name: text(name) };
      for (const [argument, member] of Object.entries(OPTION_MEMBERS)) {
        const block = optionBlock(argument, at(event.request, member));
        if (block) body[argument] = block;
      }
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) body.tags = tags;
      ctx.create(V2_CONFIGURATION_SET, name, { fields: body });
    },
    PutConfigurationSetDeliveryOptions: putOptions('delivery_options'),
    PutConfigurationSetReputationOptions: putOptions('reputation_options'),
    PutConfigurationSetSendingOptions: putOptions('sending_options'),
    PutConfigurationSetSuppressionOptions: putOptions('suppression_options'),
    PutConfigurationSetTrackingOptions: putOptions('tracking_options'),
    DeleteConfigurationSet(event, ctx) {
      ctx.remove(V2_CONFIGURATION_SET, optString(event.request, 'configurationSetName') ?? reqString(event.request, 'configurationSet.name'));
    },
  }),
};
