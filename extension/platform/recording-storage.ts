// The recording switch in chrome.storage.local (see shared/recording-state.ts).
import browser from 'webextension-polyfill';
import { RECORDING_STATE_KEY, parseRecordingState, type RecordingState } from '../../shared/recording-state.ts';
import type { RecordingStateStore } from '../background/recording-control.ts';

export function extensionRecordingStore(): RecordingStateStore {
  return {
    async read() {
      const stored = await browser.storage.local.get(RECORDING_STATE_KEY);
      return parseRecordingState(stored[RECORDING_STATE_KEY]);
    },
    async write(state: RecordingState) {
      await browser.storage.local.set({ [RECORDING_STATE_KEY]: state });
    },
  };
}

/** Calls `onChange` with the current state, then whenever it changes. */
export function watchRecordingState(onChange: (state: RecordingState) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[RECORDING_STATE_KEY];
    if (area === 'local' && change) onChange(parseRecordingState(change.newValue));
  });
  void extensionRecordingStore().read().then(onChange, () => {});
}
