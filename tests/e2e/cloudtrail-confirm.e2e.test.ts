// End to end in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): actions recorded in the fake console are confirmed against the fake
// CloudTrail, reached by the real SDK in the service worker at https://cloudtrail.<region>.amazonaws.com
// (Chromium: --host-resolver-rules; Firefox: a local CONNECT proxy). The events appear only after a
// delay; the background is stopped while the extension waits, and the checking resumes by itself
// (alarms). Requires `npx vite build` (or `npm run build:firefox`).
import { gzipSync } from 'node:zlib';
import type { RecordedAction, RecordingStatus } from '../../shared/recorded-action.ts';
import type { CloudTrailRecord, JsonObject } from '../../shared/cloudtrail-record.ts';
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { startFakeCloudTrail, type FakeCloudTrail } from '../fake-cloudtrail/server.ts';
import { consoleRecord } from '../fake-cloudtrail/records.ts';
import { lookupChains, maxPerSecond } from '../fake-cloudtrail/log-analysis.ts';
import { launchE2EBrowser, readStoreIn, type E2EBrowser, type E2EPage } from './driver.ts';
import { waitFor } from './wait-for.ts';

const STEPS = ['ec2CreateSecurityGroup', 's3CreateBucket', 'lambdaCreateFunction', 'iamCreateRole', 'dynamodbCreateTable', 'sqsCreateQueue', 'snsCreateTopic', 'ec2CreateVpc'];
const PAGE_SIZE = 2;
// Test-only settings, stored like a user's (no code branch): quick checks, small pages.
const SETTINGS = { firstCheckDelayMs: 300, checkDelayMs: 1_000, maxCheckDelayMs: 1_000, timeoutMs: 120_000, retryBaseMs: 50, pageSize: PAGE_SIZE };
const GOOD_KEY = { accessKeyId: 'AKIAFAKEE2ETESTKEY01', secretAccessKey: 'fake-e2e-secret-access-key' };

let fake: FakeConsole;
let ct: FakeCloudTrail;
let browser: E2EBrowser;
let ext: E2EPage;
let consolePage: E2EPage;
let started = 0;

/** Reads a store from an extension page (works while the worker is stopped, and does not wake it). */
function readStore<T>(store: string): Promise<T[]> {
  return readStoreIn<T>(ext, store);
}

async function confirmation(sessionId: number): Promise<SessionConfirmation | undefined> {
  return (await readStore<SessionConfirmation>('cloudtrailSync')).find((c) => c.sessionId === sessionId);
}

