import { useState } from 'preact/hooks';
import { defaultIncluded, type RowDefault } from '../../shared/session-view.ts';
import { readRowChoices, writeRowChoices, type RowChoices } from '../platform/row-choices.ts';

export interface RowChoicesState {
  choices: RowChoices;
  isIncluded(row: RowDefault & { key: string }): boolean;
  toggle(row: RowDefault & { key: string }): void;
  /** How many rows Generate takes, from the summary's count of rows included by default. */
  includedCount(includedByDefault: number): number;
}

/**
 * The user's ticks, per session: every translatable row is included by default except unverified ones
 * (only the page reported them), which the user must tick. Shared with the review tab.
 */
export function useRowChoices(sessionId: number | null): RowChoicesState {
  const [state, setState] = useState<{ sessionId: number | null; choices: RowChoices }>(() => ({ sessionId, choices: sessionId === null ? new Map() : readRowChoices(sessionId) }));
  const choices = state.sessionId === sessionId ? state.choices : sessionId === null ? new Map<string, boolean>() : readRowChoices(sessionId);
  const isIncluded = (row: RowDefault & { key: string }): boolean => row.translatable && (choices.get(row.key) ?? defaultIncluded(row));
  return {
    choices,
    isIncluded,
    toggle(row) {
      if (sessionId === null || !row.translatable) return;
      const next = new Map(choices);
      const wanted = !isIncluded(row);
      if (wanted === defaultIncluded(row)) next.delete(row.key);
      else next.set(row.key, wanted);
      writeRowChoices(sessionId, next);
      setState({ sessionId, choices: next });
    },
    includedCount(includedByDefault) {
      let count = includedByDefault;
      for (const wanted of choices.values()) count += wanted ? 1 : -1;
      return Math.max(0, count);
    },
  };
}
