// Target groups: their whole configuration from the create response, health checks and attributes.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listOf, optString, readTags, reqString } from '../read';
import { blocks, fields, flagAt, numberAt, tagsField, text, textAt } from '../values';
import { attributeValue, blockFields, first, readAttributes, TG, type AttributeKind } from './shared';

/** Health check arguments from a TargetGroup object (response) or a Create/ModifyTargetGroup request. */
function healthCheck(source: JsonValue, base: Fields = {}): Fields {
  const next = fields({
    enabled: flagAt(source, 'healthCheckEnabled'),
    healthy_threshold: numberAt(source, 'healthyThresholdCount'),
    interval: numberAt(source, 'healthCheckIntervalSeconds'),
    matcher: textAt(source, 'matcher.httpCode') ?? textAt(source, 'matcher.grpcCode'),
    path: textAt(source, 'healthCheckPath'),
    port: textAt(source, 'healthCheckPort'),
    protocol: textAt(source, 'healthCheckProtocol'),
    timeout: numberAt(source, 'healthCheckTimeoutSeconds'),
    unhealthy_threshold: numberAt(source, 'unhealthyThresholdCount'),
  });
  return { ...base, ...next };
}

/**
 * A target group's whole configuration. The response echoes the values AWS filled in (health check
 * interval, thresholds …), which is what the first plan compares against, so it wins over the request.
 */
function targetGroupFields(request: JsonValue, group: JsonValue): Fields {
  const pick = (path: string) => (at(group, path) !== undefined ? group : request);
  const check = healthCheck(group, healthCheck(request));
  const type = optString(group, 'targetType') ?? optString(request, 'targetType') ?? 'instance';
  return fields({
    name: text(optString(group, 'targetGroupName') ?? reqString(request, 'name')),
    // target_type defaults to instance and forces replacement: always stated.
    target_type: text(type),
    protocol: textAt(pick('protocol'), 'protocol'),
    protocol_version: textAt(pick('protocolVersion'), 'protocolVersion'),
    port: numberAt(pick('port'), 'port'),
    vpc_id: textAt(pick('vpcId'), 'vpcId'),
    ip_address_type: textAt(pick('ipAddressType'), 'ipAddressType'),
    tags: tagsField(readTags(at(request, 'tags'))),
    health_check: Object.keys(check).length > 0 ? blocks(check) : undefined,
  });
}

const TG_ATTRIBUTES: Record<string, readonly [string, AttributeKind]> = {
  'deregistration_delay.timeout_seconds': ['deregistration_delay', 'string'],
  'deregistration_delay.connection_termination.enabled': ['connection_termination', 'bool'],
  'slow_start.duration_seconds': ['slow_start', 'number'],
  'load_balancing.algorithm.type': ['load_balancing_algorithm_type', 'string'],
  'load_balancing.algorithm.anomaly_mitigation': ['load_balancing_anomaly_mitigation', 'string'],
  'load_balancing.cross_zone.enabled': ['load_balancing_cross_zone_enabled', 'string'],
  'proxy_protocol_v2.enabled': ['proxy_protocol_v2', 'bool'],
  'preserve_client_ip.enabled': ['preserve_client_ip', 'string'],
  'lambda.multi_value_headers.enabled': ['lambda_multi_value_headers_enabled', 'bool'],
};

function applyTgAttributes(event: MapperEvent, draft: ResourceDraft): void {
  const attributes = readAttributes(event);
  const unmapped: string[] = [];
  for (const [key, value] of attributes) {
    const simple = TG_ATTRIBUTES[key];
    if (simple) draft.fields[simple[0]] = attributeValue(value, simple[1], key);
    else if (!key.startsWith('stickiness.')) unmapped.push(key);
  }
  // stickiness { type, enabled, cookie_duration, cookie_name }: the duration attribute depends on the type.
  const stickiness = blockFields(draft, 'stickiness');
  const currentType = stickiness.type?.kind === 'string' ? stickiness.type.value : undefined;
  const type = attributes.get('stickiness.type') ?? currentType;
  if (attributes.has('stickiness.enabled')) stickiness.enabled = attributeValue(attributes.get('stickiness.enabled')!, 'bool', 'stickiness.enabled');
  const duration = type === 'app_cookie' ? 'stickiness.app_cookie.duration_seconds' : 'stickiness.lb_cookie.duration_seconds';
  if (attributes.has(duration)) stickiness.cookie_duration = attributeValue(attributes.get(duration)!, 'number', duration);
  if (type === 'app_cookie' && attributes.has('stickiness.app_cookie.cookie_name')) stickiness.cookie_name = text(attributes.get('stickiness.app_cookie.cookie_name')!);
  const touched = [...attributes.keys()].some((k) => k.startsWith('stickiness.'));
  if (touched && type !== undefined) {
    draft.fields.stickiness = blocks(fields({ type: text(type), enabled: stickiness.enabled, cookie_duration: stickiness.cookie_duration, cookie_name: stickiness.cookie_name }));
  } else if (touched) {
    unmapped.push('stickiness.* (no stickiness.type known)');
  }
  if (unmapped.length > 0) draft.note(`Not mapped from ModifyTargetGroupAttributes: ${unmapped.join(', ')}; check the first plan.`);
}

/**
 * A target group the session did not create is adopted only from an event that echoes its whole
 * configuration: port, protocol and vpc_id force replacement when left out, so a partial block is unsafe.
 */
export function knownTargetGroup(ctx: FoldContext, arn: string, eventName: string): ResourceDraft | undefined {
  const draft = ctx.find(TG, arn);
  if (!draft) {
    ctx.ignore(`${eventName} changes target group ${arn}, which existed before the session; its port, protocol and VPC are not in this event, so Trailform does not adopt it`);
  }
  return draft ? ctx.change(TG, arn, {}) : undefined;
}

export const targetGroupHandlers: Record<string, EventHandler> = {
  CreateTargetGroup(event, ctx) {
    const group = first(event.response, 'targetGroups', 'targetGroups[0] in the response');
    const arn = reqString(group, 'targetGroupArn');
    const draft = ctx.create(TG, arn, { nameHint: reqString(event.request, 'name') });
    draft.fields = targetGroupFields(event.request, group);
  },
  ModifyTargetGroup(event, ctx) {
    const arn = reqString(event.request, 'targetGroupArn');
    const group = listOf(at(event.response, 'targetGroups'))[0];
    const known = ctx.find(TG, arn);
    if (!known && isObject(group)) {
      // The response echoes the whole target group: enough to adopt it with its real configuration.
      const adopted = ctx.change(TG, arn, { nameHint: reqString(group, 'targetGroupName') });
      adopted.fields = targetGroupFields({}, group);
      return;
    }
    const draft = knownTargetGroup(ctx, arn, event.eventName);
    if (!draft) return;
    const check = isObject(group) ? healthCheck(group, blockFields(draft, 'health_check')) : healthCheck(event.request, blockFields(draft, 'health_check'));
    draft.fields.health_check = blocks(check);
  },
  ModifyTargetGroupAttributes(event, ctx) {
    const draft = knownTargetGroup(ctx, reqString(event.request, 'targetGroupArn'), event.eventName);
    if (draft) applyTgAttributes(event, draft);
  },
  DeleteTargetGroup(event, ctx) {
    ctx.remove(TG, reqString(event.request, 'targetGroupArn'));
  },

};
