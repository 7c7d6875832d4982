// Bad input never aborts a run: every golden session, with its records' fields swapped for values of
// the wrong type or dropped (seeded, so a failure is reproducible), still translates, accounts for
// every record, and prints Terraform that HashiCorp's parser reads.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../../translator/index';
import { readRecords } from '../../translator/ingest/containers';
import type { InputRecord } from '../../translator/pipeline/normalize';
import { parseHcl } from '../support/hcl-oracle';

const root = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1e21, true, '', 'true', '${x}', [], [{}], {}, { items: 'x' }, '\u0000', 'a'.repeat(3000)];

function mutate(value: unknown, next: () => number, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return next() < 0.3 ? ODD_VALUES[Math.floor(next() * ODD_VALUES.length)] : value;
  if (Array.isArray(value)) return value.map((v) => mutate(v, next, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const roll = next();
    if (roll < 0.1) continue; // dropped
    out[k] = roll < 0.25 ? ODD_VALUES[Math.floor(next() * ODD_VALUES.length)] : mutate(v, next, depth + 1);
  }
  return out;
}

function mutateRecord(record: unknown, next: () => number): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const r = { ...(record as Record<string, unknown>) };
  for (const key of ['requestParameters', 'responseElements']) if (key in r) r[key] = mutate(r[key], next);
  return r;
}

const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('mutated sessions', () => {
  it.each(scenarios)('%s: every record accounted for, output still parses', async (name) => {
    const dir = join(root, name);
    const inputs = readdirSync(dir).filter((f) => f.startsWith('input')).sort().flatMap((f) => readRecords(readFileSync(join(dir, f), 'utf8'), f));
    const next = rng(name.length * 7919 + 17);
    for (let round = 0; round < 3; round++) {
      const mutated: InputRecord[] = inputs.map((i) => ({ value: mutateRecord(i.value, next), input: i.input }));
      const result = translate(mutated);
      const ids = mutated.map((i) => (i.value as { eventID?: unknown } | null)?.eventID);
      expect(result.report).toHaveLength(new Set(ids.filter((id) => typeof id === 'string')).size + ids.filter((id) => typeof id !== 'string').length);
      for (const [file, text] of Object.entries(result.files)) await expect(parseHcl(file, text), `${name} round ${round} ${file}`).resolves.toBeTypeOf('object');
    }
  });
});
