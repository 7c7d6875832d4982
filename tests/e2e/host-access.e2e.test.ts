// End to end in both browsers: the onboarding page and the popup tell whether the AWS hosts are
// granted. In Firefox, where users can withhold host permissions, a revoked console host makes the
// popup say so plainly and offer to ask again (permissions.request). Chrome grants host permissions at
// install and does not let them be removed, so there the withheld case cannot arise.
import { startFakeConsole, type FakeConsole } from '../fake-console/server.ts';
import { E2E_BROWSER, launchE2EBrowser, type E2EBrowser } from './driver.ts';
import { openPopupPage } from './popup-flow.ts';

let fake: FakeConsole;
let browser: E2EBrowser;

beforeAll(async () => {
  fake = await startFakeConsole();
  browser = await launchE2EBrowser({ fakePort: fake.port });
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('host access', () => {
  test('with every host granted, onboarding says all set and the popup shows no notice', async () => {
    const onboarding = await browser.newPage(browser.extensionUrl('extension/onboarding/onboarding.html'));
    await onboarding.waitForSelector('main[data-ready="true"]');
    expect(await onboarding.textContent('#host-access-ok')).toContain('All set');
    await onboarding.close();
    const popup = await openPopupPage(browser);
    expect(await popup.texts('[data-testid="host-access"]')).toEqual([]);
    await popup.close();
  });

  if (E2E_BROWSER === 'firefox') {
    test('Firefox: a withheld console host is named in the popup and on the onboarding page, and Grant access asks for it', async () => {
      const removed = await browser.extensionPage.evaluate(() => chrome.permissions.remove({ origins: ['https://*.console.aws.amazon.com/*'] }));
      expect(removed).toBe(true);
      const popup = await openPopupPage(browser);
      await popup.waitForSelector('[data-testid="host-access"]');
      const notice = await popup.textContent('[data-testid="host-access"]');
      expect(notice).toContain('no access to the AWS console');
      expect(notice).toContain('https://*.console.aws.amazon.com/*');
      expect(notice).not.toContain('AWS API hosts');
      expect(await popup.texts('#grant-host-access')).toEqual(['Grant access']);

      const onboarding = await browser.newPage(browser.extensionUrl('extension/onboarding/onboarding.html'));
      await onboarding.waitForSelector('#host-access-missing');
      expect(await onboarding.textContent('#host-access-missing')).toContain('https://*.console.aws.amazon.com/*');

      // "Grant access" asks with permissions.request (the test profile answers yes without a prompt);
      // the popup sees the grant and the notice goes away.
      await popup.bringToFront();
      await popup.userClick('#grant-host-access');
      await popup.waitForFunction(() => document.querySelector('[data-testid="host-access"]') === null, undefined, 10_000)
        .catch(async (error: Error) => { throw new Error(`${error.message}; notice: ${await popup.textContent('[data-testid="host-access"]')}`); });
      const granted = await browser.extensionPage.evaluate(() => chrome.permissions.contains({ origins: ['https://*.console.aws.amazon.com/*'] }));
      expect(granted).toBe(true);
      await onboarding.waitForSelector('#host-access-ok');
    });
  }
});
