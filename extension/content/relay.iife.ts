// Isolated-world relay: forwards what the page hook reports to the background, only while recording.
// It listens only on its end of a MessageChannel whose other end it hands to the hook before any page
// script runs (hook-events.ts); nothing a page dispatches on window reaches it. The background still
// treats every record as untrusted (validates it, times it by receipt, and marks it unverified unless
// webRequest saw the request). Records of a burst travel in one message (sent FLUSH_MS after the
// first); a page being hidden or unloaded flushes at once. Standalone IIFE: it runs at document_start.
import { MAX_BATCH_RECORDS, MAX_RECORD_CHARS } from '../../shared/messages.ts';
import { watchRecordingState } from '../platform/recording-storage.ts';
import { sendMessage } from '../platform/runtime-messages.ts';
import { HOOK_READY_EVENT, PORT_EVENT } from './hook-events.ts';

const FLUSH_MS = 100;

let recording: boolean | null = null;
let queue: string[] = [];
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
  const records = queue;
  queue = [];
  sendMessage('capture/page-batch', { records }).catch(() => {
    // Extension reloaded or background unavailable: nothing useful to do in the page.
  });
}

port.onmessage = (ev: MessageEvent) => {
  const detail: unknown = ev.data;
  if (typeof detail !== 'string' || detail.length > MAX_RECORD_CHARS || recording === false) return;
  if (queue.length >= MAX_BATCH_RECORDS) flush();
  if (queue.length >= MAX_BATCH_RECORDS) return; // still unknown whether recording: drop the excess
  queue.push(detail);
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
  else queue = [];
});
