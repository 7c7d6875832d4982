import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const tmp = resolve(import.meta.dirname, '.e2e-tmp');
mkdirSync(tmp, { recursive: true });

// The same end-to-end tests as vitest.e2e.config.ts, in Debian's firefox-esr (tests/e2e/driver.ts picks
// the browser from TRAILFORM_BROWSER). They expect `npm run build:firefox` to have produced dist-firefox/.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    env: { TMPDIR: tmp, TRAILFORM_BROWSER: 'firefox' },
  },
});
