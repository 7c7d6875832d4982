// A request/response pair as a capture path saw it, before classification and redaction. The page
// hook sends these through the relay, so every field is validated as untrusted input.

export interface CapturedBody {
  /** "text" for UTF-8 bodies (JSON, form, XML); "base64" for binary ones (CBOR). */
  encoding: 'text' | 'base64';
  data: string;
  /** The capture cut the body at its size cap. */
  truncated: boolean;
}

export interface CapturedRequest {
  api: 'fetch' | 'xhr' | 'webRequest';
  method: string;
  url: string;
  /** Request headers as sent, in order. */
  headers: [string, string][];
  body: CapturedBody | null;
  /** Epoch ms when the page issued the request / when the response ended. */
  startedAt: number;
  endedAt: number;
  /** HTTP status; 0 when the request failed without a response. */
  status: number;
  error: string | null;
  responseBody: CapturedBody | null;
  /** URL of the document (frame) that made the request. */
  pageUrl: string | null;
}

/** Size caps shared by the hook (which truncates) and the validators (which reject what exceeds them). */
export const CAPTURE_LIMITS = {
  urlChars: 16_384,
  headerCount: 128,
  headerChars: 16_384,
  requestBodyChars: 1_048_576,
  responseBodyChars: 262_144,
  errorChars: 1_024,
} as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBoundedString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function validBody(v: unknown, max: number): CapturedBody | null | undefined {
  if (v === null) return null;
  if (!isObject(v)) return undefined;
  if (v['encoding'] !== 'text' && v['encoding'] !== 'base64') return undefined;
  // base64 grows the payload by a third; allow for it.
  if (!isBoundedString(v['data'], Math.ceil(max * 4 / 3) + 4)) return undefined;
  if (typeof v['truncated'] !== 'boolean') return undefined;
  return { encoding: v['encoding'], data: v['data'], truncated: v['truncated'] };
}

function validTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** Returns a clean copy of a CapturedRequest, or null when the value has the wrong shape or size. */
export function parseCapturedRequest(value: unknown): CapturedRequest | null {
  if (!isObject(value)) return null;
  const { api, method, url, headers, startedAt, endedAt, status, error, pageUrl } = value;
  if (api !== 'fetch' && api !== 'xhr' && api !== 'webRequest') return null;
  if (!isBoundedString(method, 16) || !/^[A-Za-z]+$/.test(method)) return null;
  if (!isBoundedString(url, CAPTURE_LIMITS.urlChars)) return null;
  if (!Array.isArray(headers) || headers.length > CAPTURE_LIMITS.headerCount) return null;
  const cleanHeaders: [string, string][] = [];
  for (const h of headers) {
    if (!Array.isArray(h) || h.length !== 2) return null;
    const [name, val] = h as unknown[];
    if (!isBoundedString(name, 256) || !isBoundedString(val, CAPTURE_LIMITS.headerChars)) return null;
    cleanHeaders.push([name, val]);
  }
  const body = validBody(value['body'], CAPTURE_LIMITS.requestBodyChars);
  const responseBody = validBody(value['responseBody'], CAPTURE_LIMITS.responseBodyChars);
  if (body === undefined || responseBody === undefined) return null;
  if (!validTime(startedAt) || !validTime(endedAt)) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
  if (error !== null && !isBoundedString(error, CAPTURE_LIMITS.errorChars)) return null;
  if (pageUrl !== null && !isBoundedString(pageUrl, CAPTURE_LIMITS.urlChars)) return null;
  return {
    api, method: method.toUpperCase(), url, headers: cleanHeaders, body, startedAt, endedAt, status,
    error: error ?? null, responseBody, pageUrl: pageUrl ?? null,
  };
}
