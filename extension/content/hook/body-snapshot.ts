// Turns any fetch/XHR body form into a CapturedBody. Strings and URLSearchParams are read at send
// time (cheap, and they may be mutated afterwards); everything else is read after the response.
import { CAPTURE_LIMITS, type CapturedBody } from '../../../shared/captured-request.ts';
import { bytesToBase64 } from '../../capture/decode/cbor.ts';

export type BodyReader = () => Promise<CapturedBody | null>;

const NONE: BodyReader = () => Promise.resolve(null);

function textBody(text: string, max: number): CapturedBody {
  return text.length > max ? { encoding: 'text', data: text.slice(0, max), truncated: true } : { encoding: 'text', data: text, truncated: false };
}

function isBinaryType(contentType: string): boolean {
  return /cbor|octet-stream|protobuf|zip|image\/|audio\/|video\//i.test(contentType);
}

export function bytesBody(bytes: Uint8Array, contentType: string, max: number): CapturedBody {
  const truncated = bytes.length > max;
  const slice = truncated ? bytes.subarray(0, max) : bytes;
  if (isBinaryType(contentType)) return { encoding: 'base64', data: bytesToBase64(slice), truncated };
  return { encoding: 'text', data: new TextDecoder().decode(slice), truncated };
}

function formDataText(form: FormData): string {
  const params = new URLSearchParams();
  form.forEach((value, key) => params.append(key, typeof value === 'string' ? value : `[file ${value.name}]`));
  return params.toString();
}

export function snapshotBody(body: unknown, contentType: string): BodyReader {
  const max = CAPTURE_LIMITS.requestBodyChars;
  if (body === null || body === undefined) return NONE;
  if (typeof body === 'string') { const b = textBody(body, max); return () => Promise.resolve(b); }
  if (body instanceof URLSearchParams) { const b = textBody(body.toString(), max); return () => Promise.resolve(b); }
  if (body instanceof FormData) return () => Promise.resolve(textBody(formDataText(body), max));
  if (body instanceof Blob) return async () => bytesBody(new Uint8Array(await body.slice(0, max + 1).arrayBuffer()), contentType || body.type, max);
  if (body instanceof ArrayBuffer) return () => Promise.resolve(bytesBody(new Uint8Array(body), contentType, max));
  if (ArrayBuffer.isView(body)) return () => Promise.resolve(bytesBody(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType, max));
  if (typeof Document !== 'undefined' && body instanceof Document) {
    return () => Promise.resolve(textBody(new XMLSerializer().serializeToString(body), max));
  }
  // ReadableStream bodies cannot be read without changing what the page sends.
  return NONE;
}

/** Reads at most `max` characters' worth of a response without buffering the rest. */
export async function readCapped(response: Response, max: number): Promise<CapturedBody | null> {
  if (!response.body) return null;
  const contentType = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  // Small responses of known length (most API answers): one native read instead of a chunk loop.
  if (Number.isFinite(length) && length <= max) return bytesBody(new Uint8Array(await response.arrayBuffer()), contentType, max);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > max) {
      truncated = true;
      void reader.cancel().catch(() => {});
      break;
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
  const body = bytesBody(bytes, contentType, max);
  return truncated ? { ...body, truncated: true } : body;
}
