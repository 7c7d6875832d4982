import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RowPage, RowView } from '../../shared/session-paging.ts';
import { sendMessage } from '../platform/runtime-messages.ts';

export const PAGE_ROWS = 100;

export interface RowPages {
  rowAt(index: number): RowView | undefined;
  /** The list shows rows [start, end): load the pages they are on. */
  show(start: number, end: number): void;
}

/**
 * A session's rows, one page of PAGE_ROWS at a time, loaded as the list scrolls to them. When the
 * worker reports a change (`tick`), the pages on screen are read again; others are dropped and read
 * when next shown. What is on screen stays until the new page arrives. A `seed` page (read without the
 * worker, see stored-view.ts) is shown until the worker's copy of that page arrives.
 */
export function useRowPages(sessionId: number | null, tick: number, seed: RowPage | null = null): RowPages {
  const [pages, setPages] = useState<ReadonlyMap<number, RowView[]>>(new Map());
  const fresh = useRef(new Set<number>());
  const loading = useRef(new Set<number>());
  const range = useRef<[number, number]>([0, 0]);
  const generation = useRef(0);
  const lastTick = useRef(tick);

  const load = useCallback((page: number) => {
    if (sessionId === null || fresh.current.has(page) || loading.current.has(page)) return;
    loading.current.add(page);
    const mine = generation.current;
    sendMessage('sessions/page', { sessionId, offset: page * PAGE_ROWS, limit: PAGE_ROWS }).then((p) => {
      if (mine !== generation.current) return;
      loading.current.delete(page);
      fresh.current.add(page);
      setPages((old) => new Map(old).set(page, p?.rows ?? []));
    }, () => { loading.current.delete(page); });
  }, [sessionId]);

  const show = useCallback((start: number, end: number) => {
    range.current = [start, end];
    for (let p = Math.floor(start / PAGE_ROWS); p <= Math.floor(Math.max(start, end - 1) / PAGE_ROWS); p++) load(p);
  }, [load]);

  useEffect(() => {
    generation.current += 1;
    fresh.current = new Set();
    loading.current = new Set();
    setPages(new Map());
    // The list starts at the top: read the first page now, alongside the summary, not after it.
    range.current = [0, 0];
    lastTick.current = tick;
    load(0);
  }, [sessionId]);

  const seeded = useRef<RowPage | null>(null);
  useEffect(() => {
    // Used once: a later return to this session reads the worker's pages, not what was stored at opening.
    if (seed === null || seeded.current === seed || seed.sessionId !== sessionId || seed.offset % PAGE_ROWS !== 0) return;
    seeded.current = seed;
    const page = seed.offset / PAGE_ROWS;
    // Not marked fresh: the list still asks the worker for it, and the worker's copy replaces it.
    setPages((old) => (old.has(page) ? old : new Map(old).set(page, seed.rows)));
  }, [seed, sessionId]);

  useEffect(() => {
    if (lastTick.current === tick) return;
    lastTick.current = tick;
    // Everything may be stale: keep showing it, read the visible pages again, drop the rest.
    generation.current += 1;
    fresh.current = new Set();
    loading.current = new Set();
    const [start, end] = range.current;
    const first = Math.floor(start / PAGE_ROWS);
    const last = Math.floor(Math.max(start, end - 1) / PAGE_ROWS);
    setPages((old) => new Map([...old].filter(([p]) => p >= first && p <= last)));
    show(start, end);
  }, [tick, show]);

  return {
    rowAt: (index) => pages.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS],
    show,
  };
}
