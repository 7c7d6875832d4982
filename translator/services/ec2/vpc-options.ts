// EC2 mapper part: what a VPC is given besides subnets and routes: egress-only internet gateways, DHCP option
// sets and their association, extra IPv4 CIDR blocks, managed prefix lists and placement groups
// (assembled in ./index.ts). Old operations are Query-shaped (lowerCamel, `…Set.items`); newer ones
// (egress-only gateways, prefix lists) may be wrapped `<Op>Request` / `<Op>Response` with PascalCase
// requests: both are read. API members: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDhcpOptions.html,
// API_CreateManagedPrefixList.html, API_AssociateVpcCidrBlock.html, API_CreatePlacementGroup.html.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, MapperEvent } from '../mapper';
import { at, listAt, listOf, MalformedRecordError, optString, reqString } from '../read';
import { blocks, fields, number, strings, tagsField, text } from '../values';
import { buildArn } from '../arn';
import { CIDR_ASSOCIATION, DHCP_ASSOCIATION, DHCP_OPTIONS, EGRESS_ONLY_IGW, PLACEMENT_GROUP, PREFIX_LIST, VPC } from './types';
import { changeById, labelOf, member, memberNumber, memberString, reqMember, requestBody, requestedTags, setArg, unwrap } from './shared';
import { removeWhere } from './routing';

/** DHCP option keys (NewDhcpConfiguration.Key) and their aws_vpc_dhcp_options arguments; lists stay lists. */
const DHCP_KEYS: Readonly<Record<string, readonly [string, 'list' | 'single']>> = {
  'domain-name': ['domain_name', 'single'],
  'domain-name-servers': ['domain_name_servers', 'list'],
  'ntp-servers': ['ntp_servers', 'list'],
  'netbios-name-servers': ['netbios_name_servers', 'list'],
  'netbios-node-type': ['netbios_node_type', 'single'],
  'ipv6-address-preferred-lease-time': ['ipv6_address_preferred_lease_time', 'single'],
};

function dhcpFields(configurations: readonly JsonValue[]): Fields {
  const out: Fields = {};
  configurations.forEach((c, i) => {
    const key = reqMember(c, 'Key');
    const arg = DHCP_KEYS[key];
    if (!arg) throw new MalformedRecordError(`dhcpConfigurationSet[${i}] has the unknown key ${key}`);
    // Request values are `valueSet.items[].value` (Query) or `Value` entries (wrapped).
    const values = listOf(member(c, 'ValueSet') ?? member(c, 'Value')).map((v, j) => {
      const value = typeof v === 'string' ? v : memberString(v, 'Value');
      if (value === undefined) throw new MalformedRecordError(`dhcpConfigurationSet[${i}].valueSet[${j}] has no value`);
      return value;
    });
    if (values.length === 0) return;
    out[arg[0]] = arg[1] === 'list' ? strings(values) : text(values.join(' '));
  });
  return out;
}

/** The entries of a prefix list (`Entry` / `AddEntry` items: `{ Cidr, Description }`) by CIDR. */
function prefixEntries(source: JsonValue | undefined, key: string): Map<string, Fields> {
  const entries = new Map<string, Fields>();
  for (const e of listOf(member(source, key)).filter((v) => v !== '')) {
    const cidr = reqMember(e, 'Cidr');
    const description = memberString(e, 'Description');
    entries.set(cidr, fields({ cidr: text(cidr), description: description === undefined ? undefined : text(description) }));
  }
  return entries;
}

function currentEntries(draftFields: Fields): Map<string, Fields> {
  const entries = new Map<string, Fields>();
  const current = draftFields.entry;
  if (current && current.kind === 'blocks') {
    for (const item of current.items) if (item.cidr && item.cidr.kind === 'string') entries.set(item.cidr.value, item);
  }
  return entries;
}

function setEntries(draftFields: Fields, entries: Map<string, Fields>): void {
  const { tags, ...rest } = draftFields;
  delete rest.entry;
  const next: Fields = entries.size > 0 ? { ...rest, entry: blocks(...entries.values()) } : rest;
  if (tags) next.tags = tags;
  for (const k of Object.keys(draftFields)) delete draftFields[k];
  Object.assign(draftFields, next);
}

