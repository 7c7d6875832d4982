import { useState } from 'preact/hooks';
import type { RecordingSession, RecordingStatus } from '../../../shared/recorded-action.ts';
import { sendMessage } from '../../platform/runtime-messages.ts';
import type { ChangeTicks } from '../../ui/use-changes.ts';
import { useLoaded } from '../../ui/use-loaded.ts';

export interface Recording {
  status: RecordingStatus | undefined;
  /** Both the status and the session list have arrived from the worker. */
  loaded: boolean;
  sessions: RecordingSession[];
  busy: boolean;
  error: string | null;
  start(): void;
  stop(): void;
  newSession(): void;
  rename(id: number, name: string): void;
  remove(id: number): void;
  refresh(): void;
}

/** The recording switch and the session list, read again when the worker reports a change. */
export function useRecording(changes: ChangeTicks): Recording {
  const status = useLoaded(() => sendMessage('recording/get-status', {}), 'status', changes.any);
  const sessions = useLoaded(() => sendMessage('sessions/list', {}), 'sessions', changes.any);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function run(task: () => Promise<unknown>): void {
    setBusy(true);
    task().then(() => setError(null), (e: unknown) => setError(e instanceof Error ? e.message : String(e))).finally(() => {
      setBusy(false);
      status.reload();
      sessions.reload();
    });
  }

  return {
    status: status.value,
    loaded: status.value !== undefined && sessions.value !== undefined,
    sessions: sessions.value ?? [],
    busy,
    error: error ?? status.error,
    start: () => run(() => sendMessage('recording/start', {})),
    stop: () => run(() => sendMessage('recording/stop', {})),
    newSession: () => run(() => sendMessage('recording/new-session', {})),
    rename: (id, name) => run(() => sendMessage('sessions/rename', { sessionId: id, name })),
    remove: (id) => run(() => sendMessage('sessions/delete', { sessionId: id })),
    refresh: () => { status.reload(); sessions.reload(); },
  };
}
