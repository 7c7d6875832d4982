// Downloads the pinned @aws-sdk/client-* packages with the ordinary npm client (`npm pack`, batches in
// parallel) and unpacks into the gitignored cache only the files the two extractors read: package.json and
// dist-es/{schemas,auth,endpoint,protocols,models,commands}/ plus runtimeConfig.shared.js (models/ and
// commands/: the sensitive members of clients published before the schema format). A client whose folder already
// holds its pinned version is skipped, so an interrupted run resumes where it stopped; a folder appears
// only once complete (unpacked beside it, then renamed). `--resolve` (first-time pinning) asks npm for the
// newest version of each listed name at or below the pinned release and writes it back to the list.
// Run: npm run models:download [-- --resolve]
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CACHE_LAYOUT, CACHE_LAYOUT_FILE, cacheDir, clientDir, missingClients, readPinnedClients, PINNED_CLIENTS_PATH, unpackedVersion, type PinnedClients } from './pinned-clients.ts';

const run = promisify(execFile);
const PARALLEL = 4;
/** Specs per npm process: npm's start-up, not the transfer, dominates a small package. */
const BATCH = 8;
const KEPT = ['package/package.json', 'package/dist-es/schemas/*', 'package/dist-es/runtimeConfig.shared.js',
  'package/dist-es/auth/*', 'package/dist-es/endpoint/*', 'package/dist-es/protocols/*', 'package/dist-es/models/*',
  'package/dist-es/commands/*'];

interface Wanted { name: string; spec: string }

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
}

/** Unpacks the kept files of one packed tarball to `dest`, replacing what was there. */
async function unpack(tarball: string, version: string, dest: string, scratch: string): Promise<void> {
  const into = mkdtempSync(join(scratch, 'x-'));
  // tar exits non-zero for patterns a package lacks (no auth/, no protocols/) after extracting the rest.
  await run('tar', ['-xzf', tarball, '-C', into, '--wildcards', ...KEPT]).catch(() => undefined);
  writeFileSync(join(into, 'package', CACHE_LAYOUT_FILE), CACHE_LAYOUT);
  if (unpackedVersion(join(into, 'package')) !== version) throw new Error(`${tarball}: package.json missing or not at ${version}`);
  rmSync(dest, { recursive: true, force: true });
  renameSync(join(into, 'package'), dest);
}

/**
 * `npm pack` a batch of specs in one npm process and unpacks each into its cache folder; a batch npm
 * rejects (a spec it cannot resolve fails the whole call) is retried one spec at a time.
 * Returns client name → version packed.
 */
async function packBatch(batch: Wanted[], release: string, scratchRoot: string): Promise<Map<string, string>> {
  const got = new Map<string, string>();
  const scratch = mkdtempSync(join(scratchRoot, '.pack-'));
  try {
    const { stdout } = await run('npm', ['pack', ...batch.map((w) => w.spec), '--json', '--pack-destination', scratch], { maxBuffer: 256 * 1024 * 1024 });
    for (const packed of JSON.parse(stdout) as { name: string; version: string; filename: string }[]) {
      const name = packed.name.replace('@aws-sdk/client-', '');
      await unpack(join(scratch, packed.filename), packed.version, clientDir(release, name), scratch);
      got.set(name, packed.version);
    }
  } catch (error) {
    if (batch.length === 1) console.error(`npm pack ${batch[0]?.spec} failed: ${firstLine(error)}`);
    else for (const one of batch) for (const [name, version] of await packBatch([one], release, scratchRoot)) got.set(name, version);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return got;
}

export async function downloadClients(pinned: PinnedClients, resolve: boolean): Promise<PinnedClients> {
  const dir = cacheDir(pinned.release);
  mkdirSync(dir, { recursive: true });
  for (const leftover of readdirSync(dir).filter((f) => f.startsWith('.pack-'))) rmSync(join(dir, leftover), { recursive: true, force: true });
  const wanted: Wanted[] = [];
  for (const [name, version] of Object.entries(pinned.clients)) {
    const exact = /^\d+\.\d+\.\d+$/.test(version);
    if (exact && !resolve && unpackedVersion(clientDir(pinned.release, name)) === version) continue;
    wanted.push({ name, spec: exact && !resolve ? `@aws-sdk/client-${name}@${version}` : `@aws-sdk/client-${name}@<=${pinned.release}` });
  }
  const batches = Array.from({ length: Math.ceil(wanted.length / BATCH) }, (_, i) => wanted.slice(i * BATCH, (i + 1) * BATCH));
  const resolved: Record<string, string> = { ...pinned.clients };
  let next = 0;
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (next < batches.length) {
      for (const [name, version] of await packBatch(batches[next++] ?? [], pinned.release, dir)) resolved[name] = version;
    }
  }));
  return { ...pinned, clients: resolved };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const resolve = process.argv.includes('--resolve');
  const result = await downloadClients(readPinnedClients(), resolve);
  if (resolve) writeFileSync(PINNED_CLIENTS_PATH, `${JSON.stringify(result, null, 2)}\n`);
  const missing = missingClients(result);
  console.log(`${Object.keys(result.clients).length - missing.length} clients in ${cacheDir(result.release)}`);
  if (missing.length > 0) {
    console.error(`missing: ${missing.join(', ')}`);
    process.exitCode = 1;
  }
}
