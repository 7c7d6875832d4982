// The popup with a 10,000-action session, in Debian's Chromium (headless):
// - first render: navigation start to the first frame with rows in the list ("popup:first-rows"), with
//   the worker running, and after the worker was stopped (as after 30 s idle: the rows come from storage
//   while it starts and rebuilds its copy; when the stored read ended and when its counts came are reported),
// - update: a change in the worker (a rename, which makes the popup read status, list, summary and the
//   page in view again, as a capture does) to the frame that shows it,
// - CPU of the extension's process (service worker and popup share it) per minute with the popup open:
//   idle, and with one change a second.
// The machine's 1-minute load average is recorded next to every figure. Writes the "large" part of
// bench/results/popup.json. Run: npx tsx bench/popup-large.ts [actions] [runs]
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { streamImport } from '../extension/ui/stream-import.ts';
import type { Send } from '../extension/ui/send.ts';
import { largeSessionExport } from '../tests/support/large-session.ts';
import type { ExtensionBrowser } from '../tests/e2e/launch.ts';
import { launchBuiltExtension } from './launch-built.ts';
import { mergeResults } from './popup-size.ts';
import { browserCpuByKind } from './process-cpu.ts';
import { median, p90, round } from './stats.ts';

const ACTIONS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 10);

const load = () => round(loadavg()[0]!);

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 640, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('popup:first-rows').length > 0, undefined, { timeout: 60_000 });
  return page;
}

async function firstRender(browser: ExtensionBrowser): Promise<{ samples: number[]; loads: number[] }> {
  const samples: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const page = await openPopup(browser);
    const t = await page.evaluate(() => performance.getEntriesByName('popup:first-rows')[0]!.startTime);
    // The first open builds the worker's row copy (cold); reported apart.
    samples.push(t);
    loads.push(load());
    await page.close();
  }
  return { samples, loads };
}

/** One rename through the worker; ms from sending it to the popup's frame that shows the new name. */
async function oneUpdate(browser: ExtensionBrowser, popup: Page, sessionId: number, name: string): Promise<number> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  const seen = popup.evaluate(`new Promise((done) => {
    const expected = ${JSON.stringify(name)};
    function check() {
      if (document.querySelector('.current .name')?.textContent !== expected) return false;
      requestAnimationFrame(() => done(performance.timeOrigin + performance.now()));
      return true;
    }
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`) as Promise<number>;
  const sent = await browser.extensionPage!.evaluate(({ id, n }) => {
    const t = performance.timeOrigin + performance.now();
    void chrome.runtime.sendMessage({ type: 'sessions/rename', payload: { sessionId: id, name: n } });
    return t;
  }, { id: sessionId, n: name });
  return (await seen) - sent;
}

async function cpuPerMinute(browser: ExtensionBrowser, during: () => Promise<void>): Promise<{ extensionMsPerMinute: number; browserMsPerMinute: number; load: number }> {
  const before = browserCpuByKind(browser.userDataDir);
  const t0 = Date.now();
  await during();
  const elapsed = (Date.now() - t0) / 60_000;
  const after = browserCpuByKind(browser.userDataDir);
  return {
    extensionMsPerMinute: Math.round((after.extensionRenderer - before.extensionRenderer) / elapsed),
    browserMsPerMinute: Math.round((after.browser - before.browser) / elapsed),
    load: load(),
  };
}

async function main(): Promise<void> {
  const browser = await launchBuiltExtension('popup-large');
  try {
    const send = ((type: string, payload: object) => browser.send(type as never, payload as never)) as Send;
    const session = await streamImport(send, JSON.stringify(largeSessionExport(ACTIONS)), 'bench.json');
    if (typeof session === 'string') throw new Error(session);
    const render = await firstRender(browser);
    const [cold, ...warm] = render.samples;
    // What a user mostly meets: the worker stopped after idling (30 s), so it starts and rebuilds the rows.
    // The first rows come from storage (extension/ui/stored-view.ts); the counts wait for the worker.
    const afterWorkerStop: number[] = [];
    const storedView: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await browser.stopServiceWorker();
      const page = await openPopup(browser);
      await page.waitForFunction(() => performance.getEntriesByName('popup:counts').length > 0, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => ['popup:first-rows', 'popup:stored-view', 'popup:counts'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN));
      afterWorkerStop.push(marks[0]!);
      storedView.push(marks[1]!);
      counts.push(marks[2]!);
      await page.close();
    }

    // Baseline: the same browser with no popup open, once the popups closed above have settled.
    await new Promise((r) => setTimeout(r, 10_000));
    const noPopup = await cpuPerMinute(browser, () => new Promise((r) => setTimeout(r, 30_000)));
    const popup = await openPopup(browser);
    const updates: number[] = [];
    const updateLoads: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      updates.push(await oneUpdate(browser, popup, session.id, `bench session ${i}`));
      updateLoads.push(load());
      await popup.waitForTimeout(300);
    }
    const idle = await cpuPerMinute(browser, () => popup.waitForTimeout(60_000));
    let n = 0;
    const busy = await cpuPerMinute(browser, async () => {
      const end = Date.now() + 60_000;
      while (Date.now() < end) {
        await oneUpdate(browser, popup, session.id, `busy ${n++}`);
        await popup.waitForTimeout(1000);
      }
    });
    const large = {
      measuredAt: new Date().toISOString(),
      chromium: '/usr/bin/chromium (headless)',
      cpus: cpus().length,
      actions: ACTIONS,
      runs: RUNS,
      firstRowsMs: { median: round(median(warm)), p90: round(p90(warm)), goal: 300, coldFirstOpen: round(cold!), afterWorkerStop: { median: round(median(afterWorkerStop)), samples: afterWorkerStop.length, storedViewReadMedian: round(median(storedView)), countsMedian: round(median(counts)) }, loadAverage1m: { min: Math.min(...render.loads), max: Math.max(...render.loads) } },
      updateMs: { median: round(median(updates)), p90: round(p90(updates)), goal: 100, samples: updates.length, loadAverage1m: { min: Math.min(...updateLoads), max: Math.max(...updateLoads) } },
      cpuPerMinuteWithPopupOpen: {
        note: 'extension renderer process = service worker + popup (Chrome runs them in one process); browser = the browser process',
        popupClosedBaseline: noPopup,
        idle,
        oneChangePerSecond: { ...busy, changes: n },
      },
    };
    console.log(JSON.stringify(large, null, 2));
    mergeResults({ large });
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
