// EC2 mapper part: Site-to-Site VPN: customer gateways, virtual private gateways and VPN connections
// (assembled in ./index.ts). Query-shaped records (lowerCamel members, `tagSpecificationSet`, ids in the
// response); PascalCase members are read too. API members:
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConnection.html
// (VpnConnectionOptionsSpecification, VpnTunnelOptionsSpecification).
//
// aws_vpn_gateway_attachment and aws_vpn_connection_route have no import (their provider docs have no
// Import section), so an attachment is the gateway's `vpc_id` (read back on import) and a static route is
// stated on the connection as a note.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listOf, MalformedRecordError, reqString } from '../read';
import { blocks, fields, flag, number, numbers, sensitive, strings, tagsField, text } from '../values';
import { CUSTOMER_GATEWAY, VPN_CONNECTION, VPN_GATEWAY } from './types';
import { changeById, member, reqMember, unwrap, memberBool, memberNumber, memberString, requestBody, requestedTags, setArg } from './shared';
import { buildArn } from '../arn';

const str = (source: JsonValue | undefined, key: string) => {
  const value = memberString(source, key);
  return value === undefined ? undefined : text(value);
};
const num = (source: JsonValue | undefined, key: string) => {
  const value = memberNumber(source, key);
  return value === undefined ? undefined : number(value);
};
const bool = (source: JsonValue | undefined, key: string) => {
  const value = memberBool(source, key);
  return value === undefined ? undefined : flag(value);
};

/** A tunnel option list: `[{ value }]` in any wrapping (Phase1EncryptionAlgorithms, IKEVersions …). */
function valueList(tunnel: JsonValue, ...keys: string[]): JsonValue[] {
  for (const key of keys) {
    const entries = listOf(member(tunnel, key)).filter((v) => v !== '');
    if (entries.length > 0) return entries.map((e) => (isObject(e) ? (member(e, 'Value') ?? null) : e));
  }
  return [];
}
function textList(tunnel: JsonValue, ...keys: string[]) {
  const values = valueList(tunnel, ...keys).map((v, i) => {
    if (typeof v !== 'string') throw new MalformedRecordError(`${keys[0]}[${i}] should be a string`);
    return v;
  });
  return values.length > 0 ? strings(values) : undefined;
}
function numberList(tunnel: JsonValue, ...keys: string[]) {
  const values = valueList(tunnel, ...keys).map((v, i) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new MalformedRecordError(`${keys[0]}[${i}] should be a number`);
    return n;
  });
  return values.length > 0 ? numbers(values) : undefined;
}
/** A member the API spells with an upper-case acronym (`DPDTimeoutSeconds` → `dPDTimeoutSeconds` or `dpdTimeoutSeconds`). */
const acronym = (source: JsonValue | undefined, pascal: string, lower: string) => memberString(source, pascal) ?? memberString(source, lower);

