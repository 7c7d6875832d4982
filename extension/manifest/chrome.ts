// The Chrome Web Store build (dist/): a module service worker, and content scripts that also run in
// about:blank/srcdoc frames of the console (match_origin_as_fallback, Chrome 119+).
import { defineManifest } from '@crxjs/vite-plugin';
import { PAGE_HOOK, RELAY, sharedManifest } from './shared.ts';

// Not yet in crxjs' manifest type; spread so the type check accepts it.
const alsoInOpaqueFrames = { match_origin_as_fallback: true };

export default defineManifest({
  ...sharedManifest,
  // "world": "MAIN" in a manifest content script needs Chrome 111 and match_origin_as_fallback Chrome 119
  // (https://developer.chrome.com/docs/extensions/reference/manifest/content-scripts); older Chromes would
  // run the hook in the isolated world, where it sees none of the console's calls.
  minimum_chrome_version: '119',
  background: { service_worker: 'extension/background/service-worker.ts', type: 'module' },
  // CloudTrail credentials, matching settings, and dropping CloudTrail files.
  options_page: 'extension/options/options.html',
  content_scripts: [{ ...PAGE_HOOK, ...alsoInOpaqueFrames }, { ...RELAY, ...alsoInOpaqueFrames }],
});
