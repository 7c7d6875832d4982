// Store archives: a directory (or a list of files) as a zip with sorted names and a fixed timestamp,
// so the same input gives the same bytes. Used by `npm run package` and by the e2e test that loads the
// packaged extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

// 1980-01-01, the earliest time a zip entry can carry: the archive does not change with the build time.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Zips `files` (paths relative to `root`) plus `extra` entries (name → content). */
export function zipFiles(root: string, files: readonly string[], extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Zippable = {};
  const all = new Map<string, Uint8Array>();
  for (const f of files) all.set(f, readFileSync(join(root, f)));
  for (const [name, content] of Object.entries(extra)) all.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  for (const name of [...all.keys()].sort()) entries[name] = [all.get(name)!, { mtime: FIXED_TIME, level: 9 }];
  return zipSync(entries);
}

export function zipDirectory(dir: string): Uint8Array {
  return zipFiles(dir, filesUnder(dir));
}
