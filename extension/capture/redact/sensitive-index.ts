// Lookup over the generated sensitive-member table: (service, operation, request|response) -> a trie of
// the member paths the AWS models mark `sensitive`. Services are found by SigV4 signing name (what the
// capture's classification and CloudTrail's eventSource both give); clients sharing one (RDS, DocumentDB,
// Neptune) are merged, which can only redact more. Member names compare case-insensitively: CloudTrail
// and EC2 responses spell them lowerCamelCase.
import type { SensitiveMemberTable, SensitiveOperation } from './sensitive-table-types.ts';
import { UNMARKED_SECRETS } from './unmarked-secrets.ts';

export type Direction = 'in' | 'out';

export interface PathTrie {
  /** The value at this path is sensitive as a whole. */
  terminal: boolean;
  /** Children by lower-cased member name, "[]" (list item) or "{}" (map value). */
  children: Map<string, PathTrie>;
}

export interface SensitivePlan {
  trie: PathTrie;
  /** Lower-cased names of sensitive members nested too deep to list by path: hidden wherever they occur. */
  names: Set<string>;
}

export interface SensitiveIndex {
  plan(service: string | null, operation: string | null, direction: Direction): SensitivePlan | null;
  /** How many operations have at least one sensitive member. */
  size: number;
}

function emptyTrie(): PathTrie {
  return { terminal: false, children: new Map() };
}

/** Adds a path; a segment "Name|wireName" reaches the same node under each of its names. */
function addPath(trie: PathTrie, path: string): void {
  let node = trie;
  for (const seg of path.split('.')) {
    const keys = seg.toLowerCase().split('|');
    let next = keys.map((k) => node.children.get(k)).find((n) => n !== undefined);
    if (!next) next = emptyTrie();
    for (const k of keys) if (!node.children.has(k)) node.children.set(k, next);
    node = next;
  }
  node.terminal = true;
}

/** "ssm.amazonaws.com" / "ssm" -> "ssm". */
export function serviceKey(eventSourceOrName: string): string {
  return eventSourceOrName.replace(/\.amazonaws\.com(?:\.cn)?$/, '').toLowerCase();
}

export function buildSensitiveIndex(table: SensitiveMemberTable, extra: Record<string, Record<string, SensitiveOperation>> = UNMARKED_SECRETS): SensitiveIndex {
  // service key -> operation -> direction -> paths
  const byService = new Map<string, Map<string, Record<Direction | 'deep', string[]>>>();
  let size = 0;
  const sources = [
    ...Object.entries(table.clients).map(([client, entry]) => ({ keys: [entry.signingName ?? client, client], ops: entry.ops })),
    ...Object.entries(extra).map(([service, ops]) => ({ keys: [service], ops })),
  ];
  for (const entry of sources) {
    for (const key of new Set(entry.keys.map(serviceKey))) {
      let ops = byService.get(key);
      if (!ops) {
        ops = new Map();
        byService.set(key, ops);
      }
      for (const [op, paths] of Object.entries(entry.ops)) {
        const existing = ops.get(op) ?? { in: [], out: [], deep: [] };
        if (!ops.has(op)) size += 1;
        existing.in.push(...paths.in ?? []);
        existing.out.push(...paths.out ?? []);
        existing.deep.push(...paths.deep ?? []);
        ops.set(op, existing);
      }
    }
  }
  const cache = new Map<string, SensitivePlan | null>();
  return {
    size,
    plan(service, operation, direction) {
      if (!service || !operation) return null;
      const op = operation.charAt(0).toUpperCase() + operation.slice(1);
      const cacheKey = `${serviceKey(service)}\u0000${op}\u0000${direction}`;
      if (cache.has(cacheKey)) return cache.get(cacheKey) ?? null;
      const entry = byService.get(serviceKey(service))?.get(op);
      const paths = entry?.[direction] ?? [];
      const deep = entry?.deep ?? [];
      let plan: SensitivePlan | null = null;
      if (paths.length > 0 || deep.length > 0) {
        const trie = emptyTrie();
        for (const p of paths) addPath(trie, p);
        plan = { trie, names: new Set(deep.map((d) => d.toLowerCase())) };
      }
      cache.set(cacheKey, plan);
      return plan;
    },
  };
}
