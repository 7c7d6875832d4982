// Downloads the pinned @aws-sdk/client-* tarballs into the gitignored cache with the ordinary npm client
// (`npm pack`), so the generator can read the service schemas they ship. Clients that exist in the pinned
// list with an exact version are fetched at that version; `--resolve` (first-time pinning) asks npm for the
// newest version of each listed name at or below the pinned release and writes it back to the list.
// Run: npx tsx scripts/aws-sdk-schemas/download.ts [--resolve]
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir, readPinnedClients, PINNED_CLIENTS_PATH, tarballName, type PinnedClients } from './pinned-clients.ts';

const run = promisify(execFile);

async function pack(spec: string, dir: string): Promise<string | null> {
  try {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--pack-destination', dir], { maxBuffer: 64 * 1024 * 1024 });
    const parsed = JSON.parse(stdout) as { version: string }[];
    return parsed[0]?.version ?? null;
  } catch (error) {
    console.error(`npm pack ${spec} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  }));
}

export async function downloadClients(pinned: PinnedClients, resolve: boolean): Promise<PinnedClients> {
  const dir = cacheDir(pinned.release);
  mkdirSync(dir, { recursive: true });
  const present = new Set(readdirSync(dir));
  const resolved: Record<string, string> = { ...pinned.clients };
  await inParallel(Object.keys(pinned.clients), 4, async (name) => {
    const version = pinned.clients[name] ?? '';
    const exact = /^\d+\.\d+\.\d+$/.test(version);
    if (exact && present.has(tarballName(name, version))) return;
    const spec = exact && !resolve ? `@aws-sdk/client-${name}@${version}` : `@aws-sdk/client-${name}@<=${pinned.release}`;
    const got = await pack(spec, dir);
    if (got) resolved[name] = got;
  });
  return { ...pinned, clients: resolved };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const resolve = process.argv.includes('--resolve');
  const pinned = readPinnedClients();
  const result = await downloadClients(pinned, resolve);
  if (resolve) writeFileSync(PINNED_CLIENTS_PATH, `${JSON.stringify(result, null, 2)}\n`);
  const missing = Object.entries(result.clients).filter(([n, v]) => !existsSync(join(cacheDir(result.release), tarballName(n, v))));
  console.log(`${Object.keys(result.clients).length - missing.length} client tarballs in ${cacheDir(result.release)}`);
  if (missing.length > 0) {
    console.error(`missing: ${missing.map(([n]) => n).join(', ')}`);
    process.exitCode = 1;
  }
}