/** `tunnelN_…` arguments of one VpnTunnelOptionsSpecification; its pre-shared key becomes a sensitive variable. */
function tunnelFields(tunnel: JsonValue, n: 1 | 2, connection: string): Fields {
  const p = `tunnel${n}_`;
  const dpdSeconds = acronym(tunnel, 'DPDTimeoutSeconds', 'dpdTimeoutSeconds');
  const dpdAction = acronym(tunnel, 'DPDTimeoutAction', 'dpdTimeoutAction');
  const logs = member(member(tunnel, 'LogOptions'), 'CloudWatchLogOptions');
  const logFields = isObject(logs)
    ? fields({
        log_enabled: bool(logs, 'LogEnabled'),
        log_group_arn: str(logs, 'LogGroupArn'),
        log_output_format: str(logs, 'LogOutputFormat'),
        bgp_log_enabled: bool(logs, 'BgpLogEnabled'),
        bgp_log_group_arn: str(logs, 'BgpLogGroupArn'),
        bgp_log_output_format: str(logs, 'BgpLogOutputFormat'),
      })
    : {};
  return fields({
    [`${p}inside_cidr`]: str(tunnel, 'TunnelInsideCidr'),
    [`${p}inside_ipv6_cidr`]: str(tunnel, 'TunnelInsideIpv6Cidr'),
    // CloudTrail may hide it; either way its value never belongs in the manifest.
    [`${p}preshared_key`]: memberString(tunnel, 'PreSharedKey') === undefined ? undefined : sensitive(`pre-shared key of tunnel ${n} of VPN connection ${connection}`),
    [`${p}phase1_lifetime_seconds`]: num(tunnel, 'Phase1LifetimeSeconds'),
    [`${p}phase2_lifetime_seconds`]: num(tunnel, 'Phase2LifetimeSeconds'),
    [`${p}rekey_margin_time_seconds`]: num(tunnel, 'RekeyMarginTimeSeconds'),
    [`${p}rekey_fuzz_percentage`]: num(tunnel, 'RekeyFuzzPercentage'),
    [`${p}replay_window_size`]: num(tunnel, 'ReplayWindowSize'),
    [`${p}dpd_timeout_seconds`]: dpdSeconds === undefined ? undefined : number(Number(dpdSeconds)),
    [`${p}dpd_timeout_action`]: dpdAction === undefined ? undefined : text(dpdAction),
    [`${p}phase1_encryption_algorithms`]: textList(tunnel, 'Phase1EncryptionAlgorithms', 'Phase1EncryptionAlgorithm'),
    [`${p}phase2_encryption_algorithms`]: textList(tunnel, 'Phase2EncryptionAlgorithms', 'Phase2EncryptionAlgorithm'),
    [`${p}phase1_integrity_algorithms`]: textList(tunnel, 'Phase1IntegrityAlgorithms', 'Phase1IntegrityAlgorithm'),
    [`${p}phase2_integrity_algorithms`]: textList(tunnel, 'Phase2IntegrityAlgorithms', 'Phase2IntegrityAlgorithm'),
    [`${p}phase1_dh_group_numbers`]: numberList(tunnel, 'Phase1DHGroupNumbers', 'phase1DhGroupNumbers', 'Phase1DHGroupNumber'),
    [`${p}phase2_dh_group_numbers`]: numberList(tunnel, 'Phase2DHGroupNumbers', 'phase2DhGroupNumbers', 'Phase2DHGroupNumber'),
    [`${p}ike_versions`]: textList(tunnel, 'IKEVersions', 'ikeVersions', 'iKEVersions', 'IKEVersion'),
    [`${p}startup_action`]: str(tunnel, 'StartupAction'),
    [`${p}enable_tunnel_lifecycle_control`]: bool(tunnel, 'EnableTunnelLifecycleControl'),
    [`${p}log_options`]: Object.keys(logFields).length > 0 ? blocks({ cloudwatch_log_options: blocks(logFields) }) : undefined,
  });
}

/** VpnConnectionOptionsSpecification members and their aws_vpn_connection arguments. */
function connectionOptions(options: JsonValue | undefined): Fields {
  return fields({
    static_routes_only: bool(options, 'StaticRoutesOnly'),
    enable_acceleration: bool(options, 'EnableAcceleration'),
    tunnel_inside_ip_version: str(options, 'TunnelInsideIpVersion'),
    local_ipv4_network_cidr: str(options, 'LocalIpv4NetworkCidr'),
    remote_ipv4_network_cidr: str(options, 'RemoteIpv4NetworkCidr'),
    local_ipv6_network_cidr: str(options, 'LocalIpv6NetworkCidr'),
    remote_ipv6_network_cidr: str(options, 'RemoteIpv6NetworkCidr'),
    outside_ip_address_type: str(options, 'OutsideIpAddressType'),
    transport_transit_gateway_attachment_id: str(options, 'TransportTransitGatewayAttachmentId'),
    tunnel_bandwidth: str(options, 'TunnelBandwidth'),
  });
}

/** The gateway a connection ends on: exactly one of a virtual private gateway or a transit gateway (or neither, for Cloud WAN). */
function connectionTargets(source: JsonValue): Fields {
  return fields({ vpn_gateway_id: str(source, 'VpnGatewayId'), transit_gateway_id: str(source, 'TransitGatewayId') });
}

const connectionId = (event: MapperEvent) => reqMember(requestBody(event), 'VpnConnectionId');

function changeConnection(event: MapperEvent, ctx: Parameters<EventHandler>[1]): ResourceDraft {
  return changeById(ctx, VPN_CONNECTION, connectionId(event));
}

