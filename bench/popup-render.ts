// The popup's time to first render in Debian's Chromium (headless): opens popup.html N times and reads
// the page's own marks: "popup:first-render" (first animation frame after the app rendered),
// "popup:first-data" (the recording status, from the background, rendered) and first-contentful-paint,
// all in ms since navigation start. The first load is reported apart (cold: worker and caches).
// Writes the "render" part of bench/results/popup.json. Run: npx tsx bench/popup-render.ts [runs]
import { cpus } from 'node:os';
import { launchBuiltExtension } from './launch-built.ts';
import { mergeResults } from './popup-size.ts';
import { median, p90, round } from './stats.ts';

const RUNS = Number(process.argv[2] ?? 20);

interface Sample { firstRender: number; firstData: number; fcp: number | null }

async function main(): Promise<void> {
  const browser = await launchBuiltExtension('popup-render');
  const samples: Sample[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 640, height: 600 });
      await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/popup.html`);
      await page.waitForSelector('main[data-ready="true"]');
      await page.waitForFunction(() => performance.getEntriesByName('popup:first-render').length > 0 && performance.getEntriesByName('popup:first-data').length > 0);
      samples.push(await page.evaluate(() => ({
        firstRender: performance.getEntriesByName('popup:first-render')[0]!.startTime,
        firstData: performance.getEntriesByName('popup:first-data')[0]!.startTime,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      })));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const [cold, ...warm] = samples;
  const pick = (k: 'firstRender' | 'firstData') => warm.map((s) => s[k]);
  const fcps = warm.flatMap((s) => (s.fcp === null ? [] : [s.fcp]));
  const render = {
    measuredAt: new Date().toISOString(),
    chromium: '/usr/bin/chromium (headless)',
    cpus: cpus().length,
    runs: warm.length,
    unit: 'ms since navigation start',
    firstRender: { median: round(median(pick('firstRender'))), p90: round(p90(pick('firstRender'))) },
    firstData: { median: round(median(pick('firstData'))), p90: round(p90(pick('firstData'))) },
    firstContentfulPaint: fcps.length ? { median: round(median(fcps)), p90: round(p90(fcps)) } : null,
    coldFirstOpen: cold ? { firstRender: round(cold.firstRender), firstData: round(cold.firstData) } : null,
  };
  console.log(JSON.stringify(render, null, 2));
  mergeResults({ render });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
