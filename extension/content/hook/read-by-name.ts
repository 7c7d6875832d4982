// Page-side check for calls that name a read or data-plane operation (X-Amz-Target, Action=, the
// rpc-v2-cbor path, the console's call=/operation=, envelope bodies): the hook skips them entirely, so
// the console's many Describe/List/Get calls cost nothing beyond the wrapper, and data-plane bodies
// never leave the page. Same rule as the webRequest observer and the background (observe-rule.ts).
import { isSkippedOperation, namedOperation } from '../../capture/observe-rule.ts';

function bodyText(body: unknown): string | null {
  return typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : null;
}

/** True when the request names its operation and the name is a read or data-plane call. Unknown → false. */
export function isNamedRead(url: URL, headers: [string, string][], body: unknown): boolean {
  const op = namedOperation(url, headers, bodyText(body));
  return op !== null && op !== '' && isSkippedOperation(op);
}
