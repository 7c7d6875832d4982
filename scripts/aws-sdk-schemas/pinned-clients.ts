// The pinned source of both generated tables (the operations table and the sensitive-member table): one
// @aws-sdk/client-* release, and for each client the exact version that release line holds (a client AWS
// did not republish in that release keeps its newest earlier version). scripts/aws-sdk-schemas/clients.json
// is the list; download.ts unpacks the files the extractors read into a gitignored cache, one folder per
// client: .cache/aws-sdk-clients/<release>/<client>/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDirReader, type ReadPackageFile } from './package-files.ts';

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

/** The cached folder of one client (its package.json, and the dist-es files the extractors read). */
export function clientDir(release: string, name: string): string {
  return join(cacheDir(release), name);
}

/**
 * Which files a cached client holds (download.ts KEPT); a folder unpacked with an older list is stale and
 * downloaded again. 2: dist-es/models and dist-es/commands added.
 */
export const CACHE_LAYOUT = '2';
export const CACHE_LAYOUT_FILE = '.trailform-cache-layout';

/** The version of the package unpacked in `dir`, or null when nothing complete (in today's layout) is there. */
export function unpackedVersion(dir: string): string | null {
  const file = join(dir, 'package.json');
  const layout = join(dir, CACHE_LAYOUT_FILE);
  if (!existsSync(file) || !existsSync(layout) || readFileSync(layout, 'utf8') !== CACHE_LAYOUT) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Pinned clients whose cached folder is missing or holds another version. */
export function missingClients(pinned: PinnedClients): string[] {
  return Object.entries(pinned.clients).filter(([name, version]) => unpackedVersion(clientDir(pinned.release, name)) !== version).map(([name]) => name);
}

/** A file reader per pinned client over the cache, in list order; throws naming the clients not downloaded. */
export function cachedClientReaders(pinned: PinnedClients): { name: string; version: string; read: ReadPackageFile }[] {
  const missing = missingClients(pinned);
  if (missing.length > 0) {
    throw new Error(`${missing.length} pinned clients are not in ${cacheDir(pinned.release)} at their pinned version (${missing.join(', ')}): run npm run models:download first`);
  }
  return Object.entries(pinned.clients).map(([name, version]) => ({ name, version, read: packageDirReader(clientDir(pinned.release, name)) }));
}
