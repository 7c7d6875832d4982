// npm run bench: translator throughput on 1k, 10k and 100k realistic records, against a bare
// JSON.parse of the same text (the floor any translator pays), both in CPU time. Results go to
// bench/results/translator.json.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { TRANSLATE_PHASES, translate, type TranslatePhase } from '../translator/index';
import { readRecords } from '../translator/ingest/containers';
import { generateDeleteChurn, generateGroupChurn, generateOneNameMany, generateOneResourceChanges, generateRecords } from './generate-session';

interface Row {
  records: number;
  bytes: number;
  translateMs: number;
  jsonParseMs: number;
  translateWallMs: number;
  jsonParseWallMs: number;
  recordsPerSecond: number;
  ratioToJsonParse: number;
  resources: number;
  heapUsedMB: number;
  /**
   * MB the translator allocates per run (readRecords and JSON.parse not included), collected objects
   * included, from V8's sampling heap profiler: steadier than CPU time on a shared machine, and what
   * the garbage collector's share follows.
   */
  allocatedMB: number;
  /** The machine's 1-minute load average when the size was measured (the machine may be shared). */
  loadAverage1m: number;
  /**
   * Median CPU ms of each step: `read` is readRecords (JSON.parse included), the others are the
   * translator's phases. Each is also given as a multiple of JSON.parse, so a goal of 5x can be set
   * against what the steps cost, and with the mean time the main thread stood still for the garbage
   * collector during the step (`gcPauseMs`, wall time).
   */
  phases: Record<Step, { ms: number; ratioToJsonParse: number; gcPauseMs: number }>;
}

type Step = 'read' | TranslatePhase;
const STEPS: readonly Step[] = ['read', ...TRANSLATE_PHASES];

function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/**
 * The median CPU ms of each step over `runs` translations, and the mean garbage-collection pause inside
 * it. Process CPU time includes the collector's helper threads, so a step may be charged some of the
 * collection its predecessor caused.
 */
async function timePhases(text: string, runs: number): Promise<Record<Step, { cpu: number; gcPause: number }>> {
  /** Each step of each run: its CPU ms and its wall-clock span. */
  const spans: { step: Step; cpu: number; from: number; to: number }[] = [];
  const pauses: { from: number; to: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ from: e.startTime, to: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < runs; i++) {
    let lastCpu = cpuNow();
    let lastWall = performance.now();
    const lap = (step: Step): void => {
      const cpu = cpuNow();
      const wall = performance.now();
      spans.push({ step, cpu: cpu - lastCpu, from: lastWall, to: wall });
      lastCpu = cpu;
      lastWall = wall;
    };
    const inputs = readRecords(text, 'bench');
    lap('read');
    translate(inputs, { onPhaseEnd: lap });
  }
  await new Promise((resolve) => setTimeout(resolve, 100)); // gc entries are delivered asynchronously
  observer.disconnect();
  const pausedIn = (span: (typeof spans)[number]): number =>
    pauses.reduce((ms, p) => ms + Math.max(0, Math.min(span.to, p.to) - Math.max(span.from, p.from)), 0);
  const out = {} as Record<Step, { cpu: number; gcPause: number }>;
  for (const step of STEPS) {
    const mine = spans.filter((s) => s.step === step);
    out[step] = { cpu: median(mine.length > 0 ? mine.map((s) => s.cpu) : [0]), gcPause: mine.reduce((ms, s) => ms + pausedIn(s), 0) / runs };
  }
  return out;
}

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

function totalSize(node: SamplingNode): number {
  let size = node.selfSize;
  for (const child of node.children) size += totalSize(child);
  return size;
}

/** MB that `translate` allocates per run, averaged over `runs`, on already parsed input. */
async function allocatedPerRun(text: string, runs: number): Promise<number> {
  const inputs = readRecords(text, 'bench');
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i++) translate(inputs);
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    return totalSize(profile.head) / runs / 1e6;
  } finally {
    session.disconnect();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time (user + system) and wall time of one call, in ms. */
function once(fn: () => void): { cpu: number; wall: number } {
  const c0 = cpuNow();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  return { cpu: cpuNow() - c0, wall };
}

/**
 * `runs` pairs of calls, the two sides alternating, so a change of the machine's load during the run
 * hits both alike. CPU time rather than wall time, so other processes inflate it less (the wall time is
 * reported beside it); the ratio is the median of the pairs' ratios.
 */
function timePaired(a: () => void, b: () => void, runs: number): { a: { cpu: number; wall: number }; b: { cpu: number; wall: number }; ratio: number } {
  const aCpu: number[] = [];
  const aWall: number[] = [];
  const bCpu: number[] = [];
  const bWall: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = once(a);
    const y = once(b);
    aCpu.push(x.cpu);
    aWall.push(x.wall);
    bCpu.push(y.cpu);
    bWall.push(y.wall);
    ratios.push(x.cpu / y.cpu);
  }
  return { a: { cpu: median(aCpu), wall: median(aWall) }, b: { cpu: median(bCpu), wall: median(bWall) }, ratio: median(ratios) };
}

