// Redaction applied to every captured request before anything is stored.
import type { CapturedBody } from '../../../shared/captured-request.ts';
import type { RecordedRequest, RecordedResponse } from '../../../shared/recorded-action.ts';
import { redactText } from './redact-values.ts';
import { REDACTED, isSecretField, isSecretHeader } from './secret-names.ts';

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecretHeader(name) ? REDACTED : value;
  return out;
}

/** Presigned-URL signatures, credentials and tokens in the query string. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  let changed = false;
  for (const key of [...new Set(parsed.searchParams.keys())]) {
    if (isSecretField(key) || isSecretHeader(key)) {
      parsed.searchParams.set(key, REDACTED);
      changed = true;
    }
  }
  return changed ? parsed.href : url;
}

/** Binary bodies (CBOR) are not stored; their decoded, redacted params are. */
export function redactBody(body: CapturedBody | null): string | null {
  if (body === null) return null;
  if (body.encoding === 'base64') return null;
  return redactText(body.data, body.truncated);
}

export function isCredentialVendingUrl(url: string): boolean {
  return /\/tb\/(?:browser)?creds\b/.test(url);
}

export function redactRequest(req: { method: string; url: string; headers: Record<string, string>; body: CapturedBody | null }): RecordedRequest {
  return {
    method: req.method,
    url: redactUrl(req.url),
    headers: redactHeaders(req.headers),
    body: redactBody(req.body),
    bodyTruncated: req.body?.truncated ?? false,
  };
}

export function redactResponse(url: string, res: { status: number; body: CapturedBody | null; error: string | null }): RecordedResponse {
  // The console's credential-vending responses are secrets as a whole.
  const body = isCredentialVendingUrl(url) && res.body ? REDACTED : redactBody(res.body);
  return { status: res.status, body, bodyTruncated: res.body?.truncated ?? false, error: res.error };
}
