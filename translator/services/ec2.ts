// Amazon EC2 and VPC: networks (VPCs, subnets, internet and NAT gateways, route tables, routes and
// associations, network ACLs and their rules, VPC endpoints, peering connections), security groups and
// their rules, instances, launch templates, key pairs, Elastic IPs and EBS volumes. CloudTrail shape (EC2 Query API): lowerCamel keys, lists wrapped as
// `{ "items": [...] }` under `…Set` names, booleans that were `X.Value=true` arrive as
// `{ "value": true }`, numbers may be strings, and identifiers of new resources are only in
// responseElements. Newer operations (CreateNatGateway, ModifyVolume) wrap PascalCase bodies in
// `<Op>Request` / `<Op>Response`.
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitor-with-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, mergeHandlers } from './mapper';
import { at, isObject, listAt, listOf, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString } from './read';
import { importOnlyTypes } from './import-only';
import { applyTags, currentTags } from './tags';
import { blocks, fields, flag, jsonDocument, maybe, number, strings, tagsField, text } from './values';

const VPC = 'aws_vpc';
const SUBNET = 'aws_subnet';
const IGW = 'aws_internet_gateway';
const ROUTE_TABLE = 'aws_route_table';
const ROUTE = 'aws_route';
const RTB_ASSOCIATION = 'aws_route_table_association';
const SG = 'aws_security_group';
const INGRESS = 'aws_vpc_security_group_ingress_rule';
const EGRESS = 'aws_vpc_security_group_egress_rule';
const INSTANCE = 'aws_instance';
const KEY_PAIR = 'aws_key_pair';
const EIP = 'aws_eip';
const NAT_GATEWAY = 'aws_nat_gateway';
const ENI = 'aws_network_interface';
const VOLUME = 'aws_ebs_volume';
const ATTACHMENT = 'aws_volume_attachment';
const FLOW_LOG = 'aws_flow_log';
const LAUNCH_TEMPLATE = 'aws_launch_template';
const VPC_ENDPOINT = 'aws_vpc_endpoint';
const NACL = 'aws_network_acl';
const NACL_RULE = 'aws_network_acl_rule';
const PEERING = 'aws_vpc_peering_connection';
const ACCEPTER = 'aws_vpc_peering_connection_accepter';

// ---------------------------------------------------------------------------------------------
// Shared readers

/** Tags a create call asked for (`tagSpecificationSet`), else the tags its response echoes. */
function createTags(event: MapperEvent, resourceType: string, echoed?: JsonValue): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const spec of listAt(event.request, 'tagSpecificationSet')) {
    if (optString(spec, 'resourceType') === resourceType) Object.assign(tags, readTags(at(spec, 'tags')));
  }
  return Object.keys(tags).length > 0 ? tags : readTags(at(echoed, 'tagSet'));
}

/** An attribute that EC2 sends either bare or as `{ "value": ... }` (ModifyInstanceAttribute, ModifyVpcAttribute). */
function attributeValue(source: JsonValue | undefined, key: string): JsonValue | undefined {
  const value = at(source, key);
  return isObject(value) && 'value' in value ? value.value : value;
}

/**
 * Request and response of a "new-style" EC2 operation, which CloudTrail wraps as `{ "<Op>Request": {…PascalCase…} }`
 * and `{ "<Op>Response": {…} }` (real CreateNatGateway records); bare bodies are accepted too.
 */
function unwrap(event: MapperEvent): { request: JsonValue; response: JsonValue } {
  return {
    request: at(event.request, `${event.eventName}Request`) ?? event.request,
    response: at(event.response, `${event.eventName}Response`) ?? event.response,
  };
}

/** A list entry of a wrapped request: a bare string or `{ "tag": 1, "content": "…" }` (real CreateFlowLogs records). */
function itemText(value: JsonValue, what: string): string {
  if (typeof value === 'string') return value;
  const content = optString(value, 'content');
  if (content === undefined) throw new MalformedRecordError(`${what} should be a string or { content }`);
  return content;
}

/** A literal string argument of a draft (before references are resolved, every id is one). */
function textField(draft: ResourceDraft, name: string): string | undefined {
  const value = draft.fields[name];
  return value !== undefined && value.kind === 'string' ? value.value : undefined;
}

function numberField(draft: ResourceDraft, name: string): number | undefined {
  const value = draft.fields[name];
  return value !== undefined && value.kind === 'number' ? value.value : undefined;
}

/** A readable label for names derived from another resource: its Name tag, else its name, else its id. */
function labelOf(ctx: FoldContext, type: string, id: string): string {
  const draft = ctx.find(type, id);
  if (!draft) return id;
  return currentTags(draft).Name ?? textField(draft, 'name') ?? id;
}

/** The resource a modify event names; one the session did not create is adopted by its id. */
function changeById(ctx: FoldContext, type: string, id: string): ResourceDraft {
  return ctx.change(type, id, { exports: { id } });
}

/** Sets an argument a modify event changed, keeping `tags` last as create events print it. */
function setArg(draft: ResourceDraft, name: string, value: Fields[string]): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = tags === undefined ? { ...rest, [name]: value } : { ...rest, [name]: value, tags };
}

const setFlag = (draft: ResourceDraft, name: string, value: boolean | undefined) => {
  if (value !== undefined) setArg(draft, name, flag(value));
};

// ---------------------------------------------------------------------------------------------
// VPC, subnets, internet gateways

/** CreateFlowLogs ResourceType → the aws_flow_log argument naming it and that resource's type. */
const FLOW_LOG_RESOURCES: Record<string, readonly [string, string]> = {
  VPC: ['vpc_id', VPC],
  Subnet: ['subnet_id', SUBNET],
  NetworkInterface: ['eni_id', ENI],
  TransitGateway: ['transit_gateway_id', 'aws_ec2_transit_gateway'],
  TransitGatewayAttachment: ['transit_gateway_attachment_id', 'aws_ec2_transit_gateway_vpc_attachment'],
};

/** ModifyVpcAttribute takes one attribute per call. */
const VPC_ATTRIBUTES = [
  ['enableDnsSupport', 'enable_dns_support'],
  ['enableDnsHostnames', 'enable_dns_hostnames'],
  ['enableNetworkAddressUsageMetrics', 'enable_network_address_usage_metrics'],
] as const;

/** ModifySubnetAttribute: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySubnetAttribute.html */
const SUBNET_FLAGS = [
  ['mapPublicIpOnLaunch', 'map_public_ip_on_launch'],
  ['assignIpv6AddressOnCreation', 'assign_ipv6_address_on_creation'],
  ['enableDns64', 'enable_dns64'],
  ['enableResourceNameDnsARecordOnLaunch', 'enable_resource_name_dns_a_record_on_launch'],
  ['enableResourceNameDnsAAAARecordOnLaunch', 'enable_resource_name_dns_aaaa_record_on_launch'],
  ['mapCustomerOwnedIpOnLaunch', 'map_customer_owned_ip_on_launch'],
] as const;

// ---------------------------------------------------------------------------------------------
// Routes

/** CreateRoute/ReplaceRoute target parameters and the aws_route argument each sets. */
const ROUTE_TARGETS = [
  ['gatewayId', 'gateway_id'],
  ['natGatewayId', 'nat_gateway_id'],
  ['networkInterfaceId', 'network_interface_id'],
  ['vpcPeeringConnectionId', 'vpc_peering_connection_id'],
  ['transitGatewayId', 'transit_gateway_id'],
  ['vpcEndpointId', 'vpc_endpoint_id'],
  ['egressOnlyInternetGatewayId', 'egress_only_gateway_id'],
  ['localGatewayId', 'local_gateway_id'],
  ['carrierGatewayId', 'carrier_gateway_id'],
  ['coreNetworkArn', 'core_network_arn'],
] as const;

const ROUTE_DESTINATIONS = [
  ['destinationCidrBlock', 'destination_cidr_block'],
  ['destinationIpv6CidrBlock', 'destination_ipv6_cidr_block'],
  ['destinationPrefixListId', 'destination_prefix_list_id'],
] as const;

interface RouteKey {
  readonly routeTableId: string;
  readonly destination: string;
  readonly destinationArg: string;
  /** `ROUTETABLEID_DESTINATION`, the aws_route import ID. */
  readonly id: string;
}

function routeKey(event: MapperEvent): RouteKey {
  const routeTableId = reqString(event.request, 'routeTableId');
  for (const [param, arg] of ROUTE_DESTINATIONS) {
    const destination = optString(event.request, param);
    if (destination) return { routeTableId, destination, destinationArg: arg, id: `${routeTableId}_${destination}` };
  }
  throw new MalformedRecordError('missing destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId');
}

/** The route's target arguments, or undefined when its only target is an instance we cannot resolve. */
function routeTarget(event: MapperEvent, ctx: FoldContext): Fields | undefined {
  for (const [param, arg] of ROUTE_TARGETS) {
    const value = optString(event.request, param);
    if (value) return { [arg]: text(value) };
  }
  // aws_route has no instance_id in v6: a route to an instance is a route to its primary network interface.
  const instanceId = optString(event.request, 'instanceId');
  const eni = instanceId ? ctx.find(INSTANCE, instanceId)?.exports.primary_network_interface_id : undefined;
  if (eni) return { network_interface_id: text(eni) };
  if (instanceId) return undefined;
  throw new MalformedRecordError('the route has no target (gatewayId, natGatewayId, networkInterfaceId …)');
}

function routeName(ctx: FoldContext, key: RouteKey): string {
  const destination = key.destination === '0.0.0.0/0' ? 'default' : key.destination === '::/0' ? 'default ipv6' : key.destination;
  return `${labelOf(ctx, ROUTE_TABLE, key.routeTableId)} ${destination}`;
}

/** Removes the resources of `type` whose `arg` holds `id` (dependents AWS deletes along with their parent). */
function removeWhere(ctx: FoldContext, type: string, arg: string, id: string): void {
  for (const draft of ctx.all(type)) if (textField(draft, arg) === id) ctx.remove(type, draft.id);
}

// ---------------------------------------------------------------------------------------------
// Security group rules

const RULE_SOURCES = [
  ['cidrIpv4', 'cidr_ipv4'],
  ['cidrIpv6', 'cidr_ipv6'],
  ['prefixListId', 'prefix_list_id'],
] as const;

/** A group source as the provider stores it: the group id, or `ACCOUNT/sg-…` for another account's group. */
function referencedGroup(item: JsonValue, accountId: string): string | undefined {
  const groupId = optString(item, 'referencedGroupInfo.groupId');
  const owner = optString(item, 'referencedGroupInfo.userId');
  if (!groupId) return undefined;
  return owner && accountId && owner !== accountId ? `${owner}/${groupId}` : groupId;
}

/** One rule as an ipPermissions entry describes it, for matching a revoke against the session's rules. */
interface RuleSpec {
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly source: readonly [string, string];
}

const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

