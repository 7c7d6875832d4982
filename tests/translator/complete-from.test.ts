// A type may print the block of a resource that existed before the session only when it claims an event
// states the whole configuration (`completeFrom`). The claim is held against the provider schema here:
// every argument the provider reads back is mapped from the event, or listed unmapped with a reason; and
// the mapped ones really come out of sample records of those events.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translate, toInputs } from '../../translator/index';
import { mappers } from '../../translator/services/registry';
import type { ResourceTypeSpec } from '../../translator/services/mapper';

interface SchemaAttribute { readonly optional?: boolean; readonly required?: boolean; readonly computed?: boolean }
interface SchemaBlock { readonly attributes: Record<string, SchemaAttribute>; readonly blocks?: Record<string, unknown> }
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/aws-schema-subset.json', import.meta.url)), 'utf8')) as { resources: Record<string, SchemaBlock> };
const samplesDir = fileURLToPath(new URL('../fixtures/complete-from/', import.meta.url));

const claims = mappers.flatMap((m) => m.resources.filter((r): r is ResourceTypeSpec & Required<Pick<ResourceTypeSpec, 'completeFrom'>> => r.completeFrom !== undefined));

/** Arguments a configuration may set that the provider does not compute: leaving one out plans a change. */
export function configurableArguments(type: string): string[] {
  const s = schema.resources[type];
  if (!s) throw new Error(`${type} is not in the schema subset`);
  const attrs = Object.entries(s.attributes).filter(([name, a]) => name !== 'id' && name !== 'region' && (a.required || (a.optional && !a.computed))).map(([name]) => name);
  return [...attrs, ...Object.keys(s.blocks ?? {})].sort();
}

describe('completeFrom claims', () => {
  it('exist (the default is import-only adoption; these types opt out with proof)', () => {
    expect(claims.map((c) => c.type).sort()).toEqual(readdirSync(samplesDir).map((f) => f.replace(/\.json$/, '')).sort());
  });

  describe.each(claims.map((c) => [c.type, c] as const))('%s', (type, spec) => {
    const claim = spec.completeFrom;

    it('maps or explains every optional, non-computed argument of the schema', () => {
      const covered = new Set([...claim.mapped, ...Object.keys(claim.unmapped)]);
      expect(configurableArguments(type).filter((a) => !covered.has(a))).toEqual([]);
      for (const [arg, reason] of Object.entries(claim.unmapped)) expect(reason.length, arg).toBeGreaterThan(10);
    });

    it('names only arguments the schema has, and only events the type declares', () => {
      const s = schema.resources[type]!;
      const known = new Set([...Object.keys(s.attributes), ...Object.keys(s.blocks ?? {})]);
      expect([...claim.mapped, ...Object.keys(claim.unmapped)].filter((a) => !known.has(a))).toEqual([]);
      expect(claim.events.filter((e) => !spec.events.includes(e))).toEqual([]);
    });

    it('prints every mapped argument from sample records of the claimed events, as a block', () => {
      const { records } = JSON.parse(readFileSync(`${samplesDir}${type}.json`, 'utf8')) as { records: { eventName: string }[] };
      expect(records.every((r) => claim.events.includes(r.eventName))).toBe(true);
      const { resources, files } = translate(toInputs(records));
      const adopted = resources.filter((r) => r.type === type);
      expect(adopted.length).toBe(records.length);
      expect(adopted.every((r) => !r.created && r.complete)).toBe(true);
      const printed = new Set(adopted.flatMap((r) => Object.keys(r.fields)));
      expect(claim.mapped.filter((a) => !printed.has(a))).toEqual([]);
      expect(Object.values(files).join('\n')).toContain(`resource "${type}"`);
    });
  });
});
