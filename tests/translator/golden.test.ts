// Golden scenarios: a CloudTrail session in, the exact Terraform files and report out. Each output
// must also parse with HashiCorp's parser, be unchanged by its formatter, and fit the provider schema.
// Regenerate expected files after an intended change: UPDATE_GOLDEN=1 npx vitest run tests/translator/golden.test.ts

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate, type TranslateOptions } from '../../translator/index';
import { readRecords } from '../../translator/ingest/containers';
import { checkTerraformFiles } from '../support/hcl-oracle';

const root = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

/** GOLDEN=prefix runs (and with UPDATE_GOLDEN=1 rewrites) only the scenarios whose names start with it. */
export function goldenScenarios(): string[] {
  const only = process.env.GOLDEN;
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (!only || d.name.startsWith(only)))
    .map((d) => d.name)
    .sort();
}

function loadOptions(dir: string): TranslateOptions {
  const file = join(dir, 'options.json');
  if (!existsSync(file)) return {};
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return {
    ...raw,
    since: typeof raw.since === 'string' ? new Date(raw.since) : undefined,
    until: typeof raw.until === 'string' ? new Date(raw.until) : undefined,
  } as TranslateOptions;
}

export function scenarioInputs(name: string) {
  const dir = join(root, name);
  return readdirSync(dir)
    .filter((f) => f.startsWith('input'))
    .sort()
    .flatMap((f) => readRecords(readFileSync(join(dir, f), 'utf8'), f));
}

describe.each(goldenScenarios())('golden scenario %s', (name) => {
  const dir = join(root, name);
  const expectedDir = join(dir, 'expected');
  const inputs = scenarioInputs(name);
  const result = translate(inputs, loadOptions(dir));
  const actual: Record<string, string> = { ...result.files, 'report.json': JSON.stringify(result.report, null, 2) + '\n' };

  if (update) {
    rmSync(expectedDir, { recursive: true, force: true });
    mkdirSync(expectedDir, { recursive: true });
    for (const [file, text] of Object.entries(actual)) writeFileSync(join(expectedDir, file), text);
  }

  it('produces exactly the expected files', () => {
    const expectedFiles = readdirSync(expectedDir).sort();
    expect(Object.keys(actual).sort()).toEqual(expectedFiles);
    for (const file of expectedFiles) expect(actual[file], file).toBe(readFileSync(join(expectedDir, file), 'utf8'));
  });

  it('parses with hcl2json, is fmt-clean and fits the provider schema', async () => {
    expect(await checkTerraformFiles(result.files)).toEqual([]);
  });

  it('reports every input record exactly once (a duplicated eventID once)', () => {
    const ids = inputs.map((i) => (i.value as { eventID?: unknown } | null)?.eventID);
    const distinct = new Set(ids.filter((id) => typeof id === 'string'));
    const withoutId = ids.filter((id) => typeof id !== 'string').length;
    expect(result.report).toHaveLength(distinct.size + withoutId);
    expect(new Set(result.report.map((e) => e.eventID).filter((id) => id !== null)).size).toBe(distinct.size);
  });
});
