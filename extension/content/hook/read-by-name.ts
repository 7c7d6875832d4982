// Cheap page-side check for calls that name a read operation (X-Amz-Target, Action=, the rpc-v2-cbor
// path): the hook skips them entirely, so the console's many Describe/List/Get calls cost nothing
// beyond the wrapper. Uses the same name rule as the generated model table, so it never drops a call
// the background would keep.
import { isMutatingOperationName } from '../../capture/classify/operation-kind.ts';

const ACTION_RE = /(?:^|&)Action=([A-Za-z0-9]+)/;

function namedOperation(url: URL, headers: [string, string][], body: unknown): string | null {
  const target = headers.find(([n]) => n === 'x-amz-target')?.[1];
  if (target) return target.slice(target.lastIndexOf('.') + 1);
  const cbor = /\/operation\/([A-Za-z0-9]+)$/.exec(url.pathname);
  if (cbor?.[1]) return cbor[1];
  const fromQuery = url.searchParams.get('Action');
  if (fromQuery) return fromQuery;
  const text = typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : null;
  return text === null ? null : ACTION_RE.exec(text)?.[1] ?? null;
}

/** True when the request names its operation and the name is a read. Unknown → false (observe it). */
export function isNamedRead(url: URL, headers: [string, string][], body: unknown): boolean {
  const op = namedOperation(url, headers, body);
  return op !== null && op !== '' && !isMutatingOperationName(op);
}
