// The part of the manifest both browsers share: name, version (from package.json, so the store zips and
// the manifest never disagree), permissions, hosts, icons and the console content scripts. The Chrome
// and Firefox manifests (chrome.ts, firefox.ts) add only what differs; docs/store-listing.md justifies
// every permission and host pattern listed here.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from '../../package.json' with { type: 'json' };
import { AWS_API_URL_PATTERNS, CONSOLE_URL_PATTERNS } from '../platform/host-patterns.ts';

type Manifest = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;

const CONSOLES = [...CONSOLE_URL_PATTERNS];

const ICONS = {
  16: 'extension/icons/icon-16.png',
  32: 'extension/icons/icon-32.png',
  48: 'extension/icons/icon-48.png',
  128: 'extension/icons/icon-128.png',
} as const;

/** Page-world hook on fetch/XHR: MAIN world at document_start so it wraps them before the console's scripts run. */
export const PAGE_HOOK = {
  matches: CONSOLES,
  js: ['extension/content/page-hook.iife.ts'],
  run_at: 'document_start',
  all_frames: true,
  world: 'MAIN' as const,
};

/** Isolated-world relay from the hook to the background. */
export const RELAY = {
  matches: CONSOLES,
  js: ['extension/content/relay.iife.ts'],
  run_at: 'document_start',
  all_frames: true,
};

export const sharedManifest = {
  manifest_version: 3,
  name: 'Trailform',
  version: pkg.version,
  description: 'Record AWS console actions and turn them into a Terraform manifest.',
  icons: ICONS,
  action: { default_popup: 'extension/popup/popup.html', default_icon: ICONS, default_title: 'Trailform' },
  permissions: [
    // storage: the recording switch survives background restarts and is readable by the relay.
    'storage',
    // webRequest: observe console calls the page hook cannot see (workers, early or framed requests).
    'webRequest',
    // alarms: keep checking CloudTrail after a session stops, across background restarts. The
    // CloudTrail endpoints (cloudtrail.<region>.amazonaws.com) are covered by the *.amazonaws.com host permission.
    'alarms',
  ],
  host_permissions: [
    // Console pages: webRequest needs access to the initiating origin as well as to the target.
    ...CONSOLES,
    // AWS service API endpoints the console calls directly (incl. GovCloud; China under .amazonaws.com.cn).
    ...AWS_API_URL_PATTERNS,
  ],
} satisfies Manifest;
