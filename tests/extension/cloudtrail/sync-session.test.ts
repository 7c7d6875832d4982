// The waiting loop with the real SDK client against the fake endpoint, fake-indexeddb, an injected
// clock and a recording scheduler (standing in for chrome.alarms).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { resetIndexedDb } from '../support/fresh-db.ts';
import { openTrailformDb } from '../../../extension/db/open-db.ts';
import type { TrailformDb } from '../../../extension/db/schema.ts';
import { createSession, getSession, stopSession } from '../../../extension/db/sessions-repo.ts';
import { createCloudTrailSync, type CheckScheduler, type SyncDeps } from '../../../extension/cloudtrail/sync-session.ts';
import { createSdkLookup } from '../../../extension/cloudtrail/sdk-lookup.ts';
import { lookupEventsLimiter } from '../../../extension/cloudtrail/rate-limiter.ts';
import { DEFAULT_CLOUDTRAIL_SETTINGS, type CloudTrailSettings } from '../../../extension/cloudtrail/settings.ts';
import { getConfirmation, sessionEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { sessionRecords } from '../../../extension/cloudtrail/session-records.ts';
import type { CloudTrailLookup } from '../../../extension/cloudtrail/types.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import type { CloudTrailRecord } from '../../../shared/cloudtrail-record.ts';
import { startFakeCloudTrail, type FakeCloudTrail } from '../../fake-cloudtrail/server.ts';
import { consoleRecord } from '../../fake-cloudtrail/records.ts';
import { T0, action } from './support.ts';
import { maxPerSecond } from '../../fake-cloudtrail/log-analysis.ts';
import { defaultSensitiveIndex } from '../../../extension/capture/redact/default-sensitive-index.ts';

const credentials = { accessKeyId: 'AKIAFAKETESTKEY00001', secretAccessKey: 'fake-secret-fake-secret', sessionToken: null, expiresAt: null };
const settings: CloudTrailSettings = { ...DEFAULT_CLOUDTRAIL_SETTINGS, retryBaseMs: 10 };

function recordingScheduler() {
  const alarms = new Map<number, number>();
  const scheduler: CheckScheduler = {
    schedule: async (id, at) => void alarms.set(id, at),
    cancel: async (id) => void alarms.delete(id),
  };
  return { alarms, scheduler };
}

let ct: FakeCloudTrail;
let db: TrailformDb;
let clock: { now: number };
let sched: ReturnType<typeof recordingScheduler>;
let credentialsSet: boolean;
// One limiter for every client, as in the service worker.
const limiter = lookupEventsLimiter(Date.now, (ms) => new Promise((r) => setTimeout(r, ms)));

function deps(overrides: Partial<SyncDeps> = {}): SyncDeps {
  return {
    db: async () => db,
    now: () => clock.now,
    settings: async () => settings,
    lookup: async (s) => credentialsSet
      ? createSdkLookup({ credentials, limiter, endpoint: () => ct.httpEndpoint, maxAttempts: s.maxAttempts, retryDelayMs: () => 10, pageSize: s.pageSize })
      : null,
    scheduler: sched.scheduler,
    sensitive: async () => defaultSensitiveIndex(),
    ...overrides,
  };
}

beforeEach(async () => {
  resetIndexedDb();
  db = await openTrailformDb();
  ct = await startFakeCloudTrail();
  clock = { now: T0 + 600_000 };
  sched = recordingScheduler();
  credentialsSet = true;
});
afterEach(async () => {
  db.close();
  await ct.close();
});

/** A stopped session with three actions (EC2 us-east-1, S3 us-west-2, IAM global) and their events. */
async function scenario() {
  const session = await createSession(db, 'test', T0);
  const specs: [RecordedAction, CloudTrailRecord][] = [
    [action({ sessionId: session.id, at: T0 + 10_000, eventSource: 'ec2.amazonaws.com', operation: 'CreateSecurityGroup', protocol: 'ec2', params: { GroupName: 'web', TagSpecification: [{ ResourceType: 'security-group', Tag: [{ Key: 'Name', Value: 'web' }] }] } }),
      consoleRecord({ time: T0 + 10_500, eventSource: 'ec2.amazonaws.com', eventName: 'CreateSecurityGroup', requestParameters: { groupName: 'web' }, responseElements: { groupId: 'sg-1' } })],
    [action({ sessionId: session.id, at: T0 + 20_000, eventSource: 's3.amazonaws.com', operation: 'CreateBucket', region: 'us-west-2', protocol: 'rest-xml', params: { Bucket: 'demo' } }),
      consoleRecord({ time: T0 + 20_200, eventSource: 's3.amazonaws.com', eventName: 'CreateBucket', region: 'us-west-2', requestParameters: { bucketName: 'demo' } })],
    [action({ sessionId: session.id, at: T0 + 30_000, eventSource: 'dynamodb.amazonaws.com', operation: 'CreateTable', region: 'eu-west-1', protocol: 'json', params: { TableName: 'orders', BillingMode: 'PAY_PER_REQUEST' }, responseBody: '{"TableDescription":{"TableArn":"arn:aws:dynamodb:eu-west-1:123456789012:table/orders","TableName":"orders"}}' }),
      consoleRecord({ time: T0 + 30_100, eventSource: 'dynamodb.amazonaws.com', eventName: 'CreateTable', region: 'eu-west-1', requestParameters: { tableName: 'orders' } })],
  ];
  for (const [a] of specs) {
    const { id: _id, ...rest } = a;
    a.id = await db.add('actions', rest as RecordedAction);
  }
  await db.put('sessions', { ...session, regions: ['eu-west-1', 'us-east-1', 'us-west-2'], actionCount: 3 });
  await stopSession(db, session.id, T0 + 60_000);
  return { session, actions: specs.map(([a]) => a), records: specs.map(([, r]) => r) };
}

describe('CloudTrail sync loop', () => {
  it('waits, confirms as events appear, switches to the Username attribute once learned, and completes', async () => {
    const { session, actions, records } = await scenario();
    const sync = createCloudTrailSync(deps());
    const waiting = await sync.beginWaiting(session.id);
    expect(waiting).toMatchObject({ phase: 'waiting', nextCheckAt: clock.now + settings.firstCheckDelayMs, deadline: clock.now + settings.timeoutMs });
    expect(sched.alarms.get(session.id)).toBe(clock.now + settings.firstCheckDelayMs);

    // Nothing delivered yet: one call per region (3 regions incl. us-east-1).
    ct.addEvents(records, { visibleAt: Infinity });
    clock.now += 60_000;
    let c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'waiting', confirmedCount: 0, matchableCount: 3, lookupCalls: 3, checks: 1 });
    expect(sched.alarms.get(session.id)).toBe(clock.now + 30_000);
    expect(ct.log.map((e) => e.attribute?.key)).toEqual(['ReadOnly', 'ReadOnly', 'ReadOnly']);

    // The EC2 event arrives (twice: a duplicated delivery).
    ct.addEvents([records[0]!], { duplicate: true });
    clock.now += 30_000;
    c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'waiting', confirmedCount: 1, lookupCalls: 6 });
    expect(c?.identity).toMatchObject({ arn: 'arn:aws:iam::123456789012:user/alice', lookupUsername: 'alice' });
    expect(sched.alarms.get(session.id)).toBe(clock.now + 60_000);
    expect((await getSession(db, session.id))?.consoleIdentity?.arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(await sessionEvents(db, session.id)).toHaveLength(1);

    // The rest arrives; now the lookups narrow by Username.
    ct.addEvents(records.slice(1));
    clock.now += 60_000;
    c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'complete', confirmedCount: 3, nextCheckAt: null, lookupCalls: 9 });
    expect(sched.alarms.has(session.id)).toBe(false);
    expect(ct.log.slice(6).map((e) => e.attribute)).toEqual([1, 2, 3].map(() => ({ key: 'Username', value: 'alice' })));
    expect(c?.outcomes.map((o) => o.outcome === 'confirmed' && o.eventId)).toEqual(records.map((r) => r.eventID));
    expect(maxPerSecond(ct.log)).toBeLessThanOrEqual(2);
    // The records for translation are CloudTrail's, in time order.
    const out = sessionRecords(actions, await getConfirmation(db, session.id), await sessionEvents(db, session.id));
    expect(out.records.map((r) => r.eventID)).toEqual(records.map((r) => r.eventID));
  });

  it('resumes after the worker died mid-check: the alarm set before the lookups wakes a fresh instance', async () => {
    const { session, records } = await scenario();
    await createCloudTrailSync(deps()).beginWaiting(session.id, { immediately: true });
    const hanging: CloudTrailLookup = { lookupPage: () => new Promise(() => {}) };
    const dying = createCloudTrailSync(deps({ lookup: async () => hanging }));
    void dying.runCheck(session.id);
    await new Promise((r) => setTimeout(r, 50));
    const fallback = sched.alarms.get(session.id);
    expect(fallback).toBe(clock.now + 30_000);
    expect((await getConfirmation(db, session.id))?.phase).toBe('waiting');

    ct.addEvents(records);
    clock.now = fallback as number;
    const fresh = createCloudTrailSync(deps());
    await fresh.resumeAll();
    expect(sched.alarms.get(session.id)).toBe(fallback);
    const c = await fresh.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'complete', confirmedCount: 3 });
  });

  it('times out, keeping what it found, and lists unconfirmed actions converted from the capture where it can', async () => {
    const { session, actions, records } = await scenario();
    const sync = createCloudTrailSync(deps());
    await sync.beginWaiting(session.id);
    ct.addEvents([records[1]!]);
    clock.now += settings.timeoutMs + 1;
    const c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'timed-out', confirmedCount: 1, nextCheckAt: null });
    expect(sched.alarms.has(session.id)).toBe(false);
    const out = sessionRecords(actions, c, await sessionEvents(db, session.id));
    expect(out.origins.map((o) => o.kind === 'captured-only' ? `${o.kind}:${o.translated}` : o.kind)).toEqual(['captured-only:true', 'confirmed', 'captured-only:true']);
    const ec2 = out.records.find((r) => r.eventSource === 'ec2.amazonaws.com');
    expect(ec2?.requestParameters).toEqual({ groupName: 'web', tagSpecificationSet: { items: [{ resourceType: 'security-group', tags: [{ key: 'Name', value: 'web' }] }] } });
    const ddb = out.records.find((r) => r.eventSource === 'dynamodb.amazonaws.com');
    expect(ddb?.requestParameters).toEqual({ tableName: 'orders', billingMode: 'PAY_PER_REQUEST' });
    expect(ddb?.responseElements).toEqual({ tableDescription: { tableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders', tableName: 'orders' } });
  });

  it('without credentials: needs-credentials, then resumes when credentials arrive', async () => {
    const { session, records } = await scenario();
    credentialsSet = false;
    const sync = createCloudTrailSync(deps());
    await sync.beginWaiting(session.id, { immediately: true });
    expect((await sync.runCheck(session.id))?.phase).toBe('needs-credentials');
    expect(sched.alarms.has(session.id)).toBe(false);
    credentialsSet = true;
    ct.addEvents(records);
    await sync.resumeAll({ credentialsChanged: true });
    expect(sched.alarms.get(session.id)).toBe(clock.now);
    expect((await sync.runCheck(session.id))?.phase).toBe('complete');
  });

  it('stops with a plain-words error on access denied; keeps waiting through throttling', async () => {
    const { session, records } = await scenario();
    const sync = createCloudTrailSync(deps());
    await sync.beginWaiting(session.id, { immediately: true });
    ct.failNext(settings.maxAttempts, 'ThrottlingException', 'eu-west-1');
    let c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'waiting', lastError: { kind: 'throttled' } });
    ct.rejectKey(credentials.accessKeyId, 'AccessDeniedException');
    ct.addEvents(records);
    c = await sync.runCheck(session.id);
    expect(c).toMatchObject({ phase: 'error', lastError: { kind: 'access-denied' } });
    expect(c?.lastError?.message).toContain('cloudtrail:LookupEvents');
    expect(sched.alarms.has(session.id)).toBe(false);
  });

  it('offline: a CloudTrail file (lookup-events output or a trail log) is matched the same way', async () => {
    const { session, records } = await scenario();
    const sync = createCloudTrailSync(deps());
    const lookupOutput = JSON.stringify({ Events: records.slice(0, 2).map((r) => ({ EventId: r.eventID, CloudTrailEvent: JSON.stringify(r) })) });
    let r = await sync.importFile(session.id, lookupOutput, 'lookup.json');
    expect(r).toMatchObject({ ok: true, imported: 2, confirmation: { confirmedCount: 2, source: 'file' } });
    const trailLog = JSON.stringify({ Records: [records[2], records[2]] });
    r = await sync.importFile(session.id, trailLog, 'trail.json');
    expect(r).toMatchObject({ ok: true, confirmation: { confirmedCount: 3 } });
    expect(await sync.importFile(session.id, '{"hello": 1}', 'x.json')).toMatchObject({ ok: false, error: expect.stringContaining('not CloudTrail data') });
    expect(await listActions(db, session.id)).toHaveLength(3);
  });

  it('a file imported while a check runs is never overwritten by the check: one write path at a time per session', async () => {
    const { session, records } = await scenario();
    let releaseLookup!: () => void;
    let lookupStarted!: () => void;
    const gate = new Promise<void>((r) => (releaseLookup = r));
    const started = new Promise<void>((r) => (lookupStarted = r));
    // No credentials, answered late: the check has read the confirmation before the file arrives.
    const sync = createCloudTrailSync(deps({ lookup: async () => { lookupStarted(); await gate; return null; } }));
    await sync.beginWaiting(session.id, { immediately: true });
    const checking = sync.runCheck(session.id);
    await started;
    const importing = sync.importFile(session.id, JSON.stringify({ Records: records }), 'trail.json');
    // Time for an unserialised import to finish its writes (fake-indexeddb settles in a few ms) before
    // the check goes on; a serialised one waits for the check instead.
    await new Promise((r) => setTimeout(r, 300));
    releaseLookup();
    await checking;
    const imported = await importing;
    expect(imported).toMatchObject({ ok: true, confirmation: { source: 'file', confirmedCount: 3, phase: 'complete' } });
    expect(await getConfirmation(db, session.id)).toMatchObject({ source: 'file', confirmedCount: 3, phase: 'complete', nextCheckAt: null });
    expect(sched.alarms.has(session.id)).toBe(false);
  });
});
