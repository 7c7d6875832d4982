// End to end in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): when IndexedDB refuses the recorder's database (here: the database
// exists at a newer version, so opening it fails with a VersionError), the failure shows on the badge and
// in the popup, and the next use opens again and recovers once the database is usable.
// Requires `npx vite build` (Chromium) or `npx vite build --mode firefox` (Firefox).
import type { RecordingStatus } from '../../shared/recorded-action.ts';
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { launchE2EBrowser, type E2EBrowser, type E2EPage } from './driver.ts';
import { waitFor } from './wait-for.ts';

let fake: FakeConsole;
let browser: E2EBrowser;
let ext: E2EPage;

function badge(): Promise<{ text: string; title: string }> {
  return ext.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
}

beforeAll(async () => {
  fake = await startFakeConsole();
  browser = await launchE2EBrowser({ fakePort: fake.port });
  ext = await browser.newPage(browser.extensionUrl('extension/popup/popup.html'));
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

test('an IndexedDB open failure shows on the badge and in the popup, and is retried until storage works', async () => {
  await browser.stopBackground();
  // Another context upgrades the database past the version this build knows.
  await ext.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('trailform', 99);
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  }));

  await expect(browser.send('recording/start', { name: 'no storage' })).rejects.toThrow();
  const failing: RecordingStatus = await browser.send('recording/get-status', {});
  expect(failing.storageProblem).toMatchObject({ kind: 'open-failed' });
  expect(failing.storageProblem?.message).toMatch(/version/i);
  const shown = await waitFor(async () => {
    const b = await badge();
    return b.text === '!' ? b : undefined;
  }, () => 'the badge shows the storage problem');
  expect(shown.title).toContain('cannot open its database');
  await ext.waitForSelector('[data-testid="storage-problem"]');
  expect(await ext.textContent('[data-testid="storage-problem"]')).toContain('cannot open its database');

  // Storage usable again: the next use opens afresh (a failed open is not cached) and the problem clears.
  await ext.evaluate(() => new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase('trailform');
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error);
  }));
  const started: RecordingStatus = await browser.send('recording/start', { name: 'storage back' });
  expect(started).toMatchObject({ recording: true, session: { name: 'storage back' } });
  expect(started.storageProblem).toBeUndefined();
  await waitFor(async () => ((await badge()).text === '0' ? true : undefined), () => 'the badge back to the action count');
  await ext.waitForFunction((sel: string) => document.querySelector(sel) === null, '[data-testid="storage-problem"]');
}, 60_000);
