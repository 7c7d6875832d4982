// The whole demo flow in Chromium, shared by the popup e2e test and `npm run demo`: record a console
// session through the popup, confirm it against the fake CloudTrail, press Generate and download.
import type { BrowserContext, Page } from 'playwright-core';
import type { SessionDetail } from '../../shared/session-view.ts';
import type { FakeCloudTrail } from '../fake-cloudtrail/server.ts';
import { DEMO_PAGE, DEMO_STEPS, demoRecord } from './popup-demo-scenario.ts';
import type { ExtensionBrowser } from './launch.ts';
import { waitFor } from './wait-for.ts';

export const POPUP_VIEWPORT = { width: 640, height: 900 };

/** Opens the popup as a tab (the toolbar popup is the same page; tabs can be driven and screenshotted). */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html`);
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

/** Points CloudTrail confirmation at the fake (endpoint override, fast checks) with throwaway keys. */
export async function configureFakeCloudTrail(popup: Page, cloudTrail: FakeCloudTrail): Promise<void> {
  await popup.evaluate(async (endpoint) => {
    await chrome.storage.local.set({
      'trailform.cloudtrail.settings': { endpoint, firstCheckDelayMs: 0, checkDelayMs: 1000, maxCheckDelayMs: 2000, retryBaseMs: 10, marginMs: 600_000 },
    });
    await chrome.storage.session.set({
      'trailform.cloudtrail.credentials': { accessKeyId: 'AKIADEMODEMODEMO1234', secretAccessKey: 'demo-secret-not-real', sessionToken: null, expiresAt: null },
    });
  }, cloudTrail.httpEndpoint);
}

export async function sessionDetail(popup: Page, sessionId: number): Promise<SessionDetail | null> {
  return popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'sessions/detail', payload: { sessionId: id } }), sessionId) as Promise<SessionDetail | null>;
}

/** Clicks every demo button in the fake console and waits until the recorder stored each call. */
export async function clickThroughConsole(context: BrowserContext, popup: Page, sessionId: number, pauseMs = 0): Promise<Page> {
  const consolePage = await context.newPage();
  await consolePage.goto(DEMO_PAGE);
  for (const step of DEMO_STEPS) {
    // A pause only so that a person watching a headed demo can follow it.
    if (pauseMs > 0) await consolePage.waitForTimeout(pauseMs);
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
export async function publishToFakeCloudTrail(popup: Page, sessionId: number, cloudTrail: FakeCloudTrail): Promise<void> {
  const detail = await sessionDetail(popup, sessionId);
  const records = DEMO_STEPS.map((step, i) => {
    const row = detail?.rows.find((r) => r.operation === step.operation);
    if (!row) throw new Error(`no recorded ${step.operation}`);
    return demoRecord(step, row.at, i);
  });
  cloudTrail.addEvents(records);
}

/** Waits until the background has confirmed the session and the popup's list shows it. */
export async function waitForConfirmation(popup: Page, sessionId: number, timeoutMs = 45_000): Promise<SessionDetail> {
  let last: SessionDetail | null = null;
  const detail = await waitFor(async () => {
    last = await sessionDetail(popup, sessionId);
    return last?.confirmation?.phase === 'complete' ? last : undefined;
  }, () => `confirmation: ${JSON.stringify(last?.confirmation ?? null)?.slice(0, 600)}`, timeoutMs, 250);
  const confirmed = detail.rows.filter((r) => r.status === 'confirmed').length;
  await popup.waitForFunction((n) => document.querySelectorAll('tr[data-status="confirmed"]').length === n, confirmed);
  return detail;
}
