// AWS WAF (v2) web ACLs, rule groups, IP sets, regex pattern sets and web ACL associations. CloudTrail
// shape (JSON protocol): the API's members with a lower-case first letter (`name`, `scope`,
// `defaultAction`, `rules[{name, priority, statement, action, visibilityConfig}]`, `visibilityConfig`,
// `iPAddressVersion`, `addresses`, `regularExpressionList`, ARNs as `aRN`); create responses hold the
// `summary` with `id` and `aRN`. Updates restate the whole object (with `id` and `lockToken`).
// https://docs.aws.amazon.com/waf/latest/developerguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/waf/latest/APIReference/API_Operations.html
//
// Rules are nested blocks that mirror the API's JSON member for member (`geoMatchStatement.countryCodes`
// → `geo_match_statement { country_codes }`). Only the statements and fields listed below are mapped; a
// web ACL or rule group using anything else is printed as its import block alone, with the reason, rather
// than as a block Terraform would read back differently.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggedAdopter, type TaggingOptions } from './tagging';
import { blocks, fields, flag, number, strings, tagsField, text, textAt } from './values';
import { parseArn } from './arn';

const WEB_ACL = 'aws_wafv2_web_acl';
const RULE_GROUP = 'aws_wafv2_rule_group';
const IP_SET = 'aws_wafv2_ip_set';
const REGEX_SET = 'aws_wafv2_regex_pattern_set';
const ASSOCIATION = 'aws_wafv2_web_acl_association';

// ---------------------------------------------------------------------------------------------
// Rules: API JSON → nested blocks

/** Statements mapped member for member. Byte match is left out: its search string is a blob whose logged encoding is not documented. */
const STATEMENTS = new Set([
  'andStatement', 'orStatement', 'notStatement', 'geoMatchStatement', 'ipSetReferenceStatement', 'regexPatternSetReferenceStatement',
  'regexMatchStatement', 'labelMatchStatement', 'managedRuleGroupStatement', 'ruleGroupReferenceStatement', 'rateBasedStatement',
  'sizeConstraintStatement', 'sqliMatchStatement', 'xssMatchStatement',
]);
const FIELDS_TO_MATCH = new Set(['uriPath', 'queryString', 'method', 'allQueryArguments', 'singleHeader', 'singleQueryArgument', 'body']);
/** Members whose argument name is not the member in snake case (a list of objects becomes repeated singular blocks). */
const RENAMED: Readonly<Record<string, string>> = {
  aRN: 'arn', statements: 'statement', textTransformations: 'text_transformation', ruleActionOverrides: 'rule_action_override',
  responseHeaders: 'response_header', insertHeaders: 'insert_header', ruleLabels: 'rule_label', rules: 'rule',
  evaluationWindowSec: 'evaluation_window_sec', cloudWatchMetricsEnabled: 'cloudwatch_metrics_enabled', iPSetForwardedIPConfig: 'ip_set_forwarded_ip_config', forwardedIPConfig: 'forwarded_ip_config',
};
/** Members of a managed rule group statement mapped; `managedRuleGroupConfigs` and the deprecated `excludedRules` are not. */
const MANAGED_GROUP = new Set(['vendorName', 'name', 'version', 'ruleActionOverrides', 'scopeDownStatement']);
const RATE_BASED = new Set(['limit', 'aggregateKeyType', 'evaluationWindowSec', 'scopeDownStatement', 'forwardedIPConfig']);
const GROUP_REFERENCE = new Set(['aRN', 'ruleActionOverrides']);

const snake = (member: string) => RENAMED[member] ?? member.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

class Unmapped extends Error {}

