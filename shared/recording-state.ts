// The recording switch, kept in extension storage (chrome.storage.local) so the service worker and the
// content scripts read it after any restart. Sessions themselves live in IndexedDB.

export const RECORDING_STATE_KEY = 'trailform.recording';

export interface RecordingState {
  /** Session being recorded into, or null when recording is off. */
  sessionId: number | null;
}

export function parseRecordingState(value: unknown): RecordingState {
  if (typeof value === 'object' && value !== null && 'sessionId' in value) {
    const id = (value as { sessionId: unknown }).sessionId;
    if (typeof id === 'number' && Number.isInteger(id) && id > 0) return { sessionId: id };
  }
  return { sessionId: null };
}
