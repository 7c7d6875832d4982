// IndexedDB schema (idb DBSchema). Version history lives in migrations.ts.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import type { SessionConfirmation, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';

export const DB_NAME = 'trailform';

export interface TrailformSchema extends DBSchema {
  sessions: {
    key: number;
    value: RecordingSession;
    indexes: { 'by-started': number };
  };
  actions: {
    key: number;
    value: RecordedAction;
    indexes: {
      /** The popup's list: a session's actions in time order. */
      'by-session-time': [number, number];
      /** De-duplication and retry collapsing: the same call (tab, method, URL, body) in a session. */
      'by-session-fingerprint': [number, string];
      /** Calls to the same URL from the same tab in a session, for copies whose body is unknown. */
      'by-session-request': [number, string];
      /** The popup's filter ("action" vs "unclassified") within a session. */
      'by-session-kind': [number, string];
    };
  };
  /** CloudTrail events by eventID (migration 3). */
  cloudtrailEvents: {
    key: string;
    value: StoredTrailEvent;
    indexes: { 'by-session': number };
  };
  /** Each session's CloudTrail confirmation, by session id (migration 3). */
  cloudtrailSync: {
    key: number;
    value: SessionConfirmation;
  };
}

export type TrailformDb = IDBPDatabase<TrailformSchema>;
