// CloudTrail credentials and settings in extension storage. Credentials live in storage.session by
// default (memory only, gone when the browser closes, and by default not exposed to content scripts:
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-session). Remembered ones
// go to an IndexedDB database of the extension's own origin (credential-vault.ts), never to
// storage.local: content scripts can read storage.local, and the relay runs inside console pages.
import browser from 'webextension-polyfill';
import { clearVaultCredentials, readVaultCredentials, writeVaultCredentials } from './credential-vault.ts';
import type { AwsCredentials } from '../cloudtrail/credentials.ts';
import type { StartHistory } from '../cloudtrail/rate-limiter.ts';
import { CLOUDTRAIL_SETTINGS_KEY, parseCloudTrailSettings, type CloudTrailSettings } from '../cloudtrail/settings.ts';

const CREDENTIALS_KEY = 'trailform.cloudtrail.credentials';

function parseStored(v: unknown): AwsCredentials | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.accessKeyId !== 'string' || typeof o.secretAccessKey !== 'string') return null;
  return {
    accessKeyId: o.accessKeyId,
    secretAccessKey: o.secretAccessKey,
    sessionToken: typeof o.sessionToken === 'string' ? o.sessionToken : null,
    expiresAt: typeof o.expiresAt === 'number' ? o.expiresAt : null,
  };
}

export interface StoredCredentials { credentials: AwsCredentials; remembered: boolean }

export async function readCredentials(): Promise<StoredCredentials | null> {
  const session = parseStored((await browser.storage.session.get(CREDENTIALS_KEY))[CREDENTIALS_KEY]);
  if (session) return { credentials: session, remembered: false };
  // Earlier versions remembered credentials in storage.local: move them out of content scripts' reach.
  const legacy = parseStored((await browser.storage.local.get(CREDENTIALS_KEY))[CREDENTIALS_KEY]);
  if (legacy) {
    await writeVaultCredentials(legacy);
    await browser.storage.local.remove(CREDENTIALS_KEY);
  }
  const remembered = parseStored(await readVaultCredentials());
  return remembered ? { credentials: remembered, remembered: true } : null;
}

export async function saveCredentials(credentials: AwsCredentials, remember: boolean): Promise<void> {
  if (remember) {
    await writeVaultCredentials(credentials);
    await browser.storage.session.remove(CREDENTIALS_KEY);
  } else {
    await browser.storage.session.set({ [CREDENTIALS_KEY]: credentials });
    await clearVaultCredentials();
  }
  await browser.storage.local.remove(CREDENTIALS_KEY);
  notifyCredentialsSaved();
}

export async function forgetCredentials(): Promise<void> {
  await Promise.all([browser.storage.session.remove(CREDENTIALS_KEY), browser.storage.local.remove(CREDENTIALS_KEY), clearVaultCredentials()]);
}

const CREDENTIALS_SAVED_KEY = 'trailform.cloudtrail.credentials-saved-at';

/** Remembered credentials change in IndexedDB, which has no change event: a timestamp in storage.session stands in. */
function notifyCredentialsSaved(): void {
  void browser.storage.session.set({ [CREDENTIALS_SAVED_KEY]: Date.now() }).catch(() => {});
}

export async function readCloudTrailSettings(): Promise<CloudTrailSettings> {
  return parseCloudTrailSettings((await browser.storage.local.get(CLOUDTRAIL_SETTINGS_KEY))[CLOUDTRAIL_SETTINGS_KEY]);
}

export async function saveCloudTrailSettings(settings: Partial<CloudTrailSettings>): Promise<void> {
  const current = await readCloudTrailSettings();
  await browser.storage.local.set({ [CLOUDTRAIL_SETTINGS_KEY]: { ...current, ...settings } });
}

/** Calls `fn` when credentials are saved (either way). */
export function onCredentialsChanged(fn: () => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (changes[CREDENTIALS_KEY]?.newValue !== undefined || changes[CREDENTIALS_SAVED_KEY]?.newValue !== undefined) fn();
  });
}

const LOOKUP_STARTS_KEY = 'trailform.cloudtrail.lookup-starts';

/** Recent LookupEvents starts per account and region, in storage.session, for the rate limiter. */
export const lookupStartHistory: StartHistory = {
  async load() {
    const v = (await browser.storage.session.get(LOOKUP_STARTS_KEY))[LOOKUP_STARTS_KEY];
    if (typeof v !== 'object' || v === null) return {};
    const out: Record<string, number[]> = {};
    for (const [k, times] of Object.entries(v as Record<string, unknown>)) {
      if (Array.isArray(times)) out[k] = times.filter((t): t is number => typeof t === 'number');
    }
    return out;
  },
  save(key, starts) {
    // Read-modify-write without awaiting: losing one update only weakens the guard for a restart.
    void browser.storage.session.get(LOOKUP_STARTS_KEY).then((stored) => {
      const all = { ...((stored[LOOKUP_STARTS_KEY] as Record<string, number[]> | undefined) ?? {}), [key]: [...starts] };
      return browser.storage.session.set({ [LOOKUP_STARTS_KEY]: all });
    }).catch(() => {});
  },
};
