// Writes extension/capture/redact/sensitive-members.generated.json: for every pinned AWS service client
// (scripts/aws-sdk-schemas/clients.json, one AWS SDK for JavaScript v3 release), the request/response
// member paths the service model marks `sensitive`. Reads the cache `npm run models:download` fills.
// Run: npm run models:generate (writes this table and the operations table)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSensitiveMembers, type ClientExtract } from './extract.ts';
import type { SensitiveMemberTable } from '../../extension/capture/redact/sensitive-table-types.ts';
import { cachedClientReaders, readPinnedClients, REPO_ROOT } from '../aws-sdk-schemas/pinned-clients.ts';

const out = join(REPO_ROOT, 'extension/capture/redact/sensitive-members.generated.json');
const pinned = readPinnedClients();
const extracts: ClientExtract[] = [];
const unread: string[] = [];
for (const { name, read } of cachedClientReaders(pinned)) {
  const extract = extractSensitiveMembers(read);
  if (extract) extracts.push(extract);
  else unread.push(name);
}
// Every pinned client has static schemas or log filters: one with neither is a cache without models/.
if (unread.length > 0) throw new Error(`no schemas and no models files for ${unread.join(', ')}: run npm run models:download again`);

const table: SensitiveMemberTable = {
  source: '@aws-sdk/client-* (AWS SDK for JavaScript v3): static schemas, or the log filters (models/*FilterSensitiveLog) of clients published before them; Smithy `sensitive` trait',
  release: pinned.release,
  note: 'each client at its newest version <= release (clients are published only in releases that change them)',
  generatedBy: 'scripts/sensitive-members/generate.ts',
  counts: {
    clientsListed: Object.keys(pinned.clients).length,
    clients: extracts.length,
    clientsFromLogFilters: extracts.filter((e) => e.legacy).length,
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
