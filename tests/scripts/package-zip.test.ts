import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { filesUnder, zipDirectory, zipFiles } from '../../scripts/package-zip.ts';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailform-zip-'));
  mkdirSync(join(dir, 'extension', 'icons'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), '{"version":"1.2.3"}');
  writeFileSync(join(dir, 'extension', 'icons', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'b.js'), 'b');
  return dir;
}

describe('store zips', () => {
  test('a directory is zipped with every file at its relative path, manifest.json at the root', () => {
    const dir = tree();
    const entries = unzipSync(zipDirectory(dir));
    expect(Object.keys(entries).sort()).toEqual(['b.js', 'extension/icons/icon-16.png', 'manifest.json']);
    expect(strFromU8(entries['manifest.json']!)).toBe('{"version":"1.2.3"}');
    expect([...entries['extension/icons/icon-16.png']!]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('the same files give the same bytes (no build time inside)', async () => {
    const dir = tree();
    const first = zipDirectory(dir);
    await new Promise((r) => setTimeout(r, 1100));
    writeFileSync(join(dir, 'b.js'), 'b'); // touched, same content
    expect(Buffer.from(zipDirectory(dir)).equals(Buffer.from(first))).toBe(true);
  });

  test('extra entries (BUILD.md in the source archive) are added next to the files', () => {
    const dir = tree();
    const entries = unzipSync(zipFiles(dir, filesUnder(dir).filter((f) => f !== 'b.js'), { 'BUILD.md': '# build' }));
    expect(Object.keys(entries).sort()).toEqual(['BUILD.md', 'extension/icons/icon-16.png', 'manifest.json']);
    expect(strFromU8(entries['BUILD.md']!)).toBe('# build');
  });
});
