// Assembles chrome.webRequest events (onBeforeRequest with the body, onBeforeSendHeaders with
// X-Amz-Target, onCompleted/onErrorOccurred with the status) into CapturedRequests, for what the page
// hook cannot see: workers, frames without the hook, requests sent before it was installed.
// In-flight entries are kept in memory only for the lifetime of one request; the service worker stays
// alive while its webRequest events fire, and a stop in the middle loses at most that request's
// webRequest copy (the page hook's copy is unaffected).
//
// Events can arrive out of order: Chromium 156 queues the events of requests made while the worker is
// starting, and delivers a request's onCompleted before its onBeforeRequest and onBeforeSendHeaders
// (seen in tests/e2e/recording.e2e.test.ts after a worker stop, with every event logged). So an end
// that finds no request is kept a little (MAX_EARLY_ENDS, oldest dropped first) for a start that may
// still come, and such a request is assembled once its headers are known too.
import { CAPTURE_LIMITS, type CapturedBody, type CapturedRequest } from '../../shared/captured-request.ts';
import { parseConsoleHost } from './classify/aws-host.ts';
import { bytesToBase64 } from './decode/cbor.ts';
import { encodeFormPairs } from './decode/form.ts';
import { isObservable, isSkippedOperation, namedOperation } from './observe-rule.ts';

export interface BeforeRequestDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
  type: string;
  initiator?: string | undefined;
  timeStamp: number;
  requestBody?: {
    error?: string | undefined;
    formData?: Record<string, readonly unknown[]> | undefined;
    raw?: readonly { bytes?: unknown }[] | undefined;
  } | null | undefined;
}
export interface SendHeadersDetails { requestId: string; requestHeaders?: { name: string; value?: string | undefined }[] | undefined }
export interface CompletedDetails {
  requestId: string;
  statusCode: number;
  timeStamp: number;
  /** A response from the cache: no headers were sent, so none will arrive. */
  fromCache?: boolean | undefined;
}
export interface ErrorDetails { requestId: string; error: string; timeStamp: number }

interface Pending {
  details: BeforeRequestDetails;
  /** null until onBeforeSendHeaders. */
  headers: [string, string][] | null;
  /** An end that arrived before the headers (delivered out of order). */
  end: End | null;
}

interface End {
  status: number;
  error: string | null;
  endedAt: number;
}

export type Finished = { request: CapturedRequest; tabId: number };

const MAX_PENDING = 512;
/** Ends of requests not (yet) started here: most are reads this tracker turned away at their start. */
const MAX_EARLY_ENDS = 512;

/**
 * Only requests the console made (pages, frames, workers) that the shared capture rule keeps
 * (observe-rule.ts): not reads, not data-plane calls, judged from URL and body here and from
 * X-Amz-Target once the headers are known.
 */
export function isInteresting(details: BeforeRequestDetails): boolean {
  if (details.type !== 'xmlhttprequest' && details.type !== 'other') return false;
  if (!details.initiator) return false;
  try {
    if (parseConsoleHost(new URL(details.initiator).hostname) === null) return false;
    const url = new URL(details.url);
    if (!isObservable(details.method.toUpperCase(), url)) return false;
    const body = webRequestBody(details.requestBody, '');
    const op = namedOperation(url, [], body?.encoding === 'text' ? body.data : null);
    return op === null || op === '' || !isSkippedOperation(op);
  } catch {
    return false;
  }
}

function isBinary(contentType: string): boolean {
  return /cbor|octet-stream|protobuf/.test(contentType);
}

