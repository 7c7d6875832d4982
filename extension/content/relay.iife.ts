// Isolated-world relay: forwards what the page hook reports to the background, only while recording.
// It listens only on its end of a MessageChannel whose other end it hands to the hook before any page
// script runs (hook-events.ts); nothing a page dispatches on window reaches it. The background still
// treats every record as untrusted (validates it, times it by receipt, and marks it unverified unless
// webRequest saw the request). Records of a burst travel in one message (sent FLUSH_MS after the
// first, bounded in count and characters by RelayQueue); a page being hidden or unloaded flushes at
// once. Standalone IIFE: it runs at document_start.
import { watchRecordingState } from '../platform/recording-storage.ts';
import { sendMessage } from '../platform/runtime-messages.ts';
import { HOOK_READY_EVENT, PORT_EVENT } from './hook-events.ts';
import { RelayQueue } from './relay-queue.ts';

const FLUSH_MS = 100;

let recording: boolean | null = null;
const queue = new RelayQueue();
let timer: ReturnType<typeof setTimeout> | null = null;

const channel = new MessageChannel();
const port = channel.port1;

/** Offers the hook its port; true when the hook took it (it cancels the event, synchronously). */
function handOver(): boolean {
  return !window.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [channel.port2], cancelable: true }));
}

function onHookReady(): void {
  window.removeEventListener(HOOK_READY_EVENT, onHookReady, true);
  handOver();
}

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

port.onmessage = (ev: MessageEvent) => {
  const detail: unknown = ev.data;
  if (typeof detail !== 'string' || recording === false) return;
  if (queue.isFullFor(detail)) flush();
  // Too large, or still unknown whether recording and the batch is full: dropped.
  if (!queue.push(detail)) return;
  if (recording === true && timer === null) timer = setTimeout(flush, FLUSH_MS);
};

// The hook ran first: it takes the port now. Otherwise wait for its one request (it runs before any
// page script too), and answer only that one.
if (!handOver()) window.addEventListener(HOOK_READY_EVENT, onHookReady, true);

window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});

watchRecordingState((state) => {
  const wasRecording = recording === true;
  if (wasRecording && state.sessionId === null) flush(); // calls made before Stop still count
  recording = state.sessionId !== null;
  port.postMessage(recording ? 'on' : 'off');
  if (recording) flush();
  else queue.take();
});
