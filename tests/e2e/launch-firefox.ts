// Launches Debian's firefox-esr (never a downloaded browser) headless through puppeteer-core over
// WebDriver BiDi, installs the built Firefox extension (dist-firefox/) as a temporary add-on, and
// routes the real AWS hostnames to the fake console:
// - Firefox has no --host-resolver-rules and network.dns.forceResolve keeps port 443, so the
//   network.proxy.* prefs send https traffic to a local CONNECT proxy (aws-proxy.ts) that tunnels AWS
//   hosts to the fake's loopback port;
// - the BiDi session's acceptInsecureCerts accepts the fake's self-signed certificate browser-wide,
//   the extension's own requests (CloudTrail) included;
// - extensions.webextensions.uuids fixes the moz-extension:// UUID, so extension pages have a known URL;
// - extensions.background.idle.timeout is shortened so the event page stops by itself (Firefox has
//   no remote command to stop it) and stopBackground() can wait for that.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../extension/manifest/firefox.ts';
import { startAwsProxy } from './aws-proxy.ts';
import { readStoreIn, type E2EBrowser, type E2ELaunchOptions, type E2EPage, type UploadFile } from './driver.ts';
import { waitFor } from './wait-for.ts';

export const FIREFOX_PATH = process.env['TRAILFORM_FIREFOX'] ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST_DIR = process.env['TRAILFORM_FIREFOX_DIST'] ?? resolve(import.meta.dirname, '..', '..', 'dist-firefox');
/** Any fixed UUID: the extension's pages are then at moz-extension://<this>/. */
const EXTENSION_UUID = '7a3e2c1b-4d5f-4e6a-9b8c-0d1e2f3a4b5c';
const BACKGROUND_IDLE_MS = 2_000;
const BACKGROUND_PAGE = '/_generated_background_page.html';

/**
 * Navigation that does not rely on puppeteer's load-event wait: Firefox 140 does not report the load of
 * moz-extension:// documents over BiDi (goto times out while the page is in fact loaded), so this waits
 * for the document itself.
 */
async function navigate(page: Page, url: string): Promise<void> {
  void page.goto(url, { waitUntil: [], timeout: 0 } as never).catch(() => {});
  await waitFor(async () => {
    try {
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
      return state.href === url && state.ready !== 'loading' ? true : undefined;
    } catch {
      return undefined; // the old document went away mid-call
    }
  }, () => `navigation to ${url}`, 30_000, 50);
}

function e2ePage(page: Page, uploads: string): E2EPage {
  return {
    goto: (url) => navigate(page, url),
    async reload() { await navigate(page, await page.evaluate(() => location.href)); },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg)) as E2EPage['evaluate'],
    async waitForFunction(fn, arg, timeoutMs) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs ?? 30_000, polling: 100 }, arg);
    },
    async waitForSelector(selector) { await page.waitForSelector(selector, { timeout: 30_000 }); },
    async click(selector) { await page.locator(selector).click(); },
    async fill(selector, value) { await page.locator(selector).fill(value); },
    textContent: (selector) => page.$eval(selector, (el) => el.textContent),
    async selectOption(selector, value) { await page.select(selector, value); },
    async setInputFile(selector, file: UploadFile | string) {
      let path = typeof file === 'string' ? file : join(mkdtempSync(join(uploads, 'up-')), file.name);
      if (typeof file !== 'string') writeFileSync(path, file.buffer);
      path = resolve(path);
      const input = await page.waitForSelector(selector, { timeout: 30_000 });
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: E2ELaunchOptions): Promise<E2EBrowser & { downloadsDir: string }> {
  const dist = options.distDir ?? FIREFOX_DIST_DIR;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run "npm run build:firefox" first`);
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  const base = join(process.env['TMPDIR'] ?? tmpdir(), 'trailform-firefox');
  mkdirSync(base, { recursive: true });
  const work = mkdtempSync(join(base, 'run-'));
  const downloadsDir = join(work, 'downloads');
  mkdirSync(downloadsDir);
  const proxy = await startAwsProxy(options.fakePort);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: join(work, 'profile'),
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
        // Downloads land in a known folder without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsDir,
        'browser.download.useDownloadDir': true,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/octet-stream,application/zip,application/json,text/plain',
        'browser.download.panel.shown': true,
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  await browser.installExtension(resolve(dist));
  const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const newPage = async (url?: string): Promise<E2EPage> => {
    const page = e2ePage(await browser.newPage(), work);
    if (url) await page.goto(url);
    return page;
  };
  const extensionPage = await newPage(extensionUrl('extension/options/options.html'));
  const backgroundRunning = (): Promise<boolean> => extensionPage.evaluate((path: string) =>
    chrome.extension.getViews().some((w) => w.location.pathname === path), BACKGROUND_PAGE);

  return {
    name: 'firefox',
    downloadsDir,
    extensionPage,
    extensionUrl,
    newPage,
    send: (type, payload) => extensionPage.evaluate((msg) => chrome.runtime.sendMessage(msg), { type, payload }) as never,
    readStore: (store) => readStoreIn(extensionPage, store),
    async stopBackground() {
      await waitFor(async () => (await backgroundRunning()) ? undefined : true, () => 'the event page to stop', BACKGROUND_IDLE_MS * 10, 100);
    },
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Waits for a finished download (Firefox writes `name.part` until done) and returns its path. */
export async function waitForDownload(dir: string, name: RegExp): Promise<string> {
  return waitFor(async () => {
    const files = readdirSync(dir);
    const done = files.find((f) => name.test(f) && !f.endsWith('.part'));
    return done && !files.some((f) => f === `${done}.part`) ? join(dir, done) : undefined;
  }, () => `a download matching ${name} in ${dir}: ${readdirSync(dir).join(', ')}`);
}
