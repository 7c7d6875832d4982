// Size of the service mappers: mean lines of mapper code per fully mapped type (a type with a printed
// resource block, not import-only), and the source files over 600 lines. Run:
// node --import tsx scripts/measure-mappers.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mappers } from '../translator/services/registry';

const root = new URL('..', import.meta.url).pathname;
const servicesDir = join(root, 'translator/services');
const shared = new Set(['mapper.ts', 'registry.ts', 'read.ts', 'values.ts', 'tags.ts', 'arn.ts', 'tagging.ts', 'identity.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : files(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;

const mapperFiles = files(servicesDir).filter((p) => !shared.has(relative(servicesDir, p)));
const mapperLines = mapperFiles.reduce((sum, p) => sum + lines(p), 0);
const fullyMapped = mappers.flatMap((m) => m.resources).filter((r) => !r.importOnly).length;
const importOnly = mappers.flatMap((m) => m.resources).filter((r) => r.importOnly).length;
console.log(`mapper files: ${mapperFiles.length}, lines: ${mapperLines}`);
console.log(`fully mapped types: ${fullyMapped}, import-only types: ${importOnly}`);
console.log(`mean lines per fully mapped type: ${(mapperLines / fullyMapped).toFixed(1)}`);

const generated = /(^|\/)(generated|node_modules|dist)\/|\.generated\.|\/data\//;
const big = ['translator', 'extension', 'shared', 'scripts', 'tests', 'bench', 'bin']
  .flatMap((d) => files(join(root, d)))
  .map((p) => relative(root, p))
  .filter((p) => !generated.test(p) && !p.startsWith('tests/fixtures/'))
  .map((p) => [p, lines(join(root, p))] as const)
  .filter(([, n]) => n > 600)
  .sort((a, b) => b[1] - a[1]);
console.log(`files over 600 lines (outside generated data): ${big.length}`);
for (const [p, n] of big) console.log(`  ${n} ${p}`);
