// Derives service, operation, region and "changes something?" for any request a console tab makes.
import type { RequestView } from '../request-view.ts';
import { defaultRegion, parseApiHost, parseConsoleHost, type ConsoleHost } from './aws-host.ts';
import type { Classification, RecognisedCall, UnclassifiedCall } from './classification.ts';
import { readConsoleEnvelope } from './console-envelope.ts';
import { credentialScope } from './credential-scope.ts';
import { matchOperation } from './match-operation.ts';
import { queryPairs, type OperationMatch } from './match-rpc.ts';
import type { ModelIndex, ServiceModel } from './model-index.ts';
import { noiseReason } from './noise.ts';

function recognised(match: OperationMatch, region: string, via: RecognisedCall['via']): RecognisedCall {
  return {
    kind: match.mutating ? 'action' : 'read',
    serviceId: match.service.id,
    eventSource: match.service.eventSource,
    operation: match.operation,
    region,
    protocol: match.wire,
    params: match.params,
    via,
  };
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

function lookupByName(models: ModelIndex, name: string): ServiceModel[] {
  return models.byAnyName.get(name.toLowerCase()) ?? [];
}

function classifyApiRequest(view: RequestView, url: URL, models: ModelIndex): Classification {
  const host = parseApiHost(url.hostname);
  if (!host) return { kind: 'noise', reason: 'non-aws' };
  const scope = credentialScope(view.headers, url);
  let candidates: ServiceModel[] = [];
  let resourceLabels: string[] = [];
  for (let i = 0; i < host.labels.length; i++) {
    const found = models.byEndpointPrefix.get(host.labels.slice(i).join('.'));
    if (found) {
      candidates = found;
      resourceLabels = host.labels.slice(0, i);
      break;
    }
  }
  if (candidates.length === 0 && scope) candidates = lookupByName(models, scope.signingName);
  const region = host.region ?? scope?.region ?? defaultRegion(host.partition);
  // Virtual-hosted S3 ("<bucket>.s3.<region>.amazonaws.com") puts the bucket in the host. Other
  // leading labels (the account in "<account>.s3-control…") are not part of any path template.
  const pathPrefix = candidates.some((s) => s.id === 's3') && resourceLabels.length > 0 ? `/${resourceLabels.join('.')}` : '';
  const match = matchOperation(view, url, candidates, pathPrefix);
  if (match) return recognised(match, region, 'direct');
  if (isRead(view.method) && !url.searchParams.has('Action')) return { kind: 'noise', reason: 'unmatched-read' };
  const service = candidates[0] ?? null;
  return {
    kind: 'unclassified', serviceId: service?.id ?? null,
    eventSource: service?.eventSource ?? (scope ? `${scope.signingName}.amazonaws.com` : `${host.labels.at(-1) ?? ''}.amazonaws.com`),
    operation: view.headers['x-amz-target']?.split('.').at(-1) ?? queryPairs(view, url).find(([k]) => k === 'Action')?.[1] ?? null,
    region, params: null, via: 'direct', reason: candidates.length === 0 ? 'unknown-service' : 'unknown-operation',
  };
}

function capitalise(op: string): string {
  return op.charAt(0).toUpperCase() + op.slice(1);
}

function classifyConsoleRequest(view: RequestView, url: URL, consoleHost: ConsoleHost, models: ModelIndex): Classification {
  const hostRegion = consoleHost.region ?? url.searchParams.get('region') ?? defaultRegion(consoleHost.partition);
  const envelope = readConsoleEnvelope(view, url);
  if (envelope) {
    const region = envelope.region ?? hostRegion;
    const target = envelope.inner.headers['x-amz-target'];
    const byTarget = target ? models.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.'))) ?? [] : [];
    const candidates = [...lookupByName(models, envelope.serviceName), ...byTarget];
    const innerUrl = new URL(envelope.inner.url);
    const match = matchOperation(envelope.inner, innerUrl, candidates);
    if (match) return recognised(match, region, 'console-proxy');
    // Console-only op names ("createBucket") still name a model operation once capitalised.
    if (envelope.operation) {
      const op = capitalise(envelope.operation);
      for (const service of candidates) {
        const mutating = service.operations.get(op);
        if (mutating === undefined) continue;
        return recognised({ service, operation: op, mutating, wire: service.protocol, params: envelope.params }, region, 'console-proxy');
      }
    }
    const service = candidates[0] ?? null;
    const unclassified: UnclassifiedCall = {
      kind: 'unclassified', serviceId: service?.id ?? null, eventSource: service?.eventSource ?? null,
      operation: envelope.operation ?? (target ? target.slice(target.lastIndexOf('.') + 1) : null),
      region, params: envelope.params, via: 'console-proxy', reason: 'unknown-envelope-operation',
    };
    return unclassified;
  }
  // Console RPC style "?call=com.amazonaws.ec2.AmazonEC2.CreateVpc" (console-traffic.md §1).
  const call = url.searchParams.get('call');
  const slug = url.pathname.split('/')[1] ?? '';
  if (call && /^[A-Za-z0-9_.]+$/.test(call)) {
    const op = capitalise(call.slice(call.lastIndexOf('.') + 1));
    for (const service of lookupByName(models, slug)) {
      const mutating = service.operations.get(op);
      if (mutating === undefined) continue;
      return recognised({ service, operation: op, mutating, wire: service.protocol, params: null }, hostRegion, 'console-proxy');
    }
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
