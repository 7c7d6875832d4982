// The service worker's copy of each watched session's rows, so that a summary or one page of a
// 10,000-action session does not read and rebuild every row (bodies included) on each request.
// Captures update the copy row by row; a CloudTrail check or an import rebuilds it. The copy is
// derived data only: a restarted worker builds it again from IndexedDB on the first request.
import type { ActionOutcome, SessionConfirmation, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';
import type { RecordingSession } from '../../shared/recorded-action.ts';
import type { SessionSummary } from '../../shared/session-paging.ts';
import { countByStatus, includedByDefault, type SessionRow } from '../../shared/session-view.ts';
import { getConfirmation, sessionEvents } from '../cloudtrail/confirmation-repo.ts';
import { listActions } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import { getSession } from '../db/sessions-repo.ts';
import { actionRow, buildRows, compareRows, outcomesByAction } from './session-row-build.ts';

interface Entry {
  rows: SessionRow[];
  confirmation: SessionConfirmation | null;
  events: Map<string, StoredTrailEvent>;
  outcomes: Map<number, ActionOutcome>;
  /** Actions stored or merged since the rows were built. */
  pending: Set<number>;
}

export interface SessionRows {
  session: RecordingSession;
  rows: readonly SessionRow[];
}

export interface SessionRowsCache {
  /** The session and its rows in list order; null for an unknown session. */
  read(db: TrailformDb, sessionId: number): Promise<SessionRows | null>;
  summary(db: TrailformDb, sessionId: number): Promise<SessionSummary | null>;
  /** Actions of the session were stored or merged. */
  actionsChanged(sessionId: number, actionIds: readonly number[]): void;
  /** Forget a session's rows (null: every session's), e.g. after a CloudTrail check. */
  invalidate(sessionId: number | null): void;
}

/** Sessions kept at once: the one the popup shows and the one being recorded. */
const KEPT = 3;

function insertSorted(rows: SessionRow[], row: SessionRow): void {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRows(rows[mid]!, row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  rows.splice(lo, 0, row);
}

function removeKey(rows: SessionRow[], key: string): void {
  // Changed actions are nearly always the newest: search from the end.
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i]!.key === key) {
      rows.splice(i, 1);
      return;
    }
  }
}

export function createSessionRowsCache(): SessionRowsCache {
  const entries = new Map<number, Promise<Entry>>();

  async function build(db: TrailformDb, session: RecordingSession): Promise<Entry> {
    const [actions, confirmation, stored] = await Promise.all([
      listActions(db, session.id), getConfirmation(db, session.id), sessionEvents(db, session.id),
    ]);
    const events = new Map(stored.map((e) => [e.eventId, e]));
    return { rows: buildRows(actions, confirmation, events), confirmation, events, outcomes: outcomesByAction(confirmation), pending: new Set() };
  }

  async function catchUp(db: TrailformDb, entry: Entry): Promise<Entry> {
    if (entry.pending.size === 0) return entry;
    const ids = [...entry.pending];
    entry.pending.clear();
    const tx = db.transaction('actions');
    const actions = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    ids.forEach((id, i) => {
      removeKey(entry.rows, `a:${id}`);
      const action = actions[i];
      if (action) insertSorted(entry.rows, actionRow(action, entry.confirmation, entry.events, entry.outcomes));
    });
    return entry;
  }

  async function read(db: TrailformDb, sessionId: number): Promise<SessionRows | null> {
    const session = await getSession(db, sessionId);
    if (!session) {
      entries.delete(sessionId);
      return null;
    }
    const entry = entries.get(sessionId) ?? build(db, session);
    // Serialised: the next reader waits for this catch-up instead of applying the same changes twice.
    const current = entry.then((e) => catchUp(db, e));
    // Re-inserted, so the Map's order is least recently read first.
    entries.delete(sessionId);
    entries.set(sessionId, current);
    while (entries.size > KEPT) entries.delete(entries.keys().next().value!);
    current.catch(() => { if (entries.get(sessionId) === current) entries.delete(sessionId); });
    return { session, rows: (await current).rows };
  }

  return {
    read,
    async summary(db, sessionId) {
      const found = await read(db, sessionId);
      if (!found) return null;
      let translatable = 0;
      let included = 0;
      for (const r of found.rows) {
        if (r.record !== null) translatable += 1;
        if (includedByDefault(r)) included += 1;
      }
      return { session: found.session, counts: countByStatus(found.rows), rowCount: found.rows.length, translatable, includedByDefault: included };
    },
    actionsChanged(sessionId, actionIds) {
      const entry = entries.get(sessionId);
      if (!entry) return;
      void entry.then((e) => { for (const id of actionIds) e.pending.add(id); }, () => {});
    },
    invalidate(sessionId) {
      if (sessionId === null) entries.clear();
      else entries.delete(sessionId);
    },
  };
}

