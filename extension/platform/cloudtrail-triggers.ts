// Notices a session stopping: the recording switch in storage.local goes from a session id to
// something else (stop, or a new session).
import browser from 'webextension-polyfill';
import { RECORDING_STATE_KEY, parseRecordingState } from '../../shared/recording-state.ts';

export function onSessionStopped(fn: (sessionId: number) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[RECORDING_STATE_KEY];
    if (area !== 'local' || !change) return;
    const before = parseRecordingState(change.oldValue).sessionId;
    const after = parseRecordingState(change.newValue).sessionId;
    if (before !== null && before !== after) fn(before);
  });
}
