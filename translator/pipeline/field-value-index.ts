// The resources of one type whose argument holds a value, without looking at the others: a deleted
// group's memberships, a terminated instance's volume attachments, a deleted cluster's instances.
// Deletes looked at every resource of the type, so a month of churn cost time in the square of its
// records. An argument "holds" a value when it is that string, or a list with that string in it.
//
// One index per (type, argument) a query has used, built on first use. A stored resource's arguments
// change only by storing a new state under its key (fold's transactions copy before they write), so
// put() and drop() keep every built index up to date.
import type { FieldValue, ResourceState } from '../model';
import { addToSet } from './keyed-sets';

/** The strings an argument holds: itself, or a list's string items. */
export function heldStrings(value: FieldValue | undefined): readonly string[] {
  if (value === undefined) return [];
  if (value.kind === 'string') return [value.value];
  if (value.kind === 'list') return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
  return [];
}

export function holds(state: Pick<ResourceState, 'fields'>, field: string, value: string): boolean {
  return heldStrings(state.fields[field]).includes(value);
}

const NONE: ReadonlySet<string> = new Set();

export class FieldValueIndex {
  /** type → argument → value → keys (in no order a caller may rely on). */
  readonly #byType = new Map<string, Map<string, Map<string, Set<string>>>>();

  /** `state` is stored under `key`, in place of `previous` if there was one. */
  stored(key: string, state: ResourceState, previous: ResourceState | undefined): void {
    const indexes = this.#byType.get(state.type);
    if (indexes === undefined) return;
    for (const [field, byValue] of indexes) {
      const now = heldStrings(state.fields[field]);
      if (previous !== undefined) for (const v of heldStrings(previous.fields[field])) if (!now.includes(v)) byValue.get(v)?.delete(key);
      for (const v of now) addToSet(byValue, v, key);
    }
  }

  dropped(key: string, state: ResourceState): void {
    const indexes = this.#byType.get(state.type);
    if (indexes === undefined) return;
    for (const [field, byValue] of indexes) for (const v of heldStrings(state.fields[field])) byValue.get(v)?.delete(key);
  }

  /** Keys of the resources of `type` whose `field` holds `value`. `all` lists the type's resources. */
  keysHolding(type: string, field: string, value: string, all: () => Iterable<readonly [string, ResourceState]>): ReadonlySet<string> {
    let indexes = this.#byType.get(type);
    if (indexes === undefined) {
      indexes = new Map();
      this.#byType.set(type, indexes);
    }
    let byValue = indexes.get(field);
    if (byValue === undefined) {
      byValue = new Map();
      indexes.set(field, byValue);
      for (const [key, state] of all()) for (const v of heldStrings(state.fields[field])) addToSet(byValue, v, key);
    }
    return byValue.get(value) ?? NONE;
  }
}
