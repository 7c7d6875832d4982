import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Loaded<T> {
  value: T | undefined;
  error: string | null;
  reload: () => void;
}

/**
 * Loads `load()` now and again whenever `key` or `tick` changes (a change the worker pushed). The
 * value shown stays until the new one arrives; a change of `key` clears it.
 */
export function useLoaded<T>(load: () => Promise<T>, key: unknown, tick: number): Loaded<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const latest = useRef(0);
  const applied = useRef(0);

  const reload = useCallback(() => {
    const mine = generation.current;
    const request = ++latest.current;
    loadRef.current().then(
      (v) => {
        // A slower older answer never replaces a newer one.
        if (mine !== generation.current || request < applied.current) return;
        applied.current = request;
        setValue(v);
        setError(null);
      },
      (e: unknown) => { if (mine === generation.current) setError(e instanceof Error ? e.message : String(e)); },
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    setValue(undefined);
  }, [key]);
  useEffect(reload, [key, tick, reload]);
  return { value, error, reload };
}
