import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const tmp = resolve(import.meta.dirname, '.e2e-tmp');
mkdirSync(tmp, { recursive: true });

// End-to-end tests in Debian's Chromium. They expect `npx vite build` to have produced dist/.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TMPDIR: tmp },
  },
});
