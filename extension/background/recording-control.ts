// Start / stop / new session. The switch lives in extension storage and the sessions in IndexedDB, so
// a restarted service worker continues exactly where the old one stopped.
import type { RecordingStatus, StorageProblem } from '../../shared/recorded-action.ts';
import { describeStorageError } from '../db/db-connection.ts';
import type { RecordingState } from '../../shared/recording-state.ts';
import { createSession, getSession, stopSession } from '../db/sessions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';

export interface RecordingStateStore {
  read(): Promise<RecordingState>;
  write(state: RecordingState): Promise<void>;
}

export interface RecordingDeps {
  db: () => Promise<TrailformDb>;
  state: RecordingStateStore;
  now: () => number;
  /** The current IndexedDB problem, if any (db-connection.ts). */
  storageProblem?: () => StorageProblem | null;
}

function defaultName(startedAt: number): string {
  return `Session ${new Date(startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The switch, the session and any storage problem; a failing database is reported, not thrown. */
export async function recordingStatus(deps: RecordingDeps): Promise<RecordingStatus> {
  const withProblem = (status: RecordingStatus, fallback: StorageProblem | null = null): RecordingStatus => {
    const problem = deps.storageProblem?.() ?? fallback;
    return problem ? { ...status, storageProblem: problem } : status;
  };
  const { sessionId } = await deps.state.read();
  if (sessionId === null) return withProblem({ recording: false, session: null });
  let session;
  try {
    session = await getSession(await deps.db(), sessionId);
  } catch (error) {
    const described = describeStorageError(error, deps.now());
    return withProblem({ recording: true, session: null }, described.kind === 'write-failed' ? { ...described, kind: 'open-failed' } : described);
  }
  return withProblem(session ? { recording: true, session } : { recording: false, session: null });
}

export async function startRecording(deps: RecordingDeps, name?: string): Promise<RecordingStatus> {
  const current = await recordingStatus(deps);
  if (current.recording) return current;
  const startedAt = deps.now();
  const session = await createSession(await deps.db(), name?.trim() || defaultName(startedAt), startedAt);
  await deps.state.write({ sessionId: session.id });
  return { recording: true, session };
}

export async function stopRecording(deps: RecordingDeps): Promise<RecordingStatus> {
  const { sessionId } = await deps.state.read();
  await deps.state.write({ sessionId: null });
  if (sessionId !== null) {
    const session = await stopSession(await deps.db(), sessionId, deps.now());
    return { recording: false, session };
  }
  return { recording: false, session: null };
}

export async function startNewSession(deps: RecordingDeps, name?: string): Promise<RecordingStatus> {
  await stopRecording(deps);
  return startRecording(deps, name);
}
