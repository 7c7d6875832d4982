import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { CAPTURE_EVENT } from '../hook-events.ts';

/**
 * Hands a record to the relay in a later task, so the page's own continuation of the response (often
 * its next request) runs first and the serialisation happens while the page waits on the network.
 */
export function emitCapture(record: CapturedRequest): void {
  setTimeout(() => {
    try {
      window.dispatchEvent(new CustomEvent(CAPTURE_EVENT, { detail: JSON.stringify(record) }));
    } catch {
      // never throw into the page
    }
  }, 0);
}
