// The popup's own code size: builds the extension, follows popup.html's scripts, module preloads,
// stylesheets and their static imports (not the import() of the translator chunk, which loads only
// when Generate is pressed), and gzips each file. Writes the "size" part of bench/results/popup.json.
// Run: npx tsx bench/popup-size.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results', 'popup.json');
const GOAL_GZIP_BYTES = 30 * 1024;

interface FileSize { file: string; bytes: number; gzip: number }

function size(dist: string, file: string): FileSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
  return found.map((rel) => new URL(rel, `file:///${dir}`).pathname.slice(1));
}

function dynamicImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(/"(assets\/[^"]+\.js)"/g)].map((m) => m[1]!).filter((f) => !code.includes(`from"./${f.slice(7)}"`));
}

export function measurePopup(dist: string): { own: FileSize[]; lazy: FileSize[]; ownGzip: number; lazyGzip: number } {
  const html = readFileSync(join(dist, 'extension', 'popup', 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const own = new Set<string>(['extension/popup/popup.html']);
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (own.has(file)) continue;
    own.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(dist, file));
  }
  const lazy = new Set<string>();
  for (const file of own) if (file.endsWith('.js')) for (const d of dynamicImports(dist, file)) if (!own.has(d)) lazy.add(d);
  for (const file of [...lazy]) for (const d of staticImports(dist, file)) if (!own.has(d)) lazy.add(d);
  const ownSizes = [...own].map((f) => size(dist, f));
  const lazySizes = [...lazy].map((f) => size(dist, f));
  const sum = (xs: FileSize[]) => xs.reduce((n, x) => n + x.gzip, 0);
  return { own: ownSizes, lazy: lazySizes, ownGzip: sum(ownSizes), lazyGzip: sum(lazySizes) };
}

export function mergeResults(part: Record<string, unknown>): void {
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const current = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown> : {};
  writeFileSync(RESULTS, `${JSON.stringify({ ...current, ...part }, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dist = mkdtempSync(join(tmpdir(), 'trailform-popup-size-'));
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const m = measurePopup(dist);
  rmSync(dist, { recursive: true, force: true });
  for (const f of [...m.own, ...m.lazy]) console.log(`${m.lazy.includes(f) ? 'lazy' : 'own '} ${f.file.padEnd(52)} ${String(f.bytes).padStart(8)} B  gzip ${String(f.gzip).padStart(7)} B`);
  console.log(`popup's own code: ${(m.ownGzip / 1024).toFixed(1)} KB gzip (goal ≤ ${GOAL_GZIP_BYTES / 1024} KB); loaded on Generate: ${(m.lazyGzip / 1024).toFixed(1)} KB gzip`);
  mergeResults({
    size: {
      measuredAt: new Date().toISOString(),
      gzipLevel: 9,
      ownGzipBytes: m.ownGzip,
      goalGzipBytes: GOAL_GZIP_BYTES,
      withinGoal: m.ownGzip <= GOAL_GZIP_BYTES,
      lazyOnGenerateGzipBytes: m.lazyGzip,
      // Asset file names carry content hashes; the names without them are enough to compare runs.
      own: m.own.map((f) => ({ ...f, file: f.file.replace(/-[\w-]{8}(\.\w+)$/, '$1') })),
      lazy: m.lazy.map((f) => ({ ...f, file: f.file.replace(/-[\w-]{8}(\.\w+)$/, '$1') })),
    },
  });
}
