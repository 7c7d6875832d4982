import browser from 'webextension-polyfill';
import { missingHostAccess } from './host-access.ts';

const ONBOARDING_PAGE = 'extension/onboarding/onboarding.html';

/**
 * On first install, opens the onboarding page if any host permission is missing (Firefox may install
 * without them; Chrome grants them at install, so there nothing opens). Register at the top level.
 */
export function openOnboardingOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void missingHostAccess().then((missing) => {
      if (missing.length > 0) return browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
      return undefined;
    }).catch(() => {});
  });
}
