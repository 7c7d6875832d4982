// Every declared reference points at a declared type (else it can never resolve) and names an argument
// path that exists in the provider schema (else the resolved reference would be written nowhere).

import { mappers } from '../../../translator/services/registry';
import { schemaSubset } from '../../support/hcl-oracle';

interface SchemaBlock {
  readonly attributes: Record<string, unknown>;
  readonly blocks: Record<string, SchemaBlock>;
}

function pathExists(block: SchemaBlock, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (rest.length === 0) return head in block.attributes;
  const nested = block.blocks[head];
  return nested !== undefined && pathExists(nested, rest);
}

const specs = mappers.flatMap((m) => m.resources);
const declared = new Set(specs.map((s) => s.type));
const references = specs.flatMap((spec) => Object.entries(spec.references ?? {}).map(([path, targets]) => ({ type: spec.type, path, targets })));

describe('declared references', () => {
  it('has references to check', () => {
    expect(references.length).toBeGreaterThan(50);
  });

  it.each(references.map((r) => [`${r.type}.${r.path}`, r] as const))('%s points only at declared types', (_name, { targets }) => {
    const undeclared = targets.filter((t) => !declared.has(t));
    expect(undeclared, `not declared by any mapper: ${undeclared.join(', ')}`).toEqual([]);
  });

  it.each(references.map((r) => [`${r.type}.${r.path}`, r] as const))('%s is an argument path of the provider schema', (_name, { type, path }) => {
    const schema = schemaSubset().resources[type] as unknown as SchemaBlock | undefined;
    expect(schema, `${type} missing from the schema subset`).toBeDefined();
    expect(pathExists(schema!, path.split('.')), `${type} has no argument ${path} in hashicorp/aws 6.25.0`).toBe(true);
  });
});
