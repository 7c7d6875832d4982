#!/usr/bin/env node
// npm test: builds the extension for both browsers, runs the unit suite and the end-to-end suite in
// Debian's Chromium and in Debian's firefox-esr, and ends with one line `N passed, N failed` (CI reads that line; vitest's own summary it does not).
// Pass --unit to skip the browser suite.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const unitOnly = process.argv.includes('--unit');
const out = join('.e2e-tmp', 'reports');
mkdirSync(out, { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env } });
  return r.status ?? 1;
}

function vitest(name, extraArgs) {
  const file = join(out, `${name}.json`);
  const code = run('npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, code };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load has no tests but counts as a failure.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
    code,
  };
}

const suites = [vitest('unit', [])];
if (!unitOnly) {
  const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (build !== 0) suites.push({ passed: 0, failed: 1, skipped: 0, code: build });
  else suites.push(vitest('e2e', ['-c', 'vitest.e2e.config.ts']));
  const buildFirefox = run('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'warn']);
  if (buildFirefox !== 0) suites.push({ passed: 0, failed: 1, skipped: 0, code: buildFirefox });
  else suites.push(vitest('e2e-firefox', ['-c', 'vitest.e2e.firefox.config.ts']));
}
const total = suites.reduce((a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
const failed = total.failed + suites.filter((s) => s.code !== 0 && s.failed === 0).length;
console.log(`${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = failed === 0 && total.passed > 0 ? 0 : 1;