/** One API object as block arguments; `where` names the object for the reason an unmapped member gives. */
function convert(source: JsonValue, where: string): Fields {
  if (!isObject(source)) throw new MalformedRecordError(`${where} should be an object`);
  const out: Fields = {};
  const last = where.slice(where.lastIndexOf('.') + 1);
  for (const [member, value] of Object.entries(source)) {
    if (value === null || value === undefined) continue;
    if ((last === 'statement' || last === 'scope_down_statement') && !STATEMENTS.has(member)) throw new Unmapped(`a rule uses ${member}, which Trailform does not map`);
    if (last === 'field_to_match' && !FIELDS_TO_MATCH.has(member)) throw new Unmapped(`a rule inspects ${member}, which Trailform does not map`);
    if (last === 'managed_rule_group_statement' && !MANAGED_GROUP.has(member)) throw new Unmapped(`a managed rule group statement sets ${member}, which Trailform does not map`);
    if (last === 'rule_group_reference_statement' && !GROUP_REFERENCE.has(member)) throw new Unmapped(`a rule group reference sets ${member}, which Trailform does not map`);
    if (last === 'rate_based_statement' && !RATE_BASED.has(member)) throw new Unmapped(`a rate-based statement sets ${member}, which Trailform does not map`);
    const name = snake(member);
    if (name === 'name' && last === 'single_header' && typeof value === 'string' && value !== value.toLowerCase()) {
      throw new Unmapped(`a rule inspects header ${value}, which the provider takes in lower case only`);
    }
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) out[name] = strings(value as string[]);
      else if (value.every(isObject)) out[name] = blocks(...value.map((v) => convert(v, `${where}.${name}`)));
      else throw new MalformedRecordError(`${where}.${member} mixes values of several kinds`);
    } else if (isObject(value)) out[name] = blocks(convert(value, `${where}.${name}`));
    else if (typeof value === 'string') out[name] = text(value);
    else if (typeof value === 'number') out[name] = number(value);
    else if (typeof value === 'boolean') out[name] = flag(value);
  }
  return out;
}

/** Nested blocks of `rule`, `visibility_config` ...; throws Unmapped for anything outside the table above. */
function ruleBlocks(request: JsonValue): Fields {
  const rules = listAt(request, 'rules');
  return fields({ rule: rules.length > 0 ? blocks(...rules.map((r) => convert(r, 'rule'))) : undefined });
}

function customResponseBodies(request: JsonValue) {
  const bodies = at(request, 'customResponseBodies');
  if (!isObject(bodies)) return undefined;
  const items = Object.entries(bodies).map(([key, body]) => ({ key: text(key), content: text(reqString(body, 'content')), content_type: text(reqString(body, 'contentType')) }));
  return items.length > 0 ? blocks(...items) : undefined;
}

