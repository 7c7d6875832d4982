// EC2 mapper part: transit gateways, their VPC attachments, route tables, routes, associations and
// propagations (assembled in ./index.ts). These are new-style operations: the real CreateTransitGateway and
// DeleteTransitGatewayVpcAttachment records wrap a PascalCase request (`CreateTransitGatewayRequest`, the
// abbreviated `DelTGwVpcAttachReq`) and a lowerCamel response (`CreateTransitGatewayResponse`); bare bodies
// are read too. API members: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTransitGateway.html

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, MalformedRecordError, optString, reqString } from '../read';
import { buildArn } from '../arn';
import { fields, flag, number, strings, tagsField, text } from '../values';
import { TGW_ASSOCIATION, TGW_PROPAGATION, TGW_ROUTE, TGW_ROUTE_TABLE, TGW_VPC_ATTACHMENT, TRANSIT_GATEWAY } from './types';
import { changeById, labelOf, member, memberBool, memberNumber, memberString, memberStrings, requestBody, requestedTags, setArg, unwrap } from './shared';
import { removeWhere } from './routing';

/** Transit gateway options, their aws_ec2_transit_gateway argument and the provider's default (left out when equal). */
const TGW_OPTIONS = [
  ['AutoAcceptSharedAttachments', 'auto_accept_shared_attachments', 'disable'],
  ['DefaultRouteTableAssociation', 'default_route_table_association', 'enable'],
  ['DefaultRouteTablePropagation', 'default_route_table_propagation', 'enable'],
  ['DnsSupport', 'dns_support', 'enable'],
  ['VpnEcmpSupport', 'vpn_ecmp_support', 'enable'],
  ['MulticastSupport', 'multicast_support', 'disable'],
  ['SecurityGroupReferencingSupport', 'security_group_referencing_support', 'disable'],
] as const;
const DEFAULT_AMAZON_SIDE_ASN = 64512;

/** VPC attachment options (CreateTransitGatewayVpcAttachmentRequestOptions) and the provider's defaults. */
const ATTACHMENT_OPTIONS = [
  ['DnsSupport', 'dns_support', 'enable'],
  ['Ipv6Support', 'ipv6_support', 'disable'],
  ['ApplianceModeSupport', 'appliance_mode_support', 'disable'],
  ['SecurityGroupReferencingSupport', 'security_group_referencing_support', undefined],
] as const;

/** Sets each option the request carries, leaving out (and removing) values equal to the provider's default. */
function applyOptions(draft: ResourceDraft, options: JsonValue | undefined, table: readonly (readonly [string, string, string | undefined])[]): void {
  for (const [key, arg, fallback] of table) {
    const value = memberString(options, key);
    if (value === undefined) continue;
    if (value === fallback) delete draft.fields[arg];
    else setArg(draft, arg, text(value));
  }
}

const tgwId = (source: JsonValue | undefined) => {
  const id = memberString(source, 'TransitGatewayId');
  if (id === undefined) throw new MalformedRecordError('missing TransitGatewayId');
  return id;
};
const routeTableId = (source: JsonValue | undefined) => {
  const id = memberString(source, 'TransitGatewayRouteTableId');
  if (id === undefined) throw new MalformedRecordError('missing TransitGatewayRouteTableId');
  return id;
};
const attachmentId = (source: JsonValue | undefined) => {
  const id = memberString(source, 'TransitGatewayAttachmentId');
  if (id === undefined) throw new MalformedRecordError('missing TransitGatewayAttachmentId');
  return id;
};

function applyCidrBlocks(draft: ResourceDraft, add: readonly string[], remove: readonly string[]): void {
  const current = draft.fields.transit_gateway_cidr_blocks;
  const blocks = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
  for (const b of add) blocks.add(b);
  for (const b of remove) blocks.delete(b);
  if (blocks.size > 0) setArg(draft, 'transit_gateway_cidr_blocks', strings([...blocks]));
  else delete draft.fields.transit_gateway_cidr_blocks;
}

/** The route-table pair resources (association, propagation) import as `TABLE_ATTACHMENT`. */
function pairInit(ctx: FoldContext, table: string, attachment: string): { nameHint: string; fields: Fields; exports: Record<string, string> } {
  return {
    nameHint: `${labelOf(ctx, TGW_ROUTE_TABLE, table)} ${labelOf(ctx, TGW_VPC_ATTACHMENT, attachment)}`,
    fields: { transit_gateway_attachment_id: text(attachment), transit_gateway_route_table_id: text(table) },
    exports: { id: `${table}_${attachment}` },
  };
}

