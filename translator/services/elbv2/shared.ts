// What every part of the ELBv2 mapper shares: type names, telling ELB Classic apart, reading ARNs
// and the `attributes: [{key, value}]` lists of the Modify…Attributes calls.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { isObject, listAt, MalformedRecordError, optBool, optNumber, optString, reqString } from '../read';
import { flag, number, text } from '../values';

export const LB = 'aws_lb';
export const TG = 'aws_lb_target_group';
export const LISTENER = 'aws_lb_listener';
export const RULE = 'aws_lb_listener_rule';
export const CERTIFICATE = 'aws_lb_listener_certificate';

const CLASSIC_API = '2012-06-01';
const V2_API = '2015-12-01';

/** Why a record belongs to ELB Classic, or undefined for ELBv2. */
export function classicReason(event: MapperEvent): string | undefined {
  const unsupported = 'ELB Classic is not supported (Trailform maps ELBv2 only; a Classic load balancer would be aws_elb)';
  if (event.record.apiVersion === CLASSIC_API) return `${unsupported}: apiVersion ${CLASSIC_API}`;
  if (event.record.apiVersion === V2_API) return undefined;
  // Classic names load balancers (`loadBalancerName(s)`); ELBv2 requests carry ARNs or, on create, `name`.
  const r = event.request;
  if (('loadBalancerName' in r || 'loadBalancerNames' in r) && !('loadBalancerArn' in r) && !('resourceArns' in r)) {
    return `${unsupported}: the request names the load balancer by loadBalancerName (Classic API shape)`;
  }
  return undefined;
}

/** `arn:aws:elasticloadbalancing:region:account:<kind>/<path>` → kind and path segments. */
export function elbArnParts(arn: string): { kind: string; parts: string[] } {
  const resource = arn.split(':').slice(5).join(':');
  const [kind = '', ...parts] = resource.split('/');
  return { kind, parts };
}

export const LB_TYPES: Record<string, string> = { app: 'application', net: 'network', gwy: 'gateway' };

/** `loadbalancer/app/my-lb/50dc…` (and listener/rule ARNs, which embed it) → `my-lb`. */
export const lbNameOf = (arn: string) => elbArnParts(arn).parts[1] ?? arn;

export function first(source: JsonValue | undefined, path: string, what: string): JsonValue {
  const item = listAt(source, path)[0];
  if (!isObject(item)) throw new MalformedRecordError(`missing ${what}`);
  return item;
}

export type AttributeKind = 'string' | 'number' | 'bool';

export function attributeValue(value: string, kind: AttributeKind, key: string) {
  if (kind === 'string') return text(value);
  if (kind === 'number') {
    const n = optNumber({ v: value }, 'v');
    if (n === undefined) throw new MalformedRecordError(`attribute ${key} has no value`);
    return number(n);
  }
  const b = optBool({ v: value }, 'v');
  if (b === undefined) throw new MalformedRecordError(`attribute ${key} has no value`);
  return flag(b);
}

/** `attributes: [{key, value}]` as a map; values are always strings in the API. */
export function readAttributes(event: MapperEvent): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of listAt(event.request, 'attributes')) {
    out.set(reqString(item, 'key'), optString(item, 'value') ?? '');
  }
  return out;
}

export function blockFields(draft: ResourceDraft, name: string): Fields {
  const value = draft.fields[name];
  return value && value.kind === 'blocks' && value.items[0] ? { ...value.items[0] } : {};
}

export function classicGuard(event: MapperEvent, ctx: FoldContext): boolean {
  const reason = classicReason(event);
  if (reason) ctx.ignore(reason);
  return reason !== undefined;
}
