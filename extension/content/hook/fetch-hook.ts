// Wraps window.fetch. The page's own arguments go to the real fetch unchanged (a rebuilt Request would
// turn the body into a stream that webRequest cannot see); all capture work happens after the response,
// in callbacks the page does not wait for, and nothing here can throw into the page.
import { CAPTURE_LIMITS, type CapturedRequest } from '../../../shared/captured-request.ts';
import { snapshotBody, readCapped, type BodyReader } from './body-snapshot.ts';
import { disguise } from './disguise.ts';
import { isNamedRead } from './read-by-name.ts';
import { isCredentialVending, shouldObserve } from './should-observe.ts';

interface Snapshot {
  method: string;
  url: URL;
  headers: [string, string][];
  body: BodyReader;
  startedAt: number;
}

function headerPairs(input: RequestInfo | URL, init: RequestInit | undefined): [string, string][] {
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  if (init?.headers) new Headers(init.headers).forEach((value, name) => headers.set(name, value));
  const out: [string, string][] = [];
  headers.forEach((value, name) => out.push([name, value]));
  return out;
}

function snapshot(input: RequestInfo | URL, init: RequestInit | undefined): Snapshot | null {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!shouldObserve(method, url)) return null;
  const headers = headerPairs(input, init);
  if (isNamedRead(url, headers, init?.body)) return null;
  const contentType = headers.find(([n]) => n === 'content-type')?.[1] ?? '';
  let body: BodyReader;
  if (init?.body !== undefined && init.body !== null) body = snapshotBody(init.body, contentType);
  else if (input instanceof Request && input.body !== null) {
    // Clone before the real fetch consumes the page's Request.
    const copy = input.clone();
    body = async () => snapshotBody(await copy.blob(), contentType)();
  } else body = snapshotBody(null, contentType);
  return { method, url, headers, body, startedAt: Date.now() };
}

async function finish(snap: Snapshot, response: Response | null, error: unknown, emit: (r: CapturedRequest) => void): Promise<void> {
  const endedAt = Date.now();
  const responseBody = response && !isCredentialVending(snap.url)
    ? await readCapped(response, CAPTURE_LIMITS.responseBodyChars).catch(() => null)
    : null;
  emit({
    api: 'fetch', method: snap.method, url: snap.url.href, headers: snap.headers,
    body: await snap.body().catch(() => null),
    startedAt: snap.startedAt, endedAt,
    status: response?.status ?? 0,
    error: response ? null : String(error instanceof Error ? error.message : error).slice(0, CAPTURE_LIMITS.errorChars),
    responseBody, pageUrl: location.href,
  });
}

export function installFetchHook(target: typeof globalThis, isEnabled: () => boolean, emit: (r: CapturedRequest) => void): void {
  const realFetch = target.fetch;
  if (typeof realFetch !== 'function') return;
  const wrapped = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let snap: Snapshot | null = null;
    if (isEnabled()) {
      try {
        snap = snapshot(input, init);
      } catch {
        snap = null;
      }
    }
    // Same receiver and arguments as the page used, so errors such as "Illegal invocation" are unchanged.
    const result: Promise<Response> = Reflect.apply(realFetch, this, arguments);
    if (snap) {
      const s = snap;
      result.then(
        (response) => {
          let copy: Response | null = null;
          try {
            copy = response.clone();
          } catch {
            copy = null; // body already used or not cloneable
          }
          void finish(s, copy, null, emit).catch(() => {});
        },
        (error: unknown) => { void finish(s, null, error, emit).catch(() => {}); },
      );
    }
    return result;
  };
  target.fetch = disguise(wrapped, realFetch) as typeof fetch;
}
