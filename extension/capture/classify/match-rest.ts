// restJson1 / restXml: method + requestUri template (labels "{X}", greedy "{X+}") + literal query keys
// (S3 sub-resources such as "?versioning") + required header/query members. The most specific template
// wins, as in iamlive's proxy.go. https://smithy.io/2.0/spec/http-bindings.html#http-trait
import type { JsonValue } from '../../../shared/cloudtrail-record.ts';
import { isJsonObject, parseJson } from '../decode/json-body.ts';
import type { RequestView } from '../request-view.ts';
import type { RestOperation, ServiceModel } from './model-index.ts';
import type { OperationMatch } from './match-rpc.ts';

interface CompiledTemplate { re: RegExp; labels: string[]; literalLength: number }
const compiled = new WeakMap<RestOperation, CompiledTemplate>();

function compile(op: RestOperation): CompiledTemplate {
  const cached = compiled.get(op);
  if (cached) return cached;
  const labels: string[] = [];
  let literalLength = 0;
  const trimmed = op.pathTemplate.length > 1 ? op.pathTemplate.replace(/\/+$/, '') : op.pathTemplate;
  const source = trimmed.replace(/\{([^}]+)\}|([^{]+)/g, (_m, label: string | undefined, literal: string | undefined) => {
    if (label !== undefined) {
      const greedy = label.endsWith('+');
      labels.push(greedy ? label.slice(0, -1) : label);
      return greedy ? '(.+)' : '([^/]+)';
    }
    literalLength += (literal ?? '').length;
    return (literal ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  const result = { re: new RegExp(`^${source}/?$`), labels, literalLength };
  compiled.set(op, result);
  return result;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Query keys sent without "=" ("?metadataInventoryTable", "?versioning"): S3-style sub-resources. A key
 * with "=" and an empty value is an optional member left empty (Lambda "?Qualifier="), not one of them.
 */
function valuelessQueryKeys(url: URL): string[] {
  return url.search.slice(1).split('&').filter((part) => part !== '' && !part.includes('=')).map(safeDecode);
}

/** S3 bucket location: in the host (virtual-hosted) or the first path segment (path-style). */
export interface BucketLocation { bucket: string | null; pathStyle: boolean }

function servicePath(service: ServiceModel, path: string, s3: BucketLocation): { path: string; bucket: string | null } {
  // The current S3 models leave the bucket out of the URI ("/{Key+}", "/?versioning"): it is an
  // endpoint parameter (https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html).
  if (service.id !== 's3') return { path, bucket: null };
  if (!s3.pathStyle) return { path, bucket: s3.bucket };
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!m?.[1]) return { path, bucket: null };
  return { path: m[2] && m[2] !== '' ? m[2] : '/', bucket: safeDecode(m[1]) };
}

/**
 * A template matches when method, path, required query/header members and literal query keys agree,
 * and the request carries no valueless query key the template lacks: "PUT /?metadataInventoryTable" is
 * not CreateBucket ("PUT /").
 */
export function matchRestRequest(view: RequestView, rawPath: string, url: URL, candidates: ServiceModel[], s3: BucketLocation = { bucket: null, pathStyle: false }): OperationMatch | null {
  let best: { service: ServiceModel; op: RestOperation; score: number; labels: Record<string, JsonValue> } | null = null;
  const queryKeys = new Set(url.searchParams.keys());
  const valueless = valuelessQueryKeys(url);
  for (const service of candidates) {
    if (service.protocol !== 'rest-json' && service.protocol !== 'rest-xml') continue;
    const { path, bucket } = servicePath(service, rawPath, s3);
    for (const op of service.restOperations) {
      if (op.method !== view.method) continue;
      if (!op.literalQueryKeys.every((k) => queryKeys.has(k))) continue;
      if (!op.literalQueryValues.every(([k, v]) => url.searchParams.get(k) === v)) continue;
      if (valueless.some((k) => !op.templateQueryKeys.includes(k))) continue;
      const xId = url.searchParams.get('x-id');
      if (xId !== null && xId !== op.name) continue;
      if (!op.requiredQuery.every((k) => queryKeys.has(k))) continue;
      if (!op.requiredHeaders.every((h) => view.headers[h] !== undefined)) continue;
      const tpl = compile(op);
      const m = tpl.re.exec(path);
      if (!m) continue;
      const score = tpl.literalLength + 1000 * op.literalQueryKeys.length
        + 100 * (op.requiredQuery.length + op.requiredHeaders.length) - tpl.labels.length;
      if (best && best.score >= score) continue;
      const labels: Record<string, JsonValue> = bucket === null ? {} : { Bucket: bucket };
      tpl.labels.forEach((name, i) => { labels[name] = safeDecode(m[i + 1] ?? ''); });
      best = { service, op, score, labels };
    }
  }
  if (!best) return null;
  const params: Record<string, JsonValue> = { ...best.labels };
  for (const [k, v] of url.searchParams) if (!(k in params) && k !== 'x-id') params[k] = v;
  if (best.service.protocol === 'rest-json') {
    const body = parseJson(view.bodyText);
    if (isJsonObject(body)) Object.assign(params, body);
  }
  return {
    service: best.service, operation: best.op.name, mutating: best.op.mutating,
    wire: best.service.protocol === 'rest-json' ? 'rest-json' : 'rest-xml', params,
  };
}
