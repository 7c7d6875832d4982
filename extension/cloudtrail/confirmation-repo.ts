// IndexedDB access for CloudTrail confirmation (stores from migration 3). Events are keyed by eventID:
// a second delivery of a record replaces the first, and a record with addendum.originalEventID
// (UPDATED_DATA: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html)
// replaces the one it corrects.
import type { SessionConfirmation, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';
import type { TrailformDb } from '../db/schema.ts';
import { redactTrailRecord } from '../capture/redact/redact-stored.ts';
import type { SensitiveIndex } from '../capture/redact/sensitive-index.ts';
import type { TrailEvent } from './types.ts';

export function emptyConfirmation(sessionId: number): SessionConfirmation {
  return {
    sessionId, phase: 'idle', source: null, waitStartedAt: null, deadline: null, checks: 0, checkStartedAt: null, lastCheckAt: null,
    nextCheckAt: null, lastError: null, matchableCount: 0, confirmedCount: 0, outcomes: [], cloudTrailOnly: [],
    identity: null, identityUnanimous: false, clockOffsetMs: 0, lookupCalls: 0,
  };
}

export async function getConfirmation(db: TrailformDb, sessionId: number): Promise<SessionConfirmation | null> {
  return (await db.get('cloudtrailSync', sessionId)) ?? null;
}

export async function putConfirmation(db: TrailformDb, c: SessionConfirmation): Promise<void> {
  await db.put('cloudtrailSync', c);
}

export async function listConfirmations(db: TrailformDb): Promise<SessionConfirmation[]> {
  return db.getAll('cloudtrailSync');
}

function originalEventId(e: TrailEvent): string | null {
  const addendum = (e.record as { addendum?: { originalEventID?: unknown } }).addendum;
  return typeof addendum?.originalEventID === 'string' && addendum.originalEventID !== e.eventId ? addendum.originalEventID : null;
}

/**
 * Stores events for a session in one transaction; returns how many were new to the store. Every record
 * is redacted first (the same sensitive members and context rules as capture): this is the one way
 * CloudTrail events, fetched or from files or imports, enter storage. `sensitive` is loaded before the
 * transaction starts, which must not wait on anything but IndexedDB.
 */
export async function storeEvents(db: TrailformDb, sessionId: number, events: readonly TrailEvent[], source: 'lookup' | 'file', now: number, sensitive: SensitiveIndex): Promise<number> {
  const tx = db.transaction('cloudtrailEvents', 'readwrite');
  let added = 0;
  for (const e of events) {
    const existing = await tx.store.get(e.eventId);
    const sessionIds = new Set(existing?.sessionIds ?? []);
    sessionIds.add(sessionId);
    const replaced = originalEventId(e);
    if (replaced) {
      const old = await tx.store.get(replaced);
      for (const id of old?.sessionIds ?? []) sessionIds.add(id);
      if (old) await tx.store.delete(replaced);
    }
    if (!existing) added += 1;
    const stored: StoredTrailEvent = {
      eventId: e.eventId, region: e.region, lookupUsername: e.lookupUsername ?? existing?.lookupUsername ?? null,
      record: redactTrailRecord(e.record, sensitive), sessionIds: [...sessionIds].sort((a, b) => a - b), source, fetchedAt: now,
    };
    await tx.store.put(stored);
  }
  await tx.done;
  return added;
}

export function sessionEvents(db: TrailformDb, sessionId: number): Promise<StoredTrailEvent[]> {
  return db.getAllFromIndex('cloudtrailEvents', 'by-session', sessionId);
}
