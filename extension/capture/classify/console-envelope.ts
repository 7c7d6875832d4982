// The console's proxy envelopes: a POST to the console origin whose JSON body carries the real request,
// {operation, method, path, params, headers, contentString, region}, at /<svc>/proxy, /<slug>/api/<svc>,
// /s3/proxy, /singlesignon/api/… (shared/reference/console-traffic.md §1–2). Unwrapped into the inner
// request so the ordinary protocol matchers classify it.
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';
import { isJsonObject, parseJson } from '../decode/json-body.ts';
import type { RequestView } from '../request-view.ts';

export interface ConsoleEnvelope {
  /** Service named by the console path ("/<slug>/api/<svc>" → svc, "/<slug>/proxy" → slug). */
  serviceName: string;
  /** The console slug, first path segment ("iamv2", "vpc"). */
  slug: string;
  operation: string | null;
  region: string | null;
  inner: RequestView;
  /** Envelope "params" (query keys for REST services, the input for JSON ones). */
  params: JsonObject | null;
}

// "/<slug>[/…]/api/<svc>[/…]" (the IAM console's "/iamv2/api/…" included) and "/<slug>/[<x>-]proxy[/…]".
const ENVELOPE_PATHS: RegExp[] = [
  /^\/([a-z0-9-]+)(?:\/[a-z0-9.-]+)*\/api\/([a-z0-9-]+)(?:\/[A-Za-z0-9._~-]+)*\/?$/,
  /^\/([a-z0-9-]+)\/(?:[a-z0-9-]+-)?proxy(?:\/.*)?$/,
];

function stringRecord(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isJsonObject(value)) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

function str(value: JsonValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function readConsoleEnvelope(view: RequestView, url: URL): ConsoleEnvelope | null {
  if (view.method !== 'POST') return null;
  let serviceName: string | null = null;
  let slug = '';
  for (const re of ENVELOPE_PATHS) {
    const m = re.exec(url.pathname);
    if (m) {
      serviceName = m[2] ?? m[1] ?? null;
      slug = m[1] ?? '';
      break;
    }
  }
  if (!serviceName) return null;
  const body = parseJson(view.bodyText);
  if (!isJsonObject(body)) return null;
  const hasEnvelopeShape = 'contentString' in body || 'operation' in body || ('method' in body && 'path' in body);
  if (!hasEnvelopeShape) return null;

  const method = (str(body['method']) ?? 'POST').toUpperCase();
  const path = str(body['path']) ?? '/';
  const headers = stringRecord(body['headers']);
  const params = isJsonObject(body['params']) ? body['params'] : null;
  const content = body['contentString'] ?? body['content'];
  let innerUrl: URL;
  try {
    // A path such as "//host/x" or "/%zz" must not take the whole batch down with it.
    innerUrl = new URL(`https://envelope.invalid${path.startsWith('/') ? path : `/${path}`}`);
    if (innerUrl.hostname !== 'envelope.invalid') return null;
  } catch {
    return null;
  }
  let bodyText: string | undefined;
  if (typeof content === 'string') bodyText = content;
  else if (isJsonObject(content)) bodyText = JSON.stringify(content);
  // REST services put sub-resources and query members in "params" (S3: {"versioning": ""}).
  // An empty value is a sub-resource and goes on the wire as a bare key ("?encryption").
  if (params) {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(params)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
      parts.push(v === '' ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
    }
    if (parts.length > 0) innerUrl.search = parts.join('&');
  }
  const inner: RequestView = { method, url: innerUrl.href, headers };
  if (bodyText !== undefined) inner.bodyText = bodyText;
  else if (params && !headers['content-type']?.includes('xml')) inner.bodyText = JSON.stringify(params);
  return { serviceName, slug, operation: str(body['operation']), region: str(body['region']), inner, params };
}
