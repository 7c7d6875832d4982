import { defineManifest } from '@crxjs/vite-plugin';
import { AWS_API_URL_PATTERNS, CONSOLE_URL_PATTERNS } from './platform/host-patterns.ts';

const consoles = [...CONSOLE_URL_PATTERNS];
// Chrome 119+ key, not yet in crxjs' manifest type; spread so the type check accepts it.
const alsoInOpaqueFrames = { match_origin_as_fallback: true };

export default defineManifest({
  manifest_version: 3,
  name: 'Trailform',
  version: '0.1.0',
  description: 'Record AWS console actions and turn them into a Terraform manifest.',
  // "world": "MAIN" in a manifest content script needs Chrome 111 and match_origin_as_fallback Chrome 119
  // (https://developer.chrome.com/docs/extensions/reference/manifest/content-scripts); older Chromes would
  // run the hook in the isolated world, where it sees none of the console's calls.
  minimum_chrome_version: '119',
  background: { service_worker: 'extension/background/service-worker.ts', type: 'module' },
  action: { default_popup: 'extension/popup/popup.html' },
  // CloudTrail credentials, matching settings, and dropping CloudTrail files.
  options_page: 'extension/options/options.html',
  permissions: [
    // storage: the recording switch survives service-worker restarts and is readable by the relay.
    'storage',
    // webRequest: observe console calls the page hook cannot see (workers, early or framed requests).
    'webRequest',
    // alarms: keep checking CloudTrail after a session stops, across service-worker restarts. The
    // CloudTrail endpoints (cloudtrail.<region>.amazonaws.com) are covered by the *.amazonaws.com host permission.
    'alarms',
  ],
  host_permissions: [
    // Console pages: webRequest needs access to the initiator origin as well as to the target.
    ...consoles,
    // AWS service API endpoints the console calls directly (incl. GovCloud; China under .amazonaws.com.cn).
    ...AWS_API_URL_PATTERNS,
  ],
  content_scripts: [
    {
      // Page-world hook on fetch/XHR; MAIN world at document_start so it wraps them before the console's
      // scripts run; all frames (and about:blank/srcdoc frames via match_origin_as_fallback).
      matches: consoles,
      js: ['extension/content/page-hook.iife.ts'],
      run_at: 'document_start',
      all_frames: true,
      ...alsoInOpaqueFrames,
      world: 'MAIN',
    },
    {
      // Isolated-world relay from the hook to the background.
      matches: consoles,
      js: ['extension/content/relay.iife.ts'],
      run_at: 'document_start',
      all_frames: true,
      ...alsoInOpaqueFrames,
    },
  ],
});
