import browser from 'webextension-polyfill';

/** Opens the extension's options page (CloudTrail credentials and settings). */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
