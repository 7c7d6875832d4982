// Issue 11's robustness guarantees: one malformed record costs only itself, list indexes are capped,
// relay batches stay under the message limit, storage failures are retried and reported.
import { captureRequests } from '../../../extension/capture/capture-service.ts';
import { recordingStatus, startRecording } from '../../../extension/background/recording-control.ts';
import { storageProblemText } from '../../../extension/popup/format.ts';
import { badgeFor } from '../../../extension/background/badge-view.ts';
import { createDbConnection } from '../../../extension/db/db-connection.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { MAX_QUERY_LIST_INDEX, unflattenQueryParams } from '../../../extension/capture/decode/form.ts';
import { readConsoleEnvelope } from '../../../extension/capture/classify/console-envelope.ts';
import { RelayQueue } from '../../../extension/content/relay-queue.ts';
import { MAX_BATCH_CHARS, MAX_RECORD_CHARS } from '../../../shared/messages.ts';
import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';

const TAB = { source: 'hook' as const, tabId: 3 };
let h: Harness;
let sessionId: number;

beforeEach(async () => {
  h = harness();
  sessionId = (await startRecording(h.recording, 'robustness')).session!.id;
});

function form(body: string, overrides: Partial<CapturedRequest> = {}): CapturedRequest {
  return captured({ body: { encoding: 'text', data: body, truncated: false }, ...overrides });
}

describe('per-record guards', () => {
  test('a record whose processing throws loses only itself', async () => {
    // A getter that throws stands for any record the classifier cannot cope with.
    const hostile = form('Action=CreateVpc&CidrBlock=10.9.0.0/16');
    Object.defineProperty(hostile, 'url', { get() { throw new TypeError('hostile url'); } });
    const results = await captureRequests(h.capture, [
      form('Action=CreateVpc&CidrBlock=10.1.0.0/16'), hostile, form('Action=CreateSubnet&CidrBlock=10.1.1.0/24'),
    ], TAB);
    expect(results.map((r) => r.stored)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ reason: 'malformed', error: 'TypeError: hostile url' });
    expect((await listActions(await h.db(), sessionId)).map((a) => a.operation)).toEqual(['CreateVpc', 'CreateSubnet']);
  });

  test('an envelope whose inner path is not a URL path does not throw', () => {
    const url = new URL('https://us-east-1.console.aws.amazon.com/cloudformation/api/cloudformation');
    for (const path of ['//[', '//evil.example/x', 'http://[::1']) {
      const env = readConsoleEnvelope({ method: 'POST', url: url.href, headers: {}, bodyText: JSON.stringify({ operation: 'CreateStack', path }) }, url);
      if (env) expect(new URL(env.inner.url).hostname).toBe('envelope.invalid');
    }
  });

  test('a record IndexedDB refuses loses only itself', async () => {
    const realDb = await h.db();
    let calls = 0;
    // Read-write transaction 1 is the whole batch and fails as a DataCloneError would abort it; the fallback then
    // stores record by record (transactions 2-4), and the second record's transaction fails again.
    const db = new Proxy(realDb, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
        return (...args: Parameters<typeof realDb.transaction>) => {
          if (args[1] === 'readwrite') calls++;
          if (args[1] === 'readwrite' && (calls === 1 || calls === 3)) throw new DOMException('could not be cloned', 'DataCloneError');
          return target.transaction(...args);
        };
      },
    });
    const results = await captureRequests({ ...h.capture, db: async () => db, retryDelaysMs: [] }, [
      form('Action=CreateVpc&CidrBlock=10.1.0.0/16'), form('Action=CreateVpc&CidrBlock=10.66.0.0/16'), form('Action=CreateSubnet&CidrBlock=10.1.1.0/24'),
    ], TAB);
    expect(results.map((r) => r.stored)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ reason: 'malformed', error: 'DataCloneError: could not be cloned' });
    expect((await listActions(realDb, sessionId)).map((a) => a.params?.['CidrBlock'])).toEqual(['10.1.0.0/16', '10.1.1.0/24']);
  });
});

