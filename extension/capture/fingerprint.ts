// Identity of a call for de-duplication: the same tab sending the same method, URL and body. Form
// bodies are compared with their fields sorted, because webRequest reports form fields sorted by name.
import { parseFormPairs, looksLikeForm } from './decode/form.ts';

/** FNV-1a, 52 bits: enough to tell a session's calls apart, cheap in the service worker. */
function hash(text: string): string {
  return textHash(text);
}

/** FNV-1a, 52 bits, of any text. */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + (h2 & 0xfffff).toString(16).padStart(5, '0');
}

function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    // SigV4 query parameters differ on every signing, the call does not.
    for (const key of [...u.searchParams.keys()]) if (/^x-amz-/i.test(key)) u.searchParams.delete(key);
    u.searchParams.sort();
    return u.href;
  } catch {
    return url;
  }
}

function canonicalBody(text: string | null, contentType: string): string {
  if (text === null) return '';
  if (contentType.includes('x-www-form-urlencoded') || looksLikeForm(text)) {
    return parseFormPairs(text).map(([k, v]) => `${k}=${v}`).sort().join('&');
  }
  return text;
}

export function requestKey(tabId: number, method: string, url: string): string {
  return hash(`${tabId}\n${method}\n${canonicalUrl(url)}`);
}

export function callFingerprint(tabId: number, method: string, url: string, body: string | null, contentType: string): string {
  return hash(`${tabId}\n${method}\n${canonicalUrl(url)}\n${canonicalBody(body, contentType)}`);
}

/** The fingerprint of a copy whose capture path could not read the body: only tab, method and URL. */
export function unknownBodyFingerprint(requestKeyHash: string): string {
  return `unknown:${requestKeyHash}`;
}
