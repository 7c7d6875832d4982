// IndexedDB schema (idb DBSchema). Version history lives in migrations.ts.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';

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
      /** De-duplication and retry collapsing: calls to the same URL from the same tab in a session. */
      'by-session-request': [number, string];
      /** The popup's filter ("action" vs "unclassified") within a session. */
      'by-session-kind': [number, string];
    };
  };
}

export type TrailformDb = IDBPDatabase<TrailformSchema>;
