// The console request fixture suite (tests/fixtures/console-requests/): changes across the 12 most used
// consoles (proxy forms included), reads made with POST and data-plane calls, each citing its evidence.
// Cases marked "wrongBefore" were misclassified by the aws-sdk v2 table and rules this issue replaced;
// the field records what the old classifier said.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyRequest } from '../../../extension/capture/classify/classify-request.ts';
import { isStored, type Classification } from '../../../extension/capture/classify/classification.ts';
import { defaultModels } from '../../../extension/capture/classify/default-models.ts';
import { shouldCapture } from '../../../extension/capture/observe-rule.ts';
import type { RequestView } from '../../../extension/capture/request-view.ts';

interface FixtureCase {
  name: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  expect: Partial<Record<'kind' | 'operation' | 'serviceId' | 'region' | 'via' | 'reason', string>>;
  evidence: string;
  wrongBefore?: string;
}
interface FixtureFile { console: string; category: 'changes' | 'reads' | 'data-plane'; cases: FixtureCase[] }

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'console-requests');
const files: FixtureFile[] = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as FixtureFile);
const all = files.flatMap((f) => f.cases.map((c) => ({ ...c, console: f.console, category: f.category })));
const models = defaultModels();

function view(c: FixtureCase): RequestView {
  const v: RequestView = { method: c.request.method, url: c.request.url, headers: c.request.headers };
  if (c.request.body !== undefined) v.bodyText = c.request.body;
  return v;
}

function classify(c: FixtureCase): Classification {
  return classifyRequest(view(c), models);
}

describe('console request fixture suite', () => {
  test('has at least 60 changes across 12 consoles, 30 POST reads and 15 data-plane calls, each with evidence', () => {
    const changes = all.filter((c) => c.category === 'changes');
    expect(changes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(changes.map((c) => c.console)).size).toBeGreaterThanOrEqual(12);
    const reads = all.filter((c) => c.category === 'reads');
    expect(reads.length).toBeGreaterThanOrEqual(30);
    expect(reads.every((c) => c.request.method === 'POST')).toBe(true);
    expect(all.filter((c) => c.category === 'data-plane').length).toBeGreaterThanOrEqual(15);
    expect(all.filter((c) => c.evidence.trim().length < 10).map((c) => c.name)).toEqual([]);
    expect(new Set(all.map((c) => `${c.console}/${c.name}`)).size).toBe(all.length);
  });

  test.each(all.map((c) => [`${c.category} ${c.console}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const result = classify(c);
    expect(result).toMatchObject(c.expect);
    expect(isStored(result)).toBe(c.category === 'changes');
  });

  test.each(all.filter((c) => c.category !== 'changes').map((c) => [`${c.console}: ${c.name}`, c] as const))(
    'the page hook and webRequest observer skip %s too', (_name, c) => {
      expect(shouldCapture(c.request.method, new URL(c.request.url), Object.entries(c.request.headers), c.request.body ?? null)).toBe(false);
    });

  test.each(all.filter((c) => c.category === 'changes').map((c) => [`${c.console}: ${c.name}`, c] as const))(
    'the page hook and webRequest observer keep %s', (_name, c) => {
      expect(shouldCapture(c.request.method, new URL(c.request.url), Object.entries(c.request.headers), c.request.body ?? null)).toBe(true);
    });

  test('data-plane calls keep no parameters', () => {
    for (const c of all.filter((x) => x.category === 'data-plane')) {
      const result = classify(c);
      expect(result.kind === 'data-plane' ? result.params : null, c.name).toBeNull();
    }
  });
});

describe('fixtures that were wrong before issue 11', () => {
  const wrong = all.filter((c) => c.wrongBefore !== undefined);
  test('there are some', () => {
    expect(wrong.length).toBeGreaterThan(20);
  });
  test.each(wrong.map((c) => [c.name, c.wrongBefore ?? '', c] as const))('%s (was: %s)', (_name, _was, c) => {
    expect(classify(c)).toMatchObject(c.expect);
  });
});
