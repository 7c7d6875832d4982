import browser from 'webextension-polyfill';

/** Runs `fn` when the browser starts or the extension is installed/updated (e.g. to restore the badge). */
export function onBrowserStart(fn: () => void): void {
  browser.runtime.onStartup.addListener(fn);
  browser.runtime.onInstalled.addListener(() => fn());
}
