import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { CAPTURE_EVENT } from '../hook-events.ts';

export function emitCapture(record: CapturedRequest): void {
  window.dispatchEvent(new CustomEvent(CAPTURE_EVENT, { detail: JSON.stringify(record) }));
}
