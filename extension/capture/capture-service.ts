// The capture pipeline for one observed request: classify, redact, and store it at once.
// Everything it needs comes in as arguments, so it runs in Node tests.
import type { CapturedRequest } from '../../shared/captured-request.ts';
import type { JsonObject } from '../../shared/cloudtrail-record.ts';
import type { CaptureSource, NewRecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import { storeObservations, type StoreOutcome } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import { getSession, latestSession, listSessions } from '../db/sessions-repo.ts';
import { parseConsoleHost } from './classify/aws-host.ts';
import { classifyRequest } from './classify/classify-request.ts';
import { isStored, type Classification, type RecognisedCall, type UnclassifiedCall } from './classify/classification.ts';
import { callFingerprint, requestKey, unknownBodyFingerprint } from './fingerprint.ts';
import { CaptureTablesError, type CaptureTables, type LoadCaptureTables } from './capture-tables.ts';
import { leastStorage } from './least-storage.ts';
import { redactObject } from './redact/redact-body.ts';
import { redactRequest, redactResponse, redactUrl } from './redact/redact-request.ts';
import type { SensitiveIndex } from './redact/sensitive-index.ts';
import type { RequestView } from './request-view.ts';

export interface CaptureDeps {
  db: () => Promise<TrailformDb>;
  /** The operations model and the sensitive members (loaded on the first capture). */
  tables: LoadCaptureTables;
  /** The session being recorded into, read from storage on every call (never cached in memory). */
  activeSessionId: () => Promise<number | null>;
  /** Told of each storage failure and of the next success (badge, popup). */
  reportStorage?: (error: unknown) => void;
  /** Waits before retrying a batch IndexedDB refused; default 250 ms then 2 s. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [250, 2000] as const;

export interface CaptureOrigin {
  source: CaptureSource;
  tabId: number;
  /**
   * Page-hook reports: when the background received them. Their own startedAt/endedAt are the page's
   * claim and are never used; the action is timed and routed to a session by this instead.
   */
  receivedAt?: number;
}

/** A page report received this long after its session stopped still belongs to it (relay batching). */
const LATE_REPORT_MS = 3_000;

export type CaptureResult =
  | { stored: false; reason: 'not-recording' | 'not-an-action'; classification?: Classification }
  /** This record alone could not be classified or stored; the rest of its batch is unaffected. */
  | { stored: false; reason: 'malformed'; error: string }
  | ({ stored: true; classification: Classification } & StoreOutcome);

function headerRecord(headers: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name.toLowerCase()] = value;
  return out;
}

export function toRequestView(req: CapturedRequest): RequestView {
  const view: RequestView = { method: req.method, url: req.url, headers: headerRecord(req.headers) };
  if (req.body?.encoding === 'text') view.bodyText = req.body.data;
  if (req.body?.encoding === 'base64') view.bodyBase64 = req.body.data;
  if (req.body?.truncated) view.bodyTruncated = true;
  return view;
}

/** 2xx/3xx succeeded; 4xx/5xx and network errors failed (kept, marked failed). */
function isFailure(req: CapturedRequest): boolean {
  return req.error !== null || req.status === 0 || req.status >= 400;
}

export function buildAction(req: CapturedRequest, classification: RecognisedCall | UnclassifiedCall, sessionId: number, origin: CaptureOrigin, sensitive: SensitiveIndex): NewRecordedAction {
  const headers = headerRecord(req.headers);
  const service = classification.eventSource ?? classification.serviceId;
  const planIn = sensitive.plan(service, classification.operation, 'in');
  const planOut = sensitive.plan(service, classification.operation, 'out');
  const request = redactRequest({ method: req.method, url: req.url, headers, body: req.body }, planIn);
  const params: JsonObject | null = redactObject(classification.params, planIn);
  const key = requestKey(origin.tabId, req.method, request.url);
  // webRequest reports no bytes for some bodies (Blob, stream); the hook always reads what was sent.
  const bodyUnknown = origin.source === 'webRequest' && req.body === null && !['GET', 'HEAD', 'DELETE'].includes(req.method);
  return {
    sessionId,
    capturedAt: req.startedAt,
    completedAt: req.endedAt,
    tabId: origin.tabId,
    pageUrl: req.pageUrl === null ? null : redactUrl(req.pageUrl),
    accountId: consoleAccountId(req.pageUrl),
    kind: classification.kind === 'unclassified' ? 'unclassified' : 'action',
    serviceId: classification.serviceId,
    eventSource: classification.eventSource,
    operation: classification.operation,
    region: classification.region,
    protocol: classification.kind === 'unclassified' ? null : classification.protocol,
    via: classification.via,
    params,
    request,
    response: origin.source === 'hook' || req.responseBody !== null
      ? redactResponse(req.url, { status: req.status, body: req.responseBody, error: req.error }, planOut)
      : { status: req.status, body: null, bodyTruncated: false, error: req.error },
    status: isFailure(req) ? 'failed' : 'succeeded',
    httpStatus: req.status,
    attempts: 1,
    lastAttemptAt: req.startedAt,
    sources: { hook: origin.source === 'hook' ? 1 : 0, webRequest: origin.source === 'webRequest' ? 1 : 0 },
    fingerprint: bodyUnknown ? unknownBodyFingerprint(key) : callFingerprint(origin.tabId, req.method, request.url, request.body, headers['content-type'] ?? ''),
    requestKey: key,
    bodyUnknown,
    invocationId: headers['amz-sdk-invocation-id'] ?? null,
  };
}

