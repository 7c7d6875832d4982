// Numbered schema upgrades. Migration N takes the database from version N-1 to N; never edit a
// shipped migration, append a new one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { TrailformSchema } from './schema.ts';

type UpgradeTx = IDBPTransaction<TrailformSchema, StoreNames<TrailformSchema>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<TrailformSchema>, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: the two stores, with the session/time index the first popup used.
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id', autoIncrement: true });
    sessions.createIndex('by-started', 'startedAt');
    const actions = db.createObjectStore('actions', { keyPath: 'id', autoIncrement: true });
    actions.createIndex('by-session-time', ['sessionId', 'capturedAt']);
  },
  // 2: de-duplication against webRequest and retry collapsing look calls up by fingerprint (or by
  // request key when one capture path could not read the body); the popup filters by kind.
  (_db, tx) => {
    const actions = tx.objectStore('actions');
    actions.createIndex('by-session-fingerprint', ['sessionId', 'fingerprint']);
    actions.createIndex('by-session-request', ['sessionId', 'requestKey']);
    actions.createIndex('by-session-kind', ['sessionId', 'kind']);
  },
  // 3: CloudTrail confirmation: fetched events keyed by eventID (CloudTrail may deliver a record twice),
  // findable by the sessions that looked them up; each session's match outcome and waiting state.
  (db) => {
    const events = db.createObjectStore('cloudtrailEvents', { keyPath: 'eventId' });
    events.createIndex('by-session', 'sessionIds', { multiEntry: true });
    db.createObjectStore('cloudtrailSync', { keyPath: 'sessionId' });
  },
];

export const DB_VERSION = MIGRATIONS.length;
