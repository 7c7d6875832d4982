import { createDbConnection, type OpenHooks } from '../../../extension/db/db-connection.ts';
import type { TrailformDb } from '../../../extension/db/schema.ts';

function fakeDb(): TrailformDb & { closed: boolean } {
  const db = { closed: false, close() { db.closed = true; } };
  return db as unknown as TrailformDb & { closed: boolean };
}

describe('createDbConnection', () => {
  test('a failed open is not cached: the next use opens again, and the problem clears', async () => {
    let attempts = 0;
    const db = fakeDb();
    const conn = createDbConnection(async () => {
      attempts++;
      if (attempts === 1) throw new DOMException('disk I/O', 'UnknownError');
      return db;
    }, { now: () => 5 });
    await expect(conn.get()).rejects.toThrow('disk I/O');
    expect(conn.problem()).toEqual({ kind: 'open-failed', message: 'disk I/O', at: 5 });
    expect(await conn.get()).toBe(db);
    expect(attempts).toBe(2);
    expect(conn.problem()).toBeNull();
    expect(await conn.get()).toBe(db);
    expect(attempts).toBe(2);
  });

  test('a blocked open is reported, given up after the timeout, and its late connection closed', async () => {
    let finish: (db: TrailformDb) => void = () => {};
    const late = fakeDb();
    const conn = createDbConnection((hooks: OpenHooks) => new Promise<TrailformDb>((resolve) => {
      hooks.blocked();
      finish = resolve;
    }), { now: () => 9, blockedTimeoutMs: 10 });
    const first = conn.get();
    expect(conn.problem()).toMatchObject({ kind: 'blocked' });
    await expect(first).rejects.toThrow('blocked');
    finish(late);
    await new Promise((r) => setTimeout(r, 0));
    expect(late.closed).toBe(true);
    expect(conn.problem()).toMatchObject({ kind: 'blocked' });
  });

  test('a terminated connection is reopened on next use', async () => {
    let hooksOf: OpenHooks | null = null;
    let opens = 0;
    const conn = createDbConnection(async (hooks) => {
      hooksOf = hooks;
      opens++;
      return fakeDb();
    });
    await conn.get();
    hooksOf!.terminated();
    expect(conn.problem()).toMatchObject({ kind: 'open-failed' });
    await conn.get();
    expect(opens).toBe(2);
    expect(conn.problem()).toBeNull();
  });

  test('quota errors reported by writes are named as such', () => {
    const changes: (string | null)[] = [];
    const conn = createDbConnection(async () => fakeDb(), { now: () => 1, onProblemChange: (p) => changes.push(p?.kind ?? null) });
    conn.report(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(conn.problem()).toMatchObject({ kind: 'quota' });
    conn.report(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    conn.report(null);
    expect(conn.problem()).toBeNull();
    expect(changes).toEqual(['quota', null]);
  });
});
