import { openDB } from 'idb';
import type { NewRecordedAction } from '../../../shared/recorded-action.ts';
import { countActions, listActions, storeObservation } from '../../../extension/db/actions-repo.ts';
import { DB_VERSION, MIGRATIONS } from '../../../extension/db/migrations.ts';
import { openTrailformDb } from '../../../extension/db/open-db.ts';
import { createSession, getSession, latestSession, listSessions, setConsoleIdentity, stopSession } from '../../../extension/db/sessions-repo.ts';
import { resetIndexedDb } from '../support/fresh-db.ts';

beforeEach(resetIndexedDb);

function action(sessionId: number, capturedAt: number, overrides: Partial<NewRecordedAction> = {}): NewRecordedAction {
  return {
    sessionId, capturedAt, completedAt: capturedAt + 10, tabId: 1, pageUrl: null, accountId: null, kind: 'action', serviceId: 'ec2',
    eventSource: 'ec2.amazonaws.com', operation: 'CreateVpc', region: 'us-east-1', protocol: 'ec2', via: 'direct', params: null,
    request: { method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/', headers: {}, body: null, bodyTruncated: false },
    response: null, status: 'succeeded', httpStatus: 200, attempts: 1, lastAttemptAt: capturedAt,
    sources: { hook: 1, webRequest: 0 }, fingerprint: `f${capturedAt}`, requestKey: `k${capturedAt}`, bodyUnknown: false, invocationId: null,
    ...overrides,
  };
}

describe('schema and upgrades', () => {
  test('the current version has both stores and every index', async () => {
    const db = await openTrailformDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['actions', 'sessions']));
    const tx = db.transaction('actions');
    expect([...tx.store.indexNames].sort()).toEqual(['by-session-fingerprint', 'by-session-kind', 'by-session-request', 'by-session-time']);
    db.close();
  });

  test('upgrading a version-1 database keeps its data and adds the new indexes', async () => {
    const v1 = await openTrailformDb('trailform', 1);
    expect(v1.version).toBe(1);
    const session = await createSession(v1, 'old', 1000);
    await v1.add('actions', action(session.id, 2000) as never);
    expect([...v1.transaction('actions').store.indexNames]).toEqual(['by-session-time']);
    v1.close();

    const latest = await openTrailformDb();
    expect(latest.version).toBe(MIGRATIONS.length);
    expect(await listSessions(latest)).toMatchObject([{ name: 'old' }]);
    expect(await latest.getAllFromIndex('actions', 'by-session-request', [session.id, 'k2000'])).toHaveLength(1);
    expect(await latest.countFromIndex('actions', 'by-session-kind', [session.id, 'action'])).toBe(1);
    latest.close();
  });

  test('each migration runs once, in order', async () => {
    const db = await openTrailformDb('trailform', 1);
    db.close();
    const again = await openTrailformDb();
    again.close();
    // Opening at the current version again must not re-run migration 2 (createIndex would throw).
    await expect(openTrailformDb()).resolves.toBeTruthy();
    const raw = await openDB('trailform');
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });
});

describe('sessions', () => {
  test('create, stop, identity, list newest first', async () => {
    const db = await openTrailformDb();
    const a = await createSession(db, 'a', 1000);
    const b = await createSession(db, 'b', 2000);
    await stopSession(db, a.id, 1500);
    await setConsoleIdentity(db, b.id, { accountId: '123456789012', arn: null });
    expect(await getSession(db, a.id)).toMatchObject({ stoppedAt: 1500 });
    expect(await getSession(db, b.id)).toMatchObject({ accountId: '123456789012', consoleIdentity: { accountId: '123456789012' } });
    expect((await listSessions(db)).map((s) => s.name)).toEqual(['b', 'a']);
  });

  test('latestSession is the most recently started one', async () => {
    const db = await openTrailformDb();
    expect(await latestSession(db)).toBeNull();
    await createSession(db, 'a', 2000);
    await createSession(db, 'b', 1000);
    expect((await latestSession(db))?.name).toBe('a');
  });

  test('stopping twice keeps the first stop time', async () => {
    const db = await openTrailformDb();
    const s = await createSession(db, 's', 1);
    await stopSession(db, s.id, 10);
    await stopSession(db, s.id, 20);
    expect((await getSession(db, s.id))?.stoppedAt).toBe(10);
  });
});

describe('actions', () => {
  test('are listed per session in capture order and counted', async () => {
    const db = await openTrailformDb();
    const s1 = await createSession(db, 's1', 0);
    const s2 = await createSession(db, 's2', 0);
    await storeObservation(db, action(s1.id, 300), 'hook');
    await storeObservation(db, action(s1.id, 100), 'hook');
    await storeObservation(db, action(s2.id, 200), 'hook');
    expect((await listActions(db, s1.id)).map((a) => a.capturedAt)).toEqual([100, 300]);
    expect(await countActions(db, s1.id)).toBe(2);
    expect((await getSession(db, s1.id))?.actionCount).toBe(2);
  });

  test('concurrent observations of one call are stored once', async () => {
    const db = await openTrailformDb();
    const s = await createSession(db, 's', 0);
    const same = { fingerprint: 'f', requestKey: 'k' };
    await Promise.all([
      storeObservation(db, action(s.id, 100, { ...same, sources: { hook: 1, webRequest: 0 } }), 'hook'),
      storeObservation(db, action(s.id, 101, { ...same, sources: { hook: 0, webRequest: 1 } }), 'webRequest'),
    ]);
    expect(await listActions(db, s.id)).toMatchObject([{ sources: { hook: 1, webRequest: 1 }, attempts: 1 }]);
  });
});
