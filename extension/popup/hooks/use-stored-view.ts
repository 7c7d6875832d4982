import { useEffect, useState } from 'preact/hooks';
import { openTrailformDb } from '../../db/open-db.ts';
import { extensionRecordingStore } from '../../platform/recording-storage.ts';
import { readStoredView, type StoredView } from '../../ui/stored-view.ts';

/** The stored first view (extension/ui/stored-view.ts), read once when the popup opens; null until then or if it cannot be read. */
export function useStoredView(pageRows: number): StoredView | null {
  const [view, setView] = useState<StoredView | null>(null);
  useEffect(() => {
    // A failure here only means the popup waits for the worker, which reports storage problems itself.
    readStoredView({ openDb: () => openTrailformDb(), recordingState: () => extensionRecordingStore().read() }, pageRows).then((v) => {
      performance.mark('popup:stored-view'); // for bench/popup-large.ts
      setView(v);
    }, () => {});
  }, [pageRows]);
  return view;
}
