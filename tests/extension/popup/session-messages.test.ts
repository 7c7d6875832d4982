// The popup's messages through the background router, over fake-indexeddb: session detail rows with
// their status, rename, export (a file `trailform translate` reads), import and delete.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { emptyConfirmation, putConfirmation, storeEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import type { RecordedAction, RecordingSession, RecordingStatus } from '../../../shared/recorded-action.ts';
import { SESSION_FORMAT, parseSessionExport, type SessionExport } from '../../../shared/session-export.ts';
import type { SessionDetail } from '../../../shared/session-view.ts';
import { consoleRecord } from '../../fake-cloudtrail/records.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';
import { bundledTables } from '../../../extension/capture/bundled-tables.ts';

const popup: MessageSender = { tabId: null, url: 'chrome-extension://x/extension/popup/popup.html', fromExtensionPage: true };
const page: MessageSender = { tabId: 7, url: 'https://us-east-1.console.aws.amazon.com/vpc/home', fromExtensionPage: false };
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

let h: Harness;
let send: (type: string, payload: object, sender?: MessageSender) => Promise<unknown>;

beforeEach(() => {
  h = harness();
  const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
  send = (type, payload, sender = popup) => route({ type, payload }, sender) ?? Promise.reject(new Error(`not routed: ${type}`));
});

/** A stopped session with a VPC (confirmed), a role (captured only) and an S3 call (unsupported without CloudTrail). */
async function recordedSession(): Promise<{ session: RecordingSession; actions: RecordedAction[] }> {
  const started = await send('recording/start', { name: 'demo' }) as RecordingStatus;
  const t = h.clock.now;
  await captureRequest(h.capture, captured({ startedAt: t + 1000, endedAt: t + 1050 }), { source: 'hook', tabId: 7 });
  await captureRequest(h.capture, captured({
    url: 'https://iam.amazonaws.com/', startedAt: t + 2000, endedAt: t + 2050,
    body: { encoding: 'text', data: 'Action=CreateRole&Version=2010-05-08&RoleName=app&AssumeRolePolicyDocument=%7B%7D', truncated: false },
    responseBody: null,
  }), { source: 'hook', tabId: 7 });
  await captureRequest(h.capture, captured({
    method: 'PUT', url: 'https://logs-bucket.s3.us-east-1.amazonaws.com/', headers: [], body: null, startedAt: t + 3000, endedAt: t + 3050, responseBody: null,
  }), { source: 'hook', tabId: 7 });
  h.clock.now += 10_000;
  await send('recording/stop', {});
  const session = started.session!;
  const actions = await send('actions/list', { sessionId: session.id }) as RecordedAction[];
  expect(actions.map((a) => a.operation)).toEqual(['CreateVpc', 'CreateRole', 'CreateBucket']);
  return { session, actions };
}

/** What the CloudTrail sync stores when it confirmed the VPC and found one CloudTrail-only event. */
async function confirmVpc(sessionId: number, vpcAction: RecordedAction): Promise<void> {
  const vpc = consoleRecord({
    eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc', time: vpcAction.capturedAt, eventID: 'ev-vpc',
    requestParameters: { cidrBlock: '10.0.0.0/16' }, responseElements: { vpc: { vpcId: 'vpc-0123456789abcdef0', cidrBlock: '10.0.0.0/16' } },
  });
  const topic = consoleRecord({
    eventSource: 'sns.amazonaws.com', eventName: 'CreateTopic', time: vpcAction.capturedAt + 1500, eventID: 'ev-topic',
    requestParameters: { name: 'alerts' }, responseElements: { topicArn: 'arn:aws:sns:us-east-1:123456789012:alerts' },
  });
  const db = await h.db();
  await storeEvents(db, sessionId, [vpc, topic].map((record) => ({ eventId: record.eventID, region: 'us-east-1', lookupUsername: 'alice', record })), 'lookup', h.clock.now, bundledTables().sensitive);
  await putConfirmation(db, {
    ...emptyConfirmation(sessionId), phase: 'complete', source: 'lookup', matchableCount: 3, confirmedCount: 1,
    outcomes: [{ actionId: vpcAction.id, outcome: 'confirmed', eventId: 'ev-vpc', deltaMs: 0 }], cloudTrailOnly: ['ev-topic'],
  });
}

