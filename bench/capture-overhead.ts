// Capture overhead in Debian's Chromium. The fake console page sends N API requests one after another
// with no extension, with the extension loaded but not recording, and while recording. Workloads:
// all changing calls (DynamoDB TagResource: each one classified, redacted and written to IndexedDB through
// both the hook and webRequest), by fetch and by XHR; and a console-like mix (1 change in 10, the rest
// reads). Each (round, mode) uses a fresh browser; modes are interleaved so machine load hits all alike.
// Besides wall-clock throughput and latency it reports the browser's CPU time per request, which does
// not depend on what else the machine is running. Requires `npx vite build` first.
// With --latency <ms> the fake service endpoints answer after that long (50 ms is a realistic API
// latency); those results go to capture-overhead-latency<ms>.json, beside today's loopback figures.
// Run: node --import tsx bench/capture-overhead.ts [--n 1000] [--rounds 3] [--latency 50]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RecordedAction } from '../shared/recorded-action.ts';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../tests/e2e/launch.ts';
import { startFakeConsole } from '../tests/fake-console/server.ts';
import { browserCpuByKind, type ProcessKind } from './process-cpu.ts';
import { useBenchTmpdir } from './launch-built.ts';
import { median } from './stats.ts';

const MODES = ['noExtension', 'recordingOff', 'recordingOn'] as const;
type Mode = (typeof MODES)[number];
const WORKLOADS = [
  { name: 'changes-fetch', xhr: false, writeEvery: 1 },
  { name: 'changes-xhr', xhr: true, writeEvery: 1 },
  { name: 'console-mix-fetch', xhr: false, writeEvery: 10 },
] as const;
type Workload = (typeof WORKLOADS)[number]['name'];

interface Sample { requestsPerSecond: number; meanLatencyMs: number; p50Ms: number; p95Ms: number; cpuMsPerRequest: number; cpuByProcess: Record<ProcessKind, number> }

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' }, latency: { type: 'string', default: '0' } } });
const N = Number(values.n);
const ROUNDS = Number(values.rounds);
const LATENCY_MS = Number(values.latency);
const root = resolve(import.meta.dirname, '..');
useBenchTmpdir();

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

interface PageBench { fakeConsole: { bench(n: number, useXhr: boolean, writeEvery: number): Promise<number[]> } }

async function runMode(mode: Mode, port: number, url: string): Promise<{ samples: Record<Workload, Sample>; capture: ReturnType<typeof checkCapture> | null; expectedActions: number }> {
  const browser = await launchWithExtension({ fakePort: port, withExtension: mode !== 'noExtension' });
  try {
    if (mode === 'recordingOn') await browser.send('recording/start', { name: 'bench' });
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    await page.evaluate(() => (window as unknown as PageBench).fakeConsole.bench(50, false, 1)); // warm-up
    let expectedActions = 50;
    const samples = {} as Record<Workload, Sample>;
    for (const w of WORKLOADS) {
      const cpu0 = browserCpuByKind(browser.userDataDir);
      const t0 = performance.now();
      const latencies = await page.evaluate(({ n, xhr, every }) => (window as unknown as PageBench).fakeConsole.bench(n, xhr, every), { n: N, xhr: w.xhr, every: w.writeEvery });
      const wallMs = performance.now() - t0;
      // Include the background's work triggered by these requests: wait until it is written.
      if (mode === 'recordingOn') {
        expectedActions += Math.ceil(N / w.writeEvery);
        await waitForActions(browser.extensionPage!, expectedActions);
      }
      const cpu1 = browserCpuByKind(browser.userDataDir);
      const cpuByProcess = Object.fromEntries(Object.keys(cpu1).map((k) => [k, r3((cpu1[k as ProcessKind] - cpu0[k as ProcessKind]) / N)])) as Record<ProcessKind, number>;
      const cpuMs = Object.values(cpu1).reduce((a, b) => a + b, 0) - Object.values(cpu0).reduce((a, b) => a + b, 0);
      const sorted = [...latencies].sort((a, b) => a - b);
      samples[w.name] = {
        requestsPerSecond: (N * 1000) / wallMs, meanLatencyMs: latencies.reduce((a, b) => a + b, 0) / N,
        p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), cpuMsPerRequest: cpuMs / N, cpuByProcess,
      };
    }
    let capture: ReturnType<typeof checkCapture> | null = null;
    if (mode === 'recordingOn') {
      await new Promise((r) => setTimeout(r, 500)); // let the last webRequest copies merge
      capture = checkCapture(await browser.readStore<RecordedAction>('actions'));
    }
    return { samples, capture, expectedActions };
  } finally {
    await browser.close();
  }
}

