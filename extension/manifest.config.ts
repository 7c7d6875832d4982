import { defineManifest } from '@crxjs/vite-plugin';

export default defineManifest({
  manifest_version: 3,
  name: 'Trailform',
  version: '0.1.0',
  description: 'Record AWS console actions and turn them into a Terraform manifest.',
  background: { service_worker: 'extension/background/service-worker.ts', type: 'module' },
  action: { default_popup: 'extension/popup/popup.html' },
});
