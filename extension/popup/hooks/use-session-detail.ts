import { useMemo, useState } from 'preact/hooks';
import { includedByDefault, type SessionDetail, type SessionRow } from '../../../shared/session-view.ts';
import { sendMessage } from '../../platform/runtime-messages.ts';
import { usePolled } from './use-polled.ts';

export interface SessionSelection {
  detail: SessionDetail | null | undefined;
  /** Rows that have a record and are ticked. */
  included: SessionRow[];
  isIncluded(row: SessionRow): boolean;
  toggle(row: SessionRow): void;
  /** Reads the rows again (the list shown may be up to one refresh old) and applies the same choices. */
  freshIncluded(): Promise<{ included: SessionRow[]; all: SessionRow[] } | null>;
}

/** The chosen session's rows (refreshed while the popup is open) and which of them to translate. */
export function useSessionDetail(sessionId: number | null): SessionSelection {
  const polled = usePolled(
    () => (sessionId === null ? Promise.resolve(null) : sendMessage('sessions/detail', { sessionId })),
    sessionId, 1500,
  );
  // Rows the user ticked or unticked, per session. By default everything translatable is included,
  // except unverified rows (only the page reported them), which the user must tick.
  const [toggled, setToggled] = useState<{ sessionId: number | null; keys: ReadonlySet<string> }>({ sessionId, keys: new Set() });
  const keys = toggled.sessionId === sessionId ? toggled.keys : new Set<string>();
  const detail = polled.value;
  const isIncluded = (row: SessionRow): boolean => row.record !== null && includedByDefault(row) !== keys.has(row.key);
  const included = useMemo(() => (detail?.rows ?? []).filter(isIncluded), [detail, keys]);
  return {
    detail,
    included,
    isIncluded,
    async freshIncluded() {
      if (sessionId === null) return null;
      const fresh = await sendMessage('sessions/detail', { sessionId });
      if (!fresh) return null;
      return { included: fresh.rows.filter(isIncluded), all: fresh.rows };
    },
    toggle(row) {
      const next = new Set(keys);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      setToggled({ sessionId, keys: next });
    },
  };
}