/** Waits until the background has written `expected` actions, polling a cheap count (not the records). */
async function waitForActions(page: Page, expected: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => new Promise<number>((resolveCount) => {
      const open = indexedDB.open('trailform');
      open.onsuccess = () => {
        const req = open.result.transaction('actions').objectStore('actions').count();
        req.onsuccess = () => { open.result.close(); resolveCount(req.result); };
        req.onerror = () => resolveCount(-1);
      };
      open.onerror = () => resolveCount(-1);
    }));
    if (count >= expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`capture incomplete: expected ${expected} actions`);
}

/** After a run: every request stored once and seen by both capture paths. */
function checkCapture(actions: RecordedAction[]): { actions: number; seenByBothPaths: number } {
  return { actions: actions.length, seenByBothPaths: actions.filter((a) => a.sources.hook === 1 && a.sources.webRequest === 1).length };
}

const fake = await startFakeConsole({ apiDelayMs: LATENCY_MS });
const all: Record<Mode, Record<Workload, Sample>[]> = { noExtension: [], recordingOff: [], recordingOn: [] };
const checks: { capture: ReturnType<typeof checkCapture> | null; expectedActions: number }[] = [];
const load: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = [...MODES.slice(round % 3), ...MODES.slice(0, round % 3)];
    for (const mode of order) {
      load.push(loadavg()[0]!);
      const { samples, capture, expectedActions } = await runMode(mode, fake.port, fake.consoleUrl('us-east-1'));
      all[mode].push(samples);
      if (mode === 'recordingOn') checks.push({ capture, expectedActions });
      console.log(`round ${round + 1} ${mode}`, JSON.stringify(samples));
    }
  }
} finally {
  await fake.close();
}

const summary = {} as Record<Mode, Record<Workload, Sample>>;
for (const mode of MODES) {
  summary[mode] = {} as Record<Workload, Sample>;
  for (const w of WORKLOADS) {
    const xs = all[mode].map((s) => s[w.name]);
    summary[mode][w.name] = {
      requestsPerSecond: r3(median(xs.map((x) => x.requestsPerSecond))), meanLatencyMs: r3(median(xs.map((x) => x.meanLatencyMs))),
      p50Ms: r3(median(xs.map((x) => x.p50Ms))), p95Ms: r3(median(xs.map((x) => x.p95Ms))), cpuMsPerRequest: r3(median(xs.map((x) => x.cpuMsPerRequest))),
      cpuByProcess: Object.fromEntries(Object.keys(xs[0]!.cpuByProcess).map((k) => [k, r3(median(xs.map((x) => x.cpuByProcess[k as ProcessKind])))])) as Record<ProcessKind, number>,
    };
  }
}
const compare = (on: Mode, base: Mode) => Object.fromEntries(WORKLOADS.map((w) => {
  const a = summary[on][w.name];
  const b = summary[base][w.name];
  return [w.name, {
    throughputRatio: r3(a.requestsPerSecond / b.requestsPerSecond),
    addedLatencyMs: r3(a.meanLatencyMs - b.meanLatencyMs),
    addedBrowserCpuMsPerRequest: r3(a.cpuMsPerRequest - b.cpuMsPerRequest),
  }];
}));
const report = {
  measuredAt: new Date().toISOString(),
  chromium: execFileSync(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().split('\n').at(-1),
  machine: { cpus: cpus().length, loadAverageDuringRun: { min: r3(Math.min(...load)), max: r3(Math.max(...load)) } },
  requestsPerWorkload: N,
  serverLatencyMs: LATENCY_MS,
  rounds: ROUNDS,
  summary,
  recordingOnVsOff: compare('recordingOn', 'recordingOff'),
  recordingOnVsNoExtension: compare('recordingOn', 'noExtension'),
  captureChecks: checks,
  goal: 'throughput ratio >= 0.95 (recording on vs off)',
  note: 'Medians over rounds. Wall-clock numbers depend on machine load (see loadAverageDuringRun); browser CPU per request does not.',
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', LATENCY_MS > 0 ? `capture-overhead-latency${LATENCY_MS}.json` : 'capture-overhead.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify({ machine: report.machine, recordingOnVsOff: report.recordingOnVsOff, recordingOnVsNoExtension: report.recordingOnVsNoExtension }, null, 2));
