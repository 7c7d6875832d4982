// Derives service, operation, region and "changes something?" for any request a console tab makes.
import type { JsonObject } from '../../../shared/cloudtrail-record.ts';
import { isDataPlaneOperation } from '../data-plane.ts';
import { isJsonObject, parseJson } from '../decode/json-body.ts';
import type { RequestView } from '../request-view.ts';
import { defaultRegion, parseApiHost, parseConsoleHost, type ConsoleHost } from './aws-host.ts';
import type { Classification, RecognisedCall, UnclassifiedCall } from './classification.ts';
import { readConsoleEnvelope } from './console-envelope.ts';
import { consoleCallOperation } from './console-call.ts';
import { credentialScope } from './credential-scope.ts';
import { matchOperation } from './match-operation.ts';
import { queryPairs, type OperationMatch } from './match-rpc.ts';
import type { ModelIndex, ServiceModel } from './model-index.ts';
import { noiseReason } from './noise.ts';
import { isMutatingOperationName } from './operation-kind.ts';

/**
 * Data-plane by the shared list; a read when the access level says so, or when the name rule does (the
 * page hook and webRequest observer drop those before they get here: observe-rule.ts, so the verdict
 * is the same whichever path delivered the request).
 */
function recognised(match: OperationMatch, region: string, via: RecognisedCall['via']): RecognisedCall {
  const kind = isDataPlaneOperation(match.operation) ? 'data-plane'
    : match.mutating && isMutatingOperationName(match.operation) ? 'action' : 'read';
  return {
    kind,
    serviceId: match.service.id,
    eventSource: match.service.eventSource,
    operation: match.operation,
    region,
    protocol: match.wire,
    // A data-plane call's parameters are its data (object bytes, items, query text): never kept.
    params: kind === 'data-plane' ? null : match.params,
    via,
  };
}

/**
 * An unmatched request that still names its operation is dropped when the name is a read or a
 * data-plane call; otherwise it is kept as unclassified (never guessed to be a change).
 */