const prefixListId = (event: MapperEvent) => reqMember(requestBody(event), 'PrefixListId');

export const vpcOptionsHandlers: Record<string, EventHandler> = {
  // --- Egress-only internet gateways -----------------------------------------------------
  CreateEgressOnlyInternetGateway(event, ctx) {
    const r = requestBody(event);
    const gateway = at(unwrap(event).response, 'egressOnlyInternetGateway');
    const id = reqString(gateway, 'egressOnlyInternetGatewayId');
    const vpcId = memberString(r, 'VpcId') ?? optString(listAt(gateway, 'attachmentSet')[0], 'vpcId');
    if (vpcId === undefined) throw new MalformedRecordError('missing vpcId');
    ctx.create(EGRESS_ONLY_IGW, id, {
      fields: fields({ vpc_id: text(vpcId), tags: tagsField(requestedTags(event, 'egress-only-internet-gateway', gateway)) }),
      exports: { id },
    });
  },
  DeleteEgressOnlyInternetGateway(event, ctx) {
    ctx.remove(EGRESS_ONLY_IGW, reqMember(requestBody(event), 'EgressOnlyInternetGatewayId'));
  },

  // --- DHCP option sets ------------------------------------------------------------------
  CreateDhcpOptions(event, ctx) {
    const r = requestBody(event);
    const options = at(unwrap(event).response, 'dhcpOptions');
    const id = reqString(options, 'dhcpOptionsId');
    const requested = listOf(member(r, 'DhcpConfigurationSet') ?? member(r, 'DhcpConfiguration')).filter((v) => v !== '');
    const configurations = requested.length > 0 ? requested : listAt(options, 'dhcpConfigurationSet');
    ctx.create(DHCP_OPTIONS, id, {
      fields: { ...dhcpFields(configurations), ...fields({ tags: tagsField(requestedTags(event, 'dhcp-options', options)) }) },
      exports: { id, arn: buildArn(event, 'ec2', `dhcp-options/${id}`) },
    });
  },
  DeleteDhcpOptions(event, ctx) {
    ctx.remove(DHCP_OPTIONS, reqMember(requestBody(event), 'DhcpOptionsId'));
  },
  AssociateDhcpOptions(event, ctx) {
    const r = requestBody(event);
    const vpcId = reqMember(r, 'VpcId');
    // The association states both of its arguments; it imports by the VPC's id. `default` is the
    // provider's value for the VPC's default options (aws_vpc_dhcp_options_association docs).
    ctx.put(DHCP_ASSOCIATION, vpcId, {
      nameHint: labelOf(ctx, VPC, vpcId),
      fields: { dhcp_options_id: text(reqMember(r, 'DhcpOptionsId')), vpc_id: text(vpcId) },
      exports: { id: vpcId },
    });
  },

  // --- Extra IPv4 CIDR blocks of a VPC ---------------------------------------------------
  AssociateVpcCidrBlock(event, ctx) {
    const r = requestBody(event);
    const response = unwrap(event).response;
    const association = at(response, 'cidrBlockAssociation');
    if (association === undefined) {
      ctx.unsupported('associates an IPv6 CIDR block (aws_vpc_ipv6_cidr_block_association is not mapped yet)');
      return;
    }
    const id = reqString(association, 'associationId');
    const vpcId = memberString(r, 'VpcId') ?? reqString(response, 'vpcId');
    const pool = memberString(r, 'Ipv4IpamPoolId');
    const netmask = memberNumber(r, 'Ipv4NetmaskLength');
    const cidr = memberString(r, 'CidrBlock') ?? optString(association, 'cidrBlock');
    ctx.create(CIDR_ASSOCIATION, id, {
      nameHint: `${labelOf(ctx, VPC, vpcId)} ${cidr ?? pool ?? id}`,
      fields: fields({
        vpc_id: text(vpcId),
        // From an IPAM pool the block is allocated (computed): the pool and netmask are what was asked for.
        cidr_block: pool === undefined && cidr !== undefined ? text(cidr) : undefined,
        ipv4_ipam_pool_id: pool === undefined ? undefined : text(pool),
        ipv4_netmask_length: pool === undefined || netmask === undefined ? undefined : number(netmask),
      }),
      exports: { id },
    });
  },
  DisassociateVpcCidrBlock(event, ctx) {
    ctx.remove(CIDR_ASSOCIATION, reqMember(requestBody(event), 'AssociationId'));
  },

  // --- Managed prefix lists --------------------------------------------------------------
  CreateManagedPrefixList(event, ctx) {
    const r = requestBody(event);
    const list = at(unwrap(event).response, 'prefixList');
    const id = reqString(list, 'prefixListId');
    const maxEntries = memberNumber(r, 'MaxEntries');
    if (maxEntries === undefined) throw new MalformedRecordError('missing maxEntries');
    const entries = prefixEntries(r, 'Entry');
    ctx.create(PREFIX_LIST, id, {
      nameHint: reqMember(r, 'PrefixListName'),
      fields: fields({
        name: text(reqMember(r, 'PrefixListName')),
        address_family: text(reqMember(r, 'AddressFamily')),
        max_entries: number(maxEntries),
        entry: entries.size > 0 ? blocks(...entries.values()) : undefined,
        tags: tagsField(requestedTags(event, 'prefix-list', list)),
      }),
      exports: { id, arn: optString(list, 'prefixListArn') ?? buildArn(event, 'ec2', `prefix-list/${id}`) },
    });
  },
  ModifyManagedPrefixList(event, ctx) {
    const r = requestBody(event);
    const draft = changeById(ctx, PREFIX_LIST, prefixListId(event));
    const name = memberString(r, 'PrefixListName');
    if (name !== undefined) setArg(draft, 'name', text(name));
    const maxEntries = memberNumber(r, 'MaxEntries');
    if (maxEntries !== undefined) setArg(draft, 'max_entries', number(maxEntries));
    const removed = [...prefixEntries(r, 'RemoveEntry').keys()];
    const added = prefixEntries(r, 'AddEntry');
    if (removed.length + added.size === 0) return;
    if (!draft.created) {
      // An adopted list's other entries are not in the records: the change is stated, not a partial entry set.
      draft.sessionChange([added.size > 0 ? `added entries ${[...added.keys()].join(', ')}` : '', removed.length > 0 ? `removed entries ${removed.join(', ')}` : ''].filter((p) => p !== '').join('; '));
      return;
    }
    const entries = currentEntries(draft.fields);
    for (const cidr of removed) entries.delete(cidr);
    for (const [cidr, entry] of added) entries.set(cidr, entry);
    setEntries(draft.fields, entries);
  },
  DeleteManagedPrefixList(event, ctx) {
    ctx.remove(PREFIX_LIST, prefixListId(event));
  },

  // --- Placement groups ------------------------------------------------------------------
  CreatePlacementGroup(event, ctx) {
    const r = requestBody(event);
    const group = at(unwrap(event).response, 'placementGroup');
    const name = reqMember(r, 'GroupName');
    const groupId = optString(group, 'groupId');
    const strategy = memberString(r, 'Strategy') ?? reqString(group, 'strategy');
    ctx.create(PLACEMENT_GROUP, name, {
      fields: fields({
        name: text(name),
        strategy: text(strategy),
        partition_count: memberNumber(r, 'PartitionCount') === undefined ? undefined : number(memberNumber(r, 'PartitionCount')!),
        spread_level: memberString(r, 'SpreadLevel') === undefined ? undefined : text(memberString(r, 'SpreadLevel')!),
        tags: tagsField(requestedTags(event, 'placement-group', group)),
      }),
      // CreateTags names a placement group by its pg- id.
      aliases: groupId === undefined ? [] : [groupId],
      exports: { id: name, name, arn: optString(group, 'groupArn') ?? buildArn(event, 'ec2', `placement-group/${name}`) },
    });
  },
  DeletePlacementGroup(event, ctx) {
    ctx.remove(PLACEMENT_GROUP, reqMember(requestBody(event), 'GroupName'));
  },
};

/** DeleteVpc ends the VPC's DHCP options association and its extra CIDR blocks without events of their own. */
export function removeVpcDependents(ctx: Parameters<EventHandler>[1], vpcId: string): void {
  ctx.remove(DHCP_ASSOCIATION, vpcId);
  removeWhere(ctx, CIDR_ASSOCIATION, 'vpc_id', vpcId);
}
