// Large-session messages through the background router, over fake-indexeddb: the summary and pages
// read from the worker's row copy (which follows captures and CloudTrail changes), the streamed
// export (same document as the one-message export) and the chunked import of it.
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { createSessionRowsCache } from '../../../extension/background/session-rows.ts';
import { emptyConfirmation, putConfirmation, storeEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { streamExport } from '../../../extension/ui/stream-export.ts';
import { chunked, streamImport } from '../../../extension/ui/stream-import.ts';
import type { Send } from '../../../extension/ui/send.ts';
import type { RecordedAction, RecordingSession, RecordingStatus } from '../../../shared/recorded-action.ts';
import type { SessionExport } from '../../../shared/session-export.ts';
import type { RecordPage, RowPage, SessionSummary } from '../../../shared/session-paging.ts';
import { consoleRecord } from '../../fake-cloudtrail/records.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';
import { bundledTables } from '../../../extension/capture/bundled-tables.ts';

const popup: MessageSender = { tabId: null, url: 'chrome-extension://x/extension/popup/popup.html', fromExtensionPage: true };
const consolePage: MessageSender = { tabId: 7, url: 'https://us-east-1.console.aws.amazon.com/vpc/home', fromExtensionPage: false };

let h: Harness;
let rows: ReturnType<typeof createSessionRowsCache>;
let notices: (number[] | null)[];
let raw: (type: string, payload: object, sender?: MessageSender) => Promise<unknown>;
let send: Send;

beforeEach(() => {
  h = harness();
  rows = createSessionRowsCache();
  notices = [];
  const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {}, rows, changed: (ids) => notices.push(ids) });
  raw = (type, payload, sender = popup) => route({ type, payload }, sender) ?? Promise.reject(new Error(`not routed: ${type}`));
  send = ((type: string, payload: object) => raw(type, payload)) as Send;
});

function vpcCall(i: number, at: number): string {
  return JSON.stringify(captured({
    body: { encoding: 'text', data: `Action=CreateVpc&Version=2016-11-15&CidrBlock=10.${i}.0.0%2F16`, truncated: false },
    startedAt: at, endedAt: at + 50,
  }));
}

async function recordVpcs(count: number): Promise<number> {
  const started = await raw('recording/start', { name: 'big' }) as RecordingStatus;
  const t = h.clock.now;
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => vpcCall(i + j, t + 1000 + (i + j) * 10));
    await raw('capture/page-batch', { records: batch }, consolePage);
  }
  return started.session!.id;
}

describe('session summary and pages', () => {
  test('counts by status and one page at a time, without the records', async () => {
    const id = await recordVpcs(120);
    const summary = await send('sessions/summary', { sessionId: id }) as SessionSummary;
    expect(summary.rowCount).toBe(120);
    expect(summary.counts['captured-only']).toBe(120);
    expect(summary.translatable).toBe(120);
    const page = await send('sessions/page', { sessionId: id, offset: 100, limit: 50 }) as RowPage;
    expect(page.total).toBe(120);
    expect(page.rows).toHaveLength(20);
    expect(page.rows[0]!.resourceName).toBe('10.100.0.0/16');
    expect(page.rows[0]).not.toHaveProperty('record');
    expect(page.rows.every((r) => r.translatable)).toBe(true);
    const records = await send('sessions/record-page', { sessionId: id, offset: 0, limit: 2 }) as RecordPage;
    expect(records.rows.map((r) => r.record?.eventName)).toEqual(['CreateVpc', 'CreateVpc']);
    expect(await send('sessions/summary', { sessionId: 999 })).toBeNull();
  });

  test('captures after the first read show up in the summary and pages, and watching pages are told', async () => {
    const id = await recordVpcs(3);
    expect((await send('sessions/summary', { sessionId: id }))!.rowCount).toBe(3);
    notices.length = 0;
    await raw('capture/page-batch', { records: [vpcCall(50, h.clock.now + 1005)] }, consolePage);
    expect(notices).toEqual([[id]]);
    const summary = await send('sessions/summary', { sessionId: id }) as SessionSummary;
    expect(summary.rowCount).toBe(4);
    const page = await send('sessions/page', { sessionId: id, offset: 0, limit: 10 }) as RowPage;
    // Page reports are timed by their receipt (the page's own startedAt is only its claim), so the new
    // call comes last even though it claims to have been issued between the first and the second.
    expect(page.rows.map((r) => r.resourceName)).toEqual(['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.50.0.0/16']);
  });

  test('a page larger than the cap is refused', async () => {
    const id = await recordVpcs(1);
    await expect(raw('sessions/page', { sessionId: id, offset: 0, limit: 100_000 }).catch(() => 'refused')).resolves.toBe('refused');
    await expect(raw('sessions/page', { sessionId: id, offset: -1, limit: 10 }).catch(() => 'refused')).resolves.toBe('refused');
  });

  test('content scripts cannot read pages or import', async () => {
    const id = await recordVpcs(1);
    await expect(raw('sessions/page', { sessionId: id, offset: 0, limit: 10 }, consolePage)).rejects.toThrow(/not allowed/);
    await expect(raw('sessions/import-start', { session: { name: 'x', startedAt: 1 } }, consolePage)).rejects.toThrow(/not allowed/);
  });
});

