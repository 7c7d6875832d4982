// At most `limit` starts per `windowMs` for each key (account + region), shared by every caller.
// LookupEvents allows 2 requests per second per account per Region
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html).

/** Where recent starts outlive the limiter (a restarted service worker must not burst). */
export interface StartHistory {
  load(): Promise<Record<string, number[]>>;
  save(key: string, starts: readonly number[]): void;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  history?: StartHistory;
}

export interface RateLimiter {
  /** Resolves when the caller may start one request under `key`. */
  acquire(key: string): Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const starts = new Map<string, number[]>();
  const queues = new Map<string, Promise<void>>();
  let loaded: Promise<void> | null = null;
  const load = (): Promise<void> => (loaded ??= (options.history?.load() ?? Promise.resolve<Record<string, number[]>>({}))
    .then((saved) => {
      for (const [key, times] of Object.entries(saved)) starts.set(key, [...times, ...(starts.get(key) ?? [])]);
    })
    .catch(() => {}));
  async function take(key: string): Promise<void> {
    await load();
    for (;;) {
      const t = options.now();
      const recent = (starts.get(key) ?? []).filter((s) => t - s < options.windowMs);
      if (recent.length < options.limit) {
        recent.push(t);
        starts.set(key, recent);
        options.history?.save(key, recent);
        return;
      }
      await options.sleep((recent[0] as number) + options.windowMs - t);
    }
  }
  return {
    acquire(key) {
      const turn = (queues.get(key) ?? Promise.resolve()).then(() => take(key));
      queues.set(key, turn.catch(() => {}));
      return turn;
    },
  };
}

/**
 * Evenly spaced starts, one per 700 ms (about 1.4 per second): requests sent in a burst of two can
 * reach AWS bunched with the next one when the network or the machine stalls, and three arrivals in
 * one second would be throttled. Spacing leaves 400 ms of jitter before the 2-per-second limit is hit.
 */
export function lookupEventsLimiter(now: () => number, sleep: (ms: number) => Promise<void>, history?: StartHistory): RateLimiter {
  return createRateLimiter({ limit: 1, windowMs: 700, now, sleep, ...(history ? { history } : {}) });
}
