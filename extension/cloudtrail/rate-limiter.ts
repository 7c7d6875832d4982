// At most `limit` starts per `windowMs` for each key (account + region), shared by every caller.
// LookupEvents allows 2 requests per second per account per Region
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html).

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when the caller may start one request under `key`. */
  acquire(key: string): Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const starts = new Map<string, number[]>();
  const queues = new Map<string, Promise<void>>();
  async function take(key: string): Promise<void> {
    for (;;) {
      const t = options.now();
      const recent = (starts.get(key) ?? []).filter((s) => t - s < options.windowMs);
      if (recent.length < options.limit) {
        recent.push(t);
        starts.set(key, recent);
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

/** 2 per second, with 100 ms to spare so network jitter cannot put two starts 999 ms apart at AWS. */
export function lookupEventsLimiter(now: () => number, sleep: (ms: number) => Promise<void>): RateLimiter {
  return createRateLimiter({ limit: 2, windowMs: 1100, now, sleep });
}
