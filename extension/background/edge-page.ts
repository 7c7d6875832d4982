// The first or the last page of a session's list, read from IndexedDB without loading the session
// whole: the popup shows it before the worker has started and built its copy of every row
// (session-rows.ts), which takes about half a second at 10,000 actions.
//
// It is the same page the worker would give, not an approximation. The list is the session's actions
// in the 'by-session-time' index order (capturedAt, then id, which is compareRows' order for action
// rows) merged with the CloudTrail-only events. So the first n rows are among the first n actions and
// the CloudTrail-only rows, and the last n among the last n actions and those rows.
import type { ActionOutcome, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';
import type { RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import { toRowView, type RowPage } from '../../shared/session-paging.ts';
import type { SessionRow } from '../../shared/session-view.ts';
import type { TrailformDb } from '../db/schema.ts';
import { actionRow, compareRows, outcomesByAction, trailOnlyRow } from './session-row-build.ts';

export type Edge = 'first' | 'last';

export interface EdgePage {
  session: RecordingSession;
  page: RowPage;
}

/** Beyond this many CloudTrail-only events the read is no longer small: the caller asks the worker. */
export const MAX_TRAIL_ONLY = 2_000;

/**
 * The `edge` page of `pageRows` rows (pages start at multiples of `pageRows`, as the popup's list
 * asks for them). Null when the session does not exist or has too many CloudTrail-only events.
 */
export async function readEdgePage(db: TrailformDb, sessionId: number, edge: Edge, pageRows: number): Promise<EdgePage | null> {
  // One transaction: the count, the actions and the confirmation are of the same moment.
  const tx = db.transaction(['sessions', 'actions', 'cloudtrailSync', 'cloudtrailEvents']);
  const session = await tx.objectStore('sessions').get(sessionId);
  if (!session) return null;
  const byTime = tx.objectStore('actions').index('by-session-time');
  const range = IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);
  // The session's own count, not the index's: counting 10,000 index entries took 80-115 ms in Chromium.
  // Every write that adds or removes actions updates it in the same transaction (actions-repo.ts,
  // session-transfer.ts, session-admin.ts), so it is exact.
  const actionCount = session.actionCount;
  const confirmation = await tx.objectStore('cloudtrailSync').get(sessionId);
  const trailOnlyIds = confirmation?.cloudTrailOnly ?? [];
  if (trailOnlyIds.length > MAX_TRAIL_ONLY) return null;
  const eventStore = tx.objectStore('cloudtrailEvents');
  const sessionEvent = async (id: string): Promise<StoredTrailEvent | undefined> => {
    const e = await eventStore.get(id);
    return e?.sessionIds.includes(sessionId) ? e : undefined;
  };
  const trailOnly = (await Promise.all(trailOnlyIds.map(sessionEvent))).filter((e): e is StoredTrailEvent => e !== undefined);
  const total = actionCount + trailOnly.length;
  const offset = edge === 'first' ? 0 : Math.max(0, Math.floor((total - 1) / pageRows) * pageRows);
  const wanted = Math.min(pageRows, total - offset);
  const actions = edge === 'first' ? await byTime.getAll(range, wanted) : await lastActions(byTime, range, wanted);
  const outcomes = outcomesByAction(confirmation ?? null);
  const events = await eventsOf(actions, outcomes, sessionEvent);
  await tx.done;
  const candidates: SessionRow[] = actions.map((a) => actionRow(a, confirmation ?? null, events, outcomes));
  for (const e of trailOnly) candidates.push(trailOnlyRow(e.eventId, e.record));
  candidates.sort(compareRows);
  const rows = edge === 'first' ? candidates.slice(0, wanted) : candidates.slice(candidates.length - wanted);
  return { session, page: { sessionId, offset, total, rows: rows.map(toRowView) } };
}

type TimeIndex = ReturnType<ReturnType<ReturnType<TrailformDb['transaction']>['objectStore']>['index']>;

/** The last `n` actions in index order, with one cursor walking back from the end. */
async function lastActions(index: TimeIndex, range: IDBKeyRange, n: number): Promise<RecordedAction[]> {
  const found: RecordedAction[] = [];
  if (n <= 0) return found;
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && found.length < n) {
    found.push(cursor.value as RecordedAction);
    cursor = found.length < n ? await cursor.continue() : null;
  }
  return found.reverse();
}

/** The CloudTrail events these actions were confirmed by. */
async function eventsOf(actions: readonly RecordedAction[], outcomes: ReadonlyMap<number, ActionOutcome>, get: (id: string) => Promise<StoredTrailEvent | undefined>): Promise<Map<string, StoredTrailEvent>> {
  const ids = new Set<string>();
  for (const a of actions) {
    const o = outcomes.get(a.id);
    if (o?.outcome === 'confirmed') ids.add(o.eventId);
  }
  const found = await Promise.all([...ids].map(get));
  return new Map(found.filter((e): e is StoredTrailEvent => e !== undefined).map((e) => [e.eventId, e]));
}
