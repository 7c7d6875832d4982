// Browser CPU per console request, split by what the request is: Debian's Chromium with the extension
// recording vs not recording, measuring the whole browser's CPU (all processes, from /proc) over
// an idle stretch, a run of reads only and a run of changes only. Reads are what most console
// traffic is, so their cost is what recording costs a user; changes are stored (hook + webRequest,
// IndexedDB), so they cost more. Requires `npx vite build` first.
// A third run mixes them as the console does, one change in ten requests, one after another: the
// weighted figure assumes a read costs the same next to a change as in a run of reads, which is not so
// for a design that listens only around changes.
// Run: node --import tsx bench/capture-cost.ts [--reads 1000] [--changes 200] [--mix 1000] [--rounds 3] [--latency 0]
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/launch.ts';
import { startFakeConsole } from '../tests/fake-console/server.ts';
import { browserCpuByKind, type ProcessKind } from './process-cpu.ts';
import { median } from './stats.ts';
import { useBenchTmpdir } from './launch-built.ts';

const { values } = parseArgs({ options: {
  reads: { type: 'string', default: '1000' }, changes: { type: 'string', default: '200' }, mix: { type: 'string', default: '1000' },
  rounds: { type: 'string', default: '3' }, latency: { type: 'string', default: '0' }, idle: { type: 'string', default: '5000' },
} });
const READS = Number(values.reads);
const CHANGES = Number(values.changes);
const MIX = Number(values.mix);
const ROUNDS = Number(values.rounds);
const IDLE_MS = Number(values.idle);
const root = resolve(import.meta.dirname, '..');
useBenchTmpdir();

type Cpu = Record<ProcessKind, number>;
const minus = (a: Cpu, b: Cpu, per: number): Cpu =>
  Object.fromEntries(Object.keys(a).map((k) => [k, (a[k as ProcessKind] - b[k as ProcessKind]) / per])) as Cpu;
const total = (c: Cpu): number => Object.values(c).reduce((x, y) => x + y, 0);
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

interface PageBench { fakeConsole: { bench(n: number, useXhr: boolean, writeEvery: number): Promise<number[]> } }
interface Sample { idleCpuMsPerSecond: Cpu; readCpuMs: Cpu; changeCpuMs: Cpu; mixCpuMs: Cpu }

async function measure(page: Page, userDataDir: string, n: number, every: number): Promise<Cpu> {
  const c0 = browserCpuByKind(userDataDir);
  await page.evaluate(({ n, every }) => (window as unknown as PageBench).fakeConsole.bench(n, false, every), { n, every });
  // The background's work for the last requests (webRequest events, IndexedDB) may trail the page.
  await new Promise((r) => setTimeout(r, 300));
  return minus(browserCpuByKind(userDataDir), c0, n);
}

type Mode = 'none' | 'off' | 'on';
async function run(mode: Mode, port: number, url: string): Promise<Sample> {
  const recording = mode === 'on';
  const browser = await launchWithExtension({ fakePort: port, withExtension: mode !== 'none' });
  try {
    if (recording) await browser.send('recording/start', { name: 'bench' });
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    await page.evaluate(() => (window as unknown as PageBench).fakeConsole.bench(50, false, 1)); // warm-up
    await new Promise((r) => setTimeout(r, 1000));
    const i0 = browserCpuByKind(browser.userDataDir);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idle = minus(browserCpuByKind(browser.userDataDir), i0, IDLE_MS / 1000);
    // writeEvery larger than n: the first request is a change, the rest reads.
    const reads = await measure(page, browser.userDataDir, READS, READS + 1);
    const changes = await measure(page, browser.userDataDir, CHANGES, 1);
    const mix = await measure(page, browser.userDataDir, MIX, 10);
    return { idleCpuMsPerSecond: idle, readCpuMs: reads, changeCpuMs: changes, mixCpuMs: mix };
  } finally {
    await browser.close();
  }
}