function normalizeProtocol(protocol: string): string {
  const lower = protocol.toLowerCase();
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

/**
 * The rules an Authorize/Revoke request names: `ipPermissions` entries (one rule per CIDR, IPv6 range,
 * prefix list or group), or the legacy top-level form (`cidrIp`, `ipProtocol`, `fromPort`, `toPort`)
 * the console still sends for simple rules.
 */
function requestedRules(request: JsonValue): RuleSpec[] {
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

function ruleMatches(draft: ResourceDraft, groupId: string, spec: RuleSpec): boolean {
  if (textField(draft, 'security_group_id') !== groupId) return false;
  if (normalizeProtocol(textField(draft, 'ip_protocol') ?? '') !== spec.protocol) return false;
  if (textField(draft, spec.source[0]) !== spec.source[1]) return false;
  if (spec.protocol === '-1') return true;
  return (numberField(draft, 'from_port') ?? -1) === (spec.fromPort ?? -1) && (numberField(draft, 'to_port') ?? -1) === (spec.toPort ?? -1);
}

function portLabel(protocol: string, from: number | undefined, to: number | undefined): string {
  if (protocol === '-1') return 'all';
  if (from === undefined) return protocol;
  return from === to || to === undefined ? `${protocol} ${from}` : `${protocol} ${from} ${to}`;
}

/** One aws_vpc_security_group_*_rule per securityGroupRuleSet item (each has its own sgr- id). */
function authorize(event: MapperEvent, ctx: FoldContext, type: string): void {
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
function either(source: JsonValue | undefined, key: string): JsonValue | undefined {
  return at(source, key) ?? at(source, key[0]!.toLowerCase() + key.slice(1));
}

/** The list items of a wrapped request: a single `{ tag: 1, … }` object or an array of them. */
function wrappedItems(source: JsonValue | undefined, key: string): JsonValue[] {
  return listOf(either(source, key));
}

const eitherString = (source: JsonValue | undefined, key: string): string | undefined => {
  const v = either(source, key);
  return typeof v === 'string' ? v : undefined;
};
const eitherNumber = (source: JsonValue | undefined, key: string): number | undefined => {
  const v = either(source, key);
  return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
};

/** A rule's arguments from a SecurityGroupRuleRequest (ModifySecurityGroupRules): the whole rule but its tags. */
function ruleRequestFields(rule: JsonValue): Fields {
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
function sessionRule(ctx: FoldContext, ruleId: string): ResourceDraft | undefined {
  return ctx.find(INGRESS, ruleId) ?? ctx.find(EGRESS, ruleId);
}

/** A rule as one line for a comment: `tcp 22 from 10.0.0.0/8 "office"`. */
function ruleSummary(body: Fields): string {
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
function modifyRules(event: MapperEvent, ctx: FoldContext): void {
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
function updateRuleDescriptions(event: MapperEvent, ctx: FoldContext, type: string): void {
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
const isDefaultEgress = (spec: RuleSpec) =>
  spec.protocol === '-1' && spec.source[0] !== 'prefix_list_id' && (spec.source[1] === '0.0.0.0/0' || spec.source[1] === '::/0');

/** Revokes by rule id, or by matching the rule description against the session's rules. */
function revoke(event: MapperEvent, ctx: FoldContext, type: string): void {
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

// ---------------------------------------------------------------------------------------------
// Instances

const USER_DATA_REASON =
  'CloudTrail hides user data (<sensitiveDataRemoved>) and the provider reads back only its hash, so leaving user_data unset would plan to clear it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance#user_data)';

const LAUNCH_TEMPLATE_USER_DATA_REASON =
  'the instance was launched from a launch template, whose user data (if any) the provider reads back only as a hash (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance#user_data)';

/** The root volume's settings from the launch request's block-device mapping, when it names the root device. */
function rootBlockDevice(event: MapperEvent, rootDeviceName: string | undefined): Fields | undefined {
  if (!rootDeviceName) return undefined;
  const mapping = listAt(event.request, 'blockDeviceMapping').find((m) => optString(m, 'deviceName') === rootDeviceName);
  const ebs = at(mapping, 'ebs');
  if (!isObject(ebs)) return undefined;
  const volumeType = optString(ebs, 'volumeType');
  const size = optNumber(ebs, 'volumeSize');
  const iops = optNumber(ebs, 'iops');
  const throughput = optNumber(ebs, 'throughput');
  const root = fields({
    volume_size: size === undefined ? undefined : number(size),
    volume_type: volumeType ? text(volumeType) : undefined,
    // iops/throughput only apply to provisioned types; gp2 reports a computed iops.
    iops: iops !== undefined && volumeType && ['io1', 'io2', 'gp3'].includes(volumeType) ? number(iops) : undefined,
    throughput: throughput !== undefined && volumeType === 'gp3' ? number(throughput) : undefined,
    // Only the non-default values: account-level encryption by default could make `false` wrong.
    delete_on_termination: optBool(ebs, 'deleteOnTermination') === false ? flag(false) : undefined,
    encrypted: optBool(ebs, 'encrypted') === true ? flag(true) : undefined,
  });
  return Object.keys(root).length > 0 ? root : undefined;
}

/** ModifyInstanceMetadataOptions parameters (PascalCase, wrapped request) and their metadata_options arguments. */
const METADATA_OPTIONS = [
  ['HttpTokens', 'http_tokens'],
  ['HttpEndpoint', 'http_endpoint'],
  ['HttpProtocolIpv6', 'http_protocol_ipv6'],
  ['InstanceMetadataTags', 'instance_metadata_tags'],
] as const;

/** Associate/ReplaceIamInstanceProfile: the provider stores the profile by name. */
function setInstanceProfile(instance: ResourceDraft, request: JsonValue): void {
  const name = optString(request, 'IamInstanceProfile.Name') ?? optString(request, 'IamInstanceProfile.Arn')?.split('/').pop();
  if (!name) throw new MalformedRecordError('missing IamInstanceProfile.Name or .Arn');
  setArg(instance, 'iam_instance_profile', text(name));
}

/** Instance profiles are referenced by name; the request carries a name or an ARN (…:instance-profile/path/name). */
function instanceProfileName(event: MapperEvent): string | undefined {
  const name = optString(event.request, 'iamInstanceProfile.name');
  if (name) return name;
  const arn = optString(event.request, 'iamInstanceProfile.arn');
  return arn ? arn.split('/').pop() : undefined;
}

function launchInstance(event: MapperEvent, ctx: FoldContext, item: JsonValue): void {
  const id = reqString(item, 'instanceId');
  const request = event.request;
  const profile = instanceProfileName(event);
  const inVpc = optString(item, 'subnetId') !== undefined || optString(item, 'vpcId') !== undefined;
  const groupIds = listAt(item, 'groupSet').map((g) => reqString(g, 'groupId'));
  const body: Fields = fields({
    ami: text(optString(item, 'imageId') ?? reqString(listAt(request, 'instancesSet')[0], 'imageId')),
    instance_type: text(reqString(item, 'instanceType')),
    subnet_id: optString(item, 'subnetId') ? text(reqString(item, 'subnetId')) : undefined,
    vpc_security_group_ids: inVpc && groupIds.length > 0 ? strings(groupIds) : undefined,
    key_name: optString(item, 'keyName') ? text(reqString(item, 'keyName')) : undefined,
    iam_instance_profile: profile ? text(profile) : undefined,
    disable_api_termination: optBool(request, 'disableApiTermination') === true ? flag(true) : undefined,
    disable_api_stop: optBool(request, 'disableApiStop') === true ? flag(true) : undefined,
    monitoring: optBool(request, 'monitoring.enabled') === true ? flag(true) : undefined,
    hibernation: optBool(request, 'hibernationOptions.configured') === true ? flag(true) : undefined,
    instance_initiated_shutdown_behavior: optString(request, 'instanceInitiatedShutdownBehavior') === 'terminate' ? text('terminate') : undefined,
    tags: tagsField(createTags(event, 'instance', item)),
  });
  const cpuCredits = optString(request, 'creditSpecification.cpuCredits');
  if (cpuCredits) body.credit_specification = blocks({ cpu_credits: text(cpuCredits) });
  const metadata: Fields = {};
  for (const [key, arg] of METADATA_OPTIONS) {
    const value = optString(request, `metadataOptions.${key[0]!.toLowerCase()}${key.slice(1)}`);
    if (value) metadata[arg] = text(value);
  }
  const hopLimit = optNumber(request, 'metadataOptions.httpPutResponseHopLimit');
  if (hopLimit !== undefined) metadata.http_put_response_hop_limit = number(hopLimit);
  if (Object.keys(metadata).length > 0) body.metadata_options = blocks(metadata);
  const root = rootBlockDevice(event, optString(item, 'rootDeviceName'));
  if (root) body.root_block_device = blocks(root);
  const eni = listAt(item, 'networkInterfaceSet').find((n) => (optNumber(n, 'attachment.deviceIndex') ?? 0) === 0);
  const eniId = optString(eni, 'networkInterfaceId');
  const draft = ctx.create(INSTANCE, id, {
    fields: body,
    exports: eniId ? { id, primary_network_interface_id: eniId } : { id },
  });
  if (at(request, 'userData') !== undefined) draft.ignoreChanges('user_data', USER_DATA_REASON);
  else if (at(request, 'launchTemplate') !== undefined) draft.ignoreChanges('user_data', LAUNCH_TEMPLATE_USER_DATA_REASON);
  const template = optString(request, 'launchTemplate.launchTemplateName') ?? optString(request, 'launchTemplate.launchTemplateId');
  // The request may name the version as `$Default`/`$Latest` while the provider reads back a number, so
  // launch_template is not guessed here; the note asks for a look at the first plan.
  if (template) draft.note(`Launched from launch template ${template}: the first plan shows the launch_template the provider reads back.`);
}

/** ModifyInstanceAttribute names one attribute per call, as `{ "<name>": { "value": … } }` or `attribute`/`value`. */
function modifyInstance(event: MapperEvent, ctx: FoldContext): void {
  const id = reqString(event.request, 'instanceId');
  const request = event.request;
  const named = optString(request, 'attribute');
  const value = (key: string) => (named === key ? at(request, 'value') : attributeValue(request, key));
  const instance = changeById(ctx, INSTANCE, id);
  if (!instance.created) instance.ignoreChanges('user_data', USER_DATA_REASON);
  const groups = listAt(request, 'groupSet').map((g) => reqString(g, 'groupId'));
  if (groups.length > 0) setArg(instance, 'vpc_security_group_ids', strings(groups));
  if (at(request, 'userData') !== undefined || named === 'userData') instance.ignoreChanges('user_data', USER_DATA_REASON);
  const instanceType = value('instanceType');
  if (typeof instanceType === 'string') setArg(instance, 'instance_type', text(instanceType));
  const shutdown = value('instanceInitiatedShutdownBehavior');
  if (typeof shutdown === 'string') setArg(instance, 'instance_initiated_shutdown_behavior', text(shutdown));
  for (const [key, arg] of [
    ['disableApiTermination', 'disable_api_termination'],
    ['disableApiStop', 'disable_api_stop'],
    ['sourceDestCheck', 'source_dest_check'],
    ['ebsOptimized', 'ebs_optimized'],
  ] as const) {
    setFlag(instance, arg, named === key ? optBool(request, 'value') : optBool(request, key));
  }
}

// ---------------------------------------------------------------------------------------------
// Key pairs

/**
 * public_key is required, but EC2 never returns it and the provider never reads it back, so an
 * imported key pair would be replaced on the first apply (Import note in the provider docs).
 */
const PUBLIC_KEY_REASON =
  'the provider never reads public_key back after import, and a change forces a new key pair (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/key_pair#import)';
const PUBLIC_KEY_PLACEHOLDER = 'REPLACE-ME: aws ec2 describe-key-pairs --include-public-key --key-names';

/** ImportKeyPair's publicKeyMaterial is base64 in the API; use it only when it decodes to an OpenSSH public key. */
function importedPublicKey(event: MapperEvent): string | undefined {
  const material = optString(event.request, 'publicKeyMaterial');
  if (!material) return undefined;
  let decoded = '';
  try {
    decoded = atob(material);
  } catch {
    // not base64: the record may carry the key as text
  }
  return [material, decoded].map((k) => k.trim()).find((k) => /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( [^\n]*)?$/.test(k));
}

function createKeyPair(event: MapperEvent, ctx: FoldContext, imported: boolean): void {
  const publicKey = imported ? importedPublicKey(event) : undefined;
  const name = optString(event.response, 'keyName') ?? reqString(event.request, 'keyName');
  const keyPairId = optString(event.response, 'keyPairId');
  const draft = ctx.create(KEY_PAIR, name, {
    fields: fields({
      key_name: text(name),
      public_key: text(publicKey ?? `${PUBLIC_KEY_PLACEHOLDER} ${name}`),
      tags: tagsField(createTags(event, 'key-pair', event.response)),
    }),
    exports: { key_name: name, id: name },
    aliases: keyPairId ? [keyPairId] : [],
  });
  draft.ignoreChanges('public_key', PUBLIC_KEY_REASON);
  if (!imported) draft.note('AWS generated this key pair; its private key was shown once and is not in CloudTrail (keyMaterial is removed).');
  else if (publicKey === undefined) draft.note('The public key was imported (ImportKeyPair), but the record does not carry it.');
}

// ---------------------------------------------------------------------------------------------
// Launch templates (new-style: `CreateLaunchTemplateRequest` / `CreateLaunchTemplateResponse`, as the
// real console records in Permiso's CloudConsoleCartographer test sessions show). The request keys are
// the Query names (`SecurityGroupId`, `NetworkInterface`, `BlockDeviceMapping`, `TagSpecification`),
// lists are a bare entry or an array of `{ "tag": n, … }` entries, and the provider reads the arguments
// back from the template's latest version.

const LT_USER_DATA_REASON =
  'CloudTrail hides launch template user data (<sensitiveDataRemoved>), so the value cannot be written here and leaving user_data unset would plan a new version without it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/launch_template#user_data)';

/** A list in a wrapped request or response: an array, one bare entry, `{ "item": … }`, or `""` when empty. */
function wrappedList(source: JsonValue | undefined, path: string): JsonValue[] {
  return listAt(source, path).filter((v) => v !== '');
}

const wrappedStrings = (source: JsonValue | undefined, path: string): string[] => wrappedList(source, path).map((v) => itemText(v, path));

/** Tags a wrapped create request asks for (`TagSpecification` entries of this ResourceType). */
function wrappedTags(request: JsonValue, resourceType: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const spec of wrappedList(request, 'TagSpecification')) {
    if (optString(spec, 'ResourceType') === resourceType) Object.assign(tags, readTags(at(spec, 'Tag')));
  }
  return tags;
}

/** A boolean the provider keeps as a string (`"true"`/`"false"`, unset when absent). */
const boolText = (source: JsonValue | undefined, path: string) => {
  const value = optBool(source, path);
  return value === undefined ? undefined : text(String(value));
};
const optText = (source: JsonValue | undefined, path: string) => {
  const value = optString(source, path);
  return value === undefined ? undefined : text(value);
};
const optNum = (source: JsonValue | undefined, path: string) => {
  const value = optNumber(source, path);
  return value === undefined ? undefined : number(value);
};

/** The aws_launch_template arguments a version's data sets (replaced as a whole by a new version). */
const TEMPLATE_DATA_ARGS = [
  'image_id',
  'instance_type',
  'key_name',
  'vpc_security_group_ids',
  'security_group_names',
  'ebs_optimized',
  'disable_api_termination',
  'disable_api_stop',
  'instance_initiated_shutdown_behavior',
  'kernel_id',
  'ram_disk_id',
  'iam_instance_profile',
  'monitoring',
  'metadata_options',
  'credit_specification',
  'hibernation_options',
  'network_interfaces',
  'block_device_mappings',
  'tag_specifications',
] as const;

/** LaunchTemplateData keys mapped above (plus UserData, which CloudTrail hides). */
const TEMPLATE_DATA_KEYS = new Set([
  'ImageId', 'InstanceType', 'KeyName', 'SecurityGroupId', 'SecurityGroup', 'EbsOptimized', 'DisableApiTermination', 'DisableApiStop',
  'InstanceInitiatedShutdownBehavior', 'KernelId', 'RamDiskId', 'IamInstanceProfile', 'Monitoring', 'MetadataOptions', 'CreditSpecification',
  'HibernationOptions', 'NetworkInterface', 'BlockDeviceMapping', 'TagSpecification', 'UserData',
]);

interface TemplateData {
  readonly fields: Fields;
  readonly userData: boolean;
  /** LaunchTemplateData keys the record sets that Trailform does not map. */
  readonly unmapped: string[];
}

function templateData(data: JsonValue | undefined): TemplateData {
  if (data !== undefined && !isObject(data)) throw new MalformedRecordError('LaunchTemplateData should be an object');
  const groupIds = wrappedStrings(data, 'SecurityGroupId');
  const groupNames = wrappedStrings(data, 'SecurityGroup');
  const body: Fields = fields({
    image_id: optText(data, 'ImageId'),
    instance_type: optText(data, 'InstanceType'),
    key_name: optText(data, 'KeyName'),
    vpc_security_group_ids: groupIds.length > 0 ? strings(groupIds) : undefined,
    security_group_names: groupNames.length > 0 ? strings(groupNames) : undefined,
    ebs_optimized: boolText(data, 'EbsOptimized'),
    disable_api_termination: optBool(data, 'DisableApiTermination') === true ? flag(true) : undefined,
    disable_api_stop: optBool(data, 'DisableApiStop') === true ? flag(true) : undefined,
    instance_initiated_shutdown_behavior: optText(data, 'InstanceInitiatedShutdownBehavior'),
    kernel_id: optText(data, 'KernelId'),
    ram_disk_id: optText(data, 'RamDiskId'),
  });
  const profile = fields({ arn: optText(data, 'IamInstanceProfile.Arn'), name: optText(data, 'IamInstanceProfile.Name') });
  if (Object.keys(profile).length > 0) body.iam_instance_profile = blocks(profile);
  const monitoring = optBool(data, 'Monitoring.Enabled');
  if (monitoring !== undefined) body.monitoring = blocks({ enabled: flag(monitoring) });
  const metadata = fields({
    http_endpoint: optText(data, 'MetadataOptions.HttpEndpoint'),
    http_tokens: optText(data, 'MetadataOptions.HttpTokens'),
    http_put_response_hop_limit: optNum(data, 'MetadataOptions.HttpPutResponseHopLimit'),
    http_protocol_ipv6: optText(data, 'MetadataOptions.HttpProtocolIpv6'),
    instance_metadata_tags: optText(data, 'MetadataOptions.InstanceMetadataTags'),
  });
  if (Object.keys(metadata).length > 0) body.metadata_options = blocks(metadata);
  const cpuCredits = optString(data, 'CreditSpecification.CpuCredits');
  if (cpuCredits) body.credit_specification = blocks({ cpu_credits: text(cpuCredits) });
  const hibernation = optBool(data, 'HibernationOptions.Configured');
  if (hibernation !== undefined) body.hibernation_options = blocks({ configured: flag(hibernation) });
  const interfaces = wrappedList(data, 'NetworkInterface').map((ni) => {
    const groups = wrappedStrings(ni, 'SecurityGroupId');
    return fields({
      device_index: optNum(ni, 'DeviceIndex'),
      subnet_id: optText(ni, 'SubnetId'),
      network_interface_id: optText(ni, 'NetworkInterfaceId'),
      associate_public_ip_address: boolText(ni, 'AssociatePublicIpAddress'),
      delete_on_termination: boolText(ni, 'DeleteOnTermination'),
      description: optText(ni, 'Description'),
      private_ip_address: optText(ni, 'PrivateIpAddress'),
      security_groups: groups.length > 0 ? strings(groups) : undefined,
    });
  });
  if (interfaces.length > 0) body.network_interfaces = blocks(...interfaces);
  const devices = wrappedList(data, 'BlockDeviceMapping').map((bdm) => {
    const ebs = fields({
      volume_size: optNum(bdm, 'Ebs.VolumeSize'),
      volume_type: optText(bdm, 'Ebs.VolumeType'),
      iops: optNum(bdm, 'Ebs.Iops'),
      throughput: optNum(bdm, 'Ebs.Throughput'),
      encrypted: boolText(bdm, 'Ebs.Encrypted'),
      delete_on_termination: boolText(bdm, 'Ebs.DeleteOnTermination'),
      kms_key_id: optText(bdm, 'Ebs.KmsKeyId'),
      snapshot_id: optText(bdm, 'Ebs.SnapshotId'),
    });
    const mapping = fields({ device_name: optText(bdm, 'DeviceName'), virtual_name: optText(bdm, 'VirtualName'), no_device: optText(bdm, 'NoDevice') });
    if (Object.keys(ebs).length > 0) mapping.ebs = blocks(ebs);
    return mapping;
  });
  if (devices.length > 0) body.block_device_mappings = blocks(...devices);
  const specs = wrappedList(data, 'TagSpecification').map((spec) =>
    fields({ resource_type: optText(spec, 'ResourceType'), tags: tagsField(readTags(at(spec, 'Tag'))) }),
  );
  if (specs.length > 0) body.tag_specifications = blocks(...specs);
  const unmapped = isObject(data) ? Object.keys(data).filter((k) => !TEMPLATE_DATA_KEYS.has(k)) : [];
  return { fields: body, userData: at(data, 'UserData') !== undefined, unmapped };
}

/** Replaces (or, for a version built from a source version, overlays) the draft's template data. */
function applyTemplateData(draft: ResourceDraft, data: TemplateData, overlay: boolean, event: MapperEvent): void {
  const { name, description, default_version, tags, ...rest } = draft.fields;
  const kept: Fields = {};
  for (const [key, value] of Object.entries(rest)) if (overlay || !(TEMPLATE_DATA_ARGS as readonly string[]).includes(key)) kept[key] = value;
  draft.fields = fields({ name, description, default_version, ...kept, ...data.fields, tags });
  if (data.userData) draft.ignoreChanges('user_data', LT_USER_DATA_REASON);
  if (data.unmapped.length > 0) {
    draft.note(`Event ${event.eventID} also sets ${data.unmapped.join(', ')} in the template data, which Trailform does not map yet: the first plan shows them as changes to review.`);
  }
}

function launchTemplateId(ctx: FoldContext, request: JsonValue, response: JsonValue): string {
  const id = optString(response, 'launchTemplate.launchTemplateId') ?? optString(response, 'launchTemplateVersion.launchTemplateId') ?? optString(request, 'LaunchTemplateId');
  if (id) return id;
  const name = optString(request, 'LaunchTemplateName');
  const known = name ? ctx.find(LAUNCH_TEMPLATE, name) : undefined;
  if (known) return known.id;
  throw new MalformedRecordError('missing LaunchTemplateId (and the session has no template with that LaunchTemplateName)');
}

// ---------------------------------------------------------------------------------------------
// VPC endpoints (new-style, as the real CreateVpcEndpoint console record shows)

function stringsField(draft: ResourceDraft, name: string): string[] | undefined {
  const value = draft.fields[name];
  if (value === undefined || value.kind !== 'list') return undefined;
  return value.items.flatMap((i) => (i.kind === 'string' ? [i.value] : []));
}

/** Applies ModifyVpcEndpoint's Add…/Remove… lists to a list the session knows in full. */
function applyDelta(draft: ResourceDraft, arg: string, add: readonly string[], remove: readonly string[]): void {
  if (add.length === 0 && remove.length === 0) return;
  const current = stringsField(draft, arg);
  if (current === undefined && !draft.created) {
    draft.note(`The session changed ${arg} (added ${add.join(', ') || 'none'}, removed ${remove.join(', ') || 'none'}); the full list comes from the account.`);
    return;
  }
  const next = [...(current ?? []).filter((v) => !remove.includes(v)), ...add.filter((v) => !(current ?? []).includes(v))];
  if (next.length > 0) setArg(draft, arg, strings(next));
  else delete draft.fields[arg];
}

// ---------------------------------------------------------------------------------------------
// Network ACLs and their rules (Query API: `aclProtocol`, `portRange: { from, to }`, `icmpTypeCode: { type, code }`)

const NACL_DEFAULT_RULES_NOTE =
  'AWS gives every network ACL a final rule numbered 32767 (deny all, IPv4 and IPv6, both directions) with no CloudTrail event. It cannot be changed or deleted, and the provider leaves it out of ingress/egress, so it is neither declared nor planned. ingress/egress stay unset here, because each rule the session added is its own aws_network_acl_rule (mixing inline and standalone rules makes them fight; https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/network_acl).';

interface AclRule {
  /** `acl-…:RULE_NUMBER:EGRESS`: a rule's identity (the protocol may change on replace). */
  readonly key: string;
  readonly importId: string;
  readonly nameHint: string;
  readonly body: Fields;
}

function aclRuleKey(request: JsonValue): { aclId: string; ruleNumber: number; egress: boolean; key: string } {
  const aclId = reqString(request, 'networkAclId');
  const ruleNumber = optNumber(request, 'ruleNumber');
  if (ruleNumber === undefined) throw new MalformedRecordError('missing ruleNumber');
  const egress = optBool(request, 'egress') ?? false;
  return { aclId, ruleNumber, egress, key: `${aclId}:${ruleNumber}:${egress}` };
}

function aclRule(event: MapperEvent, ctx: FoldContext): AclRule {
  const request = event.request;
  const { aclId, ruleNumber, egress, key } = aclRuleKey(request);
  // CloudTrail names the Protocol parameter `aclProtocol`; the API takes (and the provider reads back) the number.
  const protocol = optString(request, 'aclProtocol') ?? reqString(request, 'protocol');
  const ports = protocol === '6' || protocol === '17';
  const icmp = protocol === '1' || protocol === '58';
  const cidr = optString(request, 'cidrBlock');
  const ipv6 = optString(request, 'ipv6CidrBlock');
  if (!cidr && !ipv6) throw new MalformedRecordError('missing cidrBlock or ipv6CidrBlock');
  const body = fields({
    network_acl_id: text(aclId),
    rule_number: number(ruleNumber),
    egress: egress ? flag(true) : undefined,
    protocol: text(protocol),
    rule_action: text(reqString(request, 'ruleAction')),
    cidr_block: cidr ? text(cidr) : undefined,
    ipv6_cidr_block: ipv6 ? text(ipv6) : undefined,
    from_port: ports ? optNum(request, 'portRange.from') : undefined,
    to_port: ports ? optNum(request, 'portRange.to') : undefined,
    icmp_type: icmp ? optNum(request, 'icmpTypeCode.type') : undefined,
    icmp_code: icmp ? optNum(request, 'icmpTypeCode.code') : undefined,
  });
  return {
    key,
    // Import ID `NETWORK_ACL_ID:RULE_NUMBER:PROTOCOL:EGRESS`.
    importId: `${aclId}:${ruleNumber}:${protocol}:${egress}`,
    nameHint: `${labelOf(ctx, NACL, aclId)} ${egress ? 'egress' : 'ingress'} ${ruleNumber}`,
    body,
  };
}

// ---------------------------------------------------------------------------------------------
// VPC peering connections (Query API)

const ACCEPTER_AUTO_ACCEPT_REASON =
  'EC2 has no API that reads auto_accept back, so an imported accepter always differs on it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/vpc_peering_connection_accepter#import)';

function peeringFields(event: MapperEvent, connection: JsonValue | undefined): Fields {
  const peerOwner = optString(event.request, 'peerOwnerId');
  const peerRegion = optString(event.request, 'PeerRegion') ?? optString(event.request, 'peerRegion');
  return fields({
    vpc_id: text(optString(event.request, 'vpcId') ?? reqString(connection, 'requesterVpcInfo.vpcId')),
    peer_vpc_id: text(optString(event.request, 'peerVpcId') ?? reqString(connection, 'accepterVpcInfo.vpcId')),
    peer_owner_id: peerOwner ? text(peerOwner) : undefined,
    peer_region: peerRegion ? text(peerRegion) : undefined,
    tags: tagsField(createTags(event, 'vpc-peering-connection', connection)),
  });
}

// ---------------------------------------------------------------------------------------------
// Tags on any of the types above

/** Resource id prefixes CreateTags/DeleteTags name, and the type that id belongs to. */
const TAGGABLE: readonly (readonly [string, string])[] = [
  ['vpc-', VPC],
  ['subnet-', SUBNET],
  ['igw-', IGW],
  ['rtb-', ROUTE_TABLE],
  ['sg-', SG],
  ['i-', INSTANCE],
  ['eipalloc-', EIP],
  ['vol-', VOLUME],
  ['eni-', ENI],
  ['lt-', LAUNCH_TEMPLATE],
  ['vpce-', VPC_ENDPOINT],
  ['acl-', NACL],
  ['pcx-', PEERING],
];

/** The session's resource with this EC2 id (a key pair by its key- id alias, a rule by its sgr- id). */
function sessionResource(ctx: FoldContext, id: string): ResourceDraft | undefined {
  if (id.startsWith('sgr-')) return ctx.find(INGRESS, id) ?? ctx.find(EGRESS, id);
  if (id.startsWith('key-')) return ctx.find(KEY_PAIR, id);
  if (id.startsWith('nat-')) return ctx.find(NAT_GATEWAY, id);
  if (id.startsWith('pcx-')) return ctx.find(PEERING, id) ?? ctx.find(ACCEPTER, id);
  const type = TAGGABLE.find(([prefix]) => id.startsWith(prefix))?.[1];
  return type ? ctx.find(type, id) : undefined;
}

/** The session's resource with this id, or, for a type we can import by its id, that resource adopted. */
function taggable(ctx: FoldContext, id: string): ResourceDraft | undefined {
  const existing = sessionResource(ctx, id);
  if (existing) return ctx.change(existing.type, existing.id, { importId: existing.importId, nameHint: existing.nameHint });
  const type = TAGGABLE.find(([prefix]) => id.startsWith(prefix))?.[1];
  if (!type) return undefined;
  const adopted = changeById(ctx, type, id);
  // Arguments the session never saw would otherwise plan a change on a resource we only tagged.
  if (type === SG) adopted.ignoreChanges('description', 'the group existed before the session, whose records do not carry its description (a change would replace it)');
  if (type === INSTANCE) adopted.ignoreChanges('user_data', USER_DATA_REASON);
  return adopted;
}

function resourceIds(event: MapperEvent): string[] {
  return listAt(event.request, 'resourcesSet').map((r) => (typeof r === 'string' ? r : reqString(r, 'resourceId')));
}

// ---------------------------------------------------------------------------------------------
// Types mapped by their import block only: Terraform writes their configuration from the account.
// New-style operations wrap request and response (`<Op>Request` / `<Op>Response`, real
// CreateTransitGateway and traffic-mirror records); the bare forms are tried too.

const wrappedOrBare = (op: string, side: 'request' | 'response', path: string) => [`${side}.${op}${side === 'request' ? 'Request' : 'Response'}.${path}`, `${side}.${path}`];

const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_ec2_transit_gateway',
    create: 'CreateTransitGateway',
    id: wrappedOrBare('CreateTransitGateway', 'response', 'transitGateway.transitGatewayId'),
    delete: 'DeleteTransitGateway',
    deleteId: wrappedOrBare('DeleteTransitGateway', 'request', 'TransitGatewayId'),
  },
  {
    type: 'aws_ec2_transit_gateway_vpc_attachment',
    create: 'CreateTransitGatewayVpcAttachment',
    id: wrappedOrBare('CreateTransitGatewayVpcAttachment', 'response', 'transitGatewayVpcAttachment.transitGatewayAttachmentId'),
    delete: 'DeleteTransitGatewayVpcAttachment',
    // The real record abbreviates the request wrapper (`DelTGwVpcAttachReq`); the response names the attachment.
    deleteId: wrappedOrBare('DeleteTransitGatewayVpcAttachment', 'response', 'transitGatewayVpcAttachment.transitGatewayAttachmentId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_filter',
    create: 'CreateTrafficMirrorFilter',
    id: wrappedOrBare('CreateTrafficMirrorFilter', 'response', 'trafficMirrorFilter.trafficMirrorFilterId'),
    delete: 'DeleteTrafficMirrorFilter',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilter', 'request', 'TrafficMirrorFilterId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_filter_rule',
    create: 'CreateTrafficMirrorFilterRule',
    id: wrappedOrBare('CreateTrafficMirrorFilterRule', 'response', 'trafficMirrorFilterRule.trafficMirrorFilterRuleId'),
    // Import ID `FILTER_ID:RULE_ID`.
    importId: (id, event) => `${reqString(unwrap(event).response, 'trafficMirrorFilterRule.trafficMirrorFilterId')}:${id}`,
    delete: 'DeleteTrafficMirrorFilterRule',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilterRule', 'request', 'TrafficMirrorFilterRuleId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_target',
    create: 'CreateTrafficMirrorTarget',
    id: wrappedOrBare('CreateTrafficMirrorTarget', 'response', 'trafficMirrorTarget.trafficMirrorTargetId'),
    delete: 'DeleteTrafficMirrorTarget',
    deleteId: wrappedOrBare('DeleteTrafficMirrorTarget', 'request', 'TrafficMirrorTargetId'),
  },
  {
    type: 'aws_egress_only_internet_gateway',
    create: 'CreateEgressOnlyInternetGateway',
    id: wrappedOrBare('CreateEgressOnlyInternetGateway', 'response', 'egressOnlyInternetGateway.egressOnlyInternetGatewayId'),
    delete: 'DeleteEgressOnlyInternetGateway',
    deleteId: [...wrappedOrBare('DeleteEgressOnlyInternetGateway', 'request', 'EgressOnlyInternetGatewayId'), 'request.egressOnlyInternetGatewayId'],
  },
  { type: 'aws_vpc_dhcp_options', create: 'CreateDhcpOptions', id: ['response.dhcpOptions.dhcpOptionsId'], delete: 'DeleteDhcpOptions', deleteId: ['request.dhcpOptionsId'] },
  { type: 'aws_vpn_gateway', create: 'CreateVpnGateway', id: ['response.vpnGateway.vpnGatewayId'], delete: 'DeleteVpnGateway', deleteId: ['request.vpnGatewayId'] },
  { type: 'aws_customer_gateway', create: 'CreateCustomerGateway', id: ['response.customerGateway.customerGatewayId'], delete: 'DeleteCustomerGateway', deleteId: ['request.customerGatewayId'] },
  { type: 'aws_placement_group', create: 'CreatePlacementGroup', id: ['request.groupName'], delete: 'DeletePlacementGroup', deleteId: ['request.groupName'] },
]);

export const ec2: ServiceMapper = {
  service: 'ec2',
  eventSource: 'ec2.amazonaws.com',
  resources: [
    {
      // A tag the session added to a resource from before the session, managed on its own (pipeline/tag-resources.ts).
      type: 'aws_ec2_tag',
      required: ['key', 'resource_id', 'value'],
      events: ['CreateTags'],
      // The tagging call states the tag's key and value and names what it tags: all the resource has.
      completeFrom: { events: ['CreateTags'], mapped: ['resource_id', 'key', 'value'], unmapped: {} },
    },
    { type: VPC, required: [], events: ['CreateVpc', 'ModifyVpcAttribute', 'DeleteVpc', 'CreateTags', 'DeleteTags'] },
    { type: SUBNET, required: ['vpc_id'], references: { vpc_id: [VPC] }, events: ['CreateSubnet', 'ModifySubnetAttribute', 'DeleteSubnet', 'CreateTags', 'DeleteTags'] },
    { type: IGW, required: [], references: { vpc_id: [VPC] }, events: ['CreateInternetGateway', 'AttachInternetGateway', 'DetachInternetGateway', 'DeleteInternetGateway', 'CreateTags', 'DeleteTags'] },
    { type: ROUTE_TABLE, required: ['vpc_id'], references: { vpc_id: [VPC] }, events: ['CreateRouteTable', 'DeleteRouteTable', 'CreateTags', 'DeleteTags'] },
    {
      type: ROUTE,
      required: ['route_table_id'],
      references: {
        route_table_id: [ROUTE_TABLE],
        gateway_id: [IGW, 'aws_vpn_gateway'],
        nat_gateway_id: ['aws_nat_gateway'],
        network_interface_id: [INSTANCE, ENI],
        vpc_peering_connection_id: [PEERING, ACCEPTER],
        transit_gateway_id: ['aws_ec2_transit_gateway'],
        vpc_endpoint_id: ['aws_vpc_endpoint'],
        egress_only_gateway_id: ['aws_egress_only_internet_gateway'],
      },
      events: ['CreateRoute', 'ReplaceRoute', 'DeleteRoute'],
      // ReplaceRoute states the route's destination and its one target: the whole route
      // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceRoute.html).
      completeFrom: {
        events: ['ReplaceRoute'],
        mapped: ['route_table_id', ...ROUTE_DESTINATIONS.map(([, arg]) => arg), ...ROUTE_TARGETS.map(([, arg]) => arg)],
        unmapped: { timeouts: 'Terraform-side operation timeouts, not stored in AWS' },
      },
    },
    {
      type: RTB_ASSOCIATION,
      required: ['route_table_id'],
      references: { route_table_id: [ROUTE_TABLE], subnet_id: [SUBNET], gateway_id: [IGW, 'aws_vpn_gateway'] },
      events: ['AssociateRouteTable', 'ReplaceRouteTableAssociation', 'DisassociateRouteTable'],
    },
    { type: SG, required: [], references: { vpc_id: [VPC] }, events: ['CreateSecurityGroup', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsIngress', 'UpdateSecurityGroupRuleDescriptionsEgress', 'DeleteSecurityGroup', 'CreateTags', 'DeleteTags'] },
    {
      type: INGRESS,
      required: ['ip_protocol', 'security_group_id'],
      references: { security_group_id: [SG], referenced_security_group_id: [SG] },
      events: ['AuthorizeSecurityGroupIngress', 'RevokeSecurityGroupIngress', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsIngress', 'DeleteSecurityGroup'],
    },
    {
      type: EGRESS,
      required: ['ip_protocol', 'security_group_id'],
      references: { security_group_id: [SG], referenced_security_group_id: [SG] },
      events: ['AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupEgress', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsEgress', 'DeleteSecurityGroup'],
    },
    {
      type: INSTANCE,
      required: [],
      references: { subnet_id: [SUBNET], vpc_security_group_ids: [SG], key_name: [KEY_PAIR], iam_instance_profile: ['aws_iam_instance_profile'] },
      events: [
        'RunInstances',
        'ModifyInstanceAttribute',
        'ModifyInstanceMetadataOptions',
        'ModifyInstanceCreditSpecification',
        'AssociateIamInstanceProfile',
        'ReplaceIamInstanceProfileAssociation',
        'DisassociateIamInstanceProfile',
        'TerminateInstances',
        'CreateTags',
        'DeleteTags',
      ],
    },
    { type: KEY_PAIR, required: ['public_key'], events: ['CreateKeyPair', 'ImportKeyPair', 'DeleteKeyPair', 'CreateTags', 'DeleteTags'] },
    {
      type: EIP,
      required: [],
      references: { instance: [INSTANCE], network_interface: [ENI] },
      events: ['AllocateAddress', 'AssociateAddress', 'DisassociateAddress', 'ReleaseAddress', 'CreateTags', 'DeleteTags'],
    },
    {
      type: ENI,
      required: ['subnet_id'],
      references: { subnet_id: [SUBNET], security_groups: [SG] },
      events: ['CreateNetworkInterface', 'ModifyNetworkInterfaceAttribute', 'DeleteNetworkInterface', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NAT_GATEWAY,
      required: [],
      references: { subnet_id: [SUBNET], allocation_id: [EIP], secondary_allocation_ids: [EIP] },
      events: ['CreateNatGateway', 'DeleteNatGateway', 'CreateTags', 'DeleteTags'],
    },
    {
      type: VOLUME,
      required: ['availability_zone'],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateVolume', 'ModifyVolume', 'DeleteVolume', 'CreateTags', 'DeleteTags'],
    },
    {
      type: FLOW_LOG,
      required: [],
      references: {
        vpc_id: [VPC],
        subnet_id: [SUBNET],
        eni_id: [ENI],
        iam_role_arn: ['aws_iam_role'],
        log_destination: ['aws_cloudwatch_log_group', 'aws_s3_bucket'],
      },
      events: ['CreateFlowLogs', 'DeleteFlowLogs'],
    },
    {
      type: ATTACHMENT,
      required: ['device_name', 'instance_id', 'volume_id'],
      references: { volume_id: [VOLUME], instance_id: [INSTANCE] },
      events: ['AttachVolume', 'DetachVolume', 'TerminateInstances'],
    },
    {
      type: LAUNCH_TEMPLATE,
      required: [],
      references: {
        vpc_security_group_ids: [SG],
        key_name: [KEY_PAIR],
        'iam_instance_profile.name': ['aws_iam_instance_profile'],
        'iam_instance_profile.arn': ['aws_iam_instance_profile'],
        'network_interfaces.subnet_id': [SUBNET],
        'network_interfaces.security_groups': [SG],
        'network_interfaces.network_interface_id': [ENI],
        'block_device_mappings.ebs.kms_key_id': ['aws_kms_key'],
      },
      events: ['CreateLaunchTemplate', 'CreateLaunchTemplateVersion', 'ModifyLaunchTemplate', 'DeleteLaunchTemplate', 'CreateTags', 'DeleteTags'],
      // The provider reads every argument from the latest version: a block holding only what the session
      // changed would plan a new version without the rest, so an adopted template gets only its import.
    },
    {
      type: VPC_ENDPOINT,
      required: ['vpc_id'],
      references: { vpc_id: [VPC], route_table_ids: [ROUTE_TABLE], subnet_ids: [SUBNET], security_group_ids: [SG] },
      events: ['CreateVpcEndpoint', 'ModifyVpcEndpoint', 'DeleteVpcEndpoints', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NACL,
      required: ['vpc_id'],
      references: { vpc_id: [VPC] },
      events: ['CreateNetworkAcl', 'ReplaceNetworkAclAssociation', 'DeleteNetworkAcl', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NACL_RULE,
      required: ['network_acl_id', 'protocol', 'rule_action', 'rule_number'],
      references: { network_acl_id: [NACL] },
      events: ['CreateNetworkAclEntry', 'ReplaceNetworkAclEntry', 'DeleteNetworkAclEntry', 'DeleteNetworkAcl'],
    },
    {
      type: PEERING,
      required: ['peer_vpc_id', 'vpc_id'],
      references: { vpc_id: [VPC], peer_vpc_id: [VPC] },
      events: ['CreateVpcPeeringConnection', 'AcceptVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'CreateTags', 'DeleteTags'],
      // An accepted connection from before the session: its tags and options come from the account.
    },
    {
      type: ACCEPTER,
      required: ['vpc_peering_connection_id'],
      references: { vpc_peering_connection_id: [PEERING] },
      events: ['AcceptVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'CreateTags', 'DeleteTags'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, {
    // --- VPC -------------------------------------------------------------------------------
    CreateVpc(event, ctx) {
      const vpc = at(event.response, 'vpc');
      const id = reqString(vpc, 'vpcId');
      const tenancy = optString(event.request, 'instanceTenancy');
      const ipamPool = optString(event.request, 'ipv4IpamPoolId');
      const netmask = optNumber(event.request, 'ipv4NetmaskLength');
      ctx.create(VPC, id, {
        fields: fields({
          cidr_block: ipamPool ? undefined : text(optString(event.request, 'cidrBlock') ?? reqString(vpc, 'cidrBlock')),
          ipv4_ipam_pool_id: ipamPool ? text(ipamPool) : undefined,
          ipv4_netmask_length: ipamPool && netmask !== undefined ? number(netmask) : undefined,
          instance_tenancy: tenancy && tenancy !== 'default' ? text(tenancy) : undefined,
          assign_generated_ipv6_cidr_block: optBool(event.request, 'amazonProvidedIpv6CidrBlock') === true ? flag(true) : undefined,
          tags: tagsField(createTags(event, 'vpc', vpc)),
        }),
        exports: { id },
      });
    },
    ModifyVpcAttribute(event, ctx) {
      const vpc = changeById(ctx, VPC, reqString(event.request, 'vpcId'));
      for (const [key, arg] of VPC_ATTRIBUTES) setFlag(vpc, arg, optBool(event.request, key));
    },
    DeleteVpc(event, ctx) {
      ctx.remove(VPC, reqString(event.request, 'vpcId'));
    },

    // --- Subnets ---------------------------------------------------------------------------
    CreateSubnet(event, ctx) {
      const subnet = at(event.response, 'subnet');
      const id = reqString(subnet, 'subnetId');
      const arn = optString(subnet, 'subnetArn');
      const ipv6 = optString(event.request, 'ipv6CidrBlock');
      ctx.create(SUBNET, id, {
        fields: fields({
          vpc_id: text(reqString(event.request, 'vpcId')),
          cidr_block: optString(subnet, 'cidrBlock') ? text(reqString(subnet, 'cidrBlock')) : undefined,
          ipv6_cidr_block: ipv6 ? text(ipv6) : undefined,
          ipv6_native: optBool(event.request, 'ipv6Native') === true ? flag(true) : undefined,
          availability_zone: optString(subnet, 'availabilityZone') ? text(reqString(subnet, 'availabilityZone')) : undefined,
          tags: tagsField(createTags(event, 'subnet', subnet)),
        }),
        exports: arn ? { id, arn } : { id },
      });
    },
    ModifySubnetAttribute(event, ctx) {
      const subnet = changeById(ctx, SUBNET, reqString(event.request, 'subnetId'));
      for (const [key, arg] of SUBNET_FLAGS) setFlag(subnet, arg, optBool(event.request, key));
      const hostnameType = attributeValue(event.request, 'privateDnsHostnameTypeOnLaunch');
      if (typeof hostnameType === 'string') setArg(subnet, 'private_dns_hostname_type_on_launch', text(hostnameType));
      const lniIndex = optNumber(event.request, 'enableLniAtDeviceIndex');
      if (lniIndex !== undefined) setArg(subnet, 'enable_lni_at_device_index', number(lniIndex));
    },
    DeleteSubnet(event, ctx) {
      const id = reqString(event.request, 'subnetId');
      // Deleting a subnet ends its route table association without a DisassociateRouteTable event.
      removeWhere(ctx, RTB_ASSOCIATION, 'subnet_id', id);
      ctx.remove(SUBNET, id);
    },

    // --- Internet gateways -----------------------------------------------------------------
    CreateInternetGateway(event, ctx) {
      const igw = at(event.response, 'internetGateway');
      const id = reqString(igw, 'internetGatewayId');
      ctx.create(IGW, id, { fields: fields({ tags: tagsField(createTags(event, 'internet-gateway', igw)) }), exports: { id } });
    },
    AttachInternetGateway(event, ctx) {
      const igw = changeById(ctx, IGW, reqString(event.request, 'internetGatewayId'));
      igw.fields = { vpc_id: text(reqString(event.request, 'vpcId')), ...igw.fields };
    },
    DetachInternetGateway(event, ctx) {
      const igw = changeById(ctx, IGW, reqString(event.request, 'internetGatewayId'));
      delete igw.fields.vpc_id;
    },
    DeleteInternetGateway(event, ctx) {
      ctx.remove(IGW, reqString(event.request, 'internetGatewayId'));
    },

    // --- Route tables, routes, associations ------------------------------------------------
    CreateRouteTable(event, ctx) {
      const table = at(event.response, 'routeTable');
      const id = reqString(table, 'routeTableId');
      // Routes are separate aws_route resources; `route` is left unset (computed) so the two never fight.
      ctx.create(ROUTE_TABLE, id, {
        fields: fields({ vpc_id: text(reqString(event.request, 'vpcId')), tags: tagsField(createTags(event, 'route-table', table)) }),
        exports: { id },
      });
    },
    DeleteRouteTable(event, ctx) {
      const id = reqString(event.request, 'routeTableId');
      // A table's routes go with it; AWS logs no DeleteRoute for them.
      removeWhere(ctx, ROUTE, 'route_table_id', id);
      ctx.remove(ROUTE_TABLE, id);
    },
    CreateRoute(event, ctx) {
      const key = routeKey(event);
      const target = routeTarget(event, ctx);
      if (!target) {
        ctx.ignore(`the route's target is instance ${optString(event.request, 'instanceId')}, whose network interface the session does not show; aws_route needs network_interface_id`);
        return;
      }
      ctx.create(ROUTE, key.id, {
        nameHint: routeName(ctx, key),
        fields: { route_table_id: text(key.routeTableId), [key.destinationArg]: text(key.destination), ...target },
      });
    },
    ReplaceRoute(event, ctx) {
      const key = routeKey(event);
      const target = routeTarget(event, ctx);
      if (!target) {
        ctx.ignore(`the route's new target is instance ${optString(event.request, 'instanceId')}, whose network interface the session does not show`);
        return;
      }
      const body: Fields = { route_table_id: text(key.routeTableId), [key.destinationArg]: text(key.destination), ...target };
      // ReplaceRoute states the route's whole configuration, so an adopted route gets a complete block.
      const route = ctx.change(ROUTE, key.id, { nameHint: routeName(ctx, key), fields: body });
      route.fields = body;
    },
    DeleteRoute(event, ctx) {
      ctx.remove(ROUTE, routeKey(event).id);
    },
    AssociateRouteTable(event, ctx) {
      const routeTableId = reqString(event.request, 'routeTableId');
      const subnetId = optString(event.request, 'subnetId');
      const gatewayId = optString(event.request, 'gatewayId');
      const owner = subnetId ?? gatewayId;
      if (!owner) throw new MalformedRecordError('missing subnetId or gatewayId');
      const associationId = reqString(event.response, 'associationId');
      // Keyed by the subnet or gateway (each has at most one association); imported as `owner/rtb-…`.
      ctx.create(RTB_ASSOCIATION, owner, {
        importId: `${owner}/${routeTableId}`,
        nameHint: labelOf(ctx, subnetId ? SUBNET : IGW, owner),
        fields: fields({
          subnet_id: subnetId ? text(subnetId) : undefined,
          gateway_id: gatewayId ? text(gatewayId) : undefined,
          route_table_id: text(routeTableId),
        }),
        aliases: [associationId],
      });
    },
    ReplaceRouteTableAssociation(event, ctx) {
      const associationId = reqString(event.request, 'associationId');
      const routeTableId = reqString(event.request, 'routeTableId');
      const association = ctx.find(RTB_ASSOCIATION, associationId);
      if (!association) {
        // The record names only the association id, not its subnet: the import ID cannot be built.
        ctx.ignore(`association ${associationId} existed before the session and the record does not name its subnet (or it is the main route table's association)`);
        return;
      }
      const changed = ctx.change(RTB_ASSOCIATION, association.id, { importId: association.importId, nameHint: association.nameHint });
      setArg(changed, 'route_table_id', text(routeTableId));
      changed.importId = `${changed.id}/${routeTableId}`;
      const newAssociationId = optString(event.response, 'newAssociationId');
      if (newAssociationId) changed.aliases = [...changed.aliases, newAssociationId];
    },
    DisassociateRouteTable(event, ctx) {
      ctx.remove(RTB_ASSOCIATION, reqString(event.request, 'associationId'));
    },

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
    ModifyInstanceCreditSpecification(event, ctx) {
      // Sets T-instance CPU credits per instance (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCreditSpecification.html).
      const { request } = unwrap(event);
      const items = wrappedItems(request, 'InstanceCreditSpecification');
      if (items.length === 0) throw new MalformedRecordError('missing InstanceCreditSpecification');
      for (const item of items) {
        const instanceId = eitherString(item, 'InstanceId');
        const credits = eitherString(item, 'CpuCredits');
        if (!instanceId || !credits) throw new MalformedRecordError('an InstanceCreditSpecification needs InstanceId and CpuCredits');
        setArg(changeById(ctx, INSTANCE, instanceId), 'credit_specification', blocks({ cpu_credits: text(credits) }));
      }
    },

    // --- Instances -------------------------------------------------------------------------
    RunInstances(event, ctx) {
      const items = listAt(event.response, 'instancesSet');
      if (items.length === 0) throw new MalformedRecordError('missing responseElements.instancesSet');
      for (const item of items) launchInstance(event, ctx, item);
    },
    ModifyInstanceAttribute(event, ctx) {
      modifyInstance(event, ctx);
    },
    ModifyInstanceMetadataOptions(event, ctx) {
      const { request } = unwrap(event);
      const instance = changeById(ctx, INSTANCE, reqString(request, 'InstanceId'));
      const current = instance.fields.metadata_options;
      const options: Fields = current?.kind === 'blocks' && current.items[0] ? { ...current.items[0] } : {};
      for (const [key, arg] of METADATA_OPTIONS) {
        const value = optString(request, key);
        if (value !== undefined) options[arg] = text(value);
      }
      const hopLimit = optNumber(request, 'HttpPutResponseHopLimit');
      if (hopLimit !== undefined) options.http_put_response_hop_limit = number(hopLimit);
      setArg(instance, 'metadata_options', blocks(options));
    },
    AssociateIamInstanceProfile(event, ctx) {
      const { request, response } = unwrap(event);
      const id = optString(request, 'InstanceId') ?? reqString(response, 'iamInstanceProfileAssociation.instanceId');
      setInstanceProfile(changeById(ctx, INSTANCE, id), request);
    },
    ReplaceIamInstanceProfileAssociation(event, ctx) {
      const { request, response } = unwrap(event);
      // The request names only the association; the response says which instance it belongs to.
      const id = optString(response, 'iamInstanceProfileAssociation.instanceId');
      if (!id) {
        ctx.ignore('the record does not say which instance the replaced profile association belongs to');
        return;
      }
      setInstanceProfile(changeById(ctx, INSTANCE, id), request);
    },
    DisassociateIamInstanceProfile(event, ctx) {
      const id = optString(unwrap(event).response, 'iamInstanceProfileAssociation.instanceId');
      const instance = id ? ctx.find(INSTANCE, id) : undefined;
      if (!id || !instance) {
        ctx.ignore('removes an instance profile from an instance the session does not have');
        return;
      }
      // iam_instance_profile is optional+computed: left unset, the (now empty) value is not managed.
      delete changeById(ctx, INSTANCE, id).fields.iam_instance_profile;
    },
    TerminateInstances(event, ctx) {
      for (const item of listAt(event.request, 'instancesSet')) {
        const id = reqString(item, 'instanceId');
        // The instance's Elastic IP stays allocated but is disassociated.
        for (const eip of ctx.all(EIP)) {
          if (textField(eip, 'instance') === id) delete ctx.change(EIP, eip.id, { importId: eip.importId, nameHint: eip.nameHint }).fields.instance;
        }
        // AWS detaches the instance's volumes as it terminates.
        removeWhere(ctx, ATTACHMENT, 'instance_id', id);
        ctx.remove(INSTANCE, id);
      }
    },

    // --- Key pairs -------------------------------------------------------------------------
    CreateKeyPair(event, ctx) {
      createKeyPair(event, ctx, false);
    },
    ImportKeyPair(event, ctx) {
      createKeyPair(event, ctx, true);
    },
    DeleteKeyPair(event, ctx) {
      const name = optString(event.request, 'keyName') ?? reqString(event.request, 'keyPairId');
      ctx.remove(KEY_PAIR, name);
    },

    // --- Elastic IPs -----------------------------------------------------------------------
    AllocateAddress(event, ctx) {
      const id = reqString(event.response, 'allocationId');
      const publicIp = optString(event.response, 'publicIp');
      const address = optString(event.request, 'address');
      ctx.create(EIP, id, {
        fields: fields({
          domain: text(optString(event.response, 'domain') ?? 'vpc'),
          address: address ? text(address) : undefined,
          tags: tagsField(createTags(event, 'elastic-ip')),
        }),
        exports: { id },
        aliases: publicIp ? [publicIp] : [],
      });
    },
    AssociateAddress(event, ctx) {
      const allocationId = optString(event.request, 'allocationId');
      const publicIp = optString(event.request, 'publicIp');
      const known = ctx.find(EIP, allocationId ?? publicIp ?? '');
      if (!allocationId && !known) {
        ctx.ignore('associates an address the session did not allocate, named only by its public IP');
        return;
      }
      const eip = known ? ctx.change(EIP, known.id, { importId: known.importId, nameHint: known.nameHint }) : changeById(ctx, EIP, allocationId!);
      const instanceId = optString(event.request, 'instanceId');
      const eniId = optString(event.request, 'networkInterfaceId');
      if (!instanceId && !eniId) throw new MalformedRecordError('missing instanceId or networkInterfaceId');
      // `instance` and `network_interface` are both computed: set the one the user chose.
      delete eip.fields.instance;
      delete eip.fields.network_interface;
      if (instanceId) setArg(eip, 'instance', text(instanceId));
      else setArg(eip, 'network_interface', text(eniId!));
      // privateIpAddress is left out: the provider never reads associate_with_private_ip back, so setting it would plan a re-association.
      const associationId = optString(event.response, 'associationId');
      if (associationId) eip.aliases = [...eip.aliases, associationId];
    },
    DisassociateAddress(event, ctx) {
      const eip = ctx.find(EIP, optString(event.request, 'associationId') ?? optString(event.request, 'publicIp') ?? '');
      if (!eip) {
        ctx.ignore('disassociates an address the session did not allocate or associate');
        return;
      }
      const changed = ctx.change(EIP, eip.id, { importId: eip.importId, nameHint: eip.nameHint });
      delete changed.fields.instance;
      delete changed.fields.network_interface;
    },
    ReleaseAddress(event, ctx) {
      ctx.remove(EIP, optString(event.request, 'allocationId') ?? reqString(event.request, 'publicIp'));
    },

    // --- Network interfaces ---------------------------------------------------------------
    CreateNetworkInterface(event, ctx) {
      const eni = at(event.response, 'networkInterface');
      const id = reqString(eni, 'networkInterfaceId');
      // Services (RDS, Lambda, ELB …) create interfaces for their own use; Terraform must not manage those.
      if (optBool(eni, 'requesterManaged') === true) {
        ctx.ignore(`the interface was created by ${optString(eni, 'requesterId') ?? 'an AWS service'} for its own use`);
        return;
      }
      const groups = listAt(event.request, 'groupSet').map((g) => reqString(g, 'groupId'));
      const privateIps = listAt(event.request, 'privateIpAddressesSet').map((p) => reqString(p, 'privateIpAddress'));
      const description = optString(event.request, 'description');
      ctx.create(ENI, id, {
        fields: fields({
          subnet_id: text(reqString(event.request, 'subnetId')),
          description: description ? text(description) : undefined,
          private_ips: privateIps.length > 0 ? strings(privateIps) : undefined,
          security_groups: groups.length > 0 ? strings(groups) : undefined,
          tags: tagsField(createTags(event, 'network-interface', eni)),
        }),
        exports: { id },
      });
    },
    ModifyNetworkInterfaceAttribute(event, ctx) {
      const eni = changeById(ctx, ENI, reqString(event.request, 'networkInterfaceId'));
      setFlag(eni, 'source_dest_check', optBool(event.request, 'sourceDestCheck'));
      const description = attributeValue(event.request, 'description');
      if (typeof description === 'string') setArg(eni, 'description', text(description));
      const groups = listAt(event.request, 'groupSet').map((g) => reqString(g, 'groupId'));
      if (groups.length > 0) setArg(eni, 'security_groups', strings(groups));
    },
    DeleteNetworkInterface(event, ctx) {
      ctx.remove(ENI, reqString(event.request, 'networkInterfaceId'));
    },

    // --- Flow logs: one per resource, flowLogIdSet in the order of ResourceId ---------------------
    CreateFlowLogs(event, ctx) {
      const { request, response } = unwrap(event);
      const resourceIds = listAt(request, 'ResourceId').map((v) => itemText(v, 'ResourceId'));
      const flowLogIds = listAt(response, 'flowLogIdSet').map((v) => itemText(v, 'flowLogIdSet'));
      if (flowLogIds.length !== resourceIds.length) throw new MalformedRecordError('flowLogIdSet does not match ResourceId');
      const resourceArg = FLOW_LOG_RESOURCES[optString(request, 'ResourceType') ?? ''];
      if (!resourceArg) throw new MalformedRecordError(`unknown ResourceType ${optString(request, 'ResourceType')}`);
      const tags: Record<string, string> = {};
      for (const spec of listAt(request, 'TagSpecification')) {
        if (optString(spec, 'ResourceType') === 'vpc-flow-log') Object.assign(tags, readTags(at(spec, 'Tag')));
      }
      const interval = optNumber(request, 'MaxAggregationInterval');
      const shared = fields({
        traffic_type: optString(request, 'TrafficType') ? text(reqString(request, 'TrafficType')) : undefined,
        log_destination_type: optString(request, 'LogDestinationType') ? text(reqString(request, 'LogDestinationType')) : undefined,
        // An older request names the log group (LogGroupName) instead: log_destination is then left to the read.
        log_destination: optString(request, 'LogDestination') ? text(reqString(request, 'LogDestination')) : undefined,
        iam_role_arn: optString(request, 'DeliverLogsPermissionArn') ? text(reqString(request, 'DeliverLogsPermissionArn')) : undefined,
        deliver_cross_account_role: optString(request, 'DeliverCrossAccountRole') ? text(reqString(request, 'DeliverCrossAccountRole')) : undefined,
        log_format: optString(request, 'LogFormat') ? text(reqString(request, 'LogFormat')) : undefined,
        max_aggregation_interval: interval === undefined ? undefined : number(interval),
        tags: tagsField(tags),
      });
      resourceIds.forEach((resourceId, i) => {
        const id = flowLogIds[i]!;
        ctx.create(FLOW_LOG, id, {
          nameHint: `${labelOf(ctx, resourceArg[1], resourceId)} flow log`,
          fields: { [resourceArg[0]]: text(resourceId), ...shared },
          exports: { id },
        });
      });
    },
    DeleteFlowLogs(event, ctx) {
      const { request } = unwrap(event);
      // Older records carry the ids unwrapped, as `flowLogId: [...]`.
      const ids = [...listAt(request, 'FlowLogId'), ...listAt(request, 'flowLogId')].map((v) => itemText(v, 'FlowLogId'));
      if (ids.length === 0) throw new MalformedRecordError('missing FlowLogId');
      for (const id of ids) ctx.remove(FLOW_LOG, id);
    },

    // --- NAT gateways ---
    CreateNatGateway(event, ctx) {
      const { request, response } = unwrap(event);
      const gateway = at(response, 'natGateway');
      const id = reqString(gateway, 'natGatewayId');
      const tags: Record<string, string> = {};
      for (const spec of listAt(request, 'TagSpecification')) {
        if (optString(spec, 'ResourceType') === 'natgateway') Object.assign(tags, readTags(at(spec, 'Tag')));
      }
      const connectivity = optString(request, 'ConnectivityType');
      const mode = optString(request, 'AvailabilityMode');
      const subnetId = optString(request, 'SubnetId');
      const allocationId = optString(request, 'AllocationId');
      const privateIp = optString(request, 'PrivateIpAddress');
      const secondary = listAt(request, 'SecondaryAllocationId').map((v, i) => {
        if (typeof v !== 'string') throw new MalformedRecordError(`SecondaryAllocationId[${i}] should be a string`);
        return v;
      });
      ctx.create(NAT_GATEWAY, id, {
        fields: fields({
          // `public` is the provider's default for connectivity_type.
          connectivity_type: connectivity && connectivity !== 'public' ? text(connectivity) : undefined,
          availability_mode: mode ? text(mode) : undefined,
          subnet_id: subnetId ? text(subnetId) : undefined,
          allocation_id: allocationId ? text(allocationId) : undefined,
          secondary_allocation_ids: secondary.length > 0 ? strings(secondary) : undefined,
          private_ip: privateIp ? text(privateIp) : undefined,
          tags: tagsField(Object.keys(tags).length > 0 ? tags : readTags(at(gateway, 'tagSet'))),
        }),
        exports: { id },
      });
    },
    DeleteNatGateway(event, ctx) {
      ctx.remove(NAT_GATEWAY, reqString(unwrap(event).request, 'NatGatewayId'));
    },

    // --- EBS volumes -----------------------------------------------------------------------
    CreateVolume(event, ctx) {
      const id = reqString(event.response, 'volumeId');
      const request = event.request;
      const type = optString(event.response, 'volumeType') ?? optString(request, 'volumeType');
      const provisioned = type !== undefined && ['io1', 'io2', 'gp3'].includes(type);
      const iops = optNumber(request, 'iops');
      const throughput = optNumber(request, 'throughput');
      // The response carries the key's ARN, the form the provider stores; the request may hold an alias.
      const kmsKeyId = optString(event.response, 'kmsKeyId');
      const snapshotId = optString(request, 'snapshotId');
      ctx.create(VOLUME, id, {
        fields: fields({
          availability_zone: text(optString(event.response, 'zone') ?? reqString(request, 'zone')),
          size: optNumber(event.response, 'size') !== undefined ? number(optNumber(event.response, 'size')!) : undefined,
          type: type ? text(type) : undefined,
          iops: provisioned && iops !== undefined ? number(iops) : undefined,
          throughput: type === 'gp3' && throughput !== undefined ? number(throughput) : undefined,
          encrypted: optBool(event.response, 'encrypted') === true ? flag(true) : undefined,
          kms_key_id: kmsKeyId ? text(kmsKeyId) : undefined,
          snapshot_id: snapshotId ? text(snapshotId) : undefined,
          multi_attach_enabled: optBool(request, 'multiAttachEnabled') === true ? flag(true) : undefined,
          tags: tagsField(createTags(event, 'volume', event.response)),
        }),
        exports: { id },
      });
    },
    ModifyVolume(event, ctx) {
      const { request, response } = unwrap(event);
      const modification = at(response, 'volumeModification');
      const id = optString(request, 'VolumeId') ?? reqString(modification, 'volumeId');
      const volume = changeById(ctx, VOLUME, id);
      const size = optNumber(modification, 'targetSize') ?? optNumber(request, 'Size');
      const type = optString(modification, 'targetVolumeType') ?? optString(request, 'VolumeType') ?? textField(volume, 'type');
      const iops = optNumber(request, 'Iops') ?? optNumber(modification, 'targetIops');
      const throughput = optNumber(request, 'Throughput') ?? optNumber(modification, 'targetThroughput');
      if (size !== undefined) setArg(volume, 'size', number(size));
      if (type !== undefined) setArg(volume, 'type', text(type));
      const provisioned = type !== undefined && ['io1', 'io2', 'gp3'].includes(type);
      if (provisioned && iops !== undefined) setArg(volume, 'iops', number(iops));
      else if (!provisioned) delete volume.fields.iops;
      if (type === 'gp3' && throughput !== undefined) setArg(volume, 'throughput', number(throughput));
      else if (type !== 'gp3') delete volume.fields.throughput;
      const multiAttach = optBool(request, 'MultiAttachEnabled');
      setFlag(volume, 'multi_attach_enabled', multiAttach);
    },
    DeleteVolume(event, ctx) {
      ctx.remove(VOLUME, reqString(event.request, 'volumeId'));
    },
    AttachVolume(event, ctx) {
      const volumeId = optString(event.response, 'volumeId') ?? reqString(event.request, 'volumeId');
      const instanceId = optString(event.response, 'instanceId') ?? reqString(event.request, 'instanceId');
      const device = optString(event.response, 'device') ?? reqString(event.request, 'device');
      // Import ID `DEVICE_NAME:VOLUME_ID:INSTANCE_ID`.
      const id = `${device}:${volumeId}:${instanceId}`;
      ctx.create(ATTACHMENT, id, {
        nameHint: `${labelOf(ctx, VOLUME, volumeId)} ${device}`,
        fields: { device_name: text(device), volume_id: text(volumeId), instance_id: text(instanceId) },
      });
    },
    DetachVolume(event, ctx) {
      const volumeId = reqString(event.request, 'volumeId');
      const instanceId = optString(event.request, 'instanceId');
      const attached = ctx.all(ATTACHMENT).filter((a) => textField(a, 'volume_id') === volumeId && (!instanceId || textField(a, 'instance_id') === instanceId));
      for (const attachment of attached) ctx.remove(ATTACHMENT, attachment.id);
      if (attached.length === 0) ctx.ignore('detaches a volume attached before the session: nothing to manage');
    },

    // --- Launch templates ------------------------------------------------------------------
    CreateLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const template = at(response, 'launchTemplate');
      const id = reqString(template, 'launchTemplateId');
      const name = optString(template, 'launchTemplateName') ?? reqString(request, 'LaunchTemplateName');
      const description = optString(request, 'VersionDescription');
      const draft = ctx.create(LAUNCH_TEMPLATE, id, {
        nameHint: name,
        fields: fields({ name: text(name), description: description ? text(description) : undefined, tags: tagsField(wrappedTags(request, 'launch-template')) }),
        exports: { id, name },
        aliases: [name],
      });
      applyTemplateData(draft, templateData(at(request, 'LaunchTemplateData')), false, event);
    },
    CreateLaunchTemplateVersion(event, ctx) {
      const { request, response } = unwrap(event);
      const id = launchTemplateId(ctx, request, response);
      const name = optString(response, 'launchTemplateVersion.launchTemplateName') ?? optString(request, 'LaunchTemplateName');
      const draft = ctx.change(LAUNCH_TEMPLATE, id, { nameHint: name ?? id, exports: name ? { id, name } : { id }, aliases: name ? [name] : [] });
      // The provider reads the arguments of the latest version: the new one, built from the request's
      // data alone, or from a source version's data with the request's data on top.
      const source = optString(request, 'SourceVersion');
      applyTemplateData(draft, templateData(at(request, 'LaunchTemplateData')), source !== undefined, event);
      const description = optString(request, 'VersionDescription');
      if (description) setArg(draft, 'description', text(description));
      else delete draft.fields.description;
    },
    ModifyLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const id = launchTemplateId(ctx, request, response);
      const version = optNumber(request, 'SetDefaultVersion') ?? optNumber(request, 'DefaultVersion') ?? optNumber(response, 'launchTemplate.defaultVersionNumber');
      if (version === undefined) throw new MalformedRecordError('missing SetDefaultVersion');
      const name = optString(response, 'launchTemplate.launchTemplateName') ?? optString(request, 'LaunchTemplateName');
      const draft = ctx.change(LAUNCH_TEMPLATE, id, { nameHint: name ?? id, exports: name ? { id, name } : { id }, aliases: name ? [name] : [] });
      // default_version, not update_default_version: the provider reads the number back but not the flag.
      setArg(draft, 'default_version', number(version));
    },
    DeleteLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const id = optString(response, 'launchTemplate.launchTemplateId') ?? optString(request, 'LaunchTemplateId') ?? reqString(request, 'LaunchTemplateName');
      ctx.remove(LAUNCH_TEMPLATE, id);
    },

    // --- VPC endpoints ---------------------------------------------------------------------
    CreateVpcEndpoint(event, ctx) {
      const { request, response } = unwrap(event);
      const endpoint = at(response, 'vpcEndpoint');
      const id = reqString(endpoint, 'vpcEndpointId');
      const routeTables = wrappedStrings(request, 'RouteTableId');
      const subnets = wrappedStrings(request, 'SubnetId');
      // Only the groups the request names: without them AWS uses the VPC's default group (computed).
      const groups = wrappedStrings(request, 'SecurityGroupId');
      const policy = readJsonDocument(at(request, 'PolicyDocument'), 'PolicyDocument');
      const dnsRecordIpType = optString(request, 'DnsOptions.DnsRecordIpType');
      const privateDns = optBool(request, 'PrivateDnsEnabled');
      const body = fields({
        vpc_id: text(optString(request, 'VpcId') ?? reqString(endpoint, 'vpcId')),
        service_name: text(optString(request, 'ServiceName') ?? reqString(endpoint, 'serviceName')),
        // The provider's default is Gateway; stated always so an Interface endpoint is never read as a change.
        vpc_endpoint_type: text(optString(request, 'VpcEndpointType') ?? optString(endpoint, 'vpcEndpointType') ?? 'Gateway'),
        ip_address_type: optText(request, 'IpAddressType'),
        private_dns_enabled: privateDns === undefined ? undefined : flag(privateDns),
        route_table_ids: routeTables.length > 0 ? strings(routeTables) : undefined,
        subnet_ids: subnets.length > 0 ? strings(subnets) : undefined,
        security_group_ids: groups.length > 0 ? strings(groups) : undefined,
        policy: policy === undefined ? undefined : jsonDocument(policy),
        tags: tagsField(wrappedTags(request, 'vpc-endpoint')),
      });
      if (dnsRecordIpType) body.dns_options = blocks({ dns_record_ip_type: text(dnsRecordIpType) });
      ctx.create(VPC_ENDPOINT, id, { fields: body, exports: { id } });
    },
    ModifyVpcEndpoint(event, ctx) {
      const { request } = unwrap(event);
      // No real record shows this operation: the wrapped PascalCase form is assumed (as CreateVpcEndpoint's),
      // and lowerCamel list keys are read too in case it is logged bare.
      const ids = (key: string) => [...wrappedStrings(request, key), ...wrappedStrings(request, `${key[0]!.toLowerCase()}${key.slice(1)}`)];
      const endpoint = changeById(ctx, VPC_ENDPOINT, optString(request, 'VpcEndpointId') ?? reqString(request, 'vpcEndpointId'));
      applyDelta(endpoint, 'route_table_ids', ids('AddRouteTableId'), ids('RemoveRouteTableId'));
      applyDelta(endpoint, 'subnet_ids', ids('AddSubnetId'), ids('RemoveSubnetId'));
      applyDelta(endpoint, 'security_group_ids', ids('AddSecurityGroupId'), ids('RemoveSecurityGroupId'));
      const policy = readJsonDocument(at(request, 'PolicyDocument'), 'PolicyDocument');
      if (policy !== undefined) setArg(endpoint, 'policy', jsonDocument(policy));
      // Back to the default full-access policy, which `policy` (optional, computed) reads back when unset.
      else if (optBool(request, 'ResetPolicy') === true) delete endpoint.fields.policy;
      setFlag(endpoint, 'private_dns_enabled', optBool(request, 'PrivateDnsEnabled'));
      const ipType = optString(request, 'IpAddressType');
      if (ipType) setArg(endpoint, 'ip_address_type', text(ipType));
      const dnsRecordIpType = optString(request, 'DnsOptions.DnsRecordIpType');
      if (dnsRecordIpType) setArg(endpoint, 'dns_options', blocks({ dns_record_ip_type: text(dnsRecordIpType) }));
    },
    DeleteVpcEndpoints(event, ctx) {
      const { request, response } = unwrap(event);
      const ids = [...wrappedStrings(request, 'VpcEndpointId'), ...wrappedStrings(event.request, 'vpcEndpointId')];
      if (ids.length === 0) throw new MalformedRecordError('missing VpcEndpointId');
      // Endpoints AWS could not delete are listed as `unsuccessful`; they stay.
      const failed = new Set(wrappedList(response, 'unsuccessful').map((u) => optString(u, 'resourceId')));
      for (const id of ids) if (!failed.has(id)) ctx.remove(VPC_ENDPOINT, id);
    },

    // --- Network ACLs ----------------------------------------------------------------------
    CreateNetworkAcl(event, ctx) {
      const acl = at(event.response, 'networkAcl');
      const id = reqString(acl, 'networkAclId');
      const draft = ctx.create(NACL, id, {
        fields: fields({ vpc_id: text(optString(event.request, 'vpcId') ?? reqString(acl, 'vpcId')), tags: tagsField(createTags(event, 'network-acl', acl)) }),
        exports: { id },
      });
      draft.note(NACL_DEFAULT_RULES_NOTE);
    },
    ReplaceNetworkAclAssociation(event, ctx) {
      const id = reqString(event.request, 'networkAclId');
      // The record names the subnet's old association (aclassoc-…), not the subnet, so subnet_ids (optional,
      // computed) is left to the account rather than stated wrongly.
      changeById(ctx, NACL, id).note(
        `The session moved a subnet to this ACL (ReplaceNetworkAclAssociation, event ${event.eventID}); the record names only the association, so subnet_ids is left unset and read from the account.`,
      );
    },
    DeleteNetworkAcl(event, ctx) {
      const id = reqString(event.request, 'networkAclId');
      // An ACL's rules go with it, without DeleteNetworkAclEntry events.
      removeWhere(ctx, NACL_RULE, 'network_acl_id', id);
      ctx.remove(NACL, id);
    },
    CreateNetworkAclEntry(event, ctx) {
      const rule = aclRule(event, ctx);
      ctx.create(NACL_RULE, rule.key, { importId: rule.importId, nameHint: rule.nameHint, fields: rule.body });
    },
    ReplaceNetworkAclEntry(event, ctx) {
      const rule = aclRule(event, ctx);
      // The replacement states the whole rule, so an adopted rule gets a complete block too.
      const draft = ctx.change(NACL_RULE, rule.key, { importId: rule.importId, nameHint: rule.nameHint, fields: rule.body });
      draft.fields = rule.body;
      draft.importId = rule.importId;
    },
    DeleteNetworkAclEntry(event, ctx) {
      ctx.remove(NACL_RULE, aclRuleKey(event.request).key);
    },

    // --- VPC peering connections -----------------------------------------------------------
    CreateVpcPeeringConnection(event, ctx) {
      const connection = at(event.response, 'vpcPeeringConnection');
      const id = reqString(connection, 'vpcPeeringConnectionId');
      ctx.create(PEERING, id, { fields: peeringFields(event, connection), exports: { id } });
    },
    AcceptVpcPeeringConnection(event, ctx) {
      const connection = at(event.response, 'vpcPeeringConnection');
      const id = optString(event.request, 'vpcPeeringConnectionId') ?? reqString(connection, 'vpcPeeringConnectionId');
      const known = ctx.find(PEERING, id);
      const requesterOwner = optString(connection, 'requesterVpcInfo.ownerId');
      const requesterRegion = optString(connection, 'requesterVpcInfo.region');
      if (!known && ((requesterOwner && event.accountId && requesterOwner !== event.accountId) || (requesterRegion && requesterRegion !== event.region))) {
        // Another account's (or Region's) request: this side of the connection is the accepter.
        const accepter = ctx.create(ACCEPTER, id, {
          nameHint: `${id} accepter`,
          fields: fields({ vpc_peering_connection_id: text(id), auto_accept: flag(true), tags: tagsField(readTags(at(connection, 'tagSet'))) }),
          exports: { id },
        });
        accepter.ignoreChanges('auto_accept', ACCEPTER_AUTO_ACCEPT_REASON);
        return;
      }
      const requesterVpc = optString(connection, 'requesterVpcInfo.vpcId');
      const accepterVpc = optString(connection, 'accepterVpcInfo.vpcId');
      const draft = ctx.change(PEERING, id, {
        // The response names both VPCs: an adopted connection gets its required arguments from it.
        fields: requesterVpc && accepterVpc ? { vpc_id: text(requesterVpc), peer_vpc_id: text(accepterVpc) } : {},
        exports: { id },
      });
      // auto_accept stays unset: the provider does not read it back, so setting it would plan a change after import.
      draft.note(`Accepted in the session (AcceptVpcPeeringConnection, event ${event.eventID}); auto_accept is left unset because the provider does not read it back.`);
    },
    DeleteVpcPeeringConnection(event, ctx) {
      const id = reqString(event.request, 'vpcPeeringConnectionId');
      // Routes through the connection stay in their tables as blackhole routes; they are not removed here.
      ctx.remove(PEERING, id);
      ctx.remove(ACCEPTER, id);
    },

    // --- Tags ------------------------------------------------------------------------------
    CreateTags(event, ctx) {
      const tags = readTags(at(event.request, 'tagSet'));
      let tagged = false;
      for (const id of resourceIds(event)) {
        const draft = taggable(ctx, id);
        if (draft) applyTags(draft, tags);
        tagged ||= draft !== undefined;
      }
      if (!tagged) ctx.ignore('tags only resources Trailform does not map (AMIs, snapshots, network interfaces …)');
    },
    DeleteTags(event, ctx) {
      const entries = listAt(event.request, 'tagSet');
      let untagged = false;
      for (const id of resourceIds(event)) {
        // Only the session's own resources: removing tags from one we never saw states nothing to manage.
        const draft = sessionResource(ctx, id);
        if (!draft) continue;
        untagged = true;
        const current = currentTags(draft);
        // A tag given with a value is deleted only when the value matches (DeleteTags API).
        const remove = entries
          .filter((e) => optString(e, 'value') === undefined || current[reqString(e, 'key')] === optString(e, 'value'))
          .map((e) => reqString(e, 'key'));
        applyTags(ctx.change(draft.type, draft.id, { importId: draft.importId, nameHint: draft.nameHint }), {}, remove);
      }
      if (!untagged) ctx.ignore('untags only resources the session does not have');
    },
  }),
};
