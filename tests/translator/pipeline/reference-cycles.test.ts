// Terraform refuses a configuration whose resources refer to each other in a loop. Every golden
// session, translated, must give an acyclic graph of references (whole values and inside strings);
// a resource referring to itself is such a loop too.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Expr } from '../../../translator/hcl/ast';
import { translate } from '../../../translator/index';
import { readRecords } from '../../../translator/ingest/containers';
import type { Fields, FieldValue } from '../../../translator/model';

const root = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** The `type.name` addresses an expression refers to. */
function referred(value: FieldValue | Expr, out: Set<string>): void {
  switch (value.kind) {
    case 'ref':
      out.add(value.path.split('.').slice(0, 2).join('.'));
      return;
    case 'template':
      for (const p of value.parts) if (typeof p !== 'string') out.add(p.ref.split('.').slice(0, 2).join('.'));
      return;
    case 'list':
      for (const i of value.items) referred(i, out);
      return;
    case 'object':
      for (const [, v] of value.entries) referred(v, out);
      return;
    case 'call':
      for (const a of value.args) referred(a, out);
      return;
    case 'blocks':
      for (const item of value.items) fieldsReferred(item, out);
      return;
    default:
  }
}

function fieldsReferred(fields: Fields, out: Set<string>): void {
  for (const v of Object.values(fields)) if (v !== undefined) referred(v, out);
}

function cycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path, node, next];
      if (state.get(next) === undefined) {
        const found = visit(next, [...path, node]);
        if (found) return found;
      }
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) if (state.get(node) === undefined) {
    const found = visit(node, []);
    if (found) return found;
  }
  return undefined;
}

describe('references never form a cycle', () => {
  it.each(scenarios)('%s', (name) => {
    const dir = join(root, name);
    const inputs = readdirSync(dir).filter((f) => f.startsWith('input')).sort().flatMap((f) => readRecords(readFileSync(join(dir, f), 'utf8'), f));
    const { resources } = translate(inputs);
    const edges = new Map<string, Set<string>>();
    for (const r of resources) {
      const out = new Set<string>();
      fieldsReferred(r.fields, out);
      edges.set(`${r.type}.${r.name}`, new Set([...out].filter((a) => !a.startsWith('var.'))));
    }
    expect(cycle(edges)).toBeUndefined();
  });

  it('the check finds a loop when there is one', () => {
    expect(cycle(new Map([['a.x', new Set(['b.y'])], ['b.y', new Set(['a.x'])]]))).toEqual(['a.x', 'b.y', 'a.x']);
    expect(cycle(new Map([['a.x', new Set(['b.y'])], ['b.y', new Set<string>()]]))).toBeUndefined();
  });
});