function consoleAccountId(pageUrl: string | null): string | null {
  if (pageUrl === null) return null;
  try {
    return parseConsoleHost(new URL(pageUrl).hostname)?.accountId ?? null;
  } catch {
    return null;
  }
}

export async function captureRequest(deps: CaptureDeps, req: CapturedRequest, origin: CaptureOrigin): Promise<CaptureResult> {
  const [result] = await captureRequests(deps, [req], origin);
  return result!;
}

/**
 * Captures a burst of requests from one origin with a single storage transaction. When IndexedDB fails
 * (open failed or blocked, quota, a dead connection) the failure is reported and the batch retried.
 */
export async function captureRequests(deps: CaptureDeps, received: CapturedRequest[], origin: CaptureOrigin): Promise<CaptureResult[]> {
  const delays = deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const results = await captureOnce(deps, received, origin);
      deps.reportStorage?.(null);
      return results;
    } catch (error) {
      deps.reportStorage?.(error);
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function loadTables(load: LoadCaptureTables): Promise<CaptureTables> {
  try {
    return await load();
  } catch (error) {
    throw new CaptureTablesError(error);
  }
}

async function captureOnce(deps: CaptureDeps, received: CapturedRequest[], origin: CaptureOrigin): Promise<CaptureResult[]> {
  const { receivedAt } = origin;
  const reqs = receivedAt === undefined ? received : received.map((r) => ({ ...r, startedAt: receivedAt, endedAt: receivedAt }));
  const grace = receivedAt === undefined ? 0 : LATE_REPORT_MS;
  const active = await deps.activeSessionId();
  // Records arrive a little after their request (relay and webRequest batches), so each goes to the
  // session whose time window contains the moment it was issued: a call made just before Stop or
  // New session still belongs to the session it was made in.
  const db = await deps.db();
  const activeSession = active === null ? undefined : await getSession(db, active);
  // Not recording: only the latest session can still be receiving late records (one cursor step).
  // Recording: older sessions matter only for records issued before the current one started.
  let history: RecordingSession[] = [];
  if (activeSession === undefined) {
    const latest = await latestSession(db);
    history = latest ? [latest] : [];
  } else if (reqs.some((r) => r.startedAt < activeSession.startedAt)) {
    history = await listSessions(db);
  }
  const sessionFor = (req: CapturedRequest): number | null => {
    if (activeSession && req.startedAt >= activeSession.startedAt) return activeSession.id;
    const past = history.find((s) => s.stoppedAt !== null && req.startedAt >= s.startedAt && req.startedAt <= s.stoppedAt + grace);
    return past?.id ?? null;
  };
  // Not recording: nothing is classified, so the tables are not loaded.
  const tables = reqs.some((r) => sessionFor(r) !== null) ? await loadTables(deps.tables) : null;
  const results: CaptureResult[] = [];
  const toStore: { index: number; action: NewRecordedAction; classification: Classification }[] = [];
  for (const req of reqs) {
    // Per-record guard: whatever one record holds (a hostile page can post anything), it costs only itself.
    try {
      const sessionId = sessionFor(req);
      if (sessionId === null || tables === null) {
        results.push({ stored: false, reason: 'not-recording' });
        continue;
      }
      const classification = classifyRequest(toRequestView(req), tables.models);
      if (!isStored(classification)) {
        results.push({ stored: false, reason: 'not-an-action', classification });
        continue;
      }
      const action = leastStorage(buildAction(req, classification, sessionId, origin, tables.sensitive), classification);
      toStore.push({ index: results.length, action, classification });
      results.push({ stored: false, reason: 'not-an-action' }); // replaced below
    } catch (error) {
      results.push({ stored: false, reason: 'malformed', error: describeError(error) });
    }
  }
  if (toStore.length > 0) {
    try {
      const outcomes = await storeObservations(db, toStore.map((s) => s.action), origin.source);
      toStore.forEach((s, i) => { results[s.index] = { stored: true, classification: s.classification, ...outcomes[i]! }; });
    } catch {
      // One record the store rejects (a value IndexedDB cannot clone) aborts the batch's transaction:
      // store them one by one so only that record is lost. Storage-wide failures (quota, closed database)
      // fail every record again and reach the caller.
      let lastError: unknown = null;
      for (const s of toStore) {
        try {
          const [outcome] = await storeObservations(db, [s.action], origin.source);
          results[s.index] = { stored: true, classification: s.classification, ...outcome! };
        } catch (error) {
          lastError = error;
          results[s.index] = { stored: false, reason: 'malformed', error: describeError(error) };
        }
      }
      if (lastError !== null && toStore.every((s) => !results[s.index]!.stored)) throw lastError;
    }
  }
  return results;
}

function describeError(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}
