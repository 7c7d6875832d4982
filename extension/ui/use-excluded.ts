import { useState } from 'preact/hooks';
import { readExcluded, writeExcluded } from '../platform/excluded-rows.ts';

export interface Excluded {
  keys: ReadonlySet<string>;
  isIncluded(row: { key: string; translatable: boolean }): boolean;
  toggle(row: { key: string }): void;
}

/** Rows left out of Generate, per session; everything translatable is included by default. Shared with the review tab. */
export function useExcluded(sessionId: number | null): Excluded {
  const [state, setState] = useState<{ sessionId: number | null; keys: ReadonlySet<string> }>(() => ({ sessionId, keys: sessionId === null ? new Set() : readExcluded(sessionId) }));
  const keys = state.sessionId === sessionId ? state.keys : sessionId === null ? new Set<string>() : readExcluded(sessionId);
  return {
    keys,
    isIncluded: (row) => row.translatable && !keys.has(row.key),
    toggle(row) {
      if (sessionId === null) return;
      const next = new Set(keys);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      writeExcluded(sessionId, next);
      setState({ sessionId, keys: next });
    },
  };
}
