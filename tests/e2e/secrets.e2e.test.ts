// End to end in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): canary shapes (tests/extension/capture/canary-shapes.ts) sent by a
// console page through fetch and XHR are stored with every secret hidden and every other byte intact,
// and no canary reaches IndexedDB, extension storage, the export, the translation or console output.
// Then a hostile page forges capture reports with the exact event names the built content scripts
// listen to (found in the build the browser runs, dist/ or dist-firefox/, as a page's author would) and
// tries to switch the hook off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIDDEN_VALUE } from '../../shared/cloudtrail-record.ts';
import type { RecordedAction, RecordingStatus } from '../../shared/recorded-action.ts';
import type { SessionDetail } from '../../shared/session-view.ts';
import { toInputs, translate } from '../../translator/index.ts';
import { CANARY_SHAPES, expectedText, type CanaryShape } from '../extension/capture/canary-shapes.ts';
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { launchE2EBrowser, type E2EBrowser, type E2EPage } from './driver.ts';
import { waitFor } from './wait-for.ts';

const CANARY = 'CNRY';
// Ten shapes, every protocol the page sends directly: JSON (awsJson 1.1), query, EC2 query, REST JSON.
const E2E_SHAPES: CanaryShape[] = [
  ['ssm', 'PutParameter'], ['ecs', 'RegisterTaskDefinition'], ['lambda', 'CreateFunction'], ['cloudformation', 'CreateStack'],
  ['ec2', 'CreateVpnConnection'], ['ec2', 'RunInstances'], ['iam', 'CreateVirtualMFADevice'], ['apigateway', 'CreateApiKey'],
  ['directconnect', 'CreateBGPPeer'], ['elasticbeanstalk', 'CreateEnvironment'],
].map(([service, operation]) => CANARY_SHAPES.find((s) => s.service === service && s.operation === operation)!);

let fake: FakeConsole;
let browser: E2EBrowser;
let page: E2EPage;
let sessionId: number;

interface PageCall { method: string; url: string; headers: [string, string][]; body: string; viaXhr: boolean }

function sendFromPage(p: E2EPage, call: PageCall): Promise<number> {
  return p.evaluate((c) => {
    if (!c.viaXhr) return fetch(c.url, { method: c.method, headers: c.headers, body: c.body }).then((r) => r.text().then(() => r.status));
    return new Promise<number>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open(c.method, c.url);
      for (const [k, v] of c.headers) xhr.setRequestHeader(k, v);
      xhr.onloadend = () => resolve(xhr.status);
      xhr.send(c.body);
    });
  }, call);
}

function contentTypeOf(shape: CanaryShape): string {
  if (shape.response === null) return 'application/json';
  return shape.response.startsWith('<') ? 'text/xml' : 'application/json';
}

