// The resources of one type whose identifier starts with a prefix, without looking at the others: a
// deleted parent's children (`my-fn:live`, `Z123_www.example.com_A`, `pool/client`) among thousands of
// the type. Deletes looked through every resource of the type, so a month of deploy churn cost time in
// the square of its records.
//
// A prefix ends with some character c, its k-th: an identifier starts with the prefix exactly when its
// text through its own k-th c is the prefix. So one index per (type, c, k) a query has used, each kept
// up to date from then on, answers every prefix of that shape.

import type { ResourceState } from '../model';
import { addToSet } from './keyed-sets';

type Keyed = Iterable<readonly [key: string, state: ResourceState]>;

/** `id` through its k-th `char`, or undefined when it holds fewer. */
function through(id: string, char: string, k: number): string | undefined {
  let at = -1;
  for (let seen = 0; seen < k; seen++) {
    at = id.indexOf(char, at + 1);
    if (at === -1) return undefined;
  }
  return id.slice(0, at + 1);
}

interface Index {
  readonly char: string;
  readonly k: number;
  /** Prefix → keys, in the order the resources were added. */
  readonly byPrefix: Map<string, Set<string>>;
}

const NONE: ReadonlySet<string> = new Set();

/** Files `key` under the prefix of `id` the index is cut by, if `id` has one. */
function file(index: Index, key: string, id: string): void {
  const prefix = through(id, index.char, index.k);
  if (prefix !== undefined) addToSet(index.byPrefix, prefix, key);
}

export class IdPrefixIndex {
  readonly #byType = new Map<string, Index[]>();

  /** A resource of `type` was added (not one already held). */
  added(type: string, key: string, id: string): void {
    for (const index of this.#byType.get(type) ?? []) file(index, key, id);
  }

  removed(type: string, key: string, id: string): void {
    for (const index of this.#byType.get(type) ?? []) {
      const prefix = through(id, index.char, index.k);
      if (prefix !== undefined) index.byPrefix.get(prefix)?.delete(key);
    }
  }

  /**
   * Keys of the resources of `type` whose id starts with `prefix` (not empty), in the order they were
   * added. `all` lists the type's resources, read once when a query of a new shape builds its index.
   */
  keysWithPrefix(type: string, prefix: string, all: () => Keyed): ReadonlySet<string> {
    const char = prefix[prefix.length - 1]!;
    let k = 0;
    for (let at = prefix.indexOf(char); at !== -1; at = prefix.indexOf(char, at + 1)) k++;
    let indexes = this.#byType.get(type);
    if (indexes === undefined) {
      indexes = [];
      this.#byType.set(type, indexes);
    }
    let index = indexes.find((i) => i.char === char && i.k === k);
    if (index === undefined) {
      index = { char, k, byPrefix: new Map() };
      indexes.push(index);
      for (const [key, state] of all()) file(index, key, state.id);
    }
    return index.byPrefix.get(prefix) ?? NONE;
  }
}
