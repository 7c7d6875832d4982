// What the popup can show before the worker answers: the session it is about to show and that
// session's first page (the last one while recording, as the list then follows the newest call), read
// straight from IndexedDB. After an idle stop the worker needs about 0.1 s to start and half a second
// to build its copy of a 10,000-action session's rows; this read takes a few milliseconds. The
// worker's answers replace it as they arrive.
import type { RecordingSession } from '../../shared/recorded-action.ts';
import type { RecordingState } from '../../shared/recording-state.ts';
import type { RowPage } from '../../shared/session-paging.ts';
import { readEdgePage } from '../background/edge-page.ts';
import type { TrailformDb } from '../db/schema.ts';
import { getSession, latestSession } from '../db/sessions-repo.ts';

export interface StoredView {
  /** The session being recorded, if any (the switch in extension storage). */
  recordingId: number | null;
  session: RecordingSession;
  page: RowPage;
}

export interface StoredViewDeps {
  openDb(): Promise<TrailformDb>;
  recordingState(): Promise<RecordingState>;
}

/** Chooses the session as the popup does (the recorded one, else the newest); null when there is none. */
export async function readStoredView(deps: StoredViewDeps, pageRows: number): Promise<StoredView | null> {
  const [db, state] = await Promise.all([deps.openDb(), deps.recordingState()]);
  try {
    const recording = state.sessionId === null ? null : await getSession(db, state.sessionId) ?? null;
    const session = recording ?? await latestSession(db);
    if (!session) return null;
    const edge = await readEdgePage(db, session.id, recording ? 'last' : 'first', pageRows);
    return edge && { recordingId: recording?.id ?? null, session: edge.session, page: edge.page };
  } finally {
    // This page's connection must not hold the database open: a later version's upgrade waits for it.
    db.close();
  }
}