const fake = await startFakeConsole({ apiDelayMs: Number(values.latency) });
const MODES: Mode[] = (process.env['CAPTURE_COST_MODES'] ?? 'none,off,on').split(',') as Mode[];
const samples: Record<Mode, Sample[]> = { none: [], off: [], on: [] };
const load: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of [...MODES.slice(round % MODES.length), ...MODES.slice(0, round % MODES.length)]) {
      load.push(loadavg()[0]!);
      const s = await run(mode, fake.port, fake.consoleUrl('us-east-1'));
      samples[mode].push(s);
      console.log(`round ${round + 1} recording ${mode}: idle ${total(s.idleCpuMsPerSecond).toFixed(1)} ms/s, read ${total(s.readCpuMs).toFixed(2)} ms, change ${total(s.changeCpuMs).toFixed(2)} ms, mix ${total(s.mixCpuMs).toFixed(2)} ms`);
    }
  }
} finally {
  await fake.close();
}
const med = (xs: Cpu[]): Cpu => Object.fromEntries(Object.keys(xs[0]!).map((k) => [k, r3(median(xs.map((x) => x[k as ProcessKind])))])) as Cpu;
const summary = Object.fromEntries(MODES.map((m) => [m, {
  idleCpuMsPerSecond: med(samples[m].map((s) => s.idleCpuMsPerSecond)),
  readCpuMs: med(samples[m].map((s) => s.readCpuMs)),
  changeCpuMs: med(samples[m].map((s) => s.changeCpuMs)),
  mixCpuMs: med(samples[m].map((s) => s.mixCpuMs)),
}]));
const cost = (mode: Mode, key: keyof Sample): number => median(samples[mode].map((s) => total(s[key])));
/** CPU `mode` adds over `base`: per idle second, per read, per change, and per request of a console-like mix. */
const added = (mode: Mode, base: Mode) => {
  if (samples[mode].length === 0 || samples[base].length === 0) return null;
  const d = (key: keyof Sample) => r3(cost(mode, key) - cost(base, key));
  return { idleCpuMsPerSecond: d('idleCpuMsPerSecond'), perReadMs: d('readCpuMs'), perChangeMs: d('changeCpuMs'),
    perConsoleRequestMs: r3((9 * d('readCpuMs') + d('changeCpuMs')) / 10), perMixedRequestMs: d('mixCpuMs') };
};
/**
 * The same differences round by round (each round runs every mode once, one after another), with
 * their lowest and highest: on a shared 2-core machine the medians move by a millisecond or more
 * from run to run, and the range says how far to trust one.
 */
const rounds = (mode: Mode, base: Mode) => {
  if (samples[mode].length === 0 || samples[base].length === 0) return null;
  const per = samples[mode].map((s, i) => {
    const b = samples[base][i]!;
    const d = (key: keyof Sample) => r3(total(s[key]) - total(b[key]));
    return { perReadMs: d('readCpuMs'), perChangeMs: d('changeCpuMs'), perMixedRequestMs: d('mixCpuMs') };
  });
  const range = (key: keyof (typeof per)[number]) => [Math.min(...per.map((p) => p[key])), Math.max(...per.map((p) => p[key]))];
  return { byRound: per, range: { perReadMs: range('perReadMs'), perChangeMs: range('perChangeMs'), perMixedRequestMs: range('perMixedRequestMs') } };
};
const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadAverageDuringRun: { min: r3(Math.min(...load)), max: r3(Math.max(...load)) } },
  serverLatencyMs: Number(values.latency), reads: READS, changes: CHANGES, mixed: MIX, rounds: ROUNDS,
  summary,
  recordingOnVsOff: added('on', 'off'),
  recordingOnVsOffRounds: rounds('on', 'off'),
  recordingOnVsNoExtension: added('on', 'none'),
  recordingOffVsNoExtension: added('off', 'none'),
  note: 'Browser CPU (all processes) added by recording, medians over rounds. perConsoleRequestMs weighs 9 reads to 1 change, as console traffic is mostly reads; perMixedRequestMs is measured on one change in ten requests sent one after another.',
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'capture-cost.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify({ recordingOnVsOff: report.recordingOnVsOff, range: report.recordingOnVsOffRounds?.range, recordingOnVsNoExtension: report.recordingOnVsNoExtension, recordingOffVsNoExtension: report.recordingOffVsNoExtension }, null, 2));
