// Launches Debian's Chromium (never a downloaded browser) headless with the built extension, routing the
// real AWS hostnames to the fake console server. Reused by the e2e tests, the benchmark and the demo.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { MessageType, ProtocolMap, ResponseOf } from '../../shared/messages.ts';
import { readStoreIn, type E2EBrowser, type E2ELaunchOptions, type E2EPage } from './driver.ts';
import { waitFor } from './wait-for.ts';

export const CHROMIUM_PATH = process.env['TRAILFORM_CHROMIUM'] ?? '/usr/bin/chromium';
export const DIST_DIR = process.env['TRAILFORM_DIST'] ?? resolve(import.meta.dirname, '..', '..', 'dist');

export interface LaunchOptions {
  /** Port of the fake console (tests/fake-console/server.ts). */
  fakePort: number;
  /** Load the extension (false for the benchmark's no-extension baseline). */
  withExtension?: boolean;
  distDir?: string;
  headless?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  userDataDir: string;
  extensionId: string | null;
  serviceWorker: Worker | null;
  /**
   * An extension-origin page used to send protocol messages and read IndexedDB like the real UI does.
   * It shows manifest.json, which runs no script of its own (the popup polls and would skew timings).
   */
  extensionPage: Page | null;
  send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']): Promise<ResponseOf<K>>;
  /** Every record of an IndexedDB store, read from the extension origin (works while the worker is stopped). */
  readStore<T>(store: 'sessions' | 'actions'): Promise<T[]>;
  /** Stops the extension service worker (CDP ServiceWorker.stopAllWorkers) and waits until it is stopped. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

function hostRules(port: number): string {
  return ['*.amazonaws.com', 'console.aws.amazon.com', '*.console.aws.amazon.com', '*.api.aws']
    .map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const withExtension = options.withExtension ?? true;
  const dist = options.distDir ?? DIST_DIR;
  if (withExtension && !existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}: run "npx vite build" first`);
  }
  const base = join(process.env['TMPDIR'] ?? tmpdir(), 'trailform-profiles');
  mkdirSync(base, { recursive: true });
  const userDataDir = mkdtempSync(join(base, 'profile-'));
  const args = [
    `--host-resolver-rules=${hostRules(options.fakePort)}`,
    '--ignore-certificate-errors',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
  });

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  let extensionPage: Page | null = null;
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    extensionId = new URL(serviceWorker.url()).host;
    extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/manifest.json`);
  }
  let cdp: CDPSession | null = null;

  const requirePage = (): Page => {
    if (!extensionPage) throw new Error('launched without the extension');
    return extensionPage;
  };

  return {
    context, userDataDir, extensionId, serviceWorker, extensionPage,
    async send(type, payload) {
      return requirePage().evaluate((msg) => chrome.runtime.sendMessage(msg), { type, payload }) as never;
    },
    async readStore<T>(store: 'sessions' | 'actions'): Promise<T[]> {
      return readStoreIn<T>(e2ePage(requirePage()), store);
    },
    async stopServiceWorker() {
      cdp ??= await context.newCDPSession(requirePage());
      const session = cdp;
      await session.send('ServiceWorker.enable');
      const stopped = new Promise<void>((resolveStopped) => {
        const onUpdate = (event: { versions: { scriptURL: string; runningStatus: string }[] }): void => {
          const ours = event.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
          if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
            session.off('ServiceWorker.workerVersionUpdated', onUpdate);
            resolveStopped();
          }
        };
        session.on('ServiceWorker.workerVersionUpdated', onUpdate);
      });
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser-neutral view of a Playwright page (tests/e2e/driver.ts). */
const playwrightPages = new WeakMap<E2EPage, Page>();

export function e2ePage(page: Page): E2EPage {
  const view: E2EPage = {
    async goto(url) { await page.goto(url); },
    async reload() { await page.reload(); },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn as never, arg)) as E2EPage['evaluate'],
    async waitForFunction(fn, arg, timeoutMs) {
      await page.waitForFunction(fn as never, arg, timeoutMs === undefined ? {} : { timeout: timeoutMs });
    },
    async waitForSelector(selector) { await page.waitForSelector(selector); },
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    textContent: (selector) => page.textContent(selector),
    async selectOption(selector, value) { await page.selectOption(selector, value); },
    setInputFile: (selector, file) => page.setInputFiles(selector, file),
    userClick: (selector) => page.click(selector),
    clickText: (selector, text) => page.locator(selector).filter({ hasText: text }).first().click(),
    texts: (selector) => page.locator(selector).allTextContents(),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    async screenshot(selector, path, colorScheme) {
      if (colorScheme) await page.emulateMedia({ colorScheme });
      await page.locator(selector).screenshot({ path });
      if (colorScheme) await page.emulateMedia({ colorScheme: null });
      return colorScheme !== undefined;
    },
    close: () => page.close(),
  };
  playwrightPages.set(view, page);
  return view;
}

