// Past sessions: rename, delete (with everything recorded for them), export as one JSON file and import
// one back as a new, stopped session.
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';
import type { RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import { SESSION_FORMAT, type SessionExport } from '../../shared/session-export.ts';
import { getConfirmation, putConfirmation, sessionEvents, storeEvents } from '../cloudtrail/confirmation-repo.ts';
import { importedAction } from '../capture/redact/redact-stored.ts';
import type { SensitiveIndex } from '../capture/redact/sensitive-index.ts';
import { listActions } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import { forgetUnknownBodies } from '../db/unknown-body-copies.ts';

export async function renameSession(db: TrailformDb, id: number, name: string): Promise<RecordingSession | null> {
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(id);
  if (session) {
    session.name = name;
    await tx.store.put(session);
  }
  await tx.done;
  return session ?? null;
}

/** Deletes the session, its actions and its confirmation; events no other session uses go too. */
export async function deleteSession(db: TrailformDb, id: number): Promise<boolean> {
  const tx = db.transaction(['sessions', 'actions', 'cloudtrailSync', 'cloudtrailEvents'], 'readwrite');
  const existed = (await tx.objectStore('sessions').get(id)) !== undefined;
  await tx.objectStore('sessions').delete(id);
  const actionKeys = await tx.objectStore('actions').index('by-session-time').getAllKeys(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
  for (const key of actionKeys) await tx.objectStore('actions').delete(key);
  await tx.objectStore('cloudtrailSync').delete(id);
  const events = tx.objectStore('cloudtrailEvents');
  for (const e of await events.index('by-session').getAll(id)) {
    const rest = e.sessionIds.filter((s) => s !== id);
    if (rest.length === 0) await events.delete(e.eventId);
    else await events.put({ ...e, sessionIds: rest });
  }
  await tx.done;
  return existed;
}

export async function exportSession(db: TrailformDb, session: RecordingSession, now: number): Promise<SessionExport> {
  const [actions, confirmation, stored] = await Promise.all([listActions(db, session.id), getConfirmation(db, session.id), sessionEvents(db, session.id)]);
  const byId = new Map(stored.map((e) => [e.eventId, e.record]));
  const matched = new Set<string>([
    ...(confirmation?.outcomes ?? []).flatMap((o) => (o.outcome === 'confirmed' ? [o.eventId] : [])),
    ...(confirmation?.cloudTrailOnly ?? []),
  ]);
  const records: CloudTrailRecord[] = [...matched].flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.eventID < b.eventID ? -1 : 1));
  return { format: SESSION_FORMAT, exportedAt: new Date(now).toISOString(), session, actions, records, confirmation };
}

/** Stores an export as a new stopped session (new ids; the records are kept as file-sourced events). */
export async function importSession(db: TrailformDb, doc: SessionExport, now: number, sensitive: SensitiveIndex): Promise<RecordingSession> {
  const tx = db.transaction(['sessions', 'actions'], 'readwrite');
  const src = doc.session;
  const draft: Omit<RecordingSession, 'id'> = {
    name: `${src.name} (imported)`.slice(0, 200), startedAt: src.startedAt, stoppedAt: src.stoppedAt ?? src.startedAt,
    accountId: src.accountId ?? null, regions: Array.isArray(src.regions) ? src.regions : [], consoleIdentity: src.consoleIdentity ?? null,
    actionCount: doc.actions.length,
  };
  const sessionId = await tx.objectStore('sessions').add(draft as RecordingSession);
  forgetUnknownBodies(db, sessionId);
  const idMap = new Map<number, number>();
  for (const action of doc.actions) {
    // Imported files pass through the same redaction and least storage as captured calls.
    const newId = await tx.objectStore('actions').add(importedAction(action, sessionId, sensitive) as RecordedAction);
    idMap.set(action.id, newId);
  }
  await tx.done;
  if (doc.records.length > 0) {
    await storeEvents(db, sessionId, doc.records.map((record) => ({
      eventId: record.eventID, region: record.awsRegion ?? 'us-east-1', lookupUsername: null, record,
    })), 'file', now, sensitive);
  }
  if (doc.confirmation) {
    const c: SessionConfirmation = {
      ...doc.confirmation,
      sessionId,
      // Nothing to wait for: an imported session is checked only if the user asks again.
      phase: doc.confirmation.phase === 'waiting' ? 'idle' : doc.confirmation.phase,
      nextCheckAt: null,
      outcomes: doc.confirmation.outcomes.flatMap((o) => {
        const actionId = idMap.get(o.actionId);
        return actionId === undefined ? [] : [{ ...o, actionId }];
      }),
    };
    await putConfirmation(db, c);
  }
  return { ...draft, id: sessionId };
}
