// Chromium only (vitest.e2e.firefox.config.ts leaves it out): the service worker's webRequest listeners
// exist only while recording. Each listener makes Chromium send every console request's events to the
// worker (bench/capture-cost.ts: about 3 ms of browser CPU per request), so a stopped session must leave
// none behind, also after the worker restarts (it registers them at its top level, then drops them once
// storage says recording is off).
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { launchChromiumE2E, type ChromiumE2EBrowser } from './launch.ts';
import { waitFor } from './wait-for.ts';

let fake: FakeConsole;
let browser: ChromiumE2EBrowser;

/** Waits until the worker's listening is `expected`, then checks it stays so a moment later. */
async function expectListening(expected: boolean): Promise<void> {
  let last: boolean | undefined;
  await waitFor(async () => {
    last = await browser.webRequestListening();
    return last === expected ? true : undefined;
  }, () => `webRequest listeners registered: ${last}, expected ${expected}`);
  await new Promise((r) => setTimeout(r, 300));
  expect(await browser.webRequestListening()).toBe(expected);
}

describe('webRequest listeners', () => {
  beforeAll(async () => {
    fake = await startFakeConsole();
    browser = await launchChromiumE2E({ fakePort: fake.port });
  });

  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  test('are registered while recording and removed at Stop, also across worker restarts', async () => {
    await expectListening(false);
    await browser.send('recording/start', { name: 'listening' });
    await expectListening(true);
    await browser.stopBackground();
    await expectListening(true);
    await browser.send('recording/stop', {});
    await expectListening(false);
    await browser.stopBackground();
    await expectListening(false);
  });
});
