// Redaction cost per captured body: the canary shapes (tests/extension/capture/canary-shapes.ts) and a
// large realistic body (a 200-container ECS task definition, ~250 kB), CPU time per body, plus the time
// to build the sensitive-member index once per service-worker start. Results: bench/results/redaction.json.
//   npx tsx bench/redaction.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import table from '../extension/capture/redact/sensitive-members.generated.json' with { type: 'json' };
import { redactBodyText } from '../extension/capture/redact/redact-body.ts';
import { buildSensitiveIndex } from '../extension/capture/redact/sensitive-index.ts';
import type { SensitiveMemberTable } from '../extension/capture/redact/sensitive-table-types.ts';
import { CANARY_SHAPES } from '../tests/extension/capture/canary-shapes.ts';

function cpuMs(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c0);
    samples.push((d.user + d.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const t0 = performance.now();
const index = buildSensitiveIndex(table as SensitiveMemberTable);
const indexBuildMs = performance.now() - t0;

const plans = CANARY_SHAPES.map((s) => ({ s, in: index.plan(s.service === 'cognitoidentityserviceprovider' ? 'cognito-idp' : s.service, s.operation, 'in'), out: index.plan(s.service, s.operation, 'out') }));
const shapesBytes = CANARY_SHAPES.reduce((n, s) => n + s.request.body.length + (s.response?.length ?? 0), 0);
const shapesMs = cpuMs(() => {
  for (let r = 0; r < 50; r++) {
    for (const p of plans) {
      redactBodyText(p.s.request.body, false, p.in);
      if (p.s.response) redactBodyText(p.s.response, false, p.out);
    }
  }
}, 7) / 50;

const big = JSON.stringify({
  family: 'big', containerDefinitions: Array.from({ length: 200 }, (_, i) => ({
    name: `c${i}`, image: `repo/img:${i}`, cpu: 128, memory: 256, essential: i === 0,
    environment: Array.from({ length: 8 }, (_, j) => ({ name: `VAR_${j}`, value: `value-${i}-${j}-${'x'.repeat(40)}` })),
    portMappings: [{ containerPort: 8000 + i, protocol: 'tcp' }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/c${i}` } },
  })),
});
const bigPlan = index.plan('ecs', 'RegisterTaskDefinition', 'in');
const bigMs = cpuMs(() => { redactBodyText(big, false, bigPlan); }, 9);
const bigParseMs = cpuMs(() => { JSON.parse(big); }, 9);

const result = {
  measuredAt: new Date().toISOString(), node: process.version,
  indexBuildMs: Number(indexBuildMs.toFixed(2)),
  canaryShapes: { shapes: CANARY_SHAPES.length, bytes: shapesBytes, cpuMsForAll: Number(shapesMs.toFixed(3)), cpuMsPerBody: Number((shapesMs / (CANARY_SHAPES.length * 2)).toFixed(4)) },
  largeBody: { bytes: big.length, redactCpuMs: Number(bigMs.toFixed(2)), jsonParseCpuMs: Number(bigParseMs.toFixed(2)), ratioToJsonParse: Number((bigMs / bigParseMs).toFixed(1)) },
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/redaction.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
