// Builds the extension into a temporary directory and opens it in Debian's Chromium (headless), for the
// popup benchmarks. No console is visited: the resolver rules point at a closed port. close() also
// removes the build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/launch.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Browser profiles of the benchmarks go under .e2e-tmp (as the e2e suites'), unless TMPDIR says otherwise. */
export function useBenchTmpdir(): void {
  process.env['TMPDIR'] ??= join(ROOT, '.e2e-tmp');
  mkdirSync(process.env['TMPDIR'], { recursive: true });
}

export async function launchBuiltExtension(name: string): Promise<ExtensionBrowser> {
  const dist = mkdtempSync(join(tmpdir(), `trailform-${name}-`));
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (build.status !== 0) throw new Error('vite build failed');
  useBenchTmpdir();
  const browser = await launchWithExtension({ fakePort: 9, distDir: dist });
  return {
    ...browser,
    close: async () => {
      try { await browser.close(); } finally { rmSync(dist, { recursive: true, force: true }); }
    },
  };
}