function routeFields(body: JsonValue): Fields {
  const blackhole = memberBool(body, 'Blackhole') === true;
  const attachment = memberString(body, 'TransitGatewayAttachmentId');
  if (!blackhole && attachment === undefined) throw new MalformedRecordError('the route names neither TransitGatewayAttachmentId nor Blackhole');
  return fields({
    destination_cidr_block: text(routeDestination(body)),
    transit_gateway_route_table_id: text(routeTableId(body)),
    transit_gateway_attachment_id: blackhole || attachment === undefined ? undefined : text(attachment),
    blackhole: blackhole ? flag(true) : undefined,
  });
}

function routeDestination(body: JsonValue): string {
  const cidr = memberString(body, 'DestinationCidrBlock');
  if (cidr === undefined) throw new MalformedRecordError('missing DestinationCidrBlock');
  return cidr;
}

/** A route's identity: `TABLE_DESTINATION`, the aws_ec2_transit_gateway_route import ID. */
const routeId = (body: JsonValue) => `${routeTableId(body)}_${routeDestination(body)}`;

function routeInit(ctx: FoldContext, body: JsonValue) {
  const id = routeId(body);
  return { id, nameHint: `${labelOf(ctx, TGW_ROUTE_TABLE, routeTableId(body))} ${routeDestination(body)}`, exports: { id } };
}

/** Everything tied to an attachment AWS deletes with it. */
function removeAttachment(ctx: FoldContext, id: string): void {
  for (const type of [TGW_ASSOCIATION, TGW_PROPAGATION, TGW_ROUTE]) removeWhere(ctx, type, 'transit_gateway_attachment_id', id);
  ctx.remove(TGW_VPC_ATTACHMENT, id);
}

function statePair(event: MapperEvent, ctx: FoldContext, type: string): ResourceDraft {
  const body = requestBody(event);
  const init = pairInit(ctx, routeTableId(body), attachmentId(body));
  return ctx.create(type, init.exports.id!, init);
}

