// The one rule that decides, before any classification, whether a request is worth capturing: the page
// hook applies it before copying a body, the webRequest observer before keeping one, and the background
// classifier reaches the same verdict with the full operations table (classify-request.ts uses the same
// data-plane list and name rule). Reads and data-plane calls are dropped here so their bodies (file
// contents, item values, query text) never leave the page.
import { isAwsHost, parseConsoleHost } from './classify/aws-host.ts';
import { consoleQueryOperation } from './classify/console-call.ts';
import { isMutatingOperationName } from './classify/operation-kind.ts';
import { isDataPlaneOperation, isDataPlaneUrl } from './data-plane.ts';

const ACTION_RE = /(?:^|&)Action=([A-Za-z0-9]+)/;
/** Envelope bodies are small JSON; larger bodies are not parsed on the page. */
const MAX_ENVELOPE_PEEK_CHARS = 256 * 1024;

function header(headers: readonly (readonly [string, string])[], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function envelopeOperation(bodyText: string): string | null {
  if (bodyText.length > MAX_ENVELOPE_PEEK_CHARS || !bodyText.trimStart().startsWith('{')) return null;
  try {
    const body = JSON.parse(bodyText) as unknown;
    if (typeof body !== 'object' || body === null) return null;
    const record = body as Record<string, unknown>;
    const headers = record['headers'];
    if (typeof headers === 'object' && headers !== null) {
      for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
        if (k.toLowerCase() === 'x-amz-target' && typeof v === 'string') return v.slice(v.lastIndexOf('.') + 1);
      }
    }
    const op = record['operation'];
    if (typeof op === 'string' && op !== 'proxyAwsCall') return op;
    const api = record['api'];
    if (typeof api === 'string') return api;
    // Query services' envelopes carry the real form body: {"contentString": "Action=ListTopics&…"}.
    const content = record['contentString'];
    return typeof content === 'string' ? ACTION_RE.exec(content)?.[1] ?? null : null;
  } catch {
    return null;
  }
}

/**
 * The operation a request names on the wire, as sent: X-Amz-Target, the rpc-v2-cbor path, Action= in the
 * URL or form body, the console's "?call=" / "?operation=", or an envelope body's operation or target.
 * Null when only the model table can tell (REST protocols).
 */
export function namedOperation(url: URL, headers: readonly (readonly [string, string])[], bodyText: string | null): string | null {
  const target = header(headers, 'x-amz-target');
  if (target) return target.slice(target.lastIndexOf('.') + 1);
  const cbor = /\/operation\/([A-Za-z0-9]+)$/.exec(url.pathname);
  if (cbor?.[1]) return cbor[1];
  const fromQuery = url.searchParams.get('Action');
  if (fromQuery) return fromQuery;
  // The console's own forms exist only on the console origin; an API's JSON body may well have a
  // member called "operation".
  const onConsole = parseConsoleHost(url.hostname) !== null;
  const consoleOp = onConsole ? consoleQueryOperation(url) : null;
  if (consoleOp) return consoleOp;
  if (bodyText === null) return null;
  return ACTION_RE.exec(bodyText)?.[1] ?? (onConsole ? envelopeOperation(bodyText) : null);
}

/** The console's credential-vending calls (/tb/creds, /tb/browsercreds): their responses are secrets as a whole. */
export function isCredentialVendingUrl(url: string): boolean {
  return /\/tb\/(?:browser)?creds\b/.test(url);
}

/** Reads (by the name rule) and data-plane calls are never captured. Console names are camelCase. */
export function isSkippedOperation(operation: string): boolean {
  const name = operation.charAt(0).toUpperCase() + operation.slice(1);
  return isDataPlaneOperation(name) || !isMutatingOperationName(name);
}

/**
 * Cheap host/method pre-filter: requests to AWS hosts that can change something. GET/HEAD are reads
 * except query-protocol calls (Action= in the URL); OPTIONS are preflights; Lambda invocations and S3
 * object requests are data-plane.
 */
export function isObservable(method: string, url: URL): boolean {
  if (method === 'OPTIONS') return false;
  if ((method === 'GET' || method === 'HEAD') && !url.search.includes('Action=')) return false;
  if (url.protocol !== 'https:') return false;
  if (!isAwsHost(url.hostname)) return false;
  return !isDataPlaneUrl(method, url);
}

/** The full page-side/webRequest verdict: observable, and not a named read or data-plane call. */
export function shouldCapture(method: string, url: URL, headers: readonly (readonly [string, string])[], bodyText: string | null): boolean {
  if (!isObservable(method, url)) return false;
  const op = namedOperation(url, headers, bodyText);
  return op === null || op === '' || !isSkippedOperation(op);
}
