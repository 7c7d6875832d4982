// End to end in Debian's Chromium and firefox-esr (tests/e2e/driver.ts): clicks in the fake console are
// recorded, confirmed against the fake CloudTrail, and Generate (pressed in the popup) opens the review
// tab, whose Copy and Download give a Terraform manifest that HashiCorp's parser reads, its formatter
// leaves unchanged, fits the provider schema and imports every resource. Screenshots of the popup and
// the review tab (light and dark in Chromium; Firefox's BiDi cannot emulate the colour scheme, so its
// own light one) go to .e2e-tmp/screenshots/. Requires `npx vite build` first (dist/, or
// TRAILFORM_DIST), or `npm run build:firefox` for Firefox.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { SESSION_FORMAT, type SessionExport } from '../../shared/session-export.ts';
import { readRecords } from '../../translator/ingest/containers.ts';
import { singleFile } from '../../translator/output.ts';
import { startFakeCloudTrail, type FakeCloudTrail } from '../fake-cloudtrail/server.ts';
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { formatHcl, parseHcl, schemaErrors } from '../support/hcl-oracle.ts';
import { launchE2EBrowser, type E2EBrowser, type E2EPage } from './driver.ts';
import { DEMO_STEPS } from './popup-demo-scenario.ts';
import { clickThroughConsole, configureFakeCloudTrail, openPopupPage, POPUP_VIEWPORT, publishToFakeCloudTrail, REVIEW_PATH, sessionDetail, waitForConfirmation } from './popup-flow.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, '.e2e-tmp', 'screenshots');
let DOWNLOADS = join(ROOT, '.e2e-tmp', 'popup-downloads');

let fake: FakeConsole;
let cloudTrail: FakeCloudTrail;
let browser: E2EBrowser;
let popup: E2EPage;
/** The review tab Generate opens (files, warnings, report, downloads). */
let review: E2EPage;
let sessionId: number;

async function screenshots(name: string, page: E2EPage = popup): Promise<void> {
  const prefix = join(SHOTS, `${page === popup ? 'popup' : 'review'}-${name}`);
  if (browser.name === 'firefox') {
    await page.screenshot('main', `${prefix}-firefox.png`);
    return;
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.screenshot('main', `${prefix}-${scheme}.png`, scheme);
  }
}

function download(buttonId: string): Promise<{ name: string; path: string }> {
  return browser.download(review, `#${buttonId}`, DOWNLOADS);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fake = await startFakeConsole();
  cloudTrail = await startFakeCloudTrail();
  browser = await launchE2EBrowser({ fakePort: fake.port, ...(process.env['TRAILFORM_DIST'] ? { distDir: process.env['TRAILFORM_DIST'] } : {}) });
  DOWNLOADS = join(ROOT, '.e2e-tmp', `popup-downloads-${browser.name}`);
  mkdirSync(DOWNLOADS, { recursive: true });
  popup = await openPopupPage(browser);
  await popup.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
  await configureFakeCloudTrail(popup, cloudTrail);
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
  await cloudTrail?.close();
});