/** The whole configuration a Create or Update call of a web ACL or rule group states. */
function ruleOwnerFields(draft: ResourceDraft, request: JsonValue, extra: Fields): void {
  try {
    draft.fields = {
      ...draft.fields,
      ...extra,
      ...fields({ description: textAt(request, 'description') }),
      ...ruleBlocks(request),
      ...fields({ custom_response_body: customResponseBodies(request), visibility_config: blocks(convert(at(request, 'visibilityConfig') ?? null, 'visibility_config')) }),
    };
    if (textAt(request, 'description') === undefined) delete draft.fields.description;
    if (listAt(request, 'rules').length === 0) delete draft.fields.rule;
  } catch (error) {
    if (!(error instanceof Unmapped)) throw error;
    draft.configFromAccount(`${error.message}: Terraform writes the rules from the account.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Identity: keyed by the ID; imported as ID/NAME/SCOPE (wafv2_* docs)

interface Identity {
  readonly id: string;
  readonly name: string;
  readonly scope: string;
}
const importIdOf = (i: Identity) => `${i.id}/${i.name}/${i.scope}`;

function identityOf(event: MapperEvent): Identity {
  return { id: optString(event.request, 'id') ?? reqString(event.response, 'summary.id'), name: reqString(event.request, 'name'), scope: reqString(event.request, 'scope') };
}

function summaryArn(event: MapperEvent): string | undefined {
  return optString(event.response, 'summary.aRN') ?? optString(event.response, 'summary.arn');
}

function adopt(ctx: FoldContext, type: string, identity: Identity, arn?: string): ResourceDraft {
  return ctx.change(type, identity.id, { importId: importIdOf(identity), nameHint: identity.name, exports: fields2({ id: identity.id, arn }) });
}

const fields2 = (values: Record<string, string | undefined>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>;

function createOwned(event: MapperEvent, ctx: FoldContext, type: string, base: Fields): ResourceDraft {
  const identity = identityOf(event);
  return ctx.create(type, identity.id, {
    importId: importIdOf(identity),
    nameHint: identity.name,
    fields: { name: text(identity.name), scope: text(identity.scope), ...base, ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
    exports: fields2({ id: identity.id, arn: summaryArn(event) }),
  });
}

const KINDS: Readonly<Record<string, string>> = { webacl: WEB_ACL, rulegroup: RULE_GROUP, ipset: IP_SET, regexpatternset: REGEX_SET };

/** arn:aws:wafv2:region:account:(regional|global)/(webacl|rulegroup|ipset|regexpatternset)/NAME/ID */
function fromArn(ctx: FoldContext, arn: string): ResourceDraft | undefined {
  const [scope, kind, name, id] = (parseArn(arn)?.resource ?? '').split('/');
  const type = kind ? KINDS[kind] : undefined;
  if (!type || !name || !id) return undefined;
  return adopt(ctx, type, { id, name, scope: scope === 'global' ? 'CLOUDFRONT' : 'REGIONAL' }, arn);
}

/** A tagged resource is adopted from its ARN, which also gives its name and scope (its import ID). */
const fromTaggedArn: TaggedAdopter = (_id, event, ctx) => fromArn(ctx, optString(event.request, 'resourceARN') ?? reqString(event.request, 'resourceArn'));
const TAGGING: TaggingOptions = {
  adopt: Object.fromEntries(Object.values(KINDS).map((type) => [type, fromTaggedArn])),
  unmapped: (arn) => `tags ${arn}, which is not a WAFv2 web ACL, rule group, IP set or regex pattern set`,
};
/** Keyed by ID; the ARN (`regional` or `global` scope) also names the resource, which the import ID needs. */
const arnTemplate = (kind: string) => `arn:{partition}:wafv2:{region}:{account}:{scope}/${kind}/{name}/{id}`;

const ipVersion = (request: JsonValue) => optString(request, 'iPAddressVersion') ?? reqString(request, 'ipAddressVersion');
const regexes = (request: JsonValue) => {
  const items = listAt(request, 'regularExpressionList').map((r) => ({ regex_string: text(reqString(r, 'regexString')) }));
  return items.length > 0 ? blocks(...items) : undefined;
};

// Associations import as `WEB_ACL_ARN,RESOURCE_ARN`; a resource has at most one web ACL.
const associationId = (webAcl: string, resource: string) => `${webAcl},${resource}`;

export const wafv2: ServiceMapper = {
  service: 'wafv2',
  eventSource: 'wafv2.amazonaws.com',
  resources: [
    {
      type: WEB_ACL,
      identity: { arn: arnTemplate('webacl') },
      required: ['default_action', 'scope', 'visibility_config'],
      events: ['CreateWebACL', 'UpdateWebACL', 'TagResource', 'UntagResource', 'DeleteWebACL'],
    },
    {
      type: RULE_GROUP,
      identity: { arn: arnTemplate('rulegroup') },
      required: ['capacity', 'scope', 'visibility_config'],
      events: ['CreateRuleGroup', 'UpdateRuleGroup', 'TagResource', 'UntagResource', 'DeleteRuleGroup'],
    },
    {
      type: IP_SET,
      identity: { arn: arnTemplate('ipset') },
      required: ['ip_address_version', 'scope'],
      events: ['CreateIPSet', 'UpdateIPSet', 'TagResource', 'UntagResource', 'DeleteIPSet'],
    },
    {
      type: REGEX_SET,
      identity: { arn: arnTemplate('regexpatternset') },
      required: ['scope'],
      events: ['CreateRegexPatternSet', 'UpdateRegexPatternSet', 'TagResource', 'UntagResource', 'DeleteRegexPatternSet'],
    },
    {
      type: ASSOCIATION,
      required: ['resource_arn', 'web_acl_arn'],
      references: { web_acl_arn: [WEB_ACL], resource_arn: ['aws_lb', 'aws_api_gateway_stage', 'aws_cognito_user_pool', 'aws_appsync_graphql_api', 'aws_apprunner_service'] },
      events: ['AssociateWebACL', 'DisassociateWebACL', 'DeleteWebACL'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => wafv2.resources, TAG_RESOURCE, TAGGING), {
    CreateWebACL(event, ctx) {
      const draft = createOwned(event, ctx, WEB_ACL, {});
      ruleOwnerFields(draft, event.request, webAclExtra(event.request));
    },
    UpdateWebACL(event, ctx) {
      const draft = adopt(ctx, WEB_ACL, identityOf(event));
      ruleOwnerFields(draft, event.request, webAclExtra(event.request));
    },
    DeleteWebACL(event, ctx) {
      const id = reqString(event.request, 'id');
      const arn = ctx.find(WEB_ACL, id)?.exports.arn;
      if (arn !== undefined) for (const a of ctx.allWithIdPrefix(ASSOCIATION, `${arn},`)) ctx.remove(ASSOCIATION, a.id);
      ctx.remove(WEB_ACL, id);
    },
    CreateRuleGroup(event, ctx) {
      const draft = createOwned(event, ctx, RULE_GROUP, { capacity: number(numberOf(event.request, 'capacity')) });
      ruleOwnerFields(draft, event.request, {});
    },
    UpdateRuleGroup(event, ctx) {
      ruleOwnerFields(adopt(ctx, RULE_GROUP, identityOf(event)), event.request, {});
    },
    DeleteRuleGroup(event, ctx) {
      ctx.remove(RULE_GROUP, reqString(event.request, 'id'));
    },
    CreateIPSet(event, ctx) {
      createOwned(event, ctx, IP_SET, fields({
        description: textAt(event.request, 'description'),
        ip_address_version: text(ipVersion(event.request)),
        addresses: strings(stringList(event.request, 'addresses')),
      }));
    },
    // UpdateIPSet replaces the description and the whole address list.
    UpdateIPSet(event, ctx) {
      const draft = adopt(ctx, IP_SET, identityOf(event));
      draft.fields.addresses = strings(stringList(event.request, 'addresses'));
      const description = textAt(event.request, 'description');
      if (description === undefined) delete draft.fields.description;
      else draft.fields.description = description;
    },
    DeleteIPSet(event, ctx) {
      ctx.remove(IP_SET, reqString(event.request, 'id'));
    },
    CreateRegexPatternSet(event, ctx) {
      createOwned(event, ctx, REGEX_SET, fields({ description: textAt(event.request, 'description'), regular_expression: regexes(event.request) }));
    },
    UpdateRegexPatternSet(event, ctx) {
      const draft = adopt(ctx, REGEX_SET, identityOf(event));
      const list = regexes(event.request);
      if (list === undefined) delete draft.fields.regular_expression;
      else draft.fields.regular_expression = list;
      const description = textAt(event.request, 'description');
      if (description === undefined) delete draft.fields.description;
      else draft.fields.description = description;
    },
    DeleteRegexPatternSet(event, ctx) {
      ctx.remove(REGEX_SET, reqString(event.request, 'id'));
    },
    AssociateWebACL(event, ctx) {
      const webAcl = optString(event.request, 'webACLArn') ?? reqString(event.request, 'webAclArn');
      const resource = reqString(event.request, 'resourceArn');
      // A resource holds one web ACL: associating another replaces the association.
      for (const a of ctx.all(ASSOCIATION)) if (a.id.endsWith(`,${resource}`)) ctx.remove(ASSOCIATION, a.id);
      ctx.create(ASSOCIATION, associationId(webAcl, resource), {
        nameHint: `${webAcl.split('/')[2] ?? 'web-acl'}-${resource.split(/[/:]/).filter(Boolean).slice(-2).join('-')}`,
        fields: { web_acl_arn: text(webAcl), resource_arn: text(resource) },
      });
    },
    DisassociateWebACL(event, ctx) {
      const resource = reqString(event.request, 'resourceArn');
      const known = ctx.all(ASSOCIATION).filter((a) => a.id.endsWith(`,${resource}`));
      if (known.length === 0) ctx.ignore(`disassociates the web ACL of ${resource}, an association from before the session (nothing in the manifest holds it)`);
      for (const a of known) ctx.remove(ASSOCIATION, a.id);
    },
  }),
};

function webAclExtra(request: JsonValue): Fields {
  return fields({
    default_action: blocks(convert(at(request, 'defaultAction') ?? null, 'default_action')),
    token_domains: listAt(request, 'tokenDomains').length > 0 ? strings(stringList(request, 'tokenDomains')) : undefined,
  });
}

function numberOf(source: JsonValue, path: string): number {
  const value = at(source, path);
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) return Number(value);
  throw new MalformedRecordError(`${path} should be a number`);
}