/** What CloudTrail would log for a captured action (top-level scalar parameters, lower-camelled). */
function eventFor(a: RecordedAction, lag: number): CloudTrailRecord {
  const rp: JsonObject = {};
  for (const [k, v] of Object.entries(a.params ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') rp[k === 'Bucket' ? 'bucketName' : k[0]!.toLowerCase() + k.slice(1)] = v;
  }
  const global = a.eventSource === 'iam.amazonaws.com';
  return consoleRecord({
    time: a.capturedAt + lag,
    eventSource: a.eventSource!,
    eventName: a.eventSource === 'lambda.amazonaws.com' ? `${a.operation}20150331` : a.operation!,
    region: global ? 'us-east-1' : a.region!,
    requestParameters: rp,
  });
}

beforeAll(async () => {
  started = Date.now();
  fake = await startFakeConsole();
  ct = await startFakeCloudTrail({ forwardOtherHostsTo: fake.port });
  browser = await launchE2EBrowser({ fakePort: ct.httpsPort });
  ext = await browser.newPage(browser.extensionUrl('extension/options/options.html'));
  await ext.evaluate((settings) => chrome.storage.local.set({ 'trailform.cloudtrail.settings': settings }), SETTINGS);
});

afterAll(async () => {
  await browser?.close();
  await ct?.close();
  await fake?.close();
  console.log(`cloudtrail e2e: ${Date.now() - started} ms`);
});

describe('CloudTrail confirmation', () => {
  test('options page: "Test connection" explains an expired token, then passes; credentials go to storage.session', async () => {
    ct.rejectKey('AKIAFAKEEXPIREDKEY01', 'ExpiredTokenException');
    await ext.fill('#ct-access-key-id', 'AKIAFAKEEXPIREDKEY01');
    await ext.fill('#ct-secret', 'fake-e2e-secret-access-key');
    await ext.fill('#ct-test-region', 'eu-west-1');
    await ext.click('#ct-test');
    await ext.waitForSelector('#ct-test-result[data-kind="expired-token"]');
    expect(await ext.textContent('#ct-test-result')).toContain('expired');
    expect(ct.log.at(-1)).toMatchObject({ region: 'eu-west-1', scheme: 'https', error: 'ExpiredTokenException' });

    await ext.fill('#ct-access-key-id', GOOD_KEY.accessKeyId);
    await ext.click('#ct-test');
    await ext.waitForSelector('#ct-test-result[data-kind="ok"]');
    await ext.click('#ct-save');
    await ext.waitForFunction((text) => document.body.textContent?.includes(text), `Saved: ${GOOD_KEY.accessKeyId}`);
    expect(await ext.textContent('#ct-policy')).toContain('cloudtrail:LookupEvents');
    const areas = await ext.evaluate(async () => ({
      session: Object.keys(await chrome.storage.session.get(null)),
      local: Object.keys(await chrome.storage.local.get(null)),
    }));
    expect(areas.session).toContain('trailform.cloudtrail.credentials');
    expect(areas.local).not.toContain('trailform.cloudtrail.credentials');
    ct.log.length = 0;
  });

  test('recorded actions are confirmed after CloudTrail delivers them, across a service-worker stop', async () => {
    const status: RecordingStatus = await browser.send('recording/start', { name: 'cloudtrail e2e' });
    const sessionId = status.session!.id;
    const page = consolePage = await browser.newPage(fake.consoleUrl('us-east-1'));
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    for (const step of STEPS) {
      await page.evaluate((name) => (window as unknown as { fakeConsole: { run(n: string): Promise<number> } }).fakeConsole.run(name), step);
    }
    const actions = await waitFor(async () => {
      const stored = (await browser.readStore<RecordedAction>('actions')).filter((a) => a.sessionId === sessionId && a.kind === 'action');
      return stored.length === STEPS.length ? stored : undefined;
    }, () => 'all actions stored');

    // CloudTrail's copy of each action (one delivered twice) plus a call the browser never saw, all
    // invisible until released below.
    const records = actions.map((a, i) => eventFor(a, 300 + i * 10));
    const proxied = consoleRecord({ time: actions[0]!.capturedAt + 1_500, eventSource: 'ec2.amazonaws.com', eventName: 'CreateTags', region: 'us-east-1', requestParameters: { resourcesSet: { items: [{ resourceId: 'sg-1' }] } } });
    ct.addEvents([...records.slice(1), proxied], { visibleAt: Infinity });
    ct.addEvents(records.slice(0, 1), { visibleAt: Infinity, duplicate: true });

    await browser.send('recording/stop', {});
    // The first check runs by itself (alarm) and finds nothing yet.
    const first = await waitFor(async () => {
      const c = await confirmation(sessionId);
      return c && c.lastCheckAt !== null ? c : undefined; // set when a check finishes
    }, () => 'a first check');
    expect(first).toMatchObject({ phase: 'waiting', confirmedCount: 0, matchableCount: STEPS.length });

    await browser.stopBackground();
    const checksBefore = (await confirmation(sessionId))!.checks;
    // CloudTrail delivers; one region throttles once on the way.
    ct.failNext(1, 'ThrottlingException', 'eu-west-1');
    ct.addEvents([...records.slice(1), proxied], { visibleAt: 0 });
    ct.addEvents(records.slice(0, 1), { visibleAt: 0, duplicate: true });

    let latest: SessionConfirmation | undefined;
    const done = await waitFor(async () => {
      latest = await confirmation(sessionId);
      return latest?.phase === 'complete' ? latest : undefined;
    }, () => `all confirmed; last: ${JSON.stringify(latest)?.slice(0, 800)}; endpoint log: ${JSON.stringify(ct.log.slice(-3))}`, 30_000);
    expect(done.checks).toBeGreaterThan(checksBefore);
    const byAction = new Map(done.outcomes.map((o) => [o.actionId, o]));
    actions.forEach((a, i) => expect(byAction.get(a.id)).toMatchObject({ outcome: 'confirmed', eventId: records[i]!.eventID }));
    expect(done.cloudTrailOnly).toEqual([proxied.eventID]);
    expect(done.identity).toMatchObject({ arn: 'arn:aws:iam::123456789012:user/alice', lookupUsername: 'alice' });
    const stored = await readStore<{ eventId: string }>('cloudtrailEvents');
    expect(new Set(stored.map((e) => e.eventId)).size).toBe(stored.length);
    expect(stored).toHaveLength(records.length + 1);

    // From the endpoint's log: one query per region per check, exactly the pages needed, ≤ 2/s per region.
    const regions = [...new Set(['us-east-1', ...actions.map((a) => a.region ?? '')])].filter((r) => /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(r)).sort();
    const chains = lookupChains(ct.log);
    expect(chains.every((c) => c.complete)).toBe(true);
    expect(chains.every((c) => c.pages.slice(0, -1).every((p) => p.returned === PAGE_SIZE))).toBe(true);
    expect(chains.every((c) => c.pages.every((p) => p.scheme === 'https'))).toBe(true);
    expect(chains.length).toBe(regions.length * done.checks);
    const pages = chains.reduce((n, c) => n + c.pages.length, 0);
    expect(done.lookupCalls).toBe(pages);
    expect(ct.log.filter((e) => e.status !== 200).map((e) => e.error)).toEqual(['ThrottlingException']);
    expect(maxPerSecond(ct.log)).toBeLessThanOrEqual(2);
    console.log(`cloudtrail e2e: ${done.checks} checks x ${regions.length} regions, ${pages} pages, ${ct.log.length} LookupEvents requests, max ${maxPerSecond(ct.log)}/s per region`);
  }, 90_000);

  test('offline: a gzipped trail log dropped on the options page confirms a session', async () => {
    // Offline means no credentials: otherwise the stop below starts API checks that race the file (and
    // find the first session's look-alike events), which makes the outcome depend on browser speed.
    await ext.evaluate(() => chrome.storage.session.remove('trailform.cloudtrail.credentials'));
    const status: RecordingStatus = await browser.send('recording/start', { name: 'offline e2e' });
    const sessionId = status.session!.id;
    for (const step of ['ec2CreateVpc', 'sqsCreateQueue']) {
      await consolePage.evaluate((name) => (window as unknown as { fakeConsole: { run(n: string): Promise<number> } }).fakeConsole.run(name), step);
    }
    const actions = await waitFor(async () => {
      const stored = (await browser.readStore<RecordedAction>('actions')).filter((a) => a.sessionId === sessionId && a.kind === 'action');
      return stored.length === 2 ? stored : undefined;
    }, () => 'offline actions stored');
    await browser.send('recording/stop', {});
    const records = actions.map((a) => eventFor(a, 500));
    const file = gzipSync(JSON.stringify({ Records: records }));

    await ext.reload();
    await ext.selectOption('#ct-session', String(sessionId));
    await ext.setInputFile('#ct-file', { name: 'trail.json.gz', mimeType: 'application/gzip', buffer: file });
    await ext.waitForSelector('#ct-import-result');
    expect(await ext.textContent('#ct-import-result')).toContain('Read 2 records. 2 of 2 confirmed');
    await ext.waitForSelector('#ct-import-result.ok');
    const c = await confirmation(sessionId);
    expect(c).toMatchObject({ source: 'file', confirmedCount: 2, matchableCount: 2 });
    expect(c?.outcomes.map((o) => o.outcome === 'confirmed' && o.eventId).sort()).toEqual(records.map((r) => r.eventID).sort());
  });
});