describe('popup: record, confirm, generate, copy, download', () => {
  test('the popup records a console session and lists its actions with status', async () => {
    await popup.click('#start');
    await popup.waitForSelector('#stop');
    const status = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'recording/get-status', payload: {} }) as Promise<{ session: { id: number } | null }>);
    sessionId = status.session!.id;
    const consolePage = await clickThroughConsole((url) => browser.newPage(url), popup, sessionId);
    // Back to the popup, as a user would: a background tab gets no animation frames and no clipboard.
    await consolePage.close();
    await popup.bringToFront();
    // A row whose page is still loading shows as a placeholder (tr.loading); wait until every row is real.
    await popup.waitForFunction((n: number) => document.querySelectorAll('table.actions tbody tr[data-status]').length === n
      && document.querySelectorAll('table.actions tbody tr.loading').length === 0, DEMO_STEPS.length);
    const operations = await popup.texts('table.actions tbody tr[data-status] td:nth-child(3)');
    expect(operations.sort()).toEqual(DEMO_STEPS.map((s) => s.operation).sort());
    await expect.poll(() => popup.textContent('[data-testid="counts"]'), { timeout: 15_000 }).toContain(`${DEMO_STEPS.length} actions`);
    await screenshots('recording');
  });

  test('after Stop, every action is confirmed against CloudTrail', async () => {
    await publishToFakeCloudTrail(popup, sessionId, cloudTrail);
    await popup.click('#stop');
    await popup.waitForSelector('#start');
    const detail = await waitForConfirmation(popup, sessionId);
    expect(detail.rows.map((r) => r.status)).toEqual(DEMO_STEPS.map(() => 'confirmed'));
    await popup.waitForFunction((n: number) => document.querySelectorAll('tr[data-status="confirmed"]').length === n, DEMO_STEPS.length);
    await expect.poll(() => popup.textContent('[data-testid="cloudtrail-progress"]'), { timeout: 15_000 }).toContain(`${DEMO_STEPS.length} of ${DEMO_STEPS.length} confirmed`);
    expect(cloudTrail.log.length).toBeGreaterThan(0);
  });

  test('every control has a name, and Generate is reachable and pressed by keyboard', async () => {
    const unnamed = await popup.evaluate(() => [...document.querySelectorAll('button, input, summary, [tabindex]')].filter((el) => {
      const labelled = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent;
      return !labelled || labelled.trim() === '';
    }).map((el) => el.outerHTML.slice(0, 80)));
    expect(unnamed).toEqual([]);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'generate'; i++) {
      await popup.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('generate');
    // The popup stays a compact panel (Chrome's popup is at most 600 px tall); Generate opens the review tab.
    expect(await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeLessThanOrEqual(600);
    review = await browser.tabOpenedBy(browser.extensionUrl(REVIEW_PATH), () => popup.press('Enter'));
    await review.setViewport(1000, 900);
    await review.waitForFunction(() => document.querySelector('pre.code') !== null, undefined, 60_000);
  });

  test('Generate shows highlighted files, the report and warnings grouped by kind', async () => {
    await review.bringToFront();
    const tabs = await review.texts('[role="tab"]');
    expect(tabs).toEqual(expect.arrayContaining(['versions.tf', 'providers.tf', 'imports.tf', 's3.tf', 'ec2.tf', 'iam.tf', 'lambda.tf']));
    expect((await review.texts('pre.code .t-keyword')).length).toBeGreaterThan(0);
    expect((await review.texts('pre.code .t-string')).length).toBeGreaterThan(0);
    expect(await review.textContent('.report')).toContain(`${DEMO_STEPS.length} records translated`);
    expect((await review.texts('.warnings li')).length).toBeGreaterThan(0);
    const groups = await review.evaluate(() => [...document.querySelectorAll('.warnings details')].map((d) => d.getAttribute('data-code')));
    expect(new Set(groups).size).toBe(groups.length);
    await review.clickText('[role="tab"]', 'ec2.tf');
    await screenshots('generated', review);
  });

  let zipFiles: Record<string, string> = {};

  test('Download .zip: every file parses, is fmt-clean, fits the schema, and every resource has an import block', async () => {
    const zip = await download('download-zip');
    expect(zip.name).toMatch(/^trailform-.+\.zip$/);
    zipFiles = Object.fromEntries(Object.entries(unzipSync(readFileSync(zip.path))).map(([n, b]) => [n, strFromU8(b)]));
    expect(zipFiles['README.md']).toContain('terraform init');
    expect(zipFiles['README.md']).toContain(`${DEMO_STEPS.length} to import, 0 to add, 0 to change, 0 to destroy`);
    const tf = Object.entries(zipFiles).filter(([n]) => n.endsWith('.tf'));
    expect(tf.length).toBeGreaterThanOrEqual(5);
    const resources: string[] = [];
    const imports: string[] = [];
    for (const [name, text] of tf) {
      const parsed = await parseHcl(name, text) as { resource?: Record<string, Record<string, unknown>>; import?: { to: string }[] };
      expect(await formatHcl(text), `${name} is fmt-clean`).toBe(text);
      expect(schemaErrors(parsed as Record<string, unknown>, name)).toEqual([]);
      for (const [type, byName] of Object.entries(parsed.resource ?? {})) for (const n of Object.keys(byName)) resources.push(`${type}.${n}`);
      for (const block of parsed.import ?? []) imports.push(block.to.replace(/^\$\{(.*)\}$/, '$1'));
    }
    expect(resources.length).toBe(DEMO_STEPS.length);
    expect(imports.sort()).toEqual(resources.sort());
  });

  test('Download main.tf gives every file in one; Copy puts the same text on the clipboard', async () => {
    const main = await download('download-main');
    expect(main.name).toBe('main.tf');
    const mainText = readFileSync(main.path, 'utf8');
    const tfOnly = Object.fromEntries(Object.entries(zipFiles).filter(([n]) => n.endsWith('.tf')));
    expect(mainText).toBe(singleFile(tfOnly));

    await review.click('#copy-all');
    await review.waitForFunction(() => document.querySelector('.notice')?.textContent?.startsWith('Copied all files'));
    expect(await browser.readClipboard(review)).toBe(mainText);

    await review.clickText('[role="tab"]', 'imports.tf');
    await review.click('#copy-file');
    await review.waitForFunction(() => document.querySelector('.notice')?.textContent?.startsWith('Copied imports.tf'));
    expect(await browser.readClipboard(review)).toBe(zipFiles['imports.tf']);
  });

  test('a session exported from the popup translates with the CLI, and imports back', async () => {
    await popup.bringToFront();
    await popup.clickText('summary', 'Sessions');
    const { path } = await browser.download(popup, 'button[aria-label^="Export"]', DOWNLOADS);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as SessionExport;
    expect(doc.format).toBe(SESSION_FORMAT);
    expect(doc.actions).toHaveLength(DEMO_STEPS.length);
    expect(doc.records).toHaveLength(DEMO_STEPS.length);
    expect(readRecords(readFileSync(path, 'utf8'), 'export')).toHaveLength(DEMO_STEPS.length);

    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'trailform.mjs'), 'translate', '--single-file', '-q', path], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toBe(readFileSync(join(DOWNLOADS, 'main.tf'), 'utf8'));

    await popup.setInputFile('#import-file', path);
    await popup.waitForFunction(() => document.querySelector('.notice')?.textContent?.startsWith('Imported'));
    const sessions = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'sessions/list', payload: {} }) as Promise<{ id: number; name: string }[]>);
    const imported = sessions.find((s) => s.name.endsWith('(imported)'))!;
    const detail = await sessionDetail(popup, imported.id);
    expect(detail?.rows.map((r) => r.status)).toEqual(DEMO_STEPS.map(() => 'confirmed'));
  });
});
