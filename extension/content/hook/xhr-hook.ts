// Wraps XMLHttpRequest.prototype.open/setRequestHeader/send (the console's aws-sdk-js v2 apps use XHR).
// Each wrapper records a little state in a WeakMap and calls the original with the same receiver and
// arguments; the response is read on "loadend", after the page already has it.
import { CAPTURE_LIMITS, type CapturedBody, type CapturedRequest } from '../../../shared/captured-request.ts';
import { bytesBody, snapshotBody, type BodyReader } from './body-snapshot.ts';
import { disguise } from './disguise.ts';
import { isNamedRead } from './read-by-name.ts';
import { isCredentialVending, shouldObserve } from './should-observe.ts';

interface XhrState {
  method: string;
  url: URL | null;
  headers: [string, string][];
}

function responseBody(xhr: XMLHttpRequest): CapturedBody | null {
  const max = CAPTURE_LIMITS.responseBodyChars;
  const type = xhr.responseType;
  let text: string | null = null;
  if (type === '' || type === 'text') text = xhr.responseText;
  else if (type === 'json') text = xhr.response === null ? null : JSON.stringify(xhr.response);
  else if (type === 'arraybuffer' && xhr.response instanceof ArrayBuffer) {
    return bytesBody(new Uint8Array(xhr.response), xhr.getResponseHeader('content-type') ?? '', max);
  }
  if (text === null) return null;
  return text.length > max ? { encoding: 'text', data: text.slice(0, max), truncated: true } : { encoding: 'text', data: text, truncated: false };
}

export function installXhrHook(target: typeof globalThis, isEnabled: () => boolean, emit: (r: CapturedRequest) => void): void {
  const Xhr = target.XMLHttpRequest;
  if (typeof Xhr !== 'function') return;
  const proto = Xhr.prototype;
  const realOpen = proto.open;
  const realSetHeader = proto.setRequestHeader;
  const realSend = proto.send;
  const states = new WeakMap<XMLHttpRequest, XhrState>();

  proto.open = disguise(function open(this: XMLHttpRequest) {
    try {
      const [method, url] = arguments as unknown as [string, string | URL];
      states.set(this, { method: String(method).toUpperCase(), url: new URL(String(url), location.href), headers: [] });
    } catch {
      states.delete(this);
    }
    return Reflect.apply(realOpen, this, arguments) as void;
  }, realOpen);

  proto.setRequestHeader = disguise(function setRequestHeader(this: XMLHttpRequest, name: string, value: string) {
    try {
      states.get(this)?.headers.push([String(name).toLowerCase(), String(value)]);
    } catch {
      // never throw into the page
    }
    return Reflect.apply(realSetHeader, this, arguments) as void;
  }, realSetHeader);

  proto.send = disguise(function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    try {
      const state = states.get(this);
      if (state?.url && isEnabled() && shouldObserve(state.method, state.url) && !isNamedRead(state.url, state.headers, body)) {
        const contentType = state.headers.find(([n]) => n === 'content-type')?.[1] ?? '';
        const readBody: BodyReader = snapshotBody(body, contentType);
        const startedAt = Date.now();
        const url = state.url;
        const headers = [...state.headers];
        const method = state.method;
        const xhr = this;
        xhr.addEventListener('loadend', () => {
          try {
            const endedAt = Date.now();
            const status = xhr.status;
            const response = isCredentialVending(url) ? null : responseBody(xhr);
            void readBody().catch(() => null).then((requestBody) => emit({
              api: 'xhr', method, url: url.href, headers, body: requestBody, startedAt, endedAt, status,
              error: status === 0 ? 'network error' : null, responseBody: response, pageUrl: location.href,
            })).catch(() => {});
          } catch {
            // never throw into the page
          }
        }, { once: true });
      }
    } catch {
      // never throw into the page
    }
    return Reflect.apply(realSend, this, arguments) as void;
  }, realSend);
}