describe('storage failures', () => {
  test('are reported, retried, and cleared on success', async () => {
    const reports: unknown[] = [];
    let failures = 2;
    const real = h.capture.db;
    const deps = {
      ...h.capture, retryDelaysMs: [1, 1],
      db: async () => {
        if (failures-- > 0) throw new DOMException('quota exceeded', 'QuotaExceededError');
        return real();
      },
      reportStorage: (e: unknown) => reports.push(e),
    };
    const results = await captureRequests(deps, [form('Action=CreateVpc&CidrBlock=10.2.0.0/16')], TAB);
    expect(results[0]).toMatchObject({ stored: true });
    expect(reports.map((r) => (r === null ? null : (r as Error).name))).toEqual(['QuotaExceededError', 'QuotaExceededError', null]);
  });

  test('a capture-table load failure is reported as that, not as a database problem, and retried', async () => {
    // The tables ship in the extension package; a damaged package is not a storage failure.
    const connection = createDbConnection(h.capture.db, { now: () => 7 });
    const problems: unknown[] = [];
    let failures = 1;
    const deps = {
      ...h.capture, retryDelaysMs: [1],
      tables: async () => {
        if (failures-- > 0) throw new Error('HTTP 404');
        return h.capture.tables();
      },
      reportStorage: (e: unknown) => {
        connection.report(e);
        problems.push(connection.problem());
      },
    };
    const results = await captureRequests(deps, [form('Action=CreateVpc&CidrBlock=10.3.0.0/16')], TAB);
    expect(results[0]).toMatchObject({ stored: true });
    const problem = { kind: 'tables-failed' as const, message: 'could not load the capture tables: HTTP 404', at: 7 };
    expect(problems).toEqual([problem, null]);
    expect(storageProblemText(problem)).toBe('Trailform cannot load its capture tables from the extension package (reinstalling it may help), so calls are not being saved (could not load the capture tables: HTTP 404). Retrying.');
    expect(badgeFor({ recording: true, session: null, storageProblem: problem }).title).toContain('cannot load its capture tables');
  });

  test('give up after the retries and throw', async () => {
    const deps = { ...h.capture, retryDelaysMs: [1], db: async () => { throw new Error('open failed'); } };
    await expect(captureRequests(deps, [form('Action=CreateVpc')], TAB)).rejects.toThrow('open failed');
  });

  test('reach the popup through the recording status, even when the database cannot be opened', async () => {
    const failing = { ...h.recording, db: async () => { throw new DOMException('blocked', 'UnknownError'); } };
    const status = await recordingStatus(failing);
    expect(status).toMatchObject({ recording: true, session: null, storageProblem: { kind: 'open-failed', message: 'blocked' } });
    expect(storageProblemText({ kind: 'quota', message: 'QuotaExceededError', at: 1 })).toBe('Browser storage is full, so new calls are not being saved (QuotaExceededError). Retrying.');
    const reported = await recordingStatus({ ...h.recording, storageProblem: () => ({ kind: 'blocked', message: 'older version open', at: 2 }) });
    expect(reported.storageProblem).toMatchObject({ kind: 'blocked' });
    expect(reported.session).not.toBeNull();
  });

  test('show on the badge', () => {
    const view = badgeFor({ recording: true, session: null, storageProblem: { kind: 'quota', message: 'QuotaExceededError', at: 1 } });
    expect(view).toMatchObject({ text: '!' });
    expect(view.title).toContain('out of storage space');
  });
});

describe('query list indexes', () => {
  test('an index past the cap is dropped instead of building a huge array', () => {
    const params = unflattenQueryParams([['ResourceId.50000000', 'i-1'], ['Tag.1.Key', 'k'], [`Filter.${MAX_QUERY_LIST_INDEX}.Name`, 'n']]);
    expect(params).toEqual({ Tag: [{ Key: 'k' }], Filter: expect.any(Array) });
    expect((params['Filter'] as unknown[]).length).toBe(MAX_QUERY_LIST_INDEX);
    expect(JSON.stringify(unflattenQueryParams([['A.99999', 'x']]))).toBe('{}');
  });

  test('__proto__ keys do not reach the prototype', () => {
    const params = unflattenQueryParams([['__proto__.polluted', 'yes']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(params).toEqual({});
  });
});

describe('relay batches', () => {
  test('stay within the character budget', () => {
    expect(MAX_RECORD_CHARS).toBeLessThan(MAX_BATCH_CHARS);
    // 64 MiB Chrome message limit, with JSON escaping able to double the records.
    expect(MAX_BATCH_CHARS * 2 + 1024 * 1024).toBeLessThan(64 * 1024 * 1024);
    const q = new RelayQueue(200, 100, 60);
    expect(q.push('x'.repeat(60))).toBe(true);
    expect(q.isFullFor('y'.repeat(50))).toBe(true);
    expect(q.push('y'.repeat(50))).toBe(false);
    expect(q.push('z'.repeat(61))).toBe(false);
    expect(q.take()).toHaveLength(1);
    expect(q.push('y'.repeat(50))).toBe(true);
  });
});

describe('CBOR maps', () => {
  test('a "__proto__" key stays a key', async () => {
    const { decodeCbor } = await import('../../../extension/capture/decode/cbor.ts');
    const key = new TextEncoder().encode('__proto__');
    // {"__proto__": {"x": 1}}
    const bytes = Uint8Array.from([0xa1, 0x60 + key.length, ...key, 0xa1, 0x61, 0x78, 0x01]);
    const value = decodeCbor(bytes) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(JSON.stringify(value)).toBe('{"__proto__":{"x":1}}');
  });
});
