// ResourceStore.keysHolding must answer exactly which resources of a type have an argument that is a
// string or a list holding it, while states are replaced and dropped before and after an index is built.
import { ResourceStore } from '../../../translator/pipeline/fold';
import type { Fields, ResourceState } from '../../../translator/model';
import { str, list, num } from '../../../translator/hcl/ast';

/** The oracle, written apart from the index: a string argument equal to it, or a list with it. */
function holdsValue(state: ResourceState, field: string, value: string): boolean {
  const v = state.fields[field];
  if (v?.kind === 'string') return v.value === value;
  if (v?.kind === 'list') return v.items.some((item) => item.kind === 'string' && item.value === value);
  return false;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const VALUES = ['g1', 'g2', 'g3', 'vpc-1', ''];

function fieldsFrom(next: () => number): Fields {
  const pick = () => VALUES[Math.floor(next() * VALUES.length)]!;
  const out: Fields = {};
  const roll = next();
  if (roll < 0.4) out['group'] = str(pick());
  else if (roll < 0.8) out['group'] = list([str(pick()), str(pick()), num(3)]);
  else if (roll < 0.9) out['group'] = num(1);
  if (next() < 0.5) out['other'] = str(pick());
  return out;
}

describe('ResourceStore.keysHolding', () => {
  it.each([1, 2, 3, 4, 5])('matches the resources whose argument holds the value, as states are replaced and dropped (seed %i)', (seed) => {
    const next = random(seed);
    const store = new ResourceStore(new Map());
    const keys = Array.from({ length: 40 }, (_, i) => [i % 2 ? 't1' : 't2', `r${i}`] as const);
    for (let step = 0; step < 800; step++) {
      const [type, id] = keys[Math.floor(next() * keys.length)]!;
      const key = ResourceStore.key(type, '', id);
      if (store.resources.has(key) && next() < 0.3) store.drop(key);
      else store.put(key, { type, id, fields: fieldsFrom(next) } as ResourceState);
      if (step % 5 === 0) {
        const queried = next() < 0.5 ? 't1' : 't2';
        const field = next() < 0.8 ? 'group' : 'other';
        const value = VALUES[Math.floor(next() * VALUES.length)]!;
        const expected = [...store.keysOfType(queried)].filter((k) => holdsValue(store.resources.get(k)!, field, value)).sort();
        expect([...store.keysHolding(queried, field, value)].sort()).toEqual(expected);
      }
    }
  });
});
