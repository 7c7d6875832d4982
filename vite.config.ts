import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './extension/manifest.config';

export default defineConfig({
  plugins: [crx({ manifest })],
  // The review tab is an extension page the manifest does not name; its Generate runs in a module worker.
  build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: { review: 'extension/review/review.html' } } },
  worker: { format: 'es' },
});
