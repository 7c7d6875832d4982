// A browser-neutral driver for the end-to-end suites: the same test files run in Debian's Chromium
// (playwright-core over CDP, tests/e2e/launch.ts) and in Debian's firefox-esr (puppeteer-core over
// WebDriver BiDi, tests/e2e/launch-firefox.ts). Which one is chosen by TRAILFORM_BROWSER (set by
// vitest.e2e.firefox.config.ts); the tests see only E2EBrowser and E2EPage.
import type { MessageType, ProtocolMap, ResponseOf } from '../../shared/messages.ts';

export type BrowserName = 'chromium' | 'firefox';

export const E2E_BROWSER: BrowserName = process.env['TRAILFORM_BROWSER'] === 'firefox' ? 'firefox' : 'chromium';

export interface UploadFile { name: string; mimeType: string; buffer: Buffer }

/** What the tests do with a tab, in the subset both clients implement the same way. */
export interface E2EPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Replaces an input's value as typing would (input events fire). */
  fill(selector: string, value: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  selectOption(selector: string, value: string): Promise<void>;
  setInputFile(selector: string, file: UploadFile | string): Promise<void>;
  /**
   * A click made of real input events, which counts as a user gesture (permissions.request needs one).
   * `click` may be a scripted click in Firefox (see launch-firefox.ts).
   */
  userClick(selector: string): Promise<void>;
  /** Clicks the first element matching `selector` whose text contains `text`. */
  clickText(selector: string, text: string): Promise<void>;
  /** The text of every element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  /** A key press on the focused element (real input events: Tab moves focus). */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * Screenshot of the element matching `selector`; `colorScheme` is emulated where the client can
   * (Chromium); returns whether it was.
   */
  screenshot(selector: string, path: string, colorScheme?: 'light' | 'dark'): Promise<boolean>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  /** The built extension this browser runs (dist/ or dist-firefox/, or a packaged .zip). */
  distDir: string;
  /** moz-extension:// or chrome-extension:// URL of a file in the built extension. */
  extensionUrl(path: string): string;
  /** An extension page (the manifest or options page) for protocol messages and IndexedDB reads. */
  extensionPage: E2EPage;
  newPage(url?: string): Promise<E2EPage>;
  send<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']): Promise<ResponseOf<K>>;
  /** Every record of an IndexedDB store, read from the extension origin (works while the background is stopped). */
  readStore<T>(store: string): Promise<T[]>;
  /**
   * Stops the extension's background and waits until it has stopped: Chromium's service worker via
   * CDP; Firefox's event page with about:debugging's "Terminate background script", observed through
   * extension.getViews(). An open popup's polling may start the background again right after.
   */
  stopBackground(): Promise<void>;
  /** Clicks `selector` in `page` and returns the file it downloaded (its suggested name and a local copy). */
  download(page: E2EPage, selector: string, saveDir: string): Promise<{ name: string; path: string }>;
  /** The system clipboard's text, read from `page` (an extension page). */
  readClipboard(page: E2EPage): Promise<string>;
  /**
   * Every console message seen since launch: of every tab and extension page, and of the extension's
   * background (Chromium: its service worker; Firefox: everything the browser prints, see launch-firefox.ts).
   */
  consoleMessages(): string[];
  /** Logs `text` with console.log in the extension's background, so a test can check consoleMessages reaches it. */
  logInBackground(text: string): Promise<void>;
  /**
   * Runs `trigger` (e.g. pressing Generate, which makes the extension open its review tab with
   * tabs.create) and returns the new tab whose URL starts with `urlPrefix`, once its document has loaded.
   */
  tabOpenedBy(urlPrefix: string, trigger: () => Promise<void>, timeoutMs?: number): Promise<E2EPage>;
  /** `download` for files that take long to build (a 10,000-action export): waits up to `timeoutMs`. */
  downloadWithin(page: E2EPage, selector: string, saveDir: string, timeoutMs: number): Promise<{ name: string; path: string }>;
  close(): Promise<void>;
}

export interface E2ELaunchOptions {
  /** Port of the fake console (tests/fake-console/server.ts) or any server that answers for the AWS hosts. */
  fakePort: number;
  distDir?: string;
}

/** Reads an IndexedDB store of the extension's database from an extension page. */
export function readStoreIn<T>(page: E2EPage, store: string): Promise<T[]> {
  return page.evaluate((name: string) => new Promise<T[]>((resolveAll, reject) => {
    const open = indexedDB.open('trailform');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        resolveAll([]);
        return;
      }
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => { db.close(); resolveAll(req.result as T[]); };
      req.onerror = () => reject(req.error);
    };
  }), store);
}

export async function launchE2EBrowser(options: E2ELaunchOptions): Promise<E2EBrowser> {
  if (E2E_BROWSER === 'firefox') {
    const { launchFirefox } = await import('./launch-firefox.ts');
    return launchFirefox(options);
  }
  const { launchChromiumE2E } = await import('./launch.ts');
  return launchChromiumE2E(options);
}
