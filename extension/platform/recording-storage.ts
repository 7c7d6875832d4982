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

/**
 * The same store with a read-through copy kept coherent by storage.onChanged, so a capture does not pay
 * an IPC round trip to read the switch. Storage stays the source of truth: a new service worker starts
 * with an empty copy and reads storage again. Create it at the top level of the worker.
 */
export function cachedRecordingStore(): RecordingStateStore {
  const backing = extensionRecordingStore();
  let copy: Promise<RecordingState> | null = null;
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[RECORDING_STATE_KEY];
    if (area === 'local' && change) copy = Promise.resolve(parseRecordingState(change.newValue));
  });
  return {
    read: () => (copy ??= backing.read().catch((e: unknown) => { copy = null; throw e; })),
    async write(state) {
      await backing.write(state);
      copy = Promise.resolve(state);
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
