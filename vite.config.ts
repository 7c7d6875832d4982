import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import chromeManifest from './extension/manifest/chrome.ts';
import firefoxManifest from './extension/manifest/firefox.ts';

// `vite build` writes the Chrome build to dist/; `vite build --mode firefox` the Firefox build to dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [crx({ manifest: firefox ? firefoxManifest : chromeManifest, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Pages the manifest does not name: the onboarding page opened after install, and the review tab
      // (its Generate runs in a module worker).
      rollupOptions: { input: { onboarding: 'extension/onboarding/onboarding.html', review: 'extension/review/review.html' } },
    },
    worker: { format: 'es' },
  };
});
