// The pinned source of the operations table: one @aws-sdk/client-* release, and for each client the exact
// version that release line holds (a client AWS did not republish in that release keeps its newest
// earlier version). scripts/aws-sdk-schemas/clients.json is the list; tarballs live in a gitignored cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PinnedClients {
  /** The @aws-sdk release every client is taken at (or, when not republished then, just before). */
  release: string;
  /** Client name without "@aws-sdk/client-" → exact version. */
  clients: Record<string, string>;
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const PINNED_CLIENTS_PATH = join(import.meta.dirname, 'clients.json');

export function readPinnedClients(): PinnedClients {
  return JSON.parse(readFileSync(PINNED_CLIENTS_PATH, 'utf8')) as PinnedClients;
}

export function cacheDir(release: string): string {
  return join(REPO_ROOT, '.cache', 'aws-sdk-clients', release);
}

/** The file name `npm pack` gives "@aws-sdk/client-<name>@<version>". */
export function tarballName(name: string, version: string): string {
  return `aws-sdk-client-${name}-${version}.tgz`;
}
