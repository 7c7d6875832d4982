// API Gateway mapper part: readers and patch handling both API versions share (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, optString, reqString, stringList } from '../read';
import { flag, number, stringMap, strings, text } from '../values';

export const maybeText = (v: string | undefined) => (v === undefined ? undefined : text(v));
export const maybeFlag = (v: boolean | undefined) => (v === undefined ? undefined : flag(v));
export const maybeNumber = (v: number | undefined) => (v === undefined ? undefined : number(v));

/** A string-valued map, or undefined when absent or empty. */
export function textMap(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  return Object.keys(out).length > 0 ? stringMap(out) : undefined;
}

/**
 * Response templates: a content type mapped to null (the console's "no template") reads back as "" in the
 * provider's string map, so null is kept as "".
 */
export function templateMap(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v === null || typeof v !== 'object') out[k] = v === null ? '' : String(v);
  return Object.keys(out).length > 0 ? stringMap(out) : undefined;
}

export function nonEmptyStrings(source: JsonValue | undefined, path: string) {
  const values = stringList(source, path);
  return values.length > 0 ? strings(values) : undefined;
}

export const isV1 = (event: MapperEvent) => optString(event.request, 'restApiId') !== undefined;

/** The v1 request body (`createStageInput` …), or the bare request when CloudTrail did not wrap it. */
export function body(event: MapperEvent, wrapper: string): JsonValue {
  const inner = at(event.request, wrapper);
  return isObject(inner) ? inner : event.request;
}

/** Removes every resource of `types` whose identifier starts with `prefix/`. */
export function removeChildren(ctx: FoldContext, types: readonly string[], prefix: string): void {
  for (const type of types) for (const draft of ctx.allWithIdPrefix(type, `${prefix}/`)) ctx.remove(type, draft.id);
}

/** `patchOperations` of a v1 Update* call, as path → value for `replace`/`add` and path → undefined for `remove`. */
export function patches(event: MapperEvent, wrapper: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const op of listAt(body(event, wrapper), 'patchOperations')) {
    const path = reqString(op, 'path');
    const kind = reqString(op, 'op');
    out.set(path, kind === 'remove' ? undefined : (optString(op, 'value') ?? ''));
  }
  return out;
}

/** Applies scalar patches (`/description` → `description`); returns the paths it does not map. */
export function applyPatches(draft: ResourceDraft, ops: Map<string, string | undefined>, known: Record<string, 'string' | 'bool'>): string[] {
  const unknown: string[] = [];
  for (const [path, value] of ops) {
    const kind = known[path];
    const attr = PATCH_ATTRIBUTES[path];
    if (kind === undefined || attr === undefined) {
      unknown.push(path);
      continue;
    }
    if (value === undefined || value === '') delete draft.fields[attr];
    else draft.fields[attr] = kind === 'bool' ? flag(value === 'true') : text(value);
  }
  return unknown;
}

const PATCH_ATTRIBUTES: Record<string, string> = {
  '/name': 'name',
  '/description': 'description',
  '/apiKeySource': 'api_key_source',
  '/disableExecuteApiEndpoint': 'disable_execute_api_endpoint',
  '/deploymentId': 'deployment_id',
  '/tracingEnabled': 'xray_tracing_enabled',
  '/cacheClusterEnabled': 'cache_cluster_enabled',
  '/cacheClusterSize': 'cache_cluster_size',
  '/clientCertificateId': 'client_certificate_id',
  '/documentationVersion': 'documentation_version',
  '/authorizationType': 'authorization',
  '/authorizerId': 'authorizer_id',
  '/apiKeyRequired': 'api_key_required',
  '/operationName': 'operation_name',
  '/requestValidatorId': 'request_validator_id',
  '/uri': 'uri',
  '/httpMethod': 'integration_http_method',
  '/credentials': 'credentials',
  '/passthroughBehavior': 'passthrough_behavior',
  '/contentHandling': 'content_handling',
  '/connectionType': 'connection_type',
  '/connectionId': 'connection_id',
};

export function notePatches(draft: ResourceDraft, event: MapperEvent, unknown: string[]): void {
  if (unknown.length > 0) draft.note(`${event.eventName} also patched ${unknown.join(', ')}, which Trailform does not map: review the first plan.`);
}
