import { configDefaults, defineConfig } from 'vitest/config';
import chromium from './vitest.e2e.config.ts';

// The same end-to-end tests as vitest.e2e.config.ts, in Debian's firefox-esr (tests/e2e/driver.ts picks
// the browser from TRAILFORM_BROWSER). They expect `npm run build:firefox` to have produced dist-firefox/.
export default defineConfig({
  test: {
    ...chromium.test,
    // Asks Chromium's service worker directly; Firefox's event page has no such view.
    exclude: [...configDefaults.exclude, 'tests/e2e/web-request-listening.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    env: { ...chromium.test?.env, TRAILFORM_BROWSER: 'firefox' },
  },
});
