// Module boundaries, checked rather than kept by habit:
// - translator/ imports nothing from extension/ and uses no browser API; Node APIs only in the CLI and
//   the file reader (so translate() runs unchanged in the extension);
// - the extension reaches the translator through its public entries only: translator/index.ts, and
//   translator/records.ts (record helpers without the mappers, for the service worker);
// - shared/ imports nothing from translator/ or extension/.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

/** Module specifiers of import/export-from statements and dynamic imports. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((m[1] ?? m[2] ?? m[3])!);
  }
  return found;
}

/** Code without comments and string contents, for looking up identifiers. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const inRepo = (file: string, spec: string) => (spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : undefined);
const nodeModules = new Set(builtinModules);
const isNodeApi = (spec: string) => spec.startsWith('node:') || nodeModules.has(spec.split('/')[0]!);
const BROWSER_GLOBALS = /\b(?:chrome|browser|window|document|navigator|indexedDB|localStorage|sessionStorage|XMLHttpRequest)\s*\./;
const PUBLIC_ENTRIES = ['translator/index', 'translator/records'];
// The CLI and the file readers (whole files, and the streaming reader of files, directories and stdin).
const NODE_ALLOWED = new Set(['translator/cli.ts', 'translator/ingest/read-file.ts', 'translator/ingest/stream.ts']);

const files = (dir: string) => sources(join(root, dir)).map((path) => ({ path, rel: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('module boundaries', () => {
  const translator = files('translator');
  const extension = files('extension');
  const shared = files('shared');

  it('finds the sources it checks', () => {
    expect(translator.length).toBeGreaterThan(100);
    expect(extension.length).toBeGreaterThan(10);
    expect(shared.length).toBeGreaterThan(3);
    expect(specifiers("import { a } from './x';\nexport { b } from '../y';\nimport type { C } from 'z';")).toEqual(['./x', '../y', 'z']);
  });

  it.each(translator.map((f) => [f.rel, f] as const))('%s keeps to the translator boundary', (rel, { path, text }) => {
    for (const spec of specifiers(text)) {
      expect(inRepo(path, spec)?.startsWith('extension/') ?? false, `${rel} imports ${spec} from the extension`).toBe(false);
      expect(spec, `${rel} imports a browser API`).not.toMatch(/^webextension-polyfill|^idb$|^preact/);
      expect(spec, `${rel} imports the AWS SDK`).not.toMatch(/^@aws-sdk\//);
      if (!NODE_ALLOWED.has(rel)) expect(isNodeApi(spec), `${rel} imports the Node API ${spec} (only the CLI and the file reader may)`).toBe(false);
    }
    expect(code(text), `${rel} uses a browser global`).not.toMatch(BROWSER_GLOBALS);
  });

  it.each(extension.map((f) => [f.rel, f] as const))('%s reaches the translator through its entry only', (rel, { path, text }) => {
    for (const spec of specifiers(text)) {
      const target = inRepo(path, spec);
      if (target?.startsWith('translator/')) expect(PUBLIC_ENTRIES, `${rel} imports the translator internal ${spec}`).toContain(target.replace(/\.ts$/, ''));
    }
  });

  it.each(shared.map((f) => [f.rel, f] as const))('%s imports nothing from translator/ or extension/', (rel, { path, text }) => {
    for (const spec of specifiers(text)) expect(inRepo(path, spec) ?? '', `${rel} imports ${spec}`).not.toMatch(/^(translator|extension)\//);
  });
});
