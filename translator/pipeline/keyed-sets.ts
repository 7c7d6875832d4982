// A map of sets, filled one member at a time (the store's and its indexes' key sets).

/** Adds `member` to the set under `key`, making the set on first use. */
export function addToSet<K, V>(sets: Map<K, Set<V>>, key: K, member: V): void {
  const set = sets.get(key);
  if (set === undefined) sets.set(key, new Set([member]));
  else set.add(member);
}
