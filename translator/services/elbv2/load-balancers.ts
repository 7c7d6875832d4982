// Application, Network and Gateway Load Balancers: creation, attributes, security groups, subnets.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, listAt, MalformedRecordError, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, maybe, strings, stringsAt, tagsField, text, textAt } from '../values';
import { blockFields, classicGuard, elbArnParts, first, LB, LB_TYPES, LISTENER, RULE, CERTIFICATE, attributeValue, readAttributes, type AttributeKind } from './shared';
import { childPrefix } from './listeners';

/** A load balancer the session did not create: its name and type are in its ARN. */
export function changeLb(ctx: FoldContext, arn: string): ResourceDraft {
  const { kind, parts } = elbArnParts(arn);
  if (kind !== 'loadbalancer') throw new MalformedRecordError(`${arn} is not a load balancer ARN`);
  const name = parts[1] ?? arn;
  // load_balancer_type defaults to application and forces replacement, so an adopted NLB must say so.
  const type = LB_TYPES[parts[0] ?? ''];
  return ctx.change(LB, arn, {
    fields: fields({ name: text(name), load_balancer_type: maybe(type, text) }),
  });
}

function subnetFields(request: JsonValue): Fields {
  const mappings = listAt(request, 'subnetMappings');
  const detailed = mappings.some((m) => optString(m, 'allocationId') ?? optString(m, 'privateIPv4Address') ?? optString(m, 'iPv6Address'));
  if (mappings.length > 0 && detailed) {
    return {
      subnet_mapping: blocks(
        ...mappings.map((m) =>
          fields({
            subnet_id: text(reqString(m, 'subnetId')),
            allocation_id: textAt(m, 'allocationId'),
            private_ipv4_address: textAt(m, 'privateIPv4Address'),
            ipv6_address: textAt(m, 'iPv6Address'),
          }),
        ),
      ),
    };
  }
  const subnets = mappings.length > 0 ? mappings.map((m) => reqString(m, 'subnetId')) : stringList(request, 'subnets');
  return subnets.length > 0 ? { subnets: strings(subnets) } : {};
}

/** ELBv2 attribute keys → aws_lb arguments (the provider doc's argument list names the same attributes). */
const LB_ATTRIBUTES: Record<string, readonly [string, AttributeKind]> = {
  'deletion_protection.enabled': ['enable_deletion_protection', 'bool'],
  'idle_timeout.timeout_seconds': ['idle_timeout', 'number'],
  'routing.http2.enabled': ['enable_http2', 'bool'],
  'routing.http.drop_invalid_header_fields.enabled': ['drop_invalid_header_fields', 'bool'],
  'routing.http.desync_mitigation_mode': ['desync_mitigation_mode', 'string'],
  'routing.http.preserve_host_header.enabled': ['preserve_host_header', 'bool'],
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': ['enable_tls_version_and_cipher_suite_headers', 'bool'],
  'routing.http.xff_client_port.enabled': ['enable_xff_client_port', 'bool'],
  'routing.http.xff_header_processing.mode': ['xff_header_processing_mode', 'string'],
  'waf.fail_open.enabled': ['enable_waf_fail_open', 'bool'],
  'load_balancing.cross_zone.enabled': ['enable_cross_zone_load_balancing', 'bool'],
  'client_keep_alive.seconds': ['client_keep_alive', 'number'],
  'zonal_shift.config.enabled': ['enable_zonal_shift', 'bool'],
  'dns_record.client_routing_policy': ['dns_record_client_routing_policy', 'string'],
};

/** Log delivery attributes (`access_logs.s3.enabled|bucket|prefix`) → `access_logs { }` and friends. */
const LB_LOG_BLOCKS: Record<string, string> = { access_logs: 'access_logs', connection_logs: 'connection_logs', health_check_logs: 'health_check_logs' };

