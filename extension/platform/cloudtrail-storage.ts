// CloudTrail credentials and settings in extension storage. Credentials live in storage.session by
// default (memory only, gone when the browser closes: https://developer.chrome.com/docs/extensions/reference/api/storage#property-session);
// storage.local only when the user opts in to remembering them.
import browser from 'webextension-polyfill';
import type { AwsCredentials } from '../cloudtrail/credentials.ts';
import type { StartHistory } from '../cloudtrail/rate-limiter.ts';
import { CLOUDTRAIL_SETTINGS_KEY, parseCloudTrailSettings, type CloudTrailSettings } from '../cloudtrail/settings.ts';

export const CREDENTIALS_KEY = 'trailform.cloudtrail.credentials';

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
  const local = parseStored((await browser.storage.local.get(CREDENTIALS_KEY))[CREDENTIALS_KEY]);
  return local ? { credentials: local, remembered: true } : null;
}

export async function saveCredentials(credentials: AwsCredentials, remember: boolean): Promise<void> {
  if (remember) {
    await browser.storage.local.set({ [CREDENTIALS_KEY]: credentials });
    await browser.storage.session.remove(CREDENTIALS_KEY);
  } else {
    await browser.storage.session.set({ [CREDENTIALS_KEY]: credentials });
    await browser.storage.local.remove(CREDENTIALS_KEY);
  }
}

export async function forgetCredentials(): Promise<void> {
  await Promise.all([browser.storage.session.remove(CREDENTIALS_KEY), browser.storage.local.remove(CREDENTIALS_KEY)]);
}

export async function readCloudTrailSettings(): Promise<CloudTrailSettings> {
  return parseCloudTrailSettings((await browser.storage.local.get(CLOUDTRAIL_SETTINGS_KEY))[CLOUDTRAIL_SETTINGS_KEY]);
}

export async function saveCloudTrailSettings(settings: Partial<CloudTrailSettings>): Promise<void> {
  const current = await readCloudTrailSettings();
  await browser.storage.local.set({ [CLOUDTRAIL_SETTINGS_KEY]: { ...current, ...settings } });
}

/** Calls `fn` when credentials are saved (either area). */
export function onCredentialsChanged(fn: () => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (changes[CREDENTIALS_KEY]?.newValue !== undefined) fn();
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
