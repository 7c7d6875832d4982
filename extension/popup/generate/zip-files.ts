// The generated files and the README as one .zip (fflate), fixed dates so the same input gives the same bytes.
import { strToU8, zipSync } from 'fflate';
import type { GeneratedFile } from './types.ts';

export function zipFiles(readme: string, files: readonly GeneratedFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'README.md': strToU8(readme) };
  for (const f of files) entries[f.name] = strToU8(f.text);
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}
