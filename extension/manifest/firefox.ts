// The addons.mozilla.org build (dist-firefox/). Firefox runs MV3 backgrounds as event pages
// (background.scripts; it has no extension service workers), needs an add-on id, and supports
// world: "MAIN" content scripts from 128 on
// (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/content_scripts).
// data_collection_permissions "none": nothing leaves the device except the user's own CloudTrail
// LookupEvents calls (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/).
import { defineManifest } from '@crxjs/vite-plugin';
import { PAGE_HOOK, RELAY, sharedManifest } from './shared.ts';

export const GECKO_ID = 'trailform@trailform.dev';

// Firefox puts MV3 action buttons in the extensions menu unless default_area says the toolbar
// (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/action).
// Not in crxjs' manifest type; spread so the type check accepts it.
const onToolbar = { default_area: 'navbar' };

export default defineManifest({
  ...sharedManifest,
  action: { ...sharedManifest.action, ...onToolbar },
  background: { scripts: ['extension/background/service-worker.ts'], type: 'module' },
  options_ui: { page: 'extension/options/options.html', open_in_tab: true },
  content_scripts: [PAGE_HOOK, RELAY],
  browser_specific_settings: {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '128.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
});