describe('streamed export and import', () => {
  async function confirmedSession(): Promise<{ id: number; actions: RecordedAction[] }> {
    const id = await recordVpcs(1200);
    await raw('recording/stop', {});
    const actions = await raw('actions/list', { sessionId: id }) as RecordedAction[];
    const db = await h.db();
    const confirmedAction = actions[5]!;
    const record = consoleRecord({
      eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc', time: confirmedAction.capturedAt, eventID: 'ev-vpc',
      requestParameters: { cidrBlock: '10.5.0.0/16' }, responseElements: { vpc: { vpcId: 'vpc-0123456789abcdef0' } },
    });
    const topic = consoleRecord({ eventSource: 'sns.amazonaws.com', eventName: 'CreateTopic', time: confirmedAction.capturedAt + 2000, eventID: 'ev-topic', requestParameters: { name: 'alerts' } });
    await storeEvents(db, id, [record, topic].map((r) => ({ eventId: r.eventID, region: 'us-east-1', lookupUsername: null, record: r })), 'lookup', 0, bundledTables().sensitive);
    await putConfirmation(db, {
      ...emptyConfirmation(id), phase: 'complete', source: 'lookup', confirmedCount: 1,
      outcomes: [{ actionId: confirmedAction.id, outcome: 'confirmed', eventId: 'ev-vpc', deltaMs: 0 }], cloudTrailOnly: ['ev-topic'],
    });
    rows.invalidate(id);
    return { id, actions };
  }

  test('the streamed export is the one-message export, in pages', async () => {
    const { id } = await confirmedSession();
    const pages: number[] = [];
    const out = await streamExport(send, id, h.clock.now, (p) => pages.push(p.actions));
    expect(out!.fileName).toBe('trailform-big.json');
    expect(pages.length).toBeGreaterThan(2);
    const streamed = JSON.parse(out!.parts.join('')) as SessionExport;
    const whole = JSON.parse(JSON.stringify(await raw('sessions/export', { sessionId: id }))) as SessionExport;
    expect(streamed).toEqual({ ...whole, exportedAt: streamed.exportedAt });
    expect(streamed.actions).toHaveLength(1200);
    expect(streamed.records.map((r) => r.eventID)).toEqual(['ev-vpc', 'ev-topic']);
  });

  test('an export imported in chunks exports again identical (but for ids and name)', async () => {
    const { id } = await confirmedSession();
    const first = (await streamExport(send, id, h.clock.now))!.parts.join('');
    const imported = await streamImport(send, first, 'big.json') as RecordingSession;
    expect(imported.name).toBe('big (imported)');
    expect(imported.actionCount).toBe(1200);
    const again = JSON.parse((await streamExport(send, imported.id, h.clock.now))!.parts.join('')) as SessionExport;
    const before = JSON.parse(first) as SessionExport;
    const strip = (d: SessionExport) => ({
      actions: d.actions.map(({ id: _id, sessionId: _s, ...rest }) => rest),
      records: d.records,
      outcomes: d.confirmation!.outcomes.map(({ actionId, ...rest }) => ({ ...rest, index: d.actions.findIndex((a) => a.id === actionId) })),
      session: { ...d.session, id: 0, name: '' },
    });
    expect(strip(again)).toEqual(strip(before));
    const summary = await send('sessions/summary', { sessionId: imported.id }) as SessionSummary;
    expect(summary.counts).toEqual({ confirmed: 1, 'captured-only': 1199, 'cloudtrail-only': 1, unsupported: 0 });
  });

  test('a bad file is refused with what is wrong, and nothing is created', async () => {
    expect(await streamImport(send, '{"format":"other"}', 'x.json')).toMatch(/^x\.json: not a Trailform session/);
    expect(await streamImport(send, 'nope', 'x.json')).toBe('x.json: not JSON');
    expect(await raw('sessions/list', {})).toEqual([]);
  });

  test('chunks stop at the item and size limits', () => {
    expect(chunked([1, 2, 3, 4, 5], 2).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunked(['a'.repeat(10), 'b'.repeat(10), 'c'], 10, 25).map((c) => c.length)).toEqual([1, 2]);
  });

  test('actions cannot be added to a session that is not being imported', async () => {
    const id = await recordVpcs(1);
    const [action] = await raw('actions/list', { sessionId: id }) as RecordedAction[];
    await expect(send('sessions/import-actions', { sessionId: id, actions: [action!] })).rejects.toThrow(/no import in progress/);
  });
});
