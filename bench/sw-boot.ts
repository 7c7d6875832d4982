// Service-worker start: how long an extension page waits for its first answer from a stopped worker
// (the popup's first message after the worker idled out, the first console call after a pause). The
// worker is stopped through CDP before each sample. With several builds (--dist a --dist b) the
// samples are interleaved so machine load hits all alike, e.g. to compare a commit with its parent.
// Run: node --import tsx bench/sw-boot.ts [--dist dist] [--samples 15]; results in bench/results/sw-boot.json.
import { mkdirSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/launch.ts';
import { median, p90, round } from './stats.ts';
import { useBenchTmpdir } from './launch-built.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', multiple: true }, samples: { type: 'string', default: '15' } } });
const root = resolve(import.meta.dirname, '..');
const dists = (values.dist ?? ['dist']).map((d) => resolve(root, d));
const SAMPLES = Number(values.samples);
useBenchTmpdir();

/** Bytes of the worker's script (the loader imports one module from assets/). */
function workerBytes(dist: string): number {
  const name = readdirSync(join(dist, 'assets')).find((f) => f.startsWith('service-worker'));
  return name ? statSync(join(dist, 'assets', name)).size : 0;
}

async function sample(browser: ExtensionBrowser): Promise<number> {
  await browser.stopServiceWorker();
  return browser.extensionPage!.evaluate(async () => {
    const t0 = performance.now();
    await chrome.runtime.sendMessage({ type: 'recording/status', payload: {} });
    return performance.now() - t0;
  });
}

const browsers = await Promise.all(dists.map((distDir) => launchWithExtension({ fakePort: 9, distDir })));
const samples: number[][] = dists.map(() => []);
const load: number[] = [];
try {
  for (let i = 0; i < SAMPLES; i++) {
    for (const [b, browser] of browsers.entries()) samples[b]!.push(await sample(browser));
    load.push(loadavg()[0]!);
  }
} finally {
  await Promise.all(browsers.map((b) => b.close()));
}
const results = dists.map((dist, b) => ({
  dist: dist.startsWith(root) ? dist.slice(root.length + 1) : dist,
  workerScriptBytes: workerBytes(dist),
  firstAnswerMs: { median: round(median(samples[b]!)), p90: round(p90(samples[b]!)), samples: SAMPLES },
}));
const report = { measuredAt: new Date().toISOString(), cpus: cpus().length, loadAverage1m: { min: round(Math.min(...load)), max: round(Math.max(...load)) }, results };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'sw-boot.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
