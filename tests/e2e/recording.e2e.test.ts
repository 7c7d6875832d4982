// End to end in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): the built extension records a fake AWS console's actions into
// IndexedDB, de-duplicates hook and webRequest copies, redacts secrets, and loses nothing when the
// background (service worker / event page) is stopped mid-session. Requires `npx vite build` first
// (dist/), or `npm run build:firefox` (dist-firefox/) for Firefox.
import type { RecordedAction, RecordingSession, RecordingStatus } from '../../shared/recorded-action.ts';
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { CANARY, FIRST_BATCH, SECOND_BATCH, type ScenarioStep } from '../fake-console/scenario.ts';
import { launchE2EBrowser, type E2EBrowser, type E2EPage } from './driver.ts';
import { waitFor } from './wait-for.ts';

let fake: FakeConsole;
let browser: E2EBrowser;
let page: E2EPage;
let sessionId: number;

function key(a: { serviceId: string | null; operation: string | null; region: string | null }): string {
  return `${a.serviceId}:${a.operation}@${a.region}`;
}

function expectedKeys(steps: readonly ScenarioStep[]): string[] {
  return steps.flatMap((s) => (s.expect ? [key(s.expect)] : [])).sort();
}

async function runSteps(steps: readonly ScenarioStep[]): Promise<void> {
  for (const step of steps) {
    const status = await page.evaluate((name) => (window as unknown as { fakeConsole: { run(n: string): Promise<number> } }).fakeConsole.run(name), step.name);
    expect(status, step.name).toBeGreaterThan(0);
  }
}

/**
 * Waits until every expected action is stored and both capture paths have reported each one (the hook
 * and webRequest both see page requests; only webRequest sees Worker requests), so later assertions
 * look at a settled store.
 */
async function settledActions(steps: readonly ScenarioStep[]): Promise<RecordedAction[]> {
  const wanted = steps.filter((s) => s.expect);
  let last: RecordedAction[] = [];
  return waitFor(async () => {
    last = (await browser.readStore<RecordedAction>('actions')).filter((a) => a.sessionId === sessionId);
    const done = wanted.every((s) => {
      const e = s.expect!;
      const found = last.find((a) => key(a) === key(e));
      if (!found) return false;
      const attempts = e.attempts ?? 1;
      if (e.webRequestOnly) return found.sources.webRequest >= attempts;
      return found.sources.hook >= attempts && found.sources.webRequest >= attempts;
    });
    return done ? last : undefined;
  }, () => [
    `stored: ${JSON.stringify(last.map((a) => [key(a), a.sources]))}`,
    // What a missing copy needs to be told apart: did the request reach the server, and what did the
    // background log (each restarted service worker's console is collected)?
    `server received: ${fake.received.filter((r) => r.method !== 'OPTIONS' && r.host.endsWith('amazonaws.com')).map((r) => `${r.method} ${r.host}${r.path}`).join(', ')}`,
    `console: ${browser.consoleMessages().slice(-30).join(' | ')}`,
  ].join('\n'));
}

beforeAll(async () => {
  fake = await startFakeConsole();
  browser = await launchE2EBrowser({ fakePort: fake.port });
  const started: RecordingStatus = await browser.send('recording/start', { name: 'e2e session' });
  if (!started.session) throw new Error('recording did not start');
  sessionId = started.session.id;
  page = await browser.newPage(fake.consoleUrl('us-east-1'));
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('recording the fake console', () => {
  test('stores exactly the changing actions, each once, with service, operation and region', async () => {
    await runSteps(FIRST_BATCH);
    const actions = await settledActions(FIRST_BATCH);

    expect(actions.filter((a) => a.kind === 'action').map(key).sort()).toEqual(expectedKeys(FIRST_BATCH));
    expect(actions.filter((a) => a.kind === 'unclassified').map((a) => a.request.url)).toEqual([]);
    for (const step of FIRST_BATCH) {
      if (!step.expect) continue;
      const stored = actions.find((a) => key(a) === key(step.expect!))!;
      expect(stored.status, step.name).toBe(step.expect.status ?? 'succeeded');
      expect(stored.attempts, step.name).toBe(step.expect.attempts ?? 1);
      expect(stored.eventSource, step.name).toMatch(/\.amazonaws\.com$/);
      expect(stored.tabId, step.name).toBeGreaterThan(0);
    }
    const lambda = actions.find((a) => a.operation === 'CreateFunction')!;
    expect(lambda.params).toMatchObject({ FunctionName: 'app', Runtime: 'nodejs20.x' });
    expect(lambda.response?.status).toBe(200);
  });

  test('no canary secret reaches IndexedDB, through any path', async () => {
    const everything = JSON.stringify([await browser.readStore('actions'), await browser.readStore('sessions')]);
    expect(everything).not.toContain(CANARY);
    expect(everything).toContain('HIDDEN_DUE_TO_SECURITY_REASONS');
  });

  test('the badge shows the action count while recording', async () => {
    const sessions = await browser.readStore<RecordingSession>('sessions');
    const count = sessions.find((s) => s.id === sessionId)!.actionCount;
    const text = await waitFor(async () => {
      const t = await browser.extensionPage.evaluate(() => chrome.action.getBadgeText({}));
      return t === String(count) ? t : undefined;
    }, () => `badge for ${count}`);
    expect(text).toBe(String(expectedKeys(FIRST_BATCH).length));
  });

  test('stopping the background mid-session loses no action', async () => {
    await browser.stopBackground();
    await runSteps(SECOND_BATCH);
    const all = [...FIRST_BATCH, ...SECOND_BATCH];
    const actions = await settledActions(all);
    expect(actions.filter((a) => a.kind === 'action').map(key).sort()).toEqual(expectedKeys(all));
    const status: RecordingStatus = await browser.send('recording/get-status', {});
    expect(status.recording).toBe(true);
    expect(status.session?.actionCount).toBe(expectedKeys(all).length);
    expect(status.session?.regions).toEqual(['ap-southeast-2', 'eu-central-1', 'eu-west-1', 'us-east-1', 'us-west-2']);
  });

  test('after Stop and a new Start, recording resumes in the new session, Worker requests included', async () => {
    await browser.send('recording/stop', {});
    const restarted: RecordingStatus = await browser.send('recording/start', { name: 'second' });
    sessionId = restarted.session!.id;
    const step = SECOND_BATCH.find((s) => s.name === 'workerCreateLogStream')!;
    await runSteps([step]);
    const actions = await settledActions([step]);
    expect(actions.map(key)).toEqual([key(step.expect!)]);
  });
});
