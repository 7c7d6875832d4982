// Operation recovery for the RPC-style protocols:
// awsJson 1.0/1.1 (X-Amz-Target "<targetPrefix>.<Operation>": https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html),
// awsQuery/ec2Query (Action=<Operation>, in the form body or the URL query),
// smithy-rpc-v2-cbor (POST /service/<ServiceShape>/operation/<Operation>:
// https://smithy.io/2.0/additional-specs/protocols/smithy-rpc-v2.html).
import type { JsonValue } from '../../../shared/cloudtrail-record.ts';
import { base64ToBytes, decodeCbor } from '../decode/cbor.ts';
import { looksLikeForm, parseFormPairs, unflattenQueryParams } from '../decode/form.ts';
import { isJsonObject, parseJson } from '../decode/json-body.ts';
import type { RequestView } from '../request-view.ts';
import { contentType } from '../request-view.ts';
import type { ServiceModel } from './model-index.ts';

export interface OperationMatch {
  service: ServiceModel;
  operation: string;
  mutating: boolean;
  wire: 'json' | 'query' | 'ec2' | 'rest-json' | 'rest-xml' | 'rpc-v2-cbor';
  params: Record<string, JsonValue> | null;
}

/** The operation named by an X-Amz-Target value: the text after the last dot. */
export function targetOperation(target: string): { prefix: string; operation: string } | null {
  const dot = target.lastIndexOf('.');
  if (dot <= 0 || dot === target.length - 1) return null;
  return { prefix: target.slice(0, dot), operation: target.slice(dot + 1) };
}

export function matchJsonTarget(view: RequestView, candidates: ServiceModel[]): OperationMatch | null {
  const target = view.headers['x-amz-target'];
  if (!target) return null;
  const parsed = targetOperation(target);
  if (!parsed) return null;
  const byPrefix = candidates.filter((s) => s.targetPrefix === parsed.prefix);
  const ordered = [...byPrefix, ...candidates.filter((s) => !byPrefix.includes(s))];
  for (const service of ordered) {
    const mutating = service.operations.get(parsed.operation);
    if (mutating === undefined) continue;
    const body = parseJson(view.bodyText);
    return { service, operation: parsed.operation, mutating, wire: 'json', params: isJsonObject(body) ? body : null };
  }
  return null;
}

export function queryPairs(view: RequestView, url: URL): [string, string][] {
  const body = view.bodyText ?? '';
  const fromBody = contentType(view).includes('x-www-form-urlencoded') || looksLikeForm(body) ? parseFormPairs(body) : [];
  const fromUrl = [...url.searchParams.entries()];
  return [...fromUrl, ...fromBody];
}

export function matchQueryAction(view: RequestView, url: URL, candidates: ServiceModel[]): OperationMatch | null {
  const pairs = queryPairs(view, url);
  const action = pairs.find(([k]) => k === 'Action')?.[1];
  if (!action) return null;
  const version = pairs.find(([k]) => k === 'Version')?.[1];
  // Services sharing an endpoint (ELB 2012-06-01 vs ELBv2 2015-12-01) differ only by Version.
  const ordered = [...candidates].sort((a, b) => Number(b.apiVersion === version) - Number(a.apiVersion === version));
  for (const service of ordered) {
    const mutating = service.operations.get(action);
    if (mutating === undefined) continue;
    const wire = service.protocol === 'ec2' ? 'ec2' : 'query';
    return { service, operation: action, mutating, wire, params: unflattenQueryParams(pairs) };
  }
  return null;
}

export function matchCborPath(view: RequestView, url: URL, candidates: ServiceModel[]): OperationMatch | null {
  const match = /^\/service\/([A-Za-z0-9_]+)\/operation\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
  if (!match?.[2]) return null;
  const operation = match[2];
  for (const service of candidates) {
    const mutating = service.operations.get(operation);
    if (mutating === undefined) continue;
    let params: Record<string, JsonValue> | null = null;
    if (view.bodyBase64 && !view.bodyTruncated) {
      try {
        const decoded = decodeCbor(base64ToBytes(view.bodyBase64));
        if (isJsonObject(decoded)) params = decoded;
      } catch {
        params = null;
      }
    } else if (contentType(view).includes('json')) {
      const body = parseJson(view.bodyText);
      if (isJsonObject(body)) params = body;
    }
    return { service, operation, mutating, wire: 'rpc-v2-cbor', params };
  }
  return null;
}
