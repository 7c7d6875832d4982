// Redaction applied to every captured request before anything is stored: headers by name, the URL's
// presigned-URL values, bodies by the operation's sensitive members and the context rules. Only secret
// values are rewritten; everything else is stored exactly as captured.
import type { CapturedBody } from '../../../shared/captured-request.ts';
import type { RecordedRequest, RecordedResponse } from '../../../shared/recorded-action.ts';
import { looksLikeForm } from '../decode/form.ts';
import { isCredentialVendingUrl } from '../observe-rule.ts';
import { redactBodyText } from './redact-body.ts';
import { scrubPresigned } from './redact-tree.ts';
import type { SensitivePlan } from './sensitive-index.ts';
import { REDACTED, isSecretField, isSecretHeader } from './secret-names.ts';

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecretHeader(name) ? REDACTED : scrubPresigned(value);
  return out;
}

/** Top-level sensitive members of an operation: REST protocols may bind them to query parameters. */
function isSensitiveQueryName(name: string, plan: SensitivePlan | null): boolean {
  if (!plan) return false;
  const key = name.toLowerCase();
  return plan.trie.children.get(key)?.terminal === true || plan.names.has(key);
}

/**
 * Secret query values rewritten in place in the URL text: presigned-URL signatures, credentials and
 * tokens, and the operation's sensitive members when a REST protocol puts them in the query.
 */
export function redactUrl(url: string, plan: SensitivePlan | null = null): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const end = hash < 0 ? url.length : hash;
  const query = url.slice(q + 1, end).split('&').map((part) => {
    const eq = part.indexOf('=');
    if (eq < 0) return part;
    let key: string;
    try {
      key = decodeURIComponent(part.slice(0, eq).replace(/\+/g, ' '));
    } catch {
      key = part.slice(0, eq);
    }
    return (isSecretField(key) || isSecretHeader(key) || isSensitiveQueryName(key, plan)) && eq < part.length - 1 ? `${part.slice(0, eq)}=${REDACTED}` : part;
  }).join('&');
  // Query-protocol calls may carry their whole input in the query: nested members too.
  const shaped = plan && looksLikeForm(query) ? redactBodyText(query, false, plan) : query;
  return scrubPresigned(`${url.slice(0, q + 1)}${shaped}${url.slice(end)}`);
}

/** Binary bodies (CBOR) are not stored; their decoded, redacted params are. */
function redactBody(body: CapturedBody | null, plan: SensitivePlan | null): string | null {
  if (body === null) return null;
  if (body.encoding === 'base64') return null;
  return redactBodyText(body.data, body.truncated, plan);
}

export function redactRequest(req: { method: string; url: string; headers: Record<string, string>; body: CapturedBody | null }, plan: SensitivePlan | null): RecordedRequest {
  return {
    method: req.method,
    url: redactUrl(req.url, plan),
    headers: redactHeaders(req.headers),
    body: redactBody(req.body, plan),
    bodyTruncated: req.body?.truncated ?? false,
  };
}

export function redactResponse(url: string, res: { status: number; body: CapturedBody | null; error: string | null }, plan: SensitivePlan | null): RecordedResponse {
  // The console's credential-vending responses are secrets as a whole.
  const body = isCredentialVendingUrl(url) && res.body ? REDACTED : redactBody(res.body, plan);
  return { status: res.status, body, bodyTruncated: res.body?.truncated ?? false, error: res.error === null ? null : scrubPresigned(res.error) };
}
