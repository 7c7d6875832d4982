// End to end in both browsers: the store package (zipped exactly as `npm run package` zips it) loads
// in its browser, its toolbar button has the icon at every declared size, and the extension answers.
// Chrome loads unpacked extensions only from a directory, so its zip is unpacked first; Firefox
// installs the zip itself.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { zipDirectory } from '../../scripts/package-zip.ts';
import { E2E_BROWSER, launchE2EBrowser, type E2EBrowser } from './driver.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
let browser: E2EBrowser;

function packagedExtension(): string {
  const work = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'trailform-package-'));
  const zip = zipDirectory(join(ROOT, E2E_BROWSER === 'firefox' ? 'dist-firefox' : 'dist'));
  if (E2E_BROWSER === 'firefox') {
    const path = join(work, 'trailform-firefox.zip');
    writeFileSync(path, zip);
    return path;
  }
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), bytes);
  }
  return work;
}

beforeAll(async () => {
  browser = await launchE2EBrowser({ fakePort: 9, distDir: packagedExtension() });
});

afterAll(async () => {
  await browser?.close();
});

describe('the store package', () => {
  test('loads, and its toolbar icon exists at 16, 32, 48 and 128 px', async () => {
    const icons = await browser.extensionPage.evaluate(async () => {
      const manifest = chrome.runtime.getManifest() as chrome.runtime.ManifestV3;
      const declared = (manifest.action?.default_icon ?? {}) as Record<string, string>;
      const sizes: Record<string, [number, number]> = {};
      for (const [size, path] of Object.entries(declared)) {
        const img = new Image();
        img.src = chrome.runtime.getURL(path);
        await img.decode();
        sizes[size] = [img.naturalWidth, img.naturalHeight];
      }
      return { sizes, title: manifest.action?.default_title ?? null };
    });
    expect(icons.sizes).toEqual({ 16: [16, 16], 32: [32, 32], 48: [48, 48], 128: [128, 128] });
    expect(icons.title).toBe('Trailform');
  });

  test('the background answers from the packaged build', async () => {
    const status = await browser.send('recording/get-status', {});
    expect(status.recording).toBe(false);
  });
});
