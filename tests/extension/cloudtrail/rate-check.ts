// Rate check over the fake endpoint's request log: the most requests any region received in any
// 1000 ms window (arrival timestamps; a behaviour check, not a timing assertion).
import type { LookupLogEntry } from '../../fake-cloudtrail/server.ts';

export function maxPerSecond(log: readonly LookupLogEntry[]): number {
  let max = 0;
  const byRegion = new Map<string, number[]>();
  for (const e of log) byRegion.set(e.region, [...(byRegion.get(e.region) ?? []), e.at]);
  for (const times of byRegion.values()) {
    times.sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      let n = 0;
      for (let j = i; j < times.length && (times[j] as number) - (times[i] as number) < 1000; j++) n++;
      max = Math.max(max, n);
    }
  }
  return max;
}
