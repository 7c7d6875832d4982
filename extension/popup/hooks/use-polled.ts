import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Polled<T> {
  value: T | undefined;
  error: string | null;
  reload: () => void;
}

/** Loads `load()` now, whenever `key` changes and every `intervalMs` while the popup is open. */
export function usePolled<T>(load: () => Promise<T>, key: unknown, intervalMs: number): Polled<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = generation.current;
    loadRef.current().then(
      (v) => { if (mine === generation.current) { setValue(v); setError(null); } },
      (e: unknown) => { if (mine === generation.current) setError(e instanceof Error ? e.message : String(e)); },
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    setValue(undefined);
    reload();
    const timer = setInterval(reload, intervalMs);
    // Hidden pages get their timers throttled; catch up as soon as the page is shown again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [key, intervalMs, reload]);

  return { value, error, reload };
}
