// The report accounts for every input record exactly once, and summarises it for people.

import { compareText } from './text-order';
import type { Outcome, ReportEntry } from './model';

export const OUTCOMES: readonly Outcome[] = ['created', 'updated', 'deleted', 'import-only', 'ignored', 'unsupported', 'invalid'];

export function countOutcomes(entries: readonly ReportEntry[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const e of entries) counts[e.outcome]++;
  return counts;
}

export function summarize(entries: readonly ReportEntry[], resourceCount: number): string {
  const counts = countOutcomes(entries);
  const parts = OUTCOMES.filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${o}`);
  const lines = [`${entries.length} records: ${parts.join(', ') || 'none'}; ${resourceCount} resources in the manifest.`];
  const unsupported = new Map<string, number>();
  for (const e of entries) {
    if (e.outcome === 'unsupported') {
      const key = `${e.eventSource} ${e.eventName}`;
      unsupported.set(key, (unsupported.get(key) ?? 0) + 1);
    }
  }
  if (unsupported.size > 0) {
    const top = [...unsupported.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 10);
    lines.push(`unsupported: ${top.map(([k, n]) => (n > 1 ? `${k} (x${n})` : k)).join(', ')}${unsupported.size > 10 ? ', …' : ''}`);
  }
  const invalid = entries.filter((e) => e.outcome === 'invalid').slice(0, 5);
  for (const e of invalid) lines.push(`invalid: ${e.input}: ${e.reason}`);
  return lines.join('\n');
}