export const vpnHandlers: Record<string, EventHandler> = {
  // --- Customer gateways -----------------------------------------------------------------
  CreateCustomerGateway(event, ctx) {
    const r = requestBody(event);
    const gateway = at(unwrap(event).response, 'customerGateway');
    const id = reqString(gateway, 'customerGatewayId');
    const type = memberString(r, 'Type') ?? reqString(gateway, 'type');
    ctx.create(CUSTOMER_GATEWAY, id, {
      fields: fields({
        type: text(type),
        bgp_asn: str(r, 'BgpAsn'),
        bgp_asn_extended: str(r, 'BgpAsnExtended'),
        // `PublicIp` is the API's deprecated name for the address.
        ip_address: str(r, 'IpAddress') ?? str(r, 'PublicIp'),
        certificate_arn: str(r, 'CertificateArn'),
        device_name: str(r, 'DeviceName'),
        tags: tagsField(requestedTags(event, 'customer-gateway', gateway)),
      }),
      exports: { id, arn: buildArn(event, 'ec2', `customer-gateway/${id}`) },
    });
  },
  DeleteCustomerGateway(event, ctx) {
    ctx.remove(CUSTOMER_GATEWAY, reqMember(requestBody(event), 'CustomerGatewayId'));
  },

  // --- Virtual private gateways ----------------------------------------------------------
  CreateVpnGateway(event, ctx) {
    const r = requestBody(event);
    const gateway = at(unwrap(event).response, 'vpnGateway');
    const id = reqString(gateway, 'vpnGatewayId');
    ctx.create(VPN_GATEWAY, id, {
      fields: fields({
        // amazon_side_asn is computed: written only when the request chose it.
        amazon_side_asn: str(r, 'AmazonSideAsn'),
        availability_zone: str(r, 'AvailabilityZone'),
        tags: tagsField(requestedTags(event, 'vpn-gateway', gateway)),
      }),
      exports: { id, arn: buildArn(event, 'ec2', `vpn-gateway/${id}`) },
    });
  },
  AttachVpnGateway(event, ctx) {
    const r = requestBody(event);
    const gateway = changeById(ctx, VPN_GATEWAY, reqMember(r, 'VpnGatewayId'));
    setArg(gateway, 'vpc_id', text(reqMember(r, 'VpcId')));
  },
  DetachVpnGateway(event, ctx) {
    const gateway = changeById(ctx, VPN_GATEWAY, reqMember(requestBody(event), 'VpnGatewayId'));
    delete gateway.fields.vpc_id;
  },
  DeleteVpnGateway(event, ctx) {
    ctx.remove(VPN_GATEWAY, reqMember(requestBody(event), 'VpnGatewayId'));
  },

  // --- VPN connections -------------------------------------------------------------------
  CreateVpnConnection(event, ctx) {
    const r = requestBody(event);
    const connection = at(unwrap(event).response, 'vpnConnection');
    const id = reqString(connection, 'vpnConnectionId');
    const options = member(r, 'Options');
    const tunnels = listOf(member(options, 'TunnelOptions')).filter((t) => t !== '');
    if (tunnels.length > 2) throw new MalformedRecordError(`options.tunnelOptions has ${tunnels.length} tunnels; a VPN connection has two`);
    const draft = ctx.create(VPN_CONNECTION, id, {
      fields: {
        ...fields({ type: text(memberString(r, 'Type') ?? reqString(connection, 'type')), customer_gateway_id: text(reqMember(r, 'CustomerGatewayId')) }),
        ...connectionTargets(r),
        ...connectionOptions(options),
        ...(tunnels[0] === undefined ? {} : tunnelFields(tunnels[0], 1, id)),
        ...(tunnels[1] === undefined ? {} : tunnelFields(tunnels[1], 2, id)),
        ...fields({ tags: tagsField(requestedTags(event, 'vpn-connection', connection)) }),
      },
      exports: { id, arn: buildArn(event, 'ec2', `vpn-connection/${id}`) },
    });
    if (member(options, 'PreSharedKeyStorage') !== undefined) setArg(draft, 'preshared_key_storage', text(memberString(options, 'PreSharedKeyStorage')!));
  },
  ModifyVpnConnection(event, ctx) {
    const r = requestBody(event);
    const draft = changeConnection(event, ctx);
    const customerGateway = memberString(r, 'CustomerGatewayId');
    if (customerGateway !== undefined) setArg(draft, 'customer_gateway_id', text(customerGateway));
    const targets = connectionTargets(r);
    if (Object.keys(targets).length > 0) {
      // The connection moves to the one gateway the call names.
      delete draft.fields.vpn_gateway_id;
      delete draft.fields.transit_gateway_id;
      for (const [k, v] of Object.entries(targets)) setArg(draft, k, v);
    }
  },
  ModifyVpnConnectionOptions(event, ctx) {
    const r = requestBody(event);
    const draft = changeConnection(event, ctx);
    for (const [k, v] of Object.entries(connectionOptions(r))) setArg(draft, k, v);
  },
  CreateVpnConnectionRoute(event, ctx) {
    const cidr = reqMember(requestBody(event), 'DestinationCidrBlock');
    const draft = changeConnection(event, ctx);
    const change = `added the static route ${cidr} (aws_vpn_connection_route cannot be imported: its provider docs have no Import section)`;
    if (draft.created) draft.note(`The session ${change}; declare it as aws_vpn_connection_route after the first apply if Terraform should manage it.`);
    else draft.sessionChange(change);
  },
  DeleteVpnConnectionRoute(event, ctx) {
    const cidr = reqMember(requestBody(event), 'DestinationCidrBlock');
    const draft = changeConnection(event, ctx);
    const change = `removed the static route ${cidr}`;
    if (draft.created) draft.note(`The session ${change}.`);
    else draft.sessionChange(change);
  },
  DeleteVpnConnection(event, ctx) {
    ctx.remove(VPN_CONNECTION, connectionId(event));
  },
};
