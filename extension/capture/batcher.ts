// Groups items by key and hands each group over after a short delay (or at once when it is full), so a
// burst of observations costs one storage transaction. Timers are injected for tests.

export interface Batcher<K, T> {
  add(key: K, item: T): void;
  /** Hands over everything pending now. */
  flushAll(): Promise<void>;
}

export interface BatcherOptions {
  delayMs: number;
  maxItems: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createBatcher<K, T>(flush: (key: K, items: T[]) => Promise<void>, options: BatcherOptions): Batcher<K, T> {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const pending = new Map<K, { items: T[]; timer: unknown }>();

  function take(key: K): Promise<void> {
    const group = pending.get(key);
    if (!group) return Promise.resolve();
    pending.delete(key);
    clearTimer(group.timer);
    return flush(key, group.items).catch(() => {});
  }

  return {
    add(key, item) {
      let group = pending.get(key);
      if (!group) {
        group = { items: [], timer: setTimer(() => void take(key), options.delayMs) };
        pending.set(key, group);
      }
      group.items.push(item);
      if (group.items.length >= options.maxItems) void take(key);
    },
    async flushAll() {
      await Promise.all([...pending.keys()].map(take));
    },
  };
}
