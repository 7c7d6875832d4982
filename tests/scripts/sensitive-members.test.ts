// The committed sensitive-member table against the generator run on the AWS SDK clients installed as
// devDependencies (pinned to the table's release): a table that drifted from what the generator
// extracts from the real packages fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import table from '../../extension/capture/redact/sensitive-members.generated.json' with { type: 'json' };
import type { SensitiveMemberTable } from '../../extension/capture/redact/sensitive-table-types.ts';
import { packageDirReader } from '../../scripts/aws-sdk-schemas/package-files.ts';
import { readPinnedClients } from '../../scripts/aws-sdk-schemas/pinned-clients.ts';
import { extractSensitiveMembers } from '../../scripts/sensitive-members/extract.ts';

const pinned = readPinnedClients();
const committed = table as SensitiveMemberTable;
const require = createRequire(import.meta.url);
const CLIENTS = ['ssm', 'lambda', 'iam', 'secrets-manager', 'ecs'];

function packageDir(client: string): string {
  return dirname(require.resolve(`@aws-sdk/client-${client}/package.json`));
}

describe('sensitive-member table (regenerate: npm run models:download && npm run models:generate)', () => {
  test('records its source, the pinned release and list, and its counts', () => {
    expect(committed.release).toBe(pinned.release);
    expect(committed.counts.clientsListed).toBe(Object.keys(pinned.clients).length);
    for (const [client, entry] of Object.entries(committed.clients)) expect(entry.version, client).toBe(pinned.clients[client]);
    expect(committed.source).toContain('@aws-sdk/client-');
    expect(committed.counts.clients).toBeGreaterThan(250);
    expect(Object.keys(committed.clients).length).toBeGreaterThan(150);
    const operations = Object.values(committed.clients).reduce((n, c) => n + Object.keys(c.ops).length, 0);
    expect(operations).toBe(committed.counts.operations);
  });

  test.each(CLIENTS)('%s: the committed entries equal what the generator extracts from the installed package', (client) => {
    const dir = packageDir(client);
    const installed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    // The devDependency is pinned to the version the table was generated from.
    expect(installed.version).toBe(committed.clients[client]?.version);
    const extracted = extractSensitiveMembers(packageDirReader(dir));
    expect(extracted).not.toBeNull();
    expect(committed.clients[client]).toEqual({ version: extracted!.version, signingName: extracted!.signingName, ops: extracted!.operations });
  });

  test('the model-marked secrets the issue names are in the table', () => {
    const ops = (c: string) => committed.clients[c]!.ops;
    expect(ops('ssm')['PutParameter']?.in).toContain('Value');
    expect(ops('lambda')['CreateFunction']?.in).toContain('Environment.Variables');
    expect(ops('lambda')['UpdateFunctionConfiguration']?.out).toContain('Environment.Variables');
    expect(ops('ecs')['RegisterTaskDefinition']?.in).toContain('containerDefinitions.[].environment');
    expect(ops('iam')['CreateVirtualMFADevice']?.out).toEqual(['VirtualMFADevice.Base32StringSeed', 'VirtualMFADevice.QRCodePNG']);
    expect(ops('secrets-manager')['CreateSecret']?.in).toEqual(['SecretBinary', 'SecretString']);
  });
});