/** Chromium behind the browser-neutral driver, with what only Chromium's service worker can tell. */
export type ChromiumE2EBrowser = E2EBrowser & {
  chromium: ExtensionBrowser;
  /** Whether the service worker (woken if stopped) has webRequest listeners registered. */
  webRequestListening(): Promise<boolean>;
};

/** Chromium behind the browser-neutral driver (tests/e2e/driver.ts). */
export async function launchChromiumE2E(options: E2ELaunchOptions): Promise<ChromiumE2EBrowser> {
  const distDir = options.distDir ?? DIST_DIR;
  const browser = await launchWithExtension({ fakePort: options.fakePort, distDir });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const extensionPage = e2ePage(browser.extensionPage!);
  // Tabs and extension pages report through the context; each (re)started service worker on its own.
  const messages: string[] = [];
  const listened = new WeakSet<Worker>();
  const listenTo = (worker: Worker): void => {
    if (listened.has(worker)) return;
    listened.add(worker);
    worker.on('console', (m) => messages.push(m.text()));
  };
  browser.context.on('console', (m) => messages.push(m.text()));
  browser.context.serviceWorkers().forEach(listenTo);
  browser.context.on('serviceworker', listenTo);
  const isOurs = (w: Worker): boolean => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  // After a stop, Playwright may still list the stopped worker (its evaluate never answers): the worker
  // to talk to is the one started last, after a message has woken it.
  let latest: Worker | undefined = browser.context.serviceWorkers().find(isOurs);
  browser.context.on('serviceworker', (w) => {
    if (isOurs(w)) latest = w;
  });
  const runningWorker = async (): Promise<Worker> => {
    await browser.send('recording/get-status', {}); // wakes a stopped worker
    if (!latest) throw new Error('the extension service worker is not running');
    return latest;
  };
  return {
    name: 'chromium',
    chromium: browser,
    distDir,
    extensionPage,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`,
    async newPage(url) {
      const page = e2ePage(await browser.context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    send: (type, payload) => browser.send(type, payload),
    readStore: (store) => readStoreIn(extensionPage, store),
    stopBackground: () => browser.stopServiceWorker(),
    async download(view, selector, saveDir) {
      const page = playwrightPages.get(view);
      if (!page) throw new Error('not a page of this browser');
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const path = join(saveDir, file.suggestedFilename());
      await file.saveAs(path);
      return { name: file.suggestedFilename(), path };
    },
    readClipboard: (page) => page.evaluate(() => navigator.clipboard.readText()),
    consoleMessages: () => [...messages],
    async logInBackground(text) {
      const worker = await runningWorker();
      listenTo(worker);
      await worker.evaluate((t) => console.log(t), text);
    },
    async webRequestListening() {
      return (await runningWorker()).evaluate(() => chrome.webRequest.onBeforeRequest.hasListeners());
    },
    async tabOpenedBy(urlPrefix, trigger, timeoutMs = 60_000) {
      const before = new Set(browser.context.pages());
      await trigger();
      const opened = (): Page | undefined => browser.context.pages().find((p) => !before.has(p) && p.url().startsWith(urlPrefix));
      const page = await waitFor(async () => opened(), () => `a new tab at ${urlPrefix}; tabs: ${browser.context.pages().map((p) => p.url()).join(', ')}`, timeoutMs, 50);
      await page.waitForLoadState('domcontentloaded');
      return e2ePage(page);
    },
    async downloadWithin(view, selector, saveDir, timeoutMs) {
      const page = playwrightPages.get(view);
      if (!page) throw new Error('not a page of this browser');
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), page.click(selector)]);
      const path = join(saveDir, file.suggestedFilename());
      await file.saveAs(path);
      return { name: file.suggestedFilename(), path };
    },
    close: () => browser.close(),
  };
}
