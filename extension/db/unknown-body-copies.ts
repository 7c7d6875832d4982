// Whether a session may hold a copy whose body its capture path could not read (fingerprint
// `unknown:…`, fingerprint.ts): a webRequest copy of a Blob or stream body. Almost no session holds one,
// so a copy with a body can skip the lookup for them, one IndexedDB request of the two each capture
// makes. Known per connection (one per service-worker life): learned by one count per session, set when
// such a copy is stored, forgotten when actions are imported into the session.
import type { IDBPIndex } from 'idb';
import type { TrailformDb, TrailformSchema } from './schema.ts';

const UNKNOWN_PREFIX = 'unknown:';

/** Per connection, per session id: true once a copy of unknown body may be stored. */
const known = new WeakMap<TrailformDb, Map<number, boolean>>();

function sessionsOf(db: TrailformDb): Map<number, boolean> {
  let sessions = known.get(db);
  if (sessions === undefined) {
    sessions = new Map();
    known.set(db, sessions);
  }
  return sessions;
}

type FingerprintIndex = IDBPIndex<TrailformSchema, ('actions' | 'sessions')[], 'actions', 'by-session-fingerprint', 'readwrite'>;

/**
 * Call it inside the readwrite transaction that stores the copy: transactions over `actions` run one
 * after another, so what an earlier one stored is counted or already noted.
 */
export async function mayHoldUnknownBodies(db: TrailformDb, byFingerprint: FingerprintIndex, sessionId: number): Promise<boolean> {
  const sessions = sessionsOf(db);
  const noted = sessions.get(sessionId);
  if (noted !== undefined) return noted;
  const count = await byFingerprint.count(IDBKeyRange.bound([sessionId, UNKNOWN_PREFIX], [sessionId, `${UNKNOWN_PREFIX}\uffff`]));
  const holds = count > 0 || sessions.get(sessionId) === true;
  sessions.set(sessionId, holds);
  return holds;
}

/** A copy stored with this fingerprint: from now on the session may hold copies of unknown body. */
export function noteStoredFingerprint(db: TrailformDb, sessionId: number, fingerprint: string): void {
  if (fingerprint.startsWith(UNKNOWN_PREFIX)) sessionsOf(db).set(sessionId, true);
}

/** Actions were written into the session some other way (an import): count again on next use. */
export function forgetUnknownBodies(db: TrailformDb, sessionId: number): void {
  known.get(db)?.delete(sessionId);
}