function unclassified(call: Omit<UnclassifiedCall, 'kind'>): Classification {
  if (call.operation !== null) {
    if (isDataPlaneOperation(call.operation)) return { kind: 'noise', reason: 'data-plane' };
    if (!isMutatingOperationName(call.operation)) return { kind: 'noise', reason: 'unmatched-read' };
  }
  return { kind: 'unclassified', ...call, params: call.operation !== null && isDataPlaneOperation(call.operation) ? null : call.params };
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

// Console slugs that are not a service name (console-traffic.md §1: "/vpc/vcb/elastic/?call=…AmazonEC2…").
const CONSOLE_SLUG_SERVICES: Record<string, string> = { vpc: 'ec2', iamv2: 'iam', dynamodbv2: 'dynamodb', docdb: 'rds', codesuite: 'codecommit', cloudwatch: 'monitoring' };

// EC2 "ECB" console names that are not the API operation's name (AWSConsoleRecorder's ECB rules,
// console-traffic reference §1: "createSecurityGroup, authorizeIngress, terminateInstances").
const ECB_CALL_NAMES: Record<string, string> = {
  authorizeIngress: 'AuthorizeSecurityGroupIngress', authorizeEgress: 'AuthorizeSecurityGroupEgress',
  revokeIngress: 'RevokeSecurityGroupIngress', revokeEgress: 'RevokeSecurityGroupEgress',
};

function lookupByName(models: ModelIndex, name: string): ServiceModel[] {
  const key = name.toLowerCase();
  return models.byAnyName.get(key) ?? models.byAnyName.get(CONSOLE_SLUG_SERVICES[key] ?? '') ?? [];
}

function capitalise(op: string): string {
  return op.charAt(0).toUpperCase() + op.slice(1);
}

/** The first service among candidates that has the operation (console names are camelCase). */
function byOperationName(candidates: ServiceModel[], name: string, params: JsonObject | null): OperationMatch | null {
  const op = capitalise(name);
  for (const service of candidates) {
    const mutating = service.operations.get(op);
    if (mutating !== undefined) return { service, operation: op, mutating, wire: service.protocol, params };
  }
  return null;
}

function classifyApiRequest(view: RequestView, url: URL, models: ModelIndex): Classification {
  const host = parseApiHost(url.hostname);
  if (!host) return { kind: 'noise', reason: 'non-aws' };
  const scope = credentialScope(view.headers, url);
  let candidates: ServiceModel[] = [];
  let resourceLabels: string[] = [];
  // Access points ("<name>-<account>.s3-accesspoint.<region>") and directory buckets' zonal endpoints
  // ("<bucket>.s3express-<az>.<region>") take the S3 API.
  const labels = host.labels.map((l) => (/^s3-(?:accesspoint|object-lambda)$|^s3express-(?!control)/.test(l) ? 's3' : l));
  for (let i = 0; i < labels.length; i++) {
    const found = models.byEndpointPrefix.get(labels.slice(i).join('.'));
    if (found) {
      candidates = found;
      resourceLabels = labels.slice(0, i);
      break;
    }
  }
  if (candidates.length === 0 && scope) candidates = lookupByName(models, scope.signingName);
  const region = host.region ?? scope?.region ?? defaultRegion(host.partition);
  // Virtual-hosted S3 ("<bucket>.s3.<region>.amazonaws.com") puts the bucket in the host.
  const virtualBucket = candidates.some((s) => s.id === 's3') && resourceLabels.length > 0 ? resourceLabels.join('.') : null;
  const match = matchOperation(view, url, candidates, { bucket: virtualBucket, pathStyle: virtualBucket === null });
  if (match) return recognised(match, region, 'direct');
  if (isRead(view.method) && !url.searchParams.has('Action')) return { kind: 'noise', reason: 'unmatched-read' };
  const service = candidates[0] ?? null;
  return unclassified({
    serviceId: service?.id ?? null,
    eventSource: service?.eventSource ?? (scope ? `${scope.signingName}.amazonaws.com` : `${host.labels.at(-1) ?? ''}.amazonaws.com`),
    operation: view.headers['x-amz-target']?.split('.').at(-1) ?? queryPairs(view, url).find(([k]) => k === 'Action')?.[1] ?? null,
    region, params: null, via: 'direct', reason: candidates.length === 0 ? 'unknown-service' : 'unknown-operation',
  });
}

function jsonBody(view: RequestView): JsonObject | null {
  const body = parseJson(view.bodyText);
  return isJsonObject(body) ? body : null;
}

/**
 * POST /lambda/services/ajax?operation=<op> (console-traffic.md §1–2): the operation is in the query or
 * the body; "proxyAwsCall" carries {service: "lambda.AWSLambda", api, payload}.
 */
function classifyLambdaAjax(view: RequestView, url: URL, region: string, models: ModelIndex): Classification {
  const body = jsonBody(view);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  let operation = url.searchParams.get('operation') ?? str(body?.['operation']);
  let serviceName = 'lambda';
  let params: JsonObject | null = body;
  if (operation === 'proxyAwsCall' && body) {
    serviceName = str(body['service'])?.split('.')[0] ?? 'lambda';
    operation = str(body['api']) ?? str(body['method']);
    params = isJsonObject(body['payload']) ? body['payload'] : isJsonObject(body['params']) ? body['params'] : null;
  } else if (body && isJsonObject(body['payload'])) params = body['payload'];
  else if (body && 'operation' in body) {
    const { operation: _op, ...rest } = body;
    params = rest;
  }
  const candidates = lookupByName(models, serviceName);
  const match = operation ? byOperationName(candidates, operation, params) : null;
  if (match) return recognised(match, region, 'console-proxy');
  const service = candidates[0] ?? null;
  return unclassified({
    serviceId: service?.id ?? null, eventSource: service?.eventSource ?? null,
    operation: operation ? capitalise(operation) : null, region, params: null, via: 'console-proxy',
    // createRelation/listRelations are console-internal (console-traffic.md §2, nicc777 HAR 2022-08).
    reason: 'console-internal-operation',
  });
}

/**
 * POST /s3/command: console-only JSON commands (console-traffic.md §1, e.g. publicAccessSettings) with no
 * public model. A body naming a model operation is taken at its word; anything else stays unclassified.
 */
function classifyS3Command(view: RequestView, region: string, models: ModelIndex): Classification {
  const body = jsonBody(view);
  const name = typeof body?.['operation'] === 'string' ? body['operation'] : null;
  const candidates = [...lookupByName(models, 's3'), ...lookupByName(models, 's3control')];
  const match = name ? byOperationName(candidates, name, body) : null;
  if (match) return recognised(match, region, 'console-proxy');
  const s3 = candidates[0] ?? null;
  return unclassified({
    serviceId: s3?.id ?? 's3', eventSource: s3?.eventSource ?? 's3.amazonaws.com', operation: name ? capitalise(name) : null,
    region, params: null, via: 'console-proxy', reason: 'console-internal-command',
  });
}

function classifyConsoleRequest(view: RequestView, url: URL, consoleHost: ConsoleHost, models: ModelIndex): Classification {
  const hostRegion = consoleHost.region ?? url.searchParams.get('region') ?? defaultRegion(consoleHost.partition);
  const slug = url.pathname.split('/')[1] ?? '';
  if (view.method === 'POST' && /^\/lambda\/services\/ajax\/?$/.test(url.pathname)) return classifyLambdaAjax(view, url, hostRegion, models);
  if (view.method === 'POST' && /^\/s3\/command\/?$/.test(url.pathname)) return classifyS3Command(view, hostRegion, models);
  const envelope = readConsoleEnvelope(view, url);
  if (envelope) {
    const region = envelope.region ?? hostRegion;
    const target = envelope.inner.headers['x-amz-target'];
    const byTarget = target ? models.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.'))) ?? [] : [];
    const candidates = [...new Set([...lookupByName(models, envelope.serviceName), ...byTarget, ...lookupByName(models, envelope.slug)])];
    const match = matchOperation(envelope.inner, new URL(envelope.inner.url), candidates, { bucket: null, pathStyle: true })
      // Console-only op names ("createBucket") still name a model operation once capitalised.
      ?? (envelope.operation ? byOperationName(candidates, envelope.operation, envelope.params) : null);
    if (match) return recognised(match, region, 'console-proxy');
    const service = candidates[0] ?? null;
    const operation = envelope.operation ?? (target ? target.slice(target.lastIndexOf('.') + 1) : null);
    return unclassified({
      serviceId: service?.id ?? null, eventSource: service?.eventSource ?? null,
      operation: operation ? capitalise(operation) : null,
      region, params: envelope.params, via: 'console-proxy', reason: 'unknown-envelope-operation',
    });
  }
  // Console RPC "?call=com.amazonaws.ec2.AmazonEC2.CreateVpc" (trailing "?" or "?mbtc=…" allowed) or the
  // ECB short form "?call=getVpcs?" under the slug's service (console-traffic.md §1).
  const call = consoleCallOperation(url);
  if (call) {
    const candidates = [...new Set([...(call.service ? lookupByName(models, call.service) : []), ...lookupByName(models, slug)])];
    const match = byOperationName(candidates, ECB_CALL_NAMES[call.operation] ?? call.operation, jsonBody(view));
    if (match) return recognised(match, hostRegion, 'console-proxy');
    const service = candidates[0] ?? null;
    return unclassified({
      serviceId: service?.id ?? null, eventSource: service?.eventSource ?? null, operation: capitalise(call.operation),
      region: hostRegion, params: null, via: 'console-proxy', reason: 'unknown-console-call',
    });
  }
  if (isRead(view.method)) return { kind: 'noise', reason: 'console-internal' };
  const service = lookupByName(models, slug)[0] ?? null;
  return {
    kind: 'unclassified', serviceId: service?.id ?? null, eventSource: service?.eventSource ?? null, operation: null,
    region: hostRegion, params: null, via: 'console-proxy', reason: 'unknown-console-request',
  };
}

export function classifyRequest(view: RequestView, models: ModelIndex): Classification {
  let url: URL;
  try {
    url = new URL(view.url);
  } catch {
    return { kind: 'noise', reason: 'non-aws' };
  }
  const noise = noiseReason(view, url);
  if (noise) return { kind: 'noise', reason: noise };
  const consoleHost = parseConsoleHost(url.hostname);
  if (consoleHost) return classifyConsoleRequest(view, url, consoleHost, models);
  return classifyApiRequest(view, url, models);
}
