// The sensitive members of clients published before the static schema format, read from their log
// filters (scripts/sensitive-members/extract-legacy.ts), against real package files (tests/fixtures/aws-sdk-legacy).
import { join } from 'node:path';
import table from '../../extension/capture/redact/sensitive-members.generated.json' with { type: 'json' };
import type { SensitiveMemberTable } from '../../extension/capture/redact/sensitive-table-types.ts';
import { packageDirReader, type ReadPackageFile } from '../../scripts/aws-sdk-schemas/package-files.ts';
import { readPinnedClients } from '../../scripts/aws-sdk-schemas/pinned-clients.ts';
import { extractLegacySensitivePaths } from '../../scripts/sensitive-members/extract-legacy.ts';
import { extractSensitiveMembers } from '../../scripts/sensitive-members/extract.ts';

const committed = table as SensitiveMemberTable;
const fixture = (client: string) => packageDirReader(join(import.meta.dirname, '../fixtures/aws-sdk-legacy', client));

describe('sensitive members of clients published before the static schemas', () => {
  test.each(['iotsecuretunneling', 'cloud9'])('%s: the committed entry equals what the legacy reader extracts from the package files', (client) => {
    const extracted = extractSensitiveMembers(fixture(client));
    expect(extracted?.legacy).toBe(true);
    expect(extracted?.version).toBe(readPinnedClients().clients[client]);
    expect(committed.clients[client]).toEqual({ version: extracted!.version, signingName: extracted!.signingName, ops: extracted!.operations });
  });

  test('response tokens (the .f(In, Out) form) and request members (the inputFilterSensitiveLog form) are found', () => {
    const tunnels = extractSensitiveMembers(fixture('iotsecuretunneling'))!.operations;
    expect(tunnels['OpenTunnel']).toEqual({ out: ['destinationAccessToken', 'sourceAccessToken'] });
    const cloud9 = extractSensitiveMembers(fixture('cloud9'))!.operations;
    expect(cloud9['CreateEnvironmentEC2']?.in).toEqual(['description', 'tags']);
    expect(cloud9['DescribeEnvironments']?.out).toEqual(['environments.[].description']);
  });

  test('nested filters, list items and map values become paths', () => {
    const files: Record<string, string> = {
      'dist-es/models/models_0.js': [
        'export const SecretFilterSensitiveLog = (obj) => ({', '    ...obj,', '    ...(obj.Key && { Key: SENSITIVE_STRING }),', '});',
        'export const InFilterSensitiveLog = (obj) => ({', '    ...obj,',
        '    ...(obj.One && { One: SecretFilterSensitiveLog(obj.One) }),',
        '    ...(obj.Many && {', '        Many: obj.Many.map((item) => SecretFilterSensitiveLog(item)),', '    }),',
        '    ...(obj.ByName && { ByName: Object.entries(obj.ByName).reduce((acc, [key, value]) => ((acc[key] = SENSITIVE_STRING), acc), {}) }),',
        '    ...(obj.Plain && { Plain: obj.Plain }),', '});',
      ].join('\n'),
      'dist-es/commands/PutCommand.js': '    .s("Svc", "Put", {})\n    .f(InFilterSensitiveLog, void 0)\n',
    };
    const read: ReadPackageFile = (path) => files[path] ?? null;
    expect(extractLegacySensitivePaths(read, 'svc', ['Put'])?.get('Put')).toEqual({ in: ['ByName.{}', 'Many.[].Key', 'One.Key'], out: [] });
  });

  test('a filter in a form the reader does not know stops the run, naming it', () => {
    const read: ReadPackageFile = (path) => (path === 'dist-es/models/models_0.js'
      ? 'export const InFilterSensitiveLog = (obj) => ({\n    ...obj,\n    ...(obj.Key && { Key: redact(obj.Key, SENSITIVE_STRING) }),\n});\n'
      : null);
    expect(() => extractLegacySensitivePaths(read, 'svc', [])).toThrow(/svc: InFilterSensitiveLog has a form the legacy reader does not know/);
  });

  test('every pinned client is in the table: from its static schemas or from its log filters', () => {
    expect(committed.counts.clients).toBe(committed.counts.clientsListed);
    expect(committed.counts.clientsFromLogFilters).toBeGreaterThan(50);
  });
});
