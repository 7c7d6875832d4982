// EC2 mapper part: Security groups and their rules (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, listAt, listOf, MalformedRecordError, optNumber, optString, readTags, reqString } from '../read';
import { fields, maybe, number, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { EGRESS, INGRESS, SG } from './types';
import { changeById, createTags, labelOf, numberField, setArg, textField, unwrap } from './shared';
import { removeWhere } from './routing';

// Security group rules

export const RULE_SOURCES = [
  ['cidrIpv4', 'cidr_ipv4'],
  ['cidrIpv6', 'cidr_ipv6'],
  ['prefixListId', 'prefix_list_id'],
] as const;

/** A group source as the provider stores it: the group id, or `ACCOUNT/sg-…` for another account's group. */
export function referencedGroup(item: JsonValue, accountId: string): string | undefined {
  const groupId = optString(item, 'referencedGroupInfo.groupId');
  const owner = optString(item, 'referencedGroupInfo.userId');
  if (!groupId) return undefined;
  return owner && accountId && owner !== accountId ? `${owner}/${groupId}` : groupId;
}

/** One rule as an ipPermissions entry describes it, for matching a revoke against the session's rules. */
export interface RuleSpec {
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly source: readonly [string, string];
}

export const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

export function normalizeProtocol(protocol: string): string {
  const lower = protocol.toLowerCase();
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

/**
 * The rules an Authorize/Revoke request names: `ipPermissions` entries (one rule per CIDR, IPv6 range,
 * prefix list or group), or the legacy top-level form (`cidrIp`, `ipProtocol`, `fromPort`, `toPort`)
 * the console still sends for simple rules.
 */
export function requestedRules(request: JsonValue): RuleSpec[] {
  const specs: RuleSpec[] = [];
  const add = (perm: JsonValue, source: readonly [string, string]) =>
    specs.push({
      protocol: normalizeProtocol(optString(perm, 'ipProtocol') ?? '-1'),
      fromPort: optNumber(perm, 'fromPort'),
      toPort: optNumber(perm, 'toPort'),
      source,
    });
  for (const perm of listAt(request, 'ipPermissions')) {
    for (const r of listAt(perm, 'ipRanges')) add(perm, ['cidr_ipv4', reqString(r, 'cidrIp')]);
    for (const r of listAt(perm, 'ipv6Ranges')) add(perm, ['cidr_ipv6', reqString(r, 'cidrIpv6')]);
    for (const r of listAt(perm, 'prefixListIds')) add(perm, ['prefix_list_id', reqString(r, 'prefixListId')]);
    for (const r of listAt(perm, 'groups')) {
      const groupId = optString(r, 'groupId');
      if (groupId) add(perm, ['referenced_security_group_id', groupId]);
    }
  }
  const cidr = optString(request, 'cidrIp');
  if (cidr) add(request, ['cidr_ipv4', cidr]);
  return specs;
}

export function ruleMatches(draft: ResourceDraft, groupId: string, spec: RuleSpec): boolean {
  if (textField(draft, 'security_group_id') !== groupId) return false;
  if (normalizeProtocol(textField(draft, 'ip_protocol') ?? '') !== spec.protocol) return false;
  if (textField(draft, spec.source[0]) !== spec.source[1]) return false;
  if (spec.protocol === '-1') return true;
  return (numberField(draft, 'from_port') ?? -1) === (spec.fromPort ?? -1) && (numberField(draft, 'to_port') ?? -1) === (spec.toPort ?? -1);
}

export function portLabel(protocol: string, from: number | undefined, to: number | undefined): string {
  if (protocol === '-1') return 'all';
  if (from === undefined) return protocol;
  return from === to || to === undefined ? `${protocol} ${from}` : `${protocol} ${from} ${to}`;
}

/** One aws_vpc_security_group_*_rule per securityGroupRuleSet item (each has its own sgr- id). */
export function authorize(event: MapperEvent, ctx: FoldContext, type: string): void {
  const items = listAt(event.response, 'securityGroupRuleSet');
  if (items.length === 0) {
    // Responses before the rule-id API (2021) carry no sgr- ids, so there is nothing to import by.
    ctx.ignore('the response has no securityGroupRuleSet, so the rules have no sgr- id to import');
    return;
  }
  const tags = createTags(event, 'security-group-rule');
  for (const item of items) {
    const ruleId = reqString(item, 'securityGroupRuleId');
    const groupId = reqString(item, 'groupId');
    const protocol = reqString(item, 'ipProtocol');
    // -1 means "all ports"; the provider reads it back as null when the argument is unset.
    const port = (key: string) => {
      const value = optNumber(item, key);
      return protocol === '-1' || value === undefined || value === -1 ? undefined : value;
    };
    const body: Fields = { security_group_id: text(groupId), ip_protocol: text(protocol) };
    const from = port('fromPort');
    const to = port('toPort');
    if (from !== undefined) body.from_port = number(from);
    if (to !== undefined) body.to_port = number(to);
    let sourceLabel = '';
    for (const [key, arg] of RULE_SOURCES) {
      const value = optString(item, key);
      if (value) {
        body[arg] = text(value);
        if (arg === 'cidr_ipv6') sourceLabel = ' ipv6';
      }
    }
    const group = referencedGroup(item, event.accountId);
    if (group) body.referenced_security_group_id = text(group);
    const description = optString(item, 'description');
    if (description) body.description = text(description);
    const ruleTags = Object.keys(tags).length > 0 ? tags : readTags(at(item, 'tags'));
    body.tags = tagsField(ruleTags);
    ctx.create(type, ruleId, {
      nameHint: `${labelOf(ctx, SG, groupId)} ${portLabel(protocol, from, to)}${sourceLabel}`,
      fields: fields(body),
      exports: { id: ruleId },
    });
  }
}

/** A key of a wrapped EC2 request, which records spell `SecurityGroupRuleId` or `securityGroupRuleId`. */
export function either(source: JsonValue | undefined, key: string): JsonValue | undefined {
  return at(source, key) ?? at(source, key[0]!.toLowerCase() + key.slice(1));
}

/** The list items of a wrapped request: a single `{ tag: 1, … }` object or an array of them. */
export function wrappedItems(source: JsonValue | undefined, key: string): JsonValue[] {
  return listOf(either(source, key));
}

export const eitherString = (source: JsonValue | undefined, key: string): string | undefined => {
  const v = either(source, key);
  return typeof v === 'string' ? v : undefined;
};
export const eitherNumber = (source: JsonValue | undefined, key: string): number | undefined => {
  const v = either(source, key);
  return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
};

/** A rule's arguments from a SecurityGroupRuleRequest (ModifySecurityGroupRules): the whole rule but its tags. */
export function ruleRequestFields(rule: JsonValue): Fields {
  const protocol = normalizeProtocol(eitherString(rule, 'IpProtocol') ?? '-1');
  const port = (key: string) => {
    const v = eitherNumber(rule, key);
    return protocol === '-1' || v === undefined || v === -1 ? undefined : number(v);
  };
  const description = eitherString(rule, 'Description');
  return fields({
    ip_protocol: text(protocol),
    from_port: port('FromPort'),
    to_port: port('ToPort'),
    cidr_ipv4: maybe(eitherString(rule, 'CidrIpv4'), text),
    cidr_ipv6: maybe(eitherString(rule, 'CidrIpv6'), text),
    prefix_list_id: maybe(eitherString(rule, 'PrefixListId'), text),
    referenced_security_group_id: maybe(eitherString(rule, 'ReferencedGroupId'), text),
    // An empty description removes it; the provider reads that back as unset.
    description: description ? text(description) : undefined,
  });
}

/** The session's rule of either direction with this sgr- id. */
export function sessionRule(ctx: FoldContext, ruleId: string): ResourceDraft | undefined {
  return ctx.find(INGRESS, ruleId) ?? ctx.find(EGRESS, ruleId);
}

/** A rule as one line for a comment: `tcp 22 from 10.0.0.0/8 "office"`. */
export function ruleSummary(body: Fields): string {
  const value = (k: string) => (body[k]?.kind === 'string' || body[k]?.kind === 'number' ? String((body[k] as { value: string | number }).value) : undefined);
  const source = value('cidr_ipv4') ?? value('cidr_ipv6') ?? value('prefix_list_id') ?? value('referenced_security_group_id') ?? '?';
  const from = value('from_port');
  const to = value('to_port');
  const ports = from === undefined ? '' : from === to || to === undefined ? ` ${from}` : ` ${from}-${to}`;
  const description = value('description');
  return `${value('ip_protocol')}${ports} from ${source}${description ? ` ${JSON.stringify(description)}` : ''}`;
}

/**
 * ModifySecurityGroupRules ("Edit inbound/outbound rules" in the console) replaces each named rule's
 * protocol, ports, source and description (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySecurityGroupRules.html).
 * A rule the session created takes the new values. For a rule from before the session the record does
 * not say whether it is inbound or outbound, so the group is adopted import-only (its generated block
 * holds the edited rule) with the change listed.
 */
export function modifyRules(event: MapperEvent, ctx: FoldContext): void {
  const { request } = unwrap(event);
  const groupId = eitherString(request, 'GroupId');
  const items = wrappedItems(request, 'SecurityGroupRule');
  if (items.length === 0) throw new MalformedRecordError('missing SecurityGroupRule');
  for (const item of items) {
    const ruleId = eitherString(item, 'SecurityGroupRuleId');
    if (!ruleId) throw new MalformedRecordError('a SecurityGroupRule has no SecurityGroupRuleId');
    const body = ruleRequestFields(either(item, 'SecurityGroupRule') ?? {});
    const rule = sessionRule(ctx, ruleId);
    if (rule) {
      const { security_group_id: group, tags } = rule.fields;
      rule.fields = fields({ security_group_id: group, ...body, tags });
      continue;
    }
    if (!groupId) throw new MalformedRecordError(`rule ${ruleId} is not the session's and the record has no GroupId`);
    changeById(ctx, SG, groupId).sessionChange(`set rule ${ruleId} = ${ruleSummary(body)}`);
  }
}

/**
 * UpdateSecurityGroupRuleDescriptionsIngress/Egress: by rule id (securityGroupRuleDescriptions) or, in
 * older records, by ipPermissions matched against the session's rules.
 */
export function updateRuleDescriptions(event: MapperEvent, ctx: FoldContext, type: string): void {
  const { request } = unwrap(event);
  const groupId = eitherString(request, 'GroupId');
  // The wrapped Query form names the list by its parameter (`SecurityGroupRuleDescription.N`).
  const byId = [...wrappedItems(request, 'SecurityGroupRuleDescription'), ...wrappedItems(request, 'SecurityGroupRuleDescriptions')];
  for (const item of byId) {
    const ruleId = eitherString(item, 'SecurityGroupRuleId');
    if (!ruleId) throw new MalformedRecordError('a SecurityGroupRuleDescription has no SecurityGroupRuleId');
    const description = eitherString(item, 'Description');
    const rule = ctx.change(type, ruleId, { nameHint: `${groupId ? labelOf(ctx, SG, groupId) : ruleId} rule`, exports: { id: ruleId } });
    if (description) setArg(rule, 'description', text(description));
    else if (rule.fields.description !== undefined) {
      const { description: _gone, ...rest } = rule.fields;
      rule.fields = rest;
    } else rule.sessionChange('removed the description');
  }
  if (byId.length > 0) return;
  if (!groupId) throw new MalformedRecordError('missing groupId and securityGroupRuleDescriptions');
  const perms = listAt(request, 'ipPermissions');
  let matched = false;
  for (const perm of perms) {
    const ranges = [...listAt(perm, 'ipRanges').map((r) => ['cidr_ipv4', optString(r, 'cidrIp'), optString(r, 'description')] as const), ...listAt(perm, 'ipv6Ranges').map((r) => ['cidr_ipv6', optString(r, 'cidrIpv6'), optString(r, 'description')] as const)];
    for (const [arg, cidr, description] of ranges) {
      if (!cidr) continue;
      const spec: RuleSpec = { protocol: normalizeProtocol(optString(perm, 'ipProtocol') ?? '-1'), fromPort: optNumber(perm, 'fromPort'), toPort: optNumber(perm, 'toPort'), source: [arg, cidr] };
      for (const draft of ctx.all(type)) {
        if (!ruleMatches(draft, groupId, spec)) continue;
        matched = true;
        setArg(draft, 'description', description ? text(description) : undefined);
      }
    }
  }
  if (!matched) changeById(ctx, SG, groupId).sessionChange(`changed ${type === INGRESS ? 'inbound' : 'outbound'} rule descriptions`);
}

/** Default egress rules AWS adds to every new VPC security group (no CloudTrail event). */
export const isDefaultEgress = (spec: RuleSpec) =>
  spec.protocol === '-1' && spec.source[0] !== 'prefix_list_id' && (spec.source[1] === '0.0.0.0/0' || spec.source[1] === '::/0');

/** Revokes by rule id, or by matching the rule description against the session's rules. */
export function revoke(event: MapperEvent, ctx: FoldContext, type: string): void {
  const ids = [
    ...listAt(event.request, 'securityGroupRuleIds').map((v) => (typeof v === 'string' ? v : reqString(v, 'securityGroupRuleId'))),
    // Responses since late 2024 list the rules a revoke removed.
    ...listAt(event.response, 'revokedSecurityGroupRuleSet').map((v) => reqString(v, 'securityGroupRuleId')),
  ];
  const groupId = optString(event.request, 'groupId');
  const specs = requestedRules(event.request);
  let matched = false;
  for (const id of new Set(ids)) {
    if (ctx.find(type, id)) matched = true;
    ctx.remove(type, id);
  }
  if (ids.length === 0 && groupId) {
    for (const spec of specs) {
      for (const draft of ctx.all(type)) {
        if (ruleMatches(draft, groupId, spec)) {
          ctx.remove(type, draft.id);
          matched = true;
        }
      }
    }
  }
  if (matched || !groupId) return;
  const group = ctx.find(SG, groupId);
  if (type === EGRESS && group?.created && specs.length > 0 && specs.every(isDefaultEgress)) {
    ctx.change(SG, groupId, { nameHint: groupId }).note(
      `The session then revoked that default egress rule (event ${event.eventID}), so the group allows no egress except by the rules declared here.`,
    );
    return;
  }
  if (ids.length === 0) ctx.ignore('revokes rules that existed before the session: nothing to manage');
}


export const securityGroupsHandlers: Record<string, EventHandler> = {
    // --- Security groups and rules ---------------------------------------------------------
    CreateSecurityGroup(event, ctx) {
      const id = reqString(event.response, 'groupId');
      const name = reqString(event.request, 'groupName');
      const vpcId = optString(event.request, 'vpcId');
      const group = ctx.create(SG, id, {
        nameHint: name,
        fields: fields({
          name: text(name),
          // Required by CreateSecurityGroup and ForceNew in Terraform, whose default would differ.
          description: text(reqString(event.request, 'groupDescription')),
          vpc_id: vpcId ? text(vpcId) : undefined,
          tags: tagsField(createTags(event, 'security-group', event.response)),
        }),
        exports: { id, name },
      });
      // `egress` is optional+computed: left unset, the imported group keeps AWS's default rule as is.
      group.note(
        'AWS gave this group its default allow-all egress rule (no CloudTrail event, so no sgr- id to import); egress is left unset, so Terraform neither manages nor removes it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/security_group).',
      );
    },
    DeleteSecurityGroup(event, ctx) {
      const groupId = optString(event.request, 'groupId');
      const groupName = optString(event.request, 'groupName');
      if (!groupId && !groupName) throw new MalformedRecordError('missing groupId or groupName');
      const id = groupId ?? ctx.all(SG).find((g) => textField(g, 'name') === groupName)?.id;
      if (!id) {
        ctx.remove(SG, groupName!);
        return;
      }
      // A group's rules are deleted with it.
      removeWhere(ctx, INGRESS, 'security_group_id', id);
      removeWhere(ctx, EGRESS, 'security_group_id', id);
      ctx.remove(SG, id);
    },
    AuthorizeSecurityGroupIngress(event, ctx) {
      authorize(event, ctx, INGRESS);
    },
    AuthorizeSecurityGroupEgress(event, ctx) {
      authorize(event, ctx, EGRESS);
    },
    RevokeSecurityGroupIngress(event, ctx) {
      revoke(event, ctx, INGRESS);
    },
    RevokeSecurityGroupEgress(event, ctx) {
      revoke(event, ctx, EGRESS);
    },
    ModifySecurityGroupRules(event, ctx) {
      modifyRules(event, ctx);
    },
    UpdateSecurityGroupRuleDescriptionsIngress(event, ctx) {
      updateRuleDescriptions(event, ctx, INGRESS);
    },
    UpdateSecurityGroupRuleDescriptionsEgress(event, ctx) {
      updateRuleDescriptions(event, ctx, EGRESS);
    },
};
