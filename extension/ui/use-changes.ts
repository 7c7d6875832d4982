import { useEffect, useState } from 'preact/hooks';
import { watchChanges } from '../platform/runtime-ports.ts';

export interface ChangeTicks {
  /** Grows on every change the worker reports. */
  any: number;
  /** Grows when the given session (or anything) changed. */
  of(sessionId: number | null): number;
}

/**
 * Counters that grow when the worker reports a change, so hooks reload what they show as a dependency
 * of the counter instead of polling. One port per page.
 */
export function useChanges(): ChangeTicks {
  const [state, setState] = useState<{ any: number; all: number; bySession: ReadonlyMap<number, number> }>({ any: 0, all: 0, bySession: new Map() });
  useEffect(() => watchChanges((notice) => setState((s) => {
    if (notice.sessionIds === null) return { any: s.any + 1, all: s.all + 1, bySession: s.bySession };
    const bySession = new Map(s.bySession);
    for (const id of notice.sessionIds) bySession.set(id, (bySession.get(id) ?? 0) + 1);
    return { any: s.any + 1, all: s.all, bySession };
  })), []);
  return { any: state.any, of: (id) => state.all * 1_000_000 + (id === null ? 0 : state.bySession.get(id) ?? 0) };
}
