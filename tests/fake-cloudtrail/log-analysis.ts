// Behaviour checks over the fake endpoint's request log (arrival timestamps, not timed assertions).
import type { LookupLogEntry } from './server.ts';

/** The most requests any region received within any 1000 ms (attempts and retries included). */
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

export interface LookupChain {
  region: string;
  /** Successful page requests of one query (first page, then each NextToken). */
  pages: LookupLogEntry[];
  /** Failed attempts (throttling) within the chain. */
  failures: LookupLogEntry[];
  /** The last page had no NextToken: the client stopped exactly when the pages ran out. */
  complete: boolean;
}

/** Splits the successful requests into queries: a chain starts with a request without NextToken. */
export function lookupChains(log: readonly LookupLogEntry[]): LookupChain[] {
  const chains: LookupChain[] = [];
  const open = new Map<string, LookupChain>();
  for (const e of log) {
    if (e.status !== 200) {
      const chain = open.get(e.region);
      if (chain) chain.failures.push(e);
      else {
        const fresh: LookupChain = { region: e.region, pages: [], failures: [e], complete: false };
        chains.push(fresh);
        open.set(e.region, fresh);
      }
      continue;
    }
    let chain = open.get(e.region);
    if (e.nextToken === null && (!chain || chain.pages.length > 0)) {
      chain = { region: e.region, pages: [], failures: [], complete: false };
      chains.push(chain);
      open.set(e.region, chain);
    }
    if (!chain) continue;
    chain.pages.push(e);
    chain.complete = !e.hasMore;
  }
  return chains;
}
