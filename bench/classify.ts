// Classification cost: building the model index from the generated table (once per service-worker
// start), classifying a console request in the background, and the page hook's capture rule, over the
// console request fixture suite. CPU time, medians of several runs. Results: bench/results/classify.json.
// Run: node --import tsx bench/classify.ts
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyRequest } from '../extension/capture/classify/classify-request';
import { buildModelIndex } from '../extension/capture/classify/model-index';
import type { ServiceModelTable } from '../extension/capture/classify/model-types';
import { shouldCapture } from '../extension/capture/observe-rule';
import type { RequestView } from '../extension/capture/request-view';

const TABLE = join(import.meta.dirname, '..', 'extension', 'capture', 'classify', 'aws-models.generated.json');
const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'console-requests');

function cpuMs(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    samples.push((c.user + c.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const text = readFileSync(TABLE, 'utf8');
const table = JSON.parse(text) as ServiceModelTable;
const views: RequestView[] = readdirSync(FIXTURES).flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as {
  cases: { request: { method: string; url: string; headers: Record<string, string>; body?: string } }[];
}).cases.map((c) => (c.request.body === undefined ? { method: c.request.method, url: c.request.url, headers: c.request.headers }
  : { method: c.request.method, url: c.request.url, headers: c.request.headers, bodyText: c.request.body })));

const indexMs = cpuMs(() => buildModelIndex(JSON.parse(text) as ServiceModelTable), 7);
const models = buildModelIndex(table);
const LOOPS = 50;
const classifyMs = cpuMs(() => { for (let i = 0; i < LOOPS; i++) for (const v of views) classifyRequest(v, models); }, 7);
const ruleMs = cpuMs(() => {
  for (let i = 0; i < LOOPS; i++) for (const v of views) shouldCapture(v.method, new URL(v.url), Object.entries(v.headers), v.bodyText ?? null);
}, 7);
const calls = LOOPS * views.length;
const result = {
  measuredAt: new Date().toISOString(),
  table: { source: table.source, services: table.services.length, operations: table.services.reduce((n, s) => n + s.ops.length, 0), bytes: statSync(TABLE).size },
  buildIndexCpuMs: Number(indexMs.toFixed(1)),
  fixtureRequests: views.length,
  classifyCpuUsPerRequest: Number(((classifyMs * 1000) / calls).toFixed(2)),
  pageRuleCpuUsPerRequest: Number(((ruleMs * 1000) / calls).toFixed(2)),
};
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'classify.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
