// npm run package: builds both browsers' extensions and writes the store uploads to packages/:
//   trailform-chrome-<version>.zip          for the Chrome Web Store (dist/)
//   trailform-firefox-<version>.zip         for addons.mozilla.org (dist-firefox/)
//   trailform-firefox-<version>-source.zip  the source AMO asks for with bundled code: every file
//                                           git tracks, plus BUILD.md (how to rebuild the exact zip)
// The version is package.json's, which the manifests also read. Refuses to package when web-ext
// lint reports errors on the Firefox build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipDirectory, zipFiles } from './package-zip.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'packages');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const version = pkg.version;

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function manifestVersion(dist: string): string {
  return (JSON.parse(readFileSync(join(ROOT, dist, 'manifest.json'), 'utf8')) as { version: string }).version;
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
for (const dist of ['dist', 'dist-firefox']) {
  if (manifestVersion(dist) !== version) throw new Error(`${dist}/manifest.json has version ${manifestVersion(dist)}, package.json ${version}`);
}
run('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'text']);

mkdirSync(OUT, { recursive: true });
const chrome = join(OUT, `trailform-chrome-${version}.zip`);
const firefox = join(OUT, `trailform-firefox-${version}.zip`);
const source = join(OUT, `trailform-firefox-${version}-source.zip`);
writeFileSync(chrome, zipDirectory(join(ROOT, 'dist')));
writeFileSync(firefox, zipDirectory(join(ROOT, 'dist-firefox')));
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f !== '');
writeFileSync(source, zipFiles(ROOT, tracked, { 'BUILD.md': readFileSync(join(ROOT, 'docs', 'amo-build.md'), 'utf8') }));
for (const file of [chrome, firefox, source]) console.log(`${file.slice(ROOT.length + 1)}  ${readFileSync(file).length} bytes`);