export const transitGatewaysHandlers: Record<string, EventHandler> = {
  // --- Transit gateways ------------------------------------------------------------------
  CreateTransitGateway(event, ctx) {
    const body = requestBody(event);
    const gateway = at(unwrap(event).response, 'transitGateway');
    const id = reqString(gateway, 'transitGatewayId');
    const options = member(body, 'Options');
    const asn = memberNumber(options, 'AmazonSideAsn');
    const draft = ctx.create(TRANSIT_GATEWAY, id, {
      fields: fields({
        description: memberString(body, 'Description') === undefined ? undefined : text(memberString(body, 'Description')!),
        amazon_side_asn: asn === undefined || asn === DEFAULT_AMAZON_SIDE_ASN ? undefined : number(asn),
      }),
      exports: { id, arn: optString(gateway, 'transitGatewayArn') ?? buildArn(event, 'ec2', `transit-gateway/${id}`) },
    });
    applyOptions(draft, options, TGW_OPTIONS);
    applyCidrBlocks(draft, memberStrings(options, 'TransitGatewayCidrBlocks'), []);
    const tags = tagsField(requestedTags(event, 'transit-gateway', gateway));
    if (tags) draft.fields.tags = tags;
  },
  ModifyTransitGateway(event, ctx) {
    const body = requestBody(event);
    const draft = changeById(ctx, TRANSIT_GATEWAY, tgwId(body));
    const description = memberString(body, 'Description');
    if (description !== undefined) setArg(draft, 'description', text(description));
    const options = member(body, 'Options');
    applyOptions(draft, options, TGW_OPTIONS);
    const asn = memberNumber(options, 'AmazonSideAsn');
    if (asn !== undefined && asn !== DEFAULT_AMAZON_SIDE_ASN) setArg(draft, 'amazon_side_asn', number(asn));
    else if (asn !== undefined) delete draft.fields.amazon_side_asn;
    applyCidrBlocks(draft, memberStrings(options, 'AddTransitGatewayCidrBlocks'), memberStrings(options, 'RemoveTransitGatewayCidrBlocks'));
  },
  DeleteTransitGateway(event, ctx) {
    ctx.remove(TRANSIT_GATEWAY, tgwId(requestBody(event)));
  },

  // --- VPC attachments -------------------------------------------------------------------
  CreateTransitGatewayVpcAttachment(event, ctx) {
    const body = requestBody(event);
    const attachment = at(unwrap(event).response, 'transitGatewayVpcAttachment');
    const id = reqString(attachment, 'transitGatewayAttachmentId');
    const subnets = memberStrings(body, 'SubnetIds');
    if (subnets.length === 0) throw new MalformedRecordError('missing SubnetIds');
    const draft = ctx.create(TGW_VPC_ATTACHMENT, id, {
      fields: {
        subnet_ids: strings(subnets),
        transit_gateway_id: text(tgwId(body)),
        vpc_id: text(memberString(body, 'VpcId') ?? reqString(attachment, 'vpcId')),
      },
      exports: { id },
    });
    applyOptions(draft, member(body, 'Options'), ATTACHMENT_OPTIONS);
    const tags = tagsField(requestedTags(event, 'transit-gateway-attachment', attachment));
    if (tags) draft.fields.tags = tags;
  },
  ModifyTransitGatewayVpcAttachment(event, ctx) {
    const body = requestBody(event);
    const draft = changeById(ctx, TGW_VPC_ATTACHMENT, attachmentId(body));
    applyOptions(draft, member(body, 'Options'), ATTACHMENT_OPTIONS);
    const current = draft.fields.subnet_ids;
    const subnets = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
    const added = memberStrings(body, 'AddSubnetIds');
    const removed = memberStrings(body, 'RemoveSubnetIds');
    if (added.length + removed.length === 0) return;
    if (!draft.created) {
      // The attachment's other subnets are not in the records: the change is stated, not a partial list.
      draft.sessionChange([added.length > 0 ? `added subnets ${added.join(', ')}` : '', removed.length > 0 ? `removed subnets ${removed.join(', ')}` : ''].filter((p) => p !== '').join('; '));
      return;
    }
    for (const s of added) subnets.add(s);
    for (const s of removed) subnets.delete(s);
    setArg(draft, 'subnet_ids', strings([...subnets]));
  },
  DeleteTransitGatewayVpcAttachment(event, ctx) {
    // The real record's request wrapper is abbreviated; the response names the attachment too.
    const id = memberString(requestBody(event), 'TransitGatewayAttachmentId') ?? reqString(unwrap(event).response, 'transitGatewayVpcAttachment.transitGatewayAttachmentId');
    removeAttachment(ctx, id);
  },

  // --- Route tables ----------------------------------------------------------------------
  CreateTransitGatewayRouteTable(event, ctx) {
    const body = requestBody(event);
    const table = at(unwrap(event).response, 'transitGatewayRouteTable');
    const id = reqString(table, 'transitGatewayRouteTableId');
    ctx.create(TGW_ROUTE_TABLE, id, {
      fields: fields({
        transit_gateway_id: text(memberString(body, 'TransitGatewayId') ?? reqString(table, 'transitGatewayId')),
        tags: tagsField(requestedTags(event, 'transit-gateway-route-table', table)),
      }),
      exports: { id },
    });
  },
  DeleteTransitGatewayRouteTable(event, ctx) {
    const id = routeTableId(requestBody(event));
    for (const type of [TGW_ASSOCIATION, TGW_PROPAGATION, TGW_ROUTE]) removeWhere(ctx, type, 'transit_gateway_route_table_id', id);
    ctx.remove(TGW_ROUTE_TABLE, id);
  },

  // --- Routes ----------------------------------------------------------------------------
  CreateTransitGatewayRoute(event, ctx) {
    const body = requestBody(event);
    const init = routeInit(ctx, body);
    ctx.create(TGW_ROUTE, init.id, { ...init, fields: routeFields(body) });
  },
  ReplaceTransitGatewayRoute(event, ctx) {
    const body = requestBody(event);
    const init = routeInit(ctx, body);
    const draft = ctx.change(TGW_ROUTE, init.id, init);
    // The replacement states the route's destination and its one target.
    draft.fields = routeFields(body);
  },
  DeleteTransitGatewayRoute(event, ctx) {
    ctx.remove(TGW_ROUTE, routeId(requestBody(event)));
  },

  // --- Associations and propagations -----------------------------------------------------
  AssociateTransitGatewayRouteTable(event, ctx) {
    statePair(event, ctx, TGW_ASSOCIATION);
  },
  DisassociateTransitGatewayRouteTable(event, ctx) {
    const body = requestBody(event);
    ctx.remove(TGW_ASSOCIATION, `${routeTableId(body)}_${attachmentId(body)}`);
  },
  EnableTransitGatewayRouteTablePropagation(event, ctx) {
    statePair(event, ctx, TGW_PROPAGATION);
  },
  DisableTransitGatewayRouteTablePropagation(event, ctx) {
    const body = requestBody(event);
    ctx.remove(TGW_PROPAGATION, `${routeTableId(body)}_${attachmentId(body)}`);
  },
};
