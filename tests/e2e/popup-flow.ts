// The whole demo flow, shared by the popup e2e test (Chromium and Firefox, through tests/e2e/driver.ts)
// and `npm run demo` (Chromium): record a console session through the popup, confirm it against the
// fake CloudTrail, press Generate and download.
import type { Page } from 'playwright-core';
import type { SessionDetail } from '../../shared/session-view.ts';
import type { FakeCloudTrail } from '../fake-cloudtrail/server.ts';
import { DEMO_PAGE, DEMO_STEPS, demoRecord } from './popup-demo-scenario.ts';
import type { E2EBrowser, E2EPage } from './driver.ts';
import type { ExtensionBrowser } from './launch.ts';
import { waitFor } from './wait-for.ts';

export const POPUP_VIEWPORT = { width: 640, height: 900 };

export const POPUP_PATH = 'extension/popup/popup.html';

/** The review tab Generate opens (extension/platform/tabs.ts REVIEW_PAGE; the query names the session). */
export const REVIEW_PATH = 'extension/review/review.html';

/** Opens the popup as a tab in either browser (the toolbar popup is the same page). */
export async function openPopupPage(browser: E2EBrowser): Promise<E2EPage> {
  const page = await browser.newPage(browser.extensionUrl(POPUP_PATH));
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

/** Opens the popup as a Playwright tab (the demo drives and screenshots it). */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html`);
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

/** Points CloudTrail confirmation at the fake (endpoint override, fast checks) with throwaway keys. */
export async function configureFakeCloudTrail(popup: E2EPage, cloudTrail: FakeCloudTrail): Promise<void> {
  await popup.evaluate(async (endpoint) => {
    await chrome.storage.local.set({
      'trailform.cloudtrail.settings': { endpoint, firstCheckDelayMs: 0, checkDelayMs: 1000, maxCheckDelayMs: 2000, retryBaseMs: 10, marginMs: 600_000 },
    });
    await chrome.storage.session.set({
      'trailform.cloudtrail.credentials': { accessKeyId: 'AKIADEMODEMODEMO1234', secretAccessKey: 'demo-secret-not-real', sessionToken: null, expiresAt: null },
    });
  }, cloudTrail.httpEndpoint);
}

export async function sessionDetail(popup: E2EPage, sessionId: number): Promise<SessionDetail | null> {
  return popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'sessions/detail', payload: { sessionId: id } }), sessionId) as Promise<SessionDetail | null>;
}

/** Clicks every demo button in the fake console and waits until the recorder stored each call. */
export async function clickThroughConsole(newPage: (url: string) => Promise<E2EPage>, popup: E2EPage, sessionId: number, pauseMs = 0): Promise<E2EPage> {
  const consolePage = await newPage(DEMO_PAGE);
  for (const step of DEMO_STEPS) {
    // A pause only so that a person watching a headed demo can follow it.
    if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    await consolePage.click(`#${step.button}`);
    await consolePage.waitForFunction((id) => (document.getElementById('log')?.textContent ?? '').includes(`${id} 200`), step.button);
  }
  await waitFor(async () => {
    const d = await sessionDetail(popup, sessionId);
    const ops = new Set(d?.rows.map((r) => r.operation));
    return DEMO_STEPS.every((s) => ops.has(s.operation)) ? true : undefined;
  }, () => 'all demo actions recorded');
  return consolePage;
}

/** What CloudTrail would hold a few minutes later: one record per recorded demo call, at its capture time. */
export async function publishToFakeCloudTrail(popup: E2EPage, sessionId: number, cloudTrail: FakeCloudTrail): Promise<void> {
  const detail = await sessionDetail(popup, sessionId);
  const records = DEMO_STEPS.map((step, i) => {
    const row = detail?.rows.find((r) => r.operation === step.operation);
    if (!row) throw new Error(`no recorded ${step.operation}`);
    return demoRecord(step, row.at, i);
  });
  cloudTrail.addEvents(records);
}

/** Waits until the background has confirmed the session and the popup's list shows it. */
export async function waitForConfirmation(popup: E2EPage, sessionId: number, timeoutMs = 45_000): Promise<SessionDetail> {
  let last: SessionDetail | null = null;
  const detail = await waitFor(async () => {
    last = await sessionDetail(popup, sessionId);
    return last?.confirmation?.phase === 'complete' ? last : undefined;
  }, () => `confirmation: ${JSON.stringify(last?.confirmation ?? null)?.slice(0, 600)}`, timeoutMs, 250);
  const confirmed = detail.rows.filter((r) => r.status === 'confirmed').length;
  await popup.waitForFunction((n: number) => document.querySelectorAll('tr[data-status="confirmed"]').length === n, confirmed);
  return detail;
}