function applyLogAttribute(draft: ResourceDraft, block: string, setting: string, value: string): void {
  const current = blockFields(draft, block);
  if (setting === 'enabled') current.enabled = attributeValue(value, 'bool', `${block}.s3.enabled`);
  else if (setting === 'bucket') current.bucket = value === '' ? undefined : text(value);
  else if (setting === 'prefix') current.prefix = value === '' ? undefined : text(value);
  const enabled = current.enabled;
  // A disabled log with no bucket is the default: leave the block out rather than write bucket = "".
  if (!current.bucket && (!enabled || (enabled.kind === 'bool' && !enabled.value))) delete draft.fields[block];
  else draft.fields[block] = blocks(fields({ bucket: current.bucket, enabled: current.enabled, prefix: current.prefix }));
}

function applyLbAttributes(event: MapperEvent, draft: ResourceDraft): void {
  const unmapped: string[] = [];
  for (const [key, value] of readAttributes(event)) {
    const simple = LB_ATTRIBUTES[key];
    const log = /^(access_logs|connection_logs|health_check_logs)\.s3\.(enabled|bucket|prefix)$/.exec(key);
    if (simple) draft.fields[simple[0]] = attributeValue(value, simple[1], key);
    else if (log) applyLogAttribute(draft, LB_LOG_BLOCKS[log[1]!]!, log[2]!, value);
    else unmapped.push(key);
  }
  if (unmapped.length > 0) draft.note(`Not mapped from ModifyLoadBalancerAttributes: ${unmapped.join(', ')}; check the first plan.`);
}

export const loadBalancerHandlers: Record<string, EventHandler> = {
  CreateLoadBalancer(event, ctx) {
    if (classicGuard(event, ctx)) return;
    const lb = first(event.response, 'loadBalancers', 'loadBalancers[0] in the response');
    const arn = reqString(lb, 'loadBalancerArn');
    const name = reqString(event.request, 'name');
    const scheme = optString(event.request, 'scheme') ?? optString(lb, 'scheme');
    ctx.create(LB, arn, {
      fields: fields({
        name: text(name),
        load_balancer_type: text(optString(lb, 'type') ?? optString(event.request, 'type') ?? 'application'),
        internal: scheme === undefined ? undefined : flag(scheme === 'internal'),
        ip_address_type: textAt(event.request, 'ipAddressType'),
        customer_owned_ipv4_pool: textAt(event.request, 'customerOwnedIpv4Pool'),
        security_groups: stringsAt(event.request, 'securityGroups'),
        ...subnetFields(event.request),
        tags: tagsField(readTags(at(event.request, 'tags'))),
      }),
    });
  },
  ModifyLoadBalancerAttributes(event, ctx) {
    if (classicGuard(event, ctx)) return;
    applyLbAttributes(event, changeLb(ctx, reqString(event.request, 'loadBalancerArn')));
  },
  SetSecurityGroups(event, ctx) {
    const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
    lb.fields.security_groups = strings(stringList(event.request, 'securityGroups'));
    const enforce = optString(event.request, 'enforceSecurityGroupInboundRulesOnPrivateLinkTraffic');
    if (enforce !== undefined) lb.fields.enforce_security_group_inbound_rules_on_private_link_traffic = text(enforce);
  },
  SetSubnets(event, ctx) {
    const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
    delete lb.fields.subnets;
    delete lb.fields.subnet_mapping;
    Object.assign(lb.fields, subnetFields(event.request));
    const ipType = optString(event.request, 'ipAddressType');
    if (ipType !== undefined) lb.fields.ip_address_type = text(ipType);
  },
  SetIpAddressType(event, ctx) {
    const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
    lb.fields.ip_address_type = text(reqString(event.request, 'ipAddressType'));
  },
  DeleteLoadBalancer(event, ctx) {
    if (classicGuard(event, ctx)) return;
    const arn = reqString(event.request, 'loadBalancerArn');
    // Deleting a load balancer deletes its listeners and their rules (DeleteLoadBalancer, ELB API reference).
    for (const [type, kind] of [[RULE, 'listener-rule'], [CERTIFICATE, 'listener'], [LISTENER, 'listener']] as const) {
      const prefix = childPrefix(arn, kind);
      for (const child of ctx.allWithIdPrefix(type, prefix)) ctx.remove(type, child.id);
    }
    ctx.remove(LB, arn);
  },
};
