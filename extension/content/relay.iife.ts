// Isolated-world relay: validates what the page hook reports (the page is untrusted) and forwards it
// to the background through the message protocol, only while recording. Standalone IIFE so its listener
// exists before the hook's first report.
import { CAPTURE_LIMITS, parseCapturedRequest, type CapturedRequest } from '../../shared/captured-request.ts';
import { watchRecordingState } from '../platform/recording-storage.ts';
import { sendMessage } from '../platform/runtime-messages.ts';
import { CAPTURE_EVENT, CONTROL_EVENT } from './hook-events.ts';

const MAX_DETAIL_CHARS = CAPTURE_LIMITS.requestBodyChars * 2 + CAPTURE_LIMITS.responseBodyChars * 2 + 65_536;
const MAX_EARLY = 200;

let recording: boolean | null = null;
const early: CapturedRequest[] = [];

function forward(request: CapturedRequest): void {
  sendMessage('capture/page-request', { request }).catch(() => {
    // Extension reloaded or background unavailable: nothing useful to do in the page.
  });
}

window.addEventListener(CAPTURE_EVENT, (ev) => {
  const detail = (ev as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS || recording === false) return;
  let request: CapturedRequest | null;
  try {
    request = parseCapturedRequest(JSON.parse(detail));
  } catch {
    return;
  }
  if (!request) return;
  if (recording === null) {
    if (early.length < MAX_EARLY) early.push(request);
    return;
  }
  forward(request);
});

watchRecordingState((state) => {
  recording = state.sessionId !== null;
  window.dispatchEvent(new CustomEvent(CONTROL_EVENT, { detail: recording ? 'on' : 'off' }));
  const pending = early.splice(0);
  if (recording) pending.forEach(forward);
});
