import type { NewRecordedAction, RecordedAction, CaptureSource } from '../../shared/recorded-action.ts';
import { decideMerge, mergeAction } from '../capture/merge-observation.ts';
import { unknownBodyFingerprint } from '../capture/fingerprint.ts';
import type { TrailformDb } from './schema.ts';

export interface StoreOutcome {
  actionId: number;
  outcome: 'inserted' | 'merged';
  sessionActionCount: number;
}

/**
 * Stores one observation in a single readwrite transaction over both stores, so the de-duplication
 * lookup and the write cannot interleave with another capture, and the session's counters stay exact.
 */
export async function storeObservation(db: TrailformDb, incoming: NewRecordedAction, source: CaptureSource): Promise<StoreOutcome> {
  const tx = db.transaction(['actions', 'sessions'], 'readwrite');
  const actions = tx.objectStore('actions');
  const sessions = tx.objectStore('sessions');
  // Exact fingerprint matches, plus copies whose body was unknown to their capture path. Looking up
  // by fingerprint keeps this small even when a session sends many calls to one endpoint URL.
  const byFingerprint = actions.index('by-session-fingerprint');
  const found = [
    ...await byFingerprint.getAll([incoming.sessionId, incoming.fingerprint]),
    ...incoming.bodyUnknown
      ? await actions.index('by-session-request').getAll([incoming.sessionId, incoming.requestKey])
      : await byFingerprint.getAll([incoming.sessionId, unknownBodyFingerprint(incoming.requestKey)]),
  ];
  const candidates = [...new Map(found.map((a) => [a.id, a])).values()];
  const decision = decideMerge(candidates, incoming, source);
  const session = await sessions.get(incoming.sessionId);
  let actionId: number;
  let outcome: StoreOutcome['outcome'];
  if (decision.merge) {
    const merged = mergeAction(decision.merge, incoming, source);
    actionId = await actions.put(merged);
    outcome = 'merged';
  } else {
    actionId = await actions.add(incoming as RecordedAction);
    outcome = 'inserted';
    if (session) session.actionCount += 1;
  }
  if (session) {
    if (incoming.region && !session.regions.includes(incoming.region)) session.regions = [...session.regions, incoming.region].sort();
    await sessions.put(session);
  }
  await tx.done;
  return { actionId, outcome, sessionActionCount: session?.actionCount ?? 0 };
}

/** A session's actions in capture order. */
export function listActions(db: TrailformDb, sessionId: number): Promise<RecordedAction[]> {
  return db.getAllFromIndex('actions', 'by-session-time', IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]));
}

export function countActions(db: TrailformDb, sessionId: number): Promise<number> {
  return db.countFromIndex('actions', 'by-session-time', IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]));
}
