import { openDB } from 'idb';
import { DB_NAME, type TrailformDb, type TrailformSchema } from './schema.ts';
import { DB_VERSION, MIGRATIONS } from './migrations.ts';
import type { OpenHooks } from './db-connection.ts';

/** Opens (and upgrades) the recorder database; `version` exists so tests can open older versions. */
export function openTrailformDb(name = DB_NAME, version = DB_VERSION, hooks?: OpenHooks): Promise<TrailformDb> {
  return openDB<TrailformSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocked: () => hooks?.blocked(),
    terminated: () => hooks?.terminated(),
  });
}
