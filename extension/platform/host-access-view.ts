// Which host patterns recording needs, and how to describe the ones missing to a user. Pure: the
// platform layer (extension/platform/host-access.ts) supplies what the browser granted.
import { AWS_API_URL_PATTERNS, CONSOLE_URL_PATTERNS } from './host-patterns.ts';

export const REQUIRED_HOST_PATTERNS: readonly string[] = [...CONSOLE_URL_PATTERNS, ...AWS_API_URL_PATTERNS];

/** Required patterns not among `granted` (exact pattern match, or covered by "<all_urls>"/"*://*\/*"). */
export function missingHostPatterns(granted: readonly string[]): string[] {
  const all = granted.some((g) => g === '<all_urls>' || g === '*://*/*' || g === 'https://*/*');
  if (all) return [];
  const have = new Set(granted);
  return REQUIRED_HOST_PATTERNS.filter((p) => !have.has(p));
}

export interface HostAccessSummary {
  /** Console pages cannot be hooked: nothing is recorded from them. */
  consoleMissing: string[];
  /** API endpoints cannot be observed: Worker calls are missed, CloudTrail cannot be reached. */
  apiMissing: string[];
}

export function summarizeMissing(missing: readonly string[]): HostAccessSummary {
  const consoles = new Set<string>(CONSOLE_URL_PATTERNS);
  return {
    consoleMissing: missing.filter((p) => consoles.has(p)),
    apiMissing: missing.filter((p) => !consoles.has(p)),
  };
}
