// The sensitive-member index over the committed generated table, built once per worker on first use.
import table from './sensitive-members.generated.json' with { type: 'json' };
import { buildSensitiveIndex, type SensitiveIndex } from './sensitive-index.ts';
import type { SensitiveMemberTable } from './sensitive-table-types.ts';

let index: SensitiveIndex | null = null;

export function defaultSensitiveIndex(): SensitiveIndex {
  return (index ??= buildSensitiveIndex(table as SensitiveMemberTable));
}
