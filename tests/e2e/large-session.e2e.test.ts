// A 10,000-action session in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): imported in chunks
// from a file, the popup shows it (a summary and a virtualised list: a dozen rows in the DOM, the last
// one reachable by scrolling), it exports in chunks, and the export imported again exports identical.
// Generate for all of it runs in the review tab. Requires `npx vite build` first (dist/, or
// TRAILFORM_DIST), or `npm run build:firefox` for Firefox.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SessionExport } from '../../shared/session-export.ts';
import type { RecordingSession } from '../../shared/recorded-action.ts';
import { comparable, largeSessionExport } from '../support/large-session.ts';
import { launchE2EBrowser, type E2EBrowser, type E2EPage } from './driver.ts';
import { openPopupPage, POPUP_VIEWPORT, REVIEW_PATH } from './popup-flow.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
let DIR = join(ROOT, '.e2e-tmp', 'large-session');
const COUNT = 10_000;
/** Limit of the tests that import or export the whole file (one import waits up to 120 s for its notice). */
const HEAVY_MS = 240_000;

let browser: E2EBrowser;
let popup: E2EPage;
let original: SessionExport;
let sourceFile: string;

async function openSessions(): Promise<void> {
  await popup.evaluate(() => { document.querySelector<HTMLDetailsElement>('details.sessions')!.open = true; });
}

async function importFile(path: string): Promise<RecordingSession> {
  await openSessions();
  await popup.setInputFile('#import-file', path);
  await popup.waitForFunction(() => document.querySelector('.notice')?.textContent?.startsWith('Imported'), undefined, 120_000);
  const sessions = await browser.send('sessions/list', {});
  return sessions[0]!;
}

async function exportFile(session: RecordingSession): Promise<SessionExport> {
  await openSessions();
  const file = await browser.downloadWithin(popup, `button[aria-label="Export ${session.name}"]`, DIR, 120_000);
  return JSON.parse(readFileSync(file.path, 'utf8')) as SessionExport;
}

async function showSession(session: RecordingSession): Promise<void> {
  await openSessions();
  await popup.clickText('button.link', session.name);
}

beforeAll(async () => {
  original = largeSessionExport(COUNT);
  browser = await launchE2EBrowser({ fakePort: 9, ...(process.env['TRAILFORM_DIST'] ? { distDir: process.env['TRAILFORM_DIST'] } : {}) });
  DIR = join(ROOT, '.e2e-tmp', `large-session-${browser.name}`);
  mkdirSync(DIR, { recursive: true });
  sourceFile = join(DIR, 'large-10000.json');
  writeFileSync(sourceFile, JSON.stringify(original));
  popup = await openPopupPage(browser);
  await popup.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a 10,000-action session', () => {
  let imported: RecordingSession;

  test('imports in chunks and the popup shows it: counts, and only the rows in view', async () => {
    expect(readFileSync(sourceFile).length).toBeGreaterThan(64 * 1024 * 1024 / 16);
    imported = await importFile(sourceFile);
    expect(imported.actionCount).toBe(COUNT);
    await showSession(imported);
    await expect.poll(() => popup.textContent('[data-testid="counts"]'), { timeout: 60_000 })
      .toBe(`${COUNT} actions · ${COUNT / 10} confirmed · ${COUNT - COUNT / 10} captured only`);
    await popup.waitForSelector('table.actions tbody tr[data-status]');
    const inDom = (await popup.texts('table.actions tbody tr')).length;
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(40);
    expect(await popup.evaluate(() => document.querySelector('table.actions')?.getAttribute('aria-rowcount'))).toBe(String(COUNT));
    // The popup fits Chrome's 600 px popup height.
    expect(await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeLessThanOrEqual(600);
  }, HEAVY_MS);

  test('after the background stopped, a new popup shows the first rows from storage before the worker has counted', async () => {
    // Nothing may wake the background early: the shared popup leaves (it is opened again below).
    await popup.goto('about:blank');
    await browser.stopBackground();
    const fresh = await browser.newPage(browser.extensionUrl('extension/popup/popup.html'));
    await fresh.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
    await fresh.waitForFunction(() => performance.getEntriesByName('popup:counts').length > 0, undefined, 60_000);
    const [rows, stored, counts] = await fresh.evaluate(() => ['popup:first-rows', 'popup:stored-view', 'popup:counts'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1));
    expect(stored).toBeGreaterThan(0);
    // The worker needs to start and read all 10,000 actions before it can count; the rows did not wait.
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(counts!);
    const firstCidr = original.actions[0]!.params!['CidrBlock'] as string;
    expect(await fresh.textContent('table.actions tbody tr[aria-rowindex="1"]')).toContain(firstCidr);
    await fresh.close();
    await popup.goto(browser.extensionUrl('extension/popup/popup.html'));
    await popup.waitForSelector('main[data-ready="true"]');
    await showSession(imported);
  }, HEAVY_MS);

  test('scrolling reaches the last action', async () => {
    await popup.evaluate(() => { const el = document.querySelector('.action-scroller')!; el.scrollTop = el.scrollHeight; });
    const lastCidr = original.actions[COUNT - 2]!.params!['CidrBlock'] as string;
    const lastGroup = `web-${COUNT - 1}`;
    await popup.waitForFunction((names: string[]) => {
      const text = document.querySelector('table.actions tbody')?.textContent ?? '';
      return names.every((n) => text.includes(n));
    }, [lastCidr, lastGroup], 30_000);
    const index = await popup.evaluate(() => [...document.querySelectorAll('table.actions tbody tr')].at(-1)?.getAttribute('aria-rowindex'));
    expect(index).toBe(String(COUNT));
  });

  test('exports in chunks: the same actions, records and confirmation as the file it came from', async () => {
    const exported = await exportFile(imported);
    expect(exported.actions).toHaveLength(COUNT);
    expect(comparable(exported)).toEqual(comparable(original));
  }, HEAVY_MS);

  test('the export imports again identical', async () => {
    const first = await exportFile(imported);
    const path = join(DIR, 'first-export.json');
    writeFileSync(path, JSON.stringify(first));
    const again = await importFile(path);
    expect(again.id).not.toBe(imported.id);
    const second = await exportFile(again);
    expect(comparable(second)).toEqual(comparable(first));
  }, HEAVY_MS);

  test('Generate opens the review tab and translates every included record in a worker', async () => {
    await showSession(imported);
    await expect.poll(() => popup.textContent('[data-testid="included"]'), { timeout: 30_000 }).toContain(`${COUNT} of ${COUNT} included`);
    const review = await browser.tabOpenedBy(browser.extensionUrl(REVIEW_PATH), () => popup.click('#generate'));
    await review.waitForFunction(() => document.querySelector('pre.code') !== null, undefined, 180_000);
    // Every record is accounted for: translated, or listed as unsupported or ignored with why.
    const report = await review.textContent('.report > p');
    const [, translated, other] = /(\d+) records translated(?:, (\d+) unsupported or ignored)?/.exec(report ?? '') ?? [];
    expect(Number(translated) + Number(other ?? 0)).toBe(COUNT);
    expect(Number(translated)).toBeGreaterThanOrEqual(COUNT / 10);
    const tabs = await review.texts('[role="tab"]');
    expect(tabs).toContain('ec2.tf');
    await review.close();
  }, 240_000);
});
