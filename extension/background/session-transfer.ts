// Export and import of large sessions in pieces: an extension page asks for the head, then pages of
// actions and of records, and writes the file as they come; an import sends the file's actions and
// records in chunks into a new session created first. No piece comes near the 64 MiB message cap.
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';
import type { RecordedAction, RecordingSession } from '../../shared/recorded-action.ts';
import { MAX_CHUNK_CHARS, type ActionChunk, type ActionCursor, type ExportHead, type RecordChunk } from '../../shared/session-paging.ts';
import type { SessionRow } from '../../shared/session-view.ts';
import { importedAction } from '../capture/redact/redact-stored.ts';
import type { SensitiveIndex } from '../capture/redact/sensitive-index.ts';
import { getConfirmation, putConfirmation, storeEvents } from '../cloudtrail/confirmation-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import type { SessionRowsCache } from './session-rows.ts';
import { forgetUnknownBodies } from '../db/unknown-body-copies.ts';

/** The CloudTrail records an export carries: those the session matched, oldest first, each once. */
function matchedRecords(rows: readonly SessionRow[]): CloudTrailRecord[] {
  const byId = new Map<string, CloudTrailRecord>();
  for (const r of rows) if (r.record && (r.status === 'confirmed' || r.status === 'cloudtrail-only')) byId.set(r.record.eventID, r.record);
  return [...byId.values()].sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.eventID < b.eventID ? -1 : 1));
}

export async function exportHead(db: TrailformDb, cache: SessionRowsCache, sessionId: number): Promise<ExportHead | null> {
  const found = await cache.read(db, sessionId);
  if (!found) return null;
  return { session: found.session, confirmation: await getConfirmation(db, sessionId), recordCount: matchedRecords(found.rows).length };
}

/** Up to `limit` of the session's actions in capture order, after `after` (from the start when null). */
export async function exportActions(db: TrailformDb, sessionId: number, after: ActionCursor | null, limit: number): Promise<ActionChunk> {
  const index = db.transaction('actions').store.index('by-session-time');
  const range = IDBKeyRange.bound([sessionId, after ? after[0] : -Infinity], [sessionId, Infinity]);
  let cursor = await index.openCursor(range);
  // Index entries with the same key are ordered by primary key, so (capturedAt, id) is a total order:
  // skip the few entries of the last chunk's millisecond that it already carried.
  while (cursor && after && cursor.value.capturedAt === after[0] && cursor.value.id <= after[1]) cursor = await cursor.continue();
  const actions: RecordedAction[] = [];
  // Bodies make actions large (up to ~1.3 MB each): a chunk also stops at about MAX_CHUNK_CHARS.
  let chars = 0;
  while (cursor && actions.length < limit && (actions.length === 0 || chars < MAX_CHUNK_CHARS)) {
    const a = cursor.value;
    chars += 2048 + a.request.url.length + (a.request.body?.length ?? 0) + (a.response?.body?.length ?? 0);
    actions.push(a);
    cursor = await cursor.continue();
  }
  const last = actions[actions.length - 1];
  return { actions, next: cursor && last ? [last.capturedAt, last.id] : null };
}

export async function exportRecords(db: TrailformDb, cache: SessionRowsCache, sessionId: number, offset: number, limit: number): Promise<RecordChunk | null> {
  const found = await cache.read(db, sessionId);
  if (!found) return null;
  const records = matchedRecords(found.rows);
  return { records: records.slice(offset, offset + limit), total: records.length };
}

/** Imports in progress in this worker. A worker that stops midway leaves the partial session named "(importing…)". */
const importing = new Set<number>();

function requireImporting(sessionId: number): void {
  if (!importing.has(sessionId)) throw new Error(`Trailform: no import in progress for session ${sessionId} (was the extension restarted? delete the partial session and import again)`);
}

export async function importStart(db: TrailformDb, src: RecordingSession): Promise<{ sessionId: number }> {
  const draft: Omit<RecordingSession, 'id'> = {
    name: `${src.name} (importing…)`.slice(0, 200), startedAt: src.startedAt, stoppedAt: src.stoppedAt ?? src.startedAt,
    accountId: src.accountId ?? null, regions: Array.isArray(src.regions) ? src.regions : [], consoleIdentity: src.consoleIdentity ?? null,
    actionCount: 0,
  };
  const sessionId = await db.add('sessions', draft as RecordingSession);
  importing.add(sessionId);
  return { sessionId };
}

/**
 * Stores a chunk of exported actions under new ids, in order; returns the new ids. A file may come from
 * an older version, another machine or anyone: each action gets capture's redaction and least storage.
 */
export async function importActions(db: TrailformDb, sessionId: number, actions: readonly RecordedAction[], sensitive: SensitiveIndex): Promise<{ ids: number[] }> {
  requireImporting(sessionId);
  const tx = db.transaction(['sessions', 'actions'], 'readwrite');
  const ids: number[] = [];
  forgetUnknownBodies(db, sessionId);
  for (const action of actions) ids.push(await tx.objectStore('actions').add(importedAction(action, sessionId, sensitive) as RecordedAction));
  const session = await tx.objectStore('sessions').get(sessionId);
  if (session) await tx.objectStore('sessions').put({ ...session, actionCount: session.actionCount + ids.length });
  await tx.done;
  return { ids };
}

export async function importRecords(db: TrailformDb, sessionId: number, records: readonly CloudTrailRecord[], now: number, sensitive: SensitiveIndex): Promise<{ stored: number }> {
  requireImporting(sessionId);
  const stored = await storeEvents(db, sessionId, records.map((record) => ({
    eventId: record.eventID, region: record.awsRegion ?? 'us-east-1', lookupUsername: null, record,
  })), 'file', now, sensitive);
  return { stored };
}

/**
 * Ends an import: the confirmation (its action ids already mapped to the new ones by the page) is kept
 * for the actions that are in this session, and the session gets its final name.
 */
export async function importFinish(db: TrailformDb, sessionId: number, name: string, confirmation: SessionConfirmation | null): Promise<RecordingSession> {
  requireImporting(sessionId);
  if (confirmation) {
    const own = new Set(await db.getAllKeysFromIndex('actions', 'by-session-time', IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity])));
    await putConfirmation(db, {
      ...confirmation,
      sessionId,
      // Nothing to wait for: an imported session is checked only if the user asks again.
      phase: confirmation.phase === 'waiting' ? 'idle' : confirmation.phase,
      nextCheckAt: null,
      outcomes: confirmation.outcomes.filter((o) => own.has(o.actionId)),
    });
  }
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(sessionId);
  if (!session) throw new Error(`Trailform: the session being imported (${sessionId}) was deleted`);
  const finished = { ...session, name: `${name} (imported)`.slice(0, 200) };
  await tx.store.put(finished);
  await tx.done;
  importing.delete(sessionId);
  return finished;
}