function webRequestBody(body: BeforeRequestDetails['requestBody'], contentType: string): CapturedBody | null {
  if (!body) return null;
  if (body.formData) {
    // Chrome sorts form fields by name and loses their original encoding; re-encode them.
    const pairs: [string, string][] = [];
    for (const [k, values] of Object.entries(body.formData)) for (const v of values) if (typeof v === 'string') pairs.push([k, v]);
    const data = encodeFormPairs(pairs);
    return { encoding: 'text', data: data.slice(0, CAPTURE_LIMITS.requestBodyChars), truncated: data.length > CAPTURE_LIMITS.requestBodyChars };
  }
  const chunks = (body.raw ?? []).map((r) => r.bytes).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  if (chunks.length === 0) return null;
  const total = chunks.reduce((n, c) => n + c.byteLength, 0);
  const bytes = new Uint8Array(Math.min(total, CAPTURE_LIMITS.requestBodyChars));
  let offset = 0;
  for (const c of chunks) {
    const part = new Uint8Array(c, 0, Math.min(c.byteLength, bytes.length - offset));
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  const truncated = total > bytes.length;
  if (isBinary(contentType)) return { encoding: 'base64', data: bytesToBase64(bytes), truncated };
  return { encoding: 'text', data: new TextDecoder().decode(bytes), truncated };
}

/** Sets `key`, first dropping the oldest entry (insertion order) when `map` holds `max`. */
function setBounded<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  if (map.size >= max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

export class WebRequestTracker {
  readonly #pending = new Map<string, Pending>();
  readonly #earlyEnds = new Map<string, End>();

  /** Returns the request when its end had already arrived and nothing else is awaited. */
  onBeforeRequest(details: BeforeRequestDetails): Finished | null {
    const early = this.#earlyEnds.get(details.requestId) ?? null;
    this.#earlyEnds.delete(details.requestId);
    if (!isInteresting(details)) return null;
    setBounded(this.#pending, details.requestId, { details, headers: null, end: early }, MAX_PENDING);
    // An early completion waits for the headers, which come right after the start (only the end jumps
    // ahead); an error may have no headers at all (the request failed before sending them).
    return early !== null && early.error !== null ? this.#finish(details.requestId) : null;
  }

  /** Returns the request when its end had already arrived. */
  onBeforeSendHeaders(details: SendHeadersDetails): Finished | null {
    const pending = this.#pending.get(details.requestId);
    if (!pending) return null;
    pending.headers = (details.requestHeaders ?? []).map((h): [string, string] => [h.name, h.value ?? '']);
    const target = pending.headers.find(([n]) => n.toLowerCase() === 'x-amz-target')?.[1];
    const op = target ? target.slice(target.lastIndexOf('.') + 1) : '';
    if (op !== '' && isSkippedOperation(op)) {
      this.#pending.delete(details.requestId);
      return null;
    }
    return pending.end ? this.#finish(details.requestId) : null;
  }

  onCompleted(details: CompletedDetails): Finished | null {
    const end = { status: details.statusCode, error: null, endedAt: details.timeStamp };
    // A request that went to the network sent headers; if their event has not come yet it is on its way.
    const pending = this.#pending.get(details.requestId);
    if (pending && pending.headers === null && details.fromCache !== true) {
      pending.end = end;
      return null;
    }
    return this.#ended(details.requestId, end);
  }

  onErrorOccurred(details: ErrorDetails): Finished | null {
    return this.#ended(details.requestId, { status: 0, error: details.error.slice(0, CAPTURE_LIMITS.errorChars), endedAt: details.timeStamp });
  }

  #ended(requestId: string, end: End): Finished | null {
    const pending = this.#pending.get(requestId);
    if (!pending) {
      setBounded(this.#earlyEnds, requestId, end, MAX_EARLY_ENDS);
      return null;
    }
    pending.end = end;
    return this.#finish(requestId);
  }

  #finish(requestId: string): Finished | null {
    const pending = this.#pending.get(requestId);
    if (!pending?.end) return null;
    this.#pending.delete(requestId);
    const { details, end } = pending;
    const headers = pending.headers ?? [];
    const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1]?.toLowerCase() ?? '';
    return {
      tabId: details.tabId,
      request: {
        api: 'webRequest', method: details.method.toUpperCase(), url: details.url, headers,
        body: webRequestBody(details.requestBody, contentType),
        startedAt: details.timeStamp, endedAt: end.endedAt, status: end.status, error: end.error, responseBody: null,
        // webRequest names only the initiating origin, not the document.
        pageUrl: details.initiator ?? null,
      },
    };
  }
}