describe('popup messages', () => {
  test('session detail: one row per action and CloudTrail-only event, with status and the record to translate', async () => {
    const { session, actions } = await recordedSession();
    await confirmVpc(session.id, actions[0]!);
    const detail = await send('sessions/detail', { sessionId: session.id }) as SessionDetail;
    expect(detail.rows.map((r) => [r.operation, r.status, r.resourceName])).toEqual([
      ['CreateVpc', 'confirmed', '10.0.0.0/16'],
      ['CreateRole', 'captured-only', 'app'],
      ['CreateTopic', 'cloudtrail-only', 'alerts'],
      ['CreateBucket', 'unsupported', 'logs-bucket'],
    ]);
    expect(detail.rows[0]!.record?.eventID).toBe('ev-vpc');
    expect(detail.rows[1]!.record?.eventName).toBe('CreateRole');
    expect(detail.rows[2]!.record?.eventID).toBe('ev-topic');
    expect(detail.rows[3]!.record).toBeNull();
    expect(detail.rows[3]!.note).toMatch(/needs CloudTrail/);
    expect(await send('sessions/detail', { sessionId: 999 })).toBeNull();
  });

  test('the capture path cannot reach them: content scripts are refused', async () => {
    const { session } = await recordedSession();
    await expect(send('sessions/export', { sessionId: session.id }, page)).rejects.toThrow(/not allowed/);
    await expect(send('sessions/delete', { sessionId: session.id }, page)).rejects.toThrow(/not allowed/);
  });

  test('rename', async () => {
    const { session } = await recordedSession();
    expect((await send('sessions/rename', { sessionId: session.id, name: '  network work  ' }) as RecordingSession).name).toBe('network work');
    expect(await send('sessions/rename', { sessionId: session.id, name: '   ' }).catch(() => 'refused')).toBe('refused');
  });

  test('export: the matched CloudTrail records, and `trailform translate` reads the file', async () => {
    const { session, actions } = await recordedSession();
    await confirmVpc(session.id, actions[0]!);
    const doc = await send('sessions/export', { sessionId: session.id }) as SessionExport;
    expect(doc.format).toBe(SESSION_FORMAT);
    expect(doc.actions).toHaveLength(3);
    expect(doc.records.map((r) => r.eventID)).toEqual(['ev-vpc', 'ev-topic']);
    expect(parseSessionExport(JSON.parse(JSON.stringify(doc)))).toEqual(doc);

    const dir = mkdtempSync(join(tmpdir(), 'trailform-export-'));
    const file = join(dir, 'session.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'trailform.mjs'), 'translate', '--single-file', '-q', file], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('resource "aws_vpc"');
    expect(cli.stdout).toContain('resource "aws_sns_topic"');
    expect(cli.stdout).toContain('id = "vpc-0123456789abcdef0"');
  });

  test('import: a new stopped session with the same rows and statuses', async () => {
    const { session, actions } = await recordedSession();
    await confirmVpc(session.id, actions[0]!);
    const doc = JSON.parse(JSON.stringify(await send('sessions/export', { sessionId: session.id }))) as SessionExport;
    const imported = await send('sessions/import', { document: doc }) as RecordingSession;
    expect(imported.id).not.toBe(session.id);
    expect(imported.name).toBe('demo (imported)');
    expect(imported.stoppedAt).not.toBeNull();
    const original = await send('sessions/detail', { sessionId: session.id }) as SessionDetail;
    const copy = await send('sessions/detail', { sessionId: imported.id }) as SessionDetail;
    const shape = (d: SessionDetail) => d.rows.map((r) => [r.operation, r.status, r.record?.eventID.startsWith('trailform-capture-') ? 'captured' : r.record?.eventID ?? null]);
    expect(shape(copy)).toEqual(shape(original));
    expect((await send('recording/get-status', {}) as RecordingStatus).recording).toBe(false);
  });

  test('import refuses what is not a session export', async () => {
    expect(parseSessionExport({ Records: [] })).toMatch(/not a Trailform session/);
    expect(parseSessionExport({ format: SESSION_FORMAT, session: { name: 'x', startedAt: 1 }, actions: [], records: [{ eventName: 'x' }] })).toMatch(/record #0/);
    await expect(send('sessions/import', { document: { format: 'other' } }).catch(() => 'refused')).resolves.toBe('refused');
  });

  test('delete removes the session, its actions, its confirmation and the events only it used', async () => {
    const { session, actions } = await recordedSession();
    await confirmVpc(session.id, actions[0]!);
    const other = await recordedSession();
    const db = await h.db();
    await storeEvents(db, other.session.id, [{ eventId: 'ev-vpc', region: 'us-east-1', lookupUsername: null, record: (await db.get('cloudtrailEvents', 'ev-vpc'))!.record }], 'file', 0, bundledTables().sensitive);

    expect(await send('sessions/delete', { sessionId: session.id })).toEqual({ deleted: true });
    expect(await send('sessions/detail', { sessionId: session.id })).toBeNull();
    expect((await db.getAll('actions')).every((a) => a.sessionId === other.session.id)).toBe(true);
    expect(await db.get('cloudtrailSync', session.id)).toBeUndefined();
    expect(await db.get('cloudtrailEvents', 'ev-topic')).toBeUndefined();
    expect((await db.get('cloudtrailEvents', 'ev-vpc'))?.sessionIds).toEqual([other.session.id]);
    expect(await send('sessions/delete', { sessionId: session.id })).toEqual({ deleted: false });
  });

  test('deleting the session being recorded stops the recording first', async () => {
    const started = await send('recording/start', {}) as RecordingStatus;
    await send('sessions/delete', { sessionId: started.session!.id });
    expect(await send('recording/get-status', {})).toEqual({ recording: false, session: null });
  });
});
