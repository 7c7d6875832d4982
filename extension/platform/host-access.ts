// Host access the user granted. Firefox lets users withhold or revoke an MV3 extension's host
// permissions (https://extensionworkshop.com/documentation/develop/manifest-v3-migration-guide/),
// so the popup and the onboarding page ask which manifest host patterns are granted and request the
// rest with permissions.request (which must run in a click handler).
import browser from 'webextension-polyfill';
import { missingHostPatterns } from './host-access-view.ts';

/** The manifest's host patterns the user has not granted (empty when all are). */
export async function missingHostAccess(): Promise<string[]> {
  const granted = await browser.permissions.getAll();
  return missingHostPatterns(granted.origins ?? []);
}

/**
 * Asks for `origins` (the missing patterns the caller already knows). Call it synchronously in a click
 * handler: Firefox refuses permissions.request once the handler has awaited anything ("may only be
 * called from a user input handler"). Resolves to whether the user granted them.
 */
export function requestHostAccess(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] });
}

/** Calls `fn` whenever the user grants or revokes permissions (also from the add-ons manager). */
export function onHostAccessChange(fn: () => void): () => void {
  const listener = (): void => fn();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
