// Builders for the CloudTrail confirmation tests.
import type { JsonObject } from '../../../shared/cloudtrail-record.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import type { TrailEvent } from '../../../extension/cloudtrail/types.ts';
import { consoleRecord, type RecordSpec } from '../../fake-cloudtrail/records.ts';

export const T0 = Date.parse('2026-11-26T12:00:00Z');

let nextId = 1;

export interface ActionSpec {
  id?: number;
  sessionId?: number;
  at: number;
  eventSource: string;
  operation: string;
  region?: string | null;
  params?: JsonObject | null;
  protocol?: string;
  status?: 'succeeded' | 'failed';
  responseBody?: string | null;
}

export function action(spec: ActionSpec): RecordedAction {
  const id = spec.id ?? nextId++;
  const base = {
    id, sessionId: spec.sessionId ?? 1, capturedAt: spec.at, completedAt: spec.at + 150, tabId: 7, pageUrl: null,
    kind: 'action', serviceId: spec.eventSource.split('.')[0] ?? null, eventSource: spec.eventSource, operation: spec.operation,
    region: spec.region === undefined ? 'us-east-1' : spec.region, protocol: spec.protocol ?? 'query', via: 'direct',
    params: spec.params === undefined ? null : spec.params,
    request: { method: 'POST', url: `https://${spec.eventSource}/`, headers: {}, body: null, bodyTruncated: false },
    response: { status: 200, body: spec.responseBody ?? null, bodyTruncated: false, error: null },
    status: spec.status ?? 'succeeded', httpStatus: spec.status === 'failed' ? 403 : 200, attempts: 1, lastAttemptAt: spec.at,
    sources: { hook: 1, webRequest: 0 }, fingerprint: `fp-${id}`, requestKey: `rk-${id}`, bodyUnknown: false, invocationId: null,
  } satisfies Partial<RecordedAction>;
  return base as RecordedAction;
}

export function trailEvent(spec: RecordSpec, lookupUsername: string | null = 'alice'): TrailEvent {
  const record = consoleRecord(spec);
  return { eventId: record.eventID, region: record.awsRegion ?? 'us-east-1', lookupUsername, record };
}
