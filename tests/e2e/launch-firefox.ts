// Launches Debian's firefox-esr (never a downloaded browser) headless through puppeteer-core over
// WebDriver BiDi, installs the built Firefox extension (dist-firefox/) as a temporary add-on, and
// routes the real AWS hostnames to the fake console:
// - Firefox has no --host-resolver-rules and network.dns.forceResolve keeps port 443, so the
//   network.proxy.* prefs send https traffic to a local CONNECT proxy (aws-proxy.ts) that tunnels AWS
//   hosts to the fake's loopback port;
// - the BiDi session's acceptInsecureCerts accepts the fake's self-signed certificate browser-wide,
//   the extension's own requests (CloudTrail) included;
// - extensions.webextensions.uuids fixes the moz-extension:// UUID, so extension pages have a known URL;
// - the event page is stopped as a developer would, with about:debugging's "Terminate background
//   script" (BiDi may script that privileged page only with --remote-allow-system-access), and
//   extension.getViews() tells when it has stopped.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../extension/manifest/firefox.ts';
import { startAwsProxy } from './aws-proxy.ts';
import { readStoreIn, type E2EBrowser, type E2ELaunchOptions, type E2EPage, type UploadFile } from './driver.ts';
import { waitFor } from './wait-for.ts';

export const FIREFOX_PATH = process.env['TRAILFORM_FIREFOX'] ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST_DIR = process.env['TRAILFORM_FIREFOX_DIST'] ?? resolve(import.meta.dirname, '..', '..', 'dist-firefox');
/** Any fixed UUID: the extension's pages are then at moz-extension://<this>/. */
const EXTENSION_UUID = '7a3e2c1b-4d5f-4e6a-9b8c-0d1e2f3a4b5c';
const BACKGROUND_PAGE = '/_generated_background_page.html';
/** Set on the running event page's window by stopBackground, to tell it from one started after. */
const STOP_MARK = 'trailformE2eStopMark';

/**
 * Navigation that does not rely on puppeteer's load-event wait: Firefox 140 does not report the load of
 * moz-extension:// documents over BiDi (goto times out while the page is in fact loaded), so this waits
 * for the document itself.
 */
async function navigate(page: Page, url: string): Promise<void> {
  // Marks the current document, so a reload (same URL) is not mistaken for the loaded new one.
  await page.evaluate(() => { (window as unknown as { e2eLeaving?: boolean }).e2eLeaving = true; }).catch(() => {});
  void page.goto(url, { waitUntil: [], timeout: 0 } as never).catch(() => {});
  await waitFor(async () => {
    try {
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState, old: (window as unknown as { e2eLeaving?: boolean }).e2eLeaving === true }));
      return state.href === url && !state.old && state.ready !== 'loading' ? true : undefined;
    } catch {
      return undefined; // the old document went away mid-call
    }
  }, () => `navigation to ${url}`, 30_000, 50);
}

/**
 * The browser-neutral view of a puppeteer page. DOM actions run as page scripts, not through element
 * handles: Firefox 140's BiDi cannot serialize nodes of moz-extension:// documents ("node.ownerGlobal
 * is null"), so handle-based click/fill/uploadFile fail on the extension's own pages. Clicks are
 * HTMLElement.click(); values are set with the input events a user's typing fires.
 */