beforeAll(async () => {
  fake = await startFakeConsole();
  for (const s of E2E_SHAPES) if (s.response !== null) fake.respondTo(s.request.body, { contentType: contentTypeOf(s), body: s.response });
  browser = await launchE2EBrowser({ fakePort: fake.port });
  const started: RecordingStatus = await browser.send('recording/start', { name: 'secrets e2e' });
  sessionId = started.session!.id;
  page = await browser.newPage(fake.consoleUrl('us-east-1'));
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

async function actions(): Promise<RecordedAction[]> {
  return (await browser.readStore<RecordedAction>('actions')).filter((a) => a.sessionId === sessionId);
}

describe('secrets in a real browser', () => {
  test(`${E2E_SHAPES.length} shapes: secrets hidden everywhere, other bytes stored exactly`, async () => {
    expect(E2E_SHAPES.every(Boolean)).toBe(true);
    for (const [i, s] of E2E_SHAPES.entries()) {
      const status = await sendFromPage(page, { ...s.request, viaXhr: i % 2 === 1 });
      expect(status, `${s.service} ${s.operation}`).toBe(200);
    }
    const stored = await waitFor(async () => {
      const all = await actions();
      const done = E2E_SHAPES.every((s) => all.some((a) => a.operation === s.operation && a.request.url === s.request.url && a.sources.hook >= 1 && a.sources.webRequest >= 1));
      return done ? all : undefined;
    }, () => 'every shape stored by both capture paths', 30_000);

    for (const s of E2E_SHAPES) {
      const candidates = stored.filter((a) => a.operation === s.operation && a.request.url === s.request.url);
      const expected = expectedText(s.request.body, s.secrets, HIDDEN_VALUE);
      expect(candidates.map((a) => a.request.body), `${s.service} ${s.operation} request`).toContain(expected);
      if (s.response !== null) expect(candidates.map((a) => a.response?.body), `${s.service} ${s.operation} response`).toContain(expectedText(s.response, s.secrets, HIDDEN_VALUE));
    }

    const ext = browser.extensionPage;
    const storage = await ext.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
    const exported = await browser.send('sessions/export', { sessionId });
    const detail = await browser.send('sessions/detail', { sessionId }) as SessionDetail;
    const translated = translate(toInputs(detail.rows.flatMap((r) => (r.record ? [r.record] : [])), 'e2e'));
    // Console output of the console tab and of the background counts too; the probes show both reach us.
    const probes = [`trailform-background-probe-${Date.now()}`, `trailform-tab-probe-${Date.now()}`] as const;
    await browser.logInBackground(probes[0]);
    await page.evaluate((text: string) => console.log(text), probes[1]);
    const consoleOutput = await waitFor(async () => {
      const lines = browser.consoleMessages();
      return probes.every((p) => lines.some((l) => l.includes(p))) ? lines : undefined;
    }, () => 'the background\'s and the tab\'s console output');
    const everywhere = [
      JSON.stringify(stored), storage, JSON.stringify(exported), JSON.stringify(detail),
      JSON.stringify(translated.files), JSON.stringify(translated.report), ...consoleOutput,
    ].join('\n');
    expect(everywhere).not.toContain(CANARY);
    expect(everywhere).toContain('[prod] core VPC');
    expect(everywhere).toContain('owner%3DJohn%20Smith');
  });
});

/** String literals of the built content scripts (of the build this browser runs) that look like event names ("trailform:…"). */
function eventNamesInDist(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const names = new Set<string>();
  for (const script of manifest.content_scripts.flatMap((c) => c.js)) {
    for (const m of readFileSync(join(distDir, script), 'utf8').matchAll(/["'`](trailform:[A-Za-z0-9:_-]+)["'`]/g)) names.add(m[1]!);
  }
  return [...names];
}

describe('a hostile page', () => {
  test('cannot forge captures with the content scripts\' own event names, nor switch the hook off', async () => {
    const names = eventNamesInDist(browser.distDir);
    expect(names.length).toBeGreaterThan(0);
    const forgedBody = 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.66.0.0%2F16&TagSpecification.1.Tag.1.Value=FORGED';
    const forged = {
      api: 'fetch', method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/', headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: { encoding: 'text', data: forgedBody, truncated: false }, startedAt: 1_000, endedAt: 1_001, status: 200, error: null,
      responseBody: { encoding: 'text', data: '<CreateVpcResponse><vpcId>vpc-forged</vpcId></CreateVpcResponse>', truncated: false }, pageUrl: 'https://us-east-1.console.aws.amazon.com/',
    };
    const outcome = await page.evaluate(({ eventNames, record }) => {
      const json = JSON.stringify(record);
      let portsSeen = 0;
      const seen = (ev: Event): void => { if ((ev as MessageEvent).ports?.length) portsSeen += 1; };
      for (const name of eventNames) window.addEventListener(name, seen, true);
      const own = new MessageChannel();
      for (const name of eventNames) {
        // As a capture report, as the switch, and as a port hand-over carrying the page's own port.
        window.dispatchEvent(new CustomEvent(name, { detail: json }));
        window.dispatchEvent(new CustomEvent(name, { detail: 'off' }));
        window.dispatchEvent(new MessageEvent(name, { data: json, ports: [own.port2] }));
        window.dispatchEvent(new Event(name));
        document.dispatchEvent(new CustomEvent(name, { detail: json }));
        window.postMessage({ type: name, detail: json }, '*');
      }
      own.port1.postMessage('off');
      own.port1.postMessage(json);
      return { portsSeen, firstPageOwnPort: portsSeen > 0 };
    }, { eventNames: names, record: forged });
    // The relay never hands its port to the page, even when asked with the hook's own request event.
    expect(outcome.portsSeen).toBe(names.length); // only the page's own MessageEvents, dispatched above

    // The hook still reports: a real call after the attempts is captured by the page hook.
    const realBody = 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.77.0.0%2F16';
    expect(await sendFromPage(page, { method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/', headers: [['content-type', 'application/x-www-form-urlencoded']], body: realBody, viaXhr: false })).toBe(200);
    const real = await waitFor(async () => (await actions()).find((a) => a.request.body === realBody && a.sources.hook >= 1 && a.sources.webRequest >= 1), () => 'the real call stored by the hook and webRequest');
    expect(real.capturedAt).toBeGreaterThan(1_000_000);
    // Give a forged report time to arrive if anything had accepted it.
    await new Promise((r) => setTimeout(r, 1_500));
    const all = JSON.stringify(await browser.readStore<RecordedAction>('actions'));
    expect(all).not.toContain('FORGED');
    expect(all).not.toContain('vpc-forged');
    expect(all).not.toContain('10.66.0.0');
  });

  test('cannot post records on the hook\'s own port, rewrite them, or read "off" into its switch by replacing page globals', async () => {
    const ec2 = (body: string): PageCall => ({ method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/', headers: [['content-type', 'application/x-www-form-urlencoded']], body, viaXhr: false });
    // The hook shares the page's globals. A page script replaces the ones a naive hook would call after load:
    // postMessage (to post a forged copy on the real port), JSON.stringify (to rewrite the record) and
    // MessageEvent's data (to read every switch message as "off").
    await page.evaluate(() => {
      const post = MessagePort.prototype.postMessage;
      MessagePort.prototype.postMessage = function (this: MessagePort, data: unknown, ...rest: unknown[]) {
        if (typeof data === 'string') post.call(this, data.split('10.78.').join('10.66.'));
        return post.apply(this, [data, ...rest] as never);
      } as never;
      const stringify = JSON.stringify;
      JSON.stringify = ((value: unknown, ...rest: never[]) => {
        const text = stringify(value, ...rest);
        return typeof text === 'string' ? text.split('10.78.').join('10.66.') : text;
      }) as never;
      Object.defineProperty(MessageEvent.prototype, 'data', { get: () => 'off', configurable: true });
    });
    // Stop and start: the relay sends "off" then "on" to the hook, which must still read "on".
    await browser.send('recording/stop', {});
    sessionId = (await browser.send('recording/start', { name: 'secrets e2e, tampered page' })).session!.id;

    const realBody = 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.78.0.0%2F16';
    expect(await sendFromPage(page, ec2(realBody))).toBe(200);
    const real = await waitFor(async () => (await actions()).find((a) => a.request.body === realBody && a.sources.hook >= 1 && a.sources.webRequest >= 1), () => 'the real call stored by the hook and webRequest');
    expect(real.request.body).toBe(realBody);

    // toJSON on Object.prototype would rewrite any record JSON.stringify serializes (here: the request's
    // body): the hook sends none then (webRequest still records the call).
    await page.evaluate(() => {
      function rewrite(this: unknown): unknown {
        const record = this as { url?: unknown; method?: unknown; body?: { data?: unknown } | null };
        if (typeof record !== 'object' || record === null || typeof record.url !== 'string' || typeof record.method !== 'string') return this;
        const data = typeof record.body?.data === 'string' ? record.body.data.split('10.79.').join('10.66.') : 'FORGED';
        return { ...record, body: { ...record.body, data } };
      }
      Object.defineProperty(Object.prototype, 'toJSON', { value: rewrite, configurable: true, writable: true });
    });
    const underToJson = 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.79.0.0%2F16';
    expect(await sendFromPage(page, ec2(underToJson))).toBe(200);
    // (Chromium's webRequest gives form bodies as parsed fields, so the stored order may differ.)
    const underToJsonStored = await waitFor(async () => (await actions()).find((a) => a.request.body?.includes('CidrBlock=10.79.0.0') && a.sources.webRequest >= 1), () => 'the call under toJSON stored by webRequest');
    expect(underToJsonStored.sources.hook).toBe(0);
    await page.evaluate(() => { delete (Object.prototype as { toJSON?: unknown }).toJSON; });
    await new Promise((r) => setTimeout(r, 1_500));
    const all = JSON.stringify(await browser.readStore<RecordedAction>('actions'));
    expect(all).not.toContain('FORGED');
    expect(all).not.toContain('10.66.0.0');
  });
});

/** In the page: whether the visible text shows `text` (Playwright's `text=` selector, for both browsers). */
function bodyShows(text: string): boolean {
  return document.body.innerText.includes(text);
}

describe('remembered CloudTrail credentials', () => {
  test('are kept in the extension\'s IndexedDB vault, never in storage.local where content scripts read', async () => {
    const options = await browser.newPage(browser.extensionUrl('extension/options/options.html'));
    await options.fill('#ct-access-key-id', 'AKIAREMEMBEREDKEY001');
    await options.fill('#ct-secret', 'remembered-CNRYvault-secret-key');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#ct-remember')!.checked)).toBe(false);
    await options.click('#ct-remember');
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#ct-remember')!.checked)).toBe(true);
    await options.click('#ct-save');
    await options.waitForFunction(bodyShows, 'Saved: AKIAREMEMBEREDKEY001 (remembered on this computer)');
    const where = await options.evaluate(async () => {
      const vault = await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('trailform-credentials');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('credentials').objectStore('credentials').get('cloudtrail');
          req.onsuccess = () => { open.result.close(); resolve(req.result); };
        };
      });
      return { local: JSON.stringify(await chrome.storage.local.get(null)), session: JSON.stringify(await chrome.storage.session.get(null)), vault: JSON.stringify(vault) };
    });
    expect(where.local).not.toContain('CNRYvault');
    expect(where.session).not.toContain('CNRYvault');
    expect(where.vault).toContain('remembered-CNRYvault-secret-key');
    // A reload of the options page reads them back from the vault.
    await options.reload();
    await options.waitForFunction(bodyShows, 'Saved: AKIAREMEMBEREDKEY001 (remembered on this computer)');
    await options.close();
  });
});
