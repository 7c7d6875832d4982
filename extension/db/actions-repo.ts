import type { CaptureSource, NewRecordedAction, RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import { decideMerge, mergeAction } from '../capture/merge-observation.ts';
import { unknownBodyFingerprint } from '../capture/fingerprint.ts';
import type { TrailformDb } from './schema.ts';
import { mayHoldUnknownBodies, noteStoredFingerprint } from './unknown-body-copies.ts';

export interface StoreOutcome {
  actionId: number;
  outcome: 'inserted' | 'merged';
  sessionId: number;
  sessionActionCount: number;
}

/**
 * Stores observations in one readwrite transaction over both stores, one after another, so the
 * de-duplication lookup and the write cannot interleave with another capture and the session's
 * counters stay exact. A batch (a burst from one page) costs one transaction, not one per request.
 */
export async function storeObservations(db: TrailformDb, batch: NewRecordedAction[], source: CaptureSource): Promise<StoreOutcome[]> {
  if (batch.length === 0) return [];
  const tx = db.transaction(['actions', 'sessions'], 'readwrite');
  const actions = tx.objectStore('actions');
  const sessions = tx.objectStore('sessions');
  const byFingerprint = actions.index('by-session-fingerprint');
  const outcomes: StoreOutcome[] = [];
  // Sessions touched by this batch, read once and written once at the end.
  const touched = new Map<number, { session: RecordingSession | undefined; changed: boolean }>();
  for (const incoming of batch) {
    // Exact fingerprint matches, plus copies whose body was unknown to their capture path. Looking up
    // by fingerprint keeps this small even when a session sends many calls to one endpoint URL.
    const found = [
      ...await byFingerprint.getAll([incoming.sessionId, incoming.fingerprint]),
      ...incoming.bodyUnknown
        ? await actions.index('by-session-request').getAll([incoming.sessionId, incoming.requestKey])
        : await mayHoldUnknownBodies(db, byFingerprint, incoming.sessionId)
          ? await byFingerprint.getAll([incoming.sessionId, unknownBodyFingerprint(incoming.requestKey)])
          : [],
    ];
    const candidates = [...new Map(found.map((a) => [a.id, a])).values()];
    const decision = decideMerge(candidates, incoming, source);
    let entry = touched.get(incoming.sessionId);
    if (!entry) {
      entry = { session: await sessions.get(incoming.sessionId), changed: false };
      touched.set(incoming.sessionId, entry);
    }
    const session = entry.session;
    let actionId: number;
    let outcome: StoreOutcome['outcome'];
    if (decision.merge) {
      const merged = mergeAction(decision.merge, incoming, source);
      noteStoredFingerprint(db, incoming.sessionId, merged.fingerprint);
      actionId = await actions.put(merged);
      outcome = 'merged';
    } else {
      noteStoredFingerprint(db, incoming.sessionId, incoming.fingerprint);
      actionId = await actions.add(incoming as RecordedAction);
      outcome = 'inserted';
      if (session) {
        session.actionCount += 1;
        entry.changed = true;
      }
    }
    if (session) {
      if (incoming.region && !session.regions.includes(incoming.region)) {
        session.regions = [...session.regions, incoming.region].sort();
        entry.changed = true;
      }
      if (incoming.accountId && session.accountId === null) {
        session.accountId = incoming.accountId;
        session.consoleIdentity ??= { accountId: incoming.accountId, arn: null };
        entry.changed = true;
      }
    }
    outcomes.push({ actionId, outcome, sessionId: incoming.sessionId, sessionActionCount: session?.actionCount ?? 0 });
  }
  for (const { session, changed } of touched.values()) if (session && changed) await sessions.put(session);
  await tx.done;
  return outcomes;
}

export async function storeObservation(db: TrailformDb, incoming: NewRecordedAction, source: CaptureSource): Promise<StoreOutcome> {
  const [outcome] = await storeObservations(db, [incoming], source);
  return outcome!;
}

/** A session's actions in capture order. */
export function listActions(db: TrailformDb, sessionId: number): Promise<RecordedAction[]> {
  return db.getAllFromIndex('actions', 'by-session-time', IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]));
}

export function countActions(db: TrailformDb, sessionId: number): Promise<number> {
  return db.countFromIndex('actions', 'by-session-time', IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]));
}
