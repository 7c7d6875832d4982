// Writes extension/capture/redact/sensitive-members.generated.json: for every AWS service client of one
// AWS SDK for JavaScript v3 release, the request/response member paths the service model marks
// `sensitive`. Run scripts/sensitive-members/fetch-clients.sh first (it fills the gitignored cache).
//   npx tsx scripts/sensitive-members/generate.ts [cacheDir]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractClient, type ClientExtract } from './extract.ts';
import type { SensitiveMemberTable } from '../../extension/capture/redact/sensitive-table-types.ts';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../..');
const release = readFileSync(join(here, 'version.txt'), 'utf8').trim();
const cache = process.argv[2] ?? join(root, '.cache/aws-sdk-clients', release);
const out = join(root, 'extension/capture/redact/sensitive-members.generated.json');

const listed = readFileSync(join(here, 'clients.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
const extracts: ClientExtract[] = [];
const withoutSchemas: string[] = [];
const notFetched: string[] = [];
for (const pkg of listed) {
  const dir = join(cache, pkg.replace('@aws-sdk/client-', ''));
  if (!existsSync(join(dir, 'package.json'))) { notFetched.push(pkg); continue; }
  const extract = extractClient(dir);
  if (extract) extracts.push(extract);
  else withoutSchemas.push(pkg);
}
if (notFetched.length > 0) console.warn(`not in the cache (${notFetched.length}): ${notFetched.join(' ')}`);

const table: SensitiveMemberTable = {
  source: '@aws-sdk/client-* (AWS SDK for JavaScript v3) static schemas, Smithy `sensitive` trait',
  release,
  note: 'each client at its newest version <= release (clients are published only in releases that change them)',
  generatedBy: 'scripts/sensitive-members/generate.ts',
  counts: {
    clientsListed: listed.length,
    clients: extracts.length,
    clientsWithoutSchemas: withoutSchemas.length,
    operations: extracts.reduce((n, e) => n + Object.keys(e.operations).length, 0),
    paths: extracts.reduce((n, e) => n + Object.values(e.operations).reduce((m, o) => m + (o.in?.length ?? 0) + (o.out?.length ?? 0), 0), 0),
    deepNames: extracts.reduce((n, e) => n + Object.values(e.operations).reduce((m, o) => m + (o.deep?.length ?? 0), 0), 0),
  },
  clients: {},
};
for (const e of extracts.sort((a, b) => a.client.localeCompare(b.client))) {
  if (Object.keys(e.operations).length === 0) continue;
  table.clients[e.client] = { version: e.version, signingName: e.signingName, ops: e.operations };
}
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`wrote ${out}: ${JSON.stringify(table.counts)}`);
