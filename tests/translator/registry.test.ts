// Conventions checked by a test: every mapper file is registered, every resource type it declares
// has a golden scenario and exists in hashicorp/aws 6.25.0 with the required arguments it claims,
// every handler is listed for some type, and docs/coverage.md matches the registry.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mappers } from '../../translator/services/registry';
import { importDocOf, providerDoc } from '../../translator/services/mapper';
import { coverageMarkdown } from '../../translator/coverage';
import { schemaSubset } from '../support/hcl-oracle';

const servicesDir = fileURLToPath(new URL('../../translator/services/', import.meta.url));
const goldenDir = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const NOT_MAPPERS = new Set(['mapper.ts', 'registry.ts', 'read.ts', 'values.ts', 'tags.ts', 'import-only.ts', 'operational-events.ts', 'arn.ts', 'identity.ts', 'tagging.ts', 'member-case.ts']);

function goldenOutputs(): string {
  return readdirSync(goldenDir)
    .flatMap((scenario) => {
      const expected = join(goldenDir, scenario, 'expected');
      return existsSync(expected) ? readdirSync(expected).filter((f) => f.endsWith('.tf')).map((f) => readFileSync(join(expected, f), 'utf8')) : [];
    })
    .join('\n');
}

describe('mapper registry', () => {
  it('registers every mapper file under translator/services', () => {
    // A mapper is a file, or a folder of parts assembled in its index.ts (ec2/).
    const files = readdirSync(servicesDir, { withFileTypes: true })
      .filter((d) => (d.isFile() && d.name.endsWith('.ts') && !NOT_MAPPERS.has(d.name)) || (d.isDirectory() && existsSync(join(servicesDir, d.name, 'index.ts'))))
      .map((d) => d.name);
    const registry = readFileSync(join(servicesDir, 'registry.ts'), 'utf8');
    for (const file of files) expect(registry, `${file} is not imported by registry.ts`).toContain(`from './${file.replace(/\.ts$/, '')}'`);
    expect(mappers.length).toBe(files.length);
  });

  const specs = mappers.flatMap((m) => m.resources.map((spec) => ({ mapper: m, spec })));

  it.each(specs.map((s) => [s.spec.type, s] as const))('%s exists in the provider schema with the required arguments it declares', (type, { spec }) => {
    const schema = schemaSubset().resources[type] as { attributes: Record<string, { required?: boolean }>; blocks: Record<string, { required?: boolean }> } | undefined;
    expect(schema, `${type} missing from tests/fixtures/aws-schema-subset.json: run scripts/extract-schema-subset.ts`).toBeDefined();
    const required = [...Object.entries(schema!.attributes), ...Object.entries(schema!.blocks)].filter(([, a]) => a.required).map(([n]) => n).sort();
    if (spec.importOnly) expect(spec.required).toEqual([]);
    else expect([...spec.required].sort()).toEqual(required);
  });

  it.each(specs.map((s) => [s.spec.type, s] as const))('%s has a golden scenario, an import doc and its events handled', (type, { mapper, spec }) => {
    const outputs = goldenOutputs();
    const shown = spec.importOnly ? new RegExp(`\\bto\\s+=\\s+${type}\\.`).test(outputs) : outputs.includes(`resource "${type}" `);
    expect(shown, `no golden scenario shows ${type}`).toBe(true);
    if (spec.importDoc !== undefined) expect(spec.importDoc, `${type} states the import doc its type already gives: leave importDoc out`).not.toBe(providerDoc(type.replace(/^aws_/, '')));
    expect(importDocOf(spec)).toMatch(/^https:\/\/registry\.terraform\.io\/providers\/hashicorp\/aws\/[^/]+\/docs\/resources\/[a-z0-9_]+#import$/);
    expect(spec.events.length).toBeGreaterThan(0);
    for (const event of spec.events) expect(mapper.events[event], `${type} lists ${event}, which ${mapper.service}.ts does not handle`).toBeTypeOf('function');
  });

  it('lists every handler under at least one resource type', () => {
    for (const mapper of mappers) {
      const listed = new Set(mapper.resources.flatMap((r) => r.events));
      for (const event of Object.keys(mapper.events)) expect(listed.has(event), `${mapper.service}.ts handles ${event} but no type lists it`).toBe(true);
    }
  });

  it('keeps docs/coverage.md in step with the registry (regenerate: npx trailform coverage > docs/coverage.md)', () => {
    const file = fileURLToPath(new URL('../../docs/coverage.md', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(coverageMarkdown());
  });
});
