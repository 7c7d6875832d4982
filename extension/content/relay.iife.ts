// Isolated-world relay: forwards what the page hook reports to the background, only while recording.
// Page input is untrusted: the relay bounds its size and the background validates every record.
// Records of a burst travel in one message (sent FLUSH_MS after the first), which keeps the cost per
// request low on the page's renderer; a page being hidden or unloaded flushes at once.
// Standalone IIFE so its listener exists before the hook's first report.
import { watchRecordingState } from '../platform/recording-storage.ts';
import { sendMessage } from '../platform/runtime-messages.ts';
import { CAPTURE_EVENT, CONTROL_EVENT } from './hook-events.ts';
import { RelayQueue } from './relay-queue.ts';

const FLUSH_MS = 100;

let recording: boolean | null = null;
const queue = new RelayQueue();
let timer: ReturnType<typeof setTimeout> | null = null;

function flush(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  if (recording !== true || queue.length === 0) return;
  const records = queue.take();
  sendMessage('capture/page-batch', { records }).catch(() => {
    // Extension reloaded or background unavailable: nothing useful to do in the page.
  });
}

window.addEventListener(CAPTURE_EVENT, (ev) => {
  const detail = (ev as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || recording === false) return;
  if (queue.isFullFor(detail)) flush();
  // Too large, or still unknown whether recording and the batch is full: dropped.
  if (!queue.push(detail)) return;
  if (recording === true && timer === null) timer = setTimeout(flush, FLUSH_MS);
});

window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});

watchRecordingState((state) => {
  const wasRecording = recording === true;
  if (wasRecording && state.sessionId === null) flush(); // calls made before Stop still count
  recording = state.sessionId !== null;
  window.dispatchEvent(new CustomEvent(CONTROL_EVENT, { detail: recording ? 'on' : 'off' }));
  if (recording) flush();
  else queue.take();
});
