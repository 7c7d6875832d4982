// ResourceStore.keysWithIdPrefix must answer exactly what filtering the type's keys by id.startsWith
// would, in the same order, while resources come and go before and after an index is built.
import { ResourceStore } from '../../../translator/pipeline/fold';
import type { ResourceState } from '../../../translator/model';

/** A small deterministic generator, so a failure names a reproducible seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const PARTS = ['fn', 'fn-2', 'a', 'ab', 'arn:aws:x', 'zone', 'Z1', 'pool', 'é'];
const SEPARATORS = ['/', ':', ',', '|', '#', '_', '', 'n'];

function idFrom(next: () => number): string {
  let id = PARTS[Math.floor(next() * PARTS.length)]!;
  const depth = Math.floor(next() * 4);
  for (let i = 0; i < depth; i++) id += SEPARATORS[Math.floor(next() * SEPARATORS.length)]! + PARTS[Math.floor(next() * PARTS.length)]!;
  return id;
}

function state(type: string, id: string): ResourceState {
  return { type, id } as ResourceState;
}

describe('ResourceStore.keysWithIdPrefix', () => {
  it.each([1, 2, 3, 4, 5])('matches filtering by startsWith, in order, as resources come and go (seed %i)', (seed) => {
    const next = random(seed);
    const store = new ResourceStore(new Map());
    const types = ['t1', 't2'];
    const held = new Map<string, string>(); // key -> type
    for (let step = 0; step < 600; step++) {
      const type = types[Math.floor(next() * types.length)]!;
      const id = idFrom(next);
      const region = next() < 0.5 ? 'us-east-1' : '';
      const key = ResourceStore.key(type, region, id);
      if (held.has(key) && next() < 0.5) {
        store.drop(key);
        held.delete(key);
      } else {
        store.put(key, state(type, id));
        held.set(key, type);
      }
      if (step % 7 === 0) {
        // Query a prefix cut from some id, at or after a character of it (every shape of index).
        const from = idFrom(next);
        const prefix = from.slice(0, 1 + Math.floor(next() * from.length));
        const queried = types[Math.floor(next() * types.length)]!;
        const expected = [...store.keysOfType(queried)].filter((k) => store.resources.get(k)!.id.startsWith(prefix));
        expect([...store.keysWithIdPrefix(queried, prefix)]).toEqual(expected);
      }
    }
  });

  it('finds a parent\'s children by its name however the name is shared', () => {
    const store = new ResourceStore(new Map());
    for (const id of ['fn', 'fn:live', 'fn/url', 'fn-2', 'fn-2:live', 'f', 'fnx:1']) store.put(ResourceStore.key('p', '', id), state('p', id));
    const ids = (prefix: string) => [...store.keysWithIdPrefix('p', prefix)].map((k) => store.resources.get(k)!.id);
    expect(ids('fn:')).toEqual(['fn:live']);
    expect(ids('fn')).toEqual(['fn', 'fn:live', 'fn/url', 'fn-2', 'fn-2:live', 'fnx:1']);
    store.drop(ResourceStore.key('p', '', 'fn:live'));
    store.put(ResourceStore.key('p', '', 'fn:beta'), state('p', 'fn:beta'));
    expect(ids('fn:')).toEqual(['fn:beta']);
    expect(ids('fn-2:')).toEqual(['fn-2:live']);
    expect(ids('nothing/')).toEqual([]);
  });
});
