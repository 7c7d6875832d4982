// Builds the popup's view of a session from IndexedDB (the rows: session-row-build.ts).
import type { RecordingSession } from '../../shared/recorded-action.ts';
import type { SessionDetail } from '../../shared/session-view.ts';
import { getConfirmation, sessionEvents } from '../cloudtrail/confirmation-repo.ts';
import { listActions } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import { buildRows } from './session-row-build.ts';

export async function sessionDetail(db: TrailformDb, session: RecordingSession): Promise<SessionDetail> {
  const [actions, confirmation, stored] = await Promise.all([
    listActions(db, session.id), getConfirmation(db, session.id), sessionEvents(db, session.id),
  ]);
  return { session, confirmation, rows: buildRows(actions, confirmation, new Map(stored.map((e) => [e.eventId, e]))) };
}
