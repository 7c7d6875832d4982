import type { ConsoleIdentity, RecordingSession } from '../../shared/recorded-action.ts';
import type { TrailformDb } from './schema.ts';

export async function createSession(db: TrailformDb, name: string, startedAt: number): Promise<RecordingSession> {
  const draft: Omit<RecordingSession, 'id'> = {
    name, startedAt, stoppedAt: null, accountId: null, regions: [], consoleIdentity: null, actionCount: 0,
  };
  // keyPath + autoIncrement assigns the id; idb's types want the full value.
  const id = await db.add('sessions', draft as RecordingSession);
  return { ...draft, id };
}

export async function stopSession(db: TrailformDb, id: number, stoppedAt: number): Promise<RecordingSession | null> {
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(id);
  if (session && session.stoppedAt === null) {
    session.stoppedAt = stoppedAt;
    await tx.store.put(session);
  }
  await tx.done;
  return session ?? null;
}

export function getSession(db: TrailformDb, id: number): Promise<RecordingSession | undefined> {
  return db.get('sessions', id);
}

/** Newest first. */
export async function listSessions(db: TrailformDb): Promise<RecordingSession[]> {
  return (await db.getAllFromIndex('sessions', 'by-started')).reverse();
}

export async function setConsoleIdentity(db: TrailformDb, id: number, identity: ConsoleIdentity): Promise<void> {
  const tx = db.transaction('sessions', 'readwrite');
  const session = await tx.store.get(id);
  if (session) {
    session.consoleIdentity = identity;
    session.accountId ??= identity.accountId;
    await tx.store.put(session);
  }
  await tx.done;
}

/** The most recently started session, read with a single cursor step. */
export async function latestSession(db: TrailformDb): Promise<RecordingSession | null> {
  const cursor = await db.transaction('sessions').store.index('by-started').openCursor(null, 'prev');
  return cursor?.value ?? null;
}