const rows: Row[] = [];
for (const count of [1_000, 10_000, 100_000]) {
  const text = JSON.stringify({ Records: generateRecords(count) });
  const runs = count >= 100_000 ? 5 : 9;
  // Warm-up, so both sides are measured in steady state (optimised code), not while V8 still tiers up.
  // About 100k records' worth of warm-up at every size.
  for (let i = 0; i < Math.max(1, Math.ceil(100_000 / count)); i++) {
    translate(readRecords(text, 'bench'));
    JSON.parse(text);
  }
  let resources = 0;
  const paired = timePaired(() => {
    resources = translate(readRecords(text, 'bench')).resources.length;
  }, () => JSON.parse(text), runs);
  const timed = await timePhases(text, runs);
  const phases = Object.fromEntries(
    STEPS.map((step) => {
      const { cpu, gcPause } = timed[step];
      return [step, { ms: Math.round(cpu * 10) / 10, ratioToJsonParse: Math.round((cpu / paired.b.cpu) * 100) / 100, gcPauseMs: Math.round(gcPause * 10) / 10 }];
    }),
  ) as Row['phases'];
  const translated = paired.a;
  const parsed = paired.b;
  const translateMs = translated.cpu;
  const jsonParseMs = parsed.cpu;
  const row: Row = {
    records: count,
    bytes: text.length,
    translateMs: Math.round(translateMs * 10) / 10,
    jsonParseMs: Math.round(jsonParseMs * 10) / 10,
    translateWallMs: Math.round(translated.wall * 10) / 10,
    jsonParseWallMs: Math.round(parsed.wall * 10) / 10,
    recordsPerSecond: Math.round(count / (translateMs / 1000)),
    ratioToJsonParse: Math.round(paired.ratio * 100) / 100,
    resources,
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    allocatedMB: Math.round(await allocatedPerRun(text, count >= 100_000 ? 1 : 3) * 10) / 10,
    loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
    phases,
  };
  rows.push(row);
  console.log(`${String(count).padStart(7)} records  ${row.translateMs} ms CPU  ${row.recordsPerSecond} records/s  JSON.parse ${row.jsonParseMs} ms  ratio ${row.ratioToJsonParse}x  (${resources} resources, load ${row.loadAverage1m})`);
  console.log(`         allocates ${row.allocatedMB} MB per run (${Math.round((row.allocatedMB * 1e6) / count)} bytes per record)`);
  console.log(`         by step, as multiples of JSON.parse (gc pause ms): ${STEPS.map((step) => `${step} ${phases[step].ratioToJsonParse} (${phases[step].gcPauseMs})`).join(', ')}`);
}
// Shapes of a month of CloudTrail whose cost could grow with the square of the records: one resource
// changed by many events (a function a pipeline reconfigures), deletes among many resources (each
// delete looks at its dependents by id, or by an argument naming the deleted one), many resources of
// one Terraform name (each numbered). Time must grow with the records: 4x the records, about 4x the time.
interface Hazard {
  name: string;
  runs: { records: number; translateMs: number }[];
  ratioFor4xRecords: number;
}
const hazards: Hazard[] = [];
for (const [name, generate, sizes] of [
  ['one resource changed by many events', generateOneResourceChanges, [8_000, 32_000]],
  ['deletes among many resources', (n: number) => generateDeleteChurn(n / 5), [10_000, 40_000]],
  ['many resources of one name', generateOneNameMany, [5_000, 20_000]],
  ['deletes among many resources that name them', (n: number) => generateGroupChurn(n / 5), [10_000, 40_000]],
] as const) {
  const runs: Hazard['runs'] = [];
  for (const count of sizes) {
    const text = JSON.stringify({ Records: generate(count) });
    translate(readRecords(text, 'bench'));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(once(() => translate(readRecords(text, 'bench'))).cpu);
    runs.push({ records: count, translateMs: Math.round(median(times)) });
  }
  const ratioFor4xRecords = Math.round((runs[1]!.translateMs / runs[0]!.translateMs) * 100) / 100;
  hazards.push({ name, runs, ratioFor4xRecords });
  console.log(`${name}: ${runs.map((r) => `${r.records} records ${r.translateMs} ms`).join(', ')}; ratio ${ratioFor4xRecords} for 4x the records (linear: about 4)`);
}

mkdirSync('bench/results', { recursive: true });
const last = rows[rows.length - 1]!;
const tenK = rows.find((r) => r.records === 10_000);
const scaling = tenK ? Math.round((last.translateMs / tenK.translateMs) * 100) / 100 : null;
console.log(`time at ${last.records} / time at 10000: ${scaling} (goal ≤ ${last.records / 10_000 + 1}); goal ratio to JSON.parse ≤ 5x`);
const RESULTS = 'bench/results/translator.json';
/** Earlier runs are kept (newest first), so a change's before and after stay side by side. */
function earlierRuns(): unknown[] {
  if (!existsSync(RESULTS)) return [];
  const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  const { earlierRuns: older, earlierRun, goals: _goals, ...run } = previous;
  return [run, ...(earlierRun ? [earlierRun] : []), ...(Array.isArray(older) ? older : [])];
}
writeFileSync(
  RESULTS,
  JSON.stringify(
    { node: process.version, cpus: cpus().length, date: new Date().toISOString(), rows, scaling100kOver10k: scaling, largeLogShapes: hazards, goals: { ratioToJsonParse: 5, scaling100kOver10k: 11 }, earlierRuns: earlierRuns() },
    null,
    2,
  ) + '\n',
);
console.log(`written to ${RESULTS}`);