function e2ePage(page: Page): E2EPage {
  const inPage = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => page.evaluate(fn as never, arg) as Promise<R>;
  // Polled from here, not with page.waitForFunction: puppeteer's in-page poller is built with
  // Function(), which the extension pages' content security policy blocks.
  const poll = async <A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 30_000): Promise<void> => {
    await waitFor(async () => {
      try {
        return (await page.evaluate(fn as never, arg)) ? true : undefined;
      } catch {
        return undefined; // navigating
      }
    }, () => `page condition ${fn.toString().slice(0, 160)}`, timeoutMs, 100);
  };
  const present = (selector: string): Promise<void> => poll((sel: string) => document.querySelector(sel) !== null, selector);
  /** Waits for `selector`, then runs `act` in the page with the element (self-contained: it is sent as source). */
  const withElement = async <A>(selector: string, act: (sel: string, arg: A) => void, arg: A): Promise<void> => {
    await present(selector);
    await page.evaluate(act as never, selector, arg);
  };
  return {
    goto: (url) => navigate(page, url),
    async reload() { await navigate(page, await page.evaluate(() => location.href)); },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg)) as E2EPage['evaluate'],
    waitForFunction: (fn, arg, timeoutMs) => poll(fn, arg as never, timeoutMs),
    waitForSelector: present,
    click: (selector) => withElement(selector, (sel) => {
      const el = document.querySelector<HTMLElement>(sel)!;
      el.focus();
      el.click();
    }, null),
    fill: (selector, value) => withElement(selector, (sel, v: string) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      input.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
      if (setter) setter.call(input, v); else input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value),
    textContent: (selector) => inPage((sel: string) => document.querySelector(sel)?.textContent ?? null, selector),
    // Like Playwright's selectOption, waits until the option exists (lists are often filled in later).
    selectOption: async (selector, value) => {
      await poll(({ sel, v }: { sel: string; v: string }) => [...document.querySelector<HTMLSelectElement>(sel)?.options ?? []].some((o) => o.value === v), { sel: selector, v: value });
      await withElement(selector, (sel, v: string) => {
      const el = document.querySelector<HTMLSelectElement>(sel)!;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    },
    async setInputFile(selector, file: UploadFile | string) {
      const f = typeof file === 'string'
        ? { name: basename(file), mimeType: 'application/octet-stream', buffer: readFileSync(file) }
        : file;
      await withElement(selector, (sel, d: { name: string; type: string; base64: string }) => {
        const el = document.querySelector<HTMLInputElement>(sel)!;
        const bytes = Uint8Array.from(atob(d.base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], d.name, { type: d.type }));
        el.files = transfer.files;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, { name: f.name, type: f.mimeType, base64: f.buffer.toString('base64') });
    },
    async userClick(selector) {
      await present(selector);
      const at = await inPage((sel: string) => {
        const el = document.querySelector(sel)!;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, selector);
      await page.mouse.click(at.x, at.y);
    },
    clickText: (selector, text) => withElement(selector, (sel, t: string) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.textContent?.includes(t));
      if (!el) throw new Error(`no ${sel} with text ${t}`);
      el.focus();
      el.click();
    }, text),
    texts: (selector) => inPage((sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector),
    press: (key) => page.keyboard.press(key as never),
    async setViewport(width, height) {
      // puppeteer also sends emulation.setScreenOrientationOverride, which Firefox 140 does not know;
      // the viewport itself (browsingContext.setViewport) is set before that.
      await page.setViewport({ width, height }).catch((error: Error) => {
        if (!/setScreenOrientationOverride/.test(error.message)) throw error;
      });
    },
    async bringToFront() { await page.bringToFront(); },
    async screenshot(selector, path) {
      // A clip of the page (element handles are unavailable on extension pages); the colour scheme
      // cannot be emulated over BiDi, so the browser's own (light) is shot.
      await present(selector);
      const clip = await inPage((sel: string) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: Math.max(1, r.width), height: Math.max(1, r.height) };
      }, selector);
      await page.screenshot({ path: path as `${string}.png`, clip, captureBeyondViewport: true });
      return false;
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: E2ELaunchOptions): Promise<E2EBrowser & { downloadsDir: string }> {
  const dist = options.distDir ?? FIREFOX_DIST_DIR;
  // A directory (dist-firefox/) or a packaged .zip (what addons.mozilla.org receives).
  if (!(dist.endsWith('.zip') ? existsSync(dist) : existsSync(join(dist, 'manifest.json')))) throw new Error(`No built extension in ${dist}: run "npm run build:firefox" first`);
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
      args: ['--remote-allow-system-access'],
      userDataDir: join(work, 'profile'),
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Downloads land in a known folder without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsDir,
        'browser.download.useDownloadDir': true,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/octet-stream,application/zip,application/json,text/plain',
        'browser.download.panel.shown': true,
        'dom.events.testing.asyncClipboard': true,
        // permissions.request grants without its doorhanger (Firefox's switch for tests); the request
        // itself, and its need for a user gesture, are unchanged.
        'extensions.webextOptionalPermissionPrompts': false,
        // Every console message (of tabs, extension pages and the event page) is also printed on the
        // browser's stdout, which the driver reads: BiDi reports only tabs' consoles, not the event page's.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  // Each stream's chunks, joined before they are split into lines (a chunk may end mid-line).
  const printed = { stdout: [] as string[], stderr: [] as string[] };
  const output = browser.process();
  output?.stdout?.on('data', (chunk: Buffer) => printed.stdout.push(chunk.toString('utf8')));
  output?.stderr?.on('data', (chunk: Buffer) => printed.stderr.push(chunk.toString('utf8')));
  try {
    await browser.installExtension(resolve(dist));
  } catch (error) {
    await browser.close().catch(() => {});
    await proxy.close();
    throw error;
  }
  const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const newPage = async (url?: string): Promise<E2EPage> => {
    const page = e2ePage(await browser.newPage());
    if (url) await page.goto(url);
    return page;
  };
  const extensionPage = await newPage(extensionUrl('extension/options/options.html'));
  // Opened now, so that stopping is one click at the moment the test asks (as quick as Chromium's CDP stop).
  const debugging = await browser.newPage();
  void debugging.goto('about:debugging#/runtime/this-firefox').catch(() => {});
  const backgroundRunning = (): Promise<boolean> => extensionPage.evaluate((path: string) =>
    chrome.extension.getViews().some((w) => w.location.pathname === path), BACKGROUND_PAGE);

  return {
    name: 'firefox',
    distDir: dist,
    downloadsDir,
    extensionPage,
    extensionUrl,
    newPage,
    send: (type, payload) => extensionPage.evaluate((msg) => chrome.runtime.sendMessage(msg), { type, payload }) as never,
    readStore: (store) => readStoreIn(extensionPage, store),
    async stopBackground() {
      // The running event page is marked first: an open popup polls every second and so starts a new
      // event page at once (as it restarts Chromium's worker), which a plain "is one running?" may see
      // before the gap does. Stopped = the marked one is gone.
      await extensionPage.evaluate(({ path, mark }) => {
        for (const w of chrome.extension.getViews()) if (w.location.pathname === path) (w as unknown as Record<string, boolean>)[mark] = true;
      }, { path: BACKGROUND_PAGE, mark: STOP_MARK });
      await waitFor(() => debugging.evaluate((name: string) => {
        const card = [...document.querySelectorAll('li')].find((li) => li.textContent?.includes(name) && li.querySelector('button'));
        const button = [...card?.querySelectorAll('button') ?? []].find((b) => /Terminate background script/.test(b.textContent ?? ''));
        button?.click();
        return button ? true : undefined;
      }, 'Trailform').catch(() => undefined), () => 'about:debugging to list Trailform with "Terminate background script"', 20_000, 100);
      const markedRunning = (): Promise<boolean> => extensionPage.evaluate(({ path, mark }) =>
        chrome.extension.getViews().some((w) => w.location.pathname === path && (w as unknown as Record<string, boolean>)[mark] === true), { path: BACKGROUND_PAGE, mark: STOP_MARK });
      await waitFor(async () => (await markedRunning()) ? undefined : true, () => 'the event page to stop', 10_000, 50);
    },
    async download(view, selector, saveDir) {
      const before = new Set(readdirSync(downloadsDir));
      await view.click(selector);
      const path = await waitForDownload(downloadsDir, /./, before);
      const name = basename(path);
      copyFileSync(path, join(saveDir, name));
      return { name, path: join(saveDir, name) };
    },
    // navigator.clipboard.readText needs the clipboardRead permission (which Trailform does not ask
    // for) or a user's paste; the dom.events.testing.asyncClipboard pref set at launch is Firefox's own
    // switch for tests.
    readClipboard: (view) => view.evaluate(() => navigator.clipboard.readText()),
    consoleMessages: () => [...printed.stdout.join('').split('\n'), ...printed.stderr.join('').split('\n')],
    async logInBackground(text) {
      if (!(await backgroundRunning())) await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'recording/get-status', payload: {} }));
      await extensionPage.evaluate(({ path, t }) => {
        const background = chrome.extension.getViews().find((w) => w.location.pathname === path);
        if (!background) throw new Error('the event page is not running');
        (background as Window & typeof globalThis).console.log(t);
      }, { path: BACKGROUND_PAGE, t: text });
    },
    // Found by the document's own location.href: puppeteer's page.url() may still say about:blank,
    // since Firefox 140 does not report the load of moz-extension:// documents over BiDi.
    async tabOpenedBy(urlPrefix, trigger, timeoutMs = 60_000) {
      const before = new Set(await browser.pages());
      await trigger();
      const page = await waitFor(async () => {
        for (const candidate of await browser.pages()) {
          if (before.has(candidate)) continue;
          const href = await candidate.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
          if (href.startsWith(urlPrefix)) return candidate;
        }
        return undefined;
      }, () => `a new tab at ${urlPrefix}`, timeoutMs, 100);
      return e2ePage(page);
    },
    async downloadWithin(view, selector, saveDir, timeoutMs) {
      const before = new Set(readdirSync(downloadsDir));
      await view.click(selector);
      const path = await waitForDownload(downloadsDir, /./, before, timeoutMs);
      const name = basename(path);
      copyFileSync(path, join(saveDir, name));
      return { name, path: join(saveDir, name) };
    },
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for a finished download and returns its path. Firefox creates the final name empty at once and
 * writes `name.part` until done, so a download is finished when no .part is left and its size has held
 * for one more poll.
 */
export async function waitForDownload(dir: string, name: RegExp, ignore: ReadonlySet<string> = new Set(), timeoutMs = 20_000): Promise<string> {
  let last: { file: string; size: number } | null = null;
  return waitFor(async () => {
    const files = readdirSync(dir);
    if (files.some((f) => f.endsWith('.part'))) return undefined;
    const file = files.find((f) => !ignore.has(f) && name.test(f));
    if (!file) return undefined;
    const size = statSync(join(dir, file)).size;
    const stable = last !== null && last.file === file && last.size === size && size > 0;
    last = { file, size };
    return stable ? join(dir, file) : undefined;
  }, () => `a download matching ${name} in ${dir}: ${readdirSync(dir).join(', ')}`, timeoutMs);
}
