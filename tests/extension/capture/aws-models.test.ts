// The committed operations table is what the generator extracts from the pinned @aws-sdk/client-*
// release: the clients installed as devDependencies at that release are re-extracted here and must
// equal their committed rows (regenerate with npm run models:download then npm run models:generate).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { ServiceModelTable } from '../../../extension/capture/classify/model-types.ts';
import { isMutatingOperationName } from '../../../extension/capture/classify/operation-kind.ts';
import { extractClient } from '../../../scripts/aws-sdk-schemas/extract-client.ts';
import { GENERATED_TABLE_PATH, serviceRow, tableSource } from '../../../scripts/aws-sdk-schemas/generate.ts';
import { packageDirReader } from '../../../scripts/aws-sdk-schemas/package-files.ts';
import { readPinnedClients } from '../../../scripts/aws-sdk-schemas/pinned-clients.ts';

const committed = JSON.parse(readFileSync(GENERATED_TABLE_PATH, 'utf8')) as ServiceModelTable;
const pinned = readPinnedClients();
const require = createRequire(import.meta.url);
const INSTALLED = ['ec2', 'lambda', 'iam', 'dynamodb', 'cloudwatch'];

describe('generated operations table', () => {
  test('records the pinned release and source', () => {
    expect(committed.release).toBe(pinned.release);
    expect(committed.source).toBe(tableSource(pinned.release));
  });

  test('has one row per pinned client, at its pinned version', () => {
    const rows = new Map(committed.services.map((s) => [s.client, s.version]));
    expect([...rows.keys()].sort()).toEqual(Object.keys(pinned.clients).sort());
    for (const [client, version] of Object.entries(pinned.clients)) expect(rows.get(client), client).toBe(version);
  });

  test.each(INSTALLED)('@aws-sdk/client-%s installed at the pinned release extracts to its committed row', (client) => {
    const pkgPath = require.resolve(`@aws-sdk/client-${client}/package.json`);
    const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
    expect(version).toBe(pinned.release);
    expect(pinned.clients[client]).toBe(version);
    const row = serviceRow(extractClient(client, version, packageDirReader(dirname(pkgPath))));
    expect(committed.services.find((s) => s.client === client)).toEqual(row);
  });

  test('covers every protocol, with the fields its matcher needs', () => {
    const protocols = new Set(committed.services.map((s) => s.protocol));
    // The current CloudWatch client speaks awsJson1_0 and no pinned client declares rpc-v2-cbor as its
    // protocol; the matcher still recognises the cbor path by operation name.
    expect([...protocols].sort()).toEqual(['ec2', 'json', 'query', 'rest-json', 'rest-xml']);
    for (const s of committed.services) {
      if (s.protocol === 'json') expect(s.targetPrefix, s.id).toBeTruthy();
      if (s.protocol === 'rest-json' || s.protocol === 'rest-xml') {
        for (const op of s.ops) expect(op.length, `${s.id}.${op[0]}`).toBeGreaterThanOrEqual(4);
      }
    }
    expect(committed.services.length).toBeGreaterThan(300);
    expect(new Set(committed.services.map((s) => s.id)).size).toBe(committed.services.length);
  });

  test('holds operations the aws-sdk v2 models never had', () => {
    const ops = (id: string) => new Set(committed.services.find((s) => s.id === id)?.ops.map((o) => o[0]));
    expect(ops('ec2').has('CreateRouteServer')).toBe(true);
    expect(ops('ec2').has('AssociateSecurityGroupVpc')).toBe(true);
    expect(ops('ecs').has('StopServiceDeployment')).toBe(true);
    expect(ops('s3').has('UpdateBucketMetadataInventoryTableConfiguration')).toBe(true);
  });

  test('takes access levels from iam-data: reads that the name rule would call changes', () => {
    const flag = (id: string, op: string) => committed.services.find((s) => s.id === id)?.ops.find((o) => o[0] === op)?.[1];
    // iam:GenerateServiceLastAccessedDetails is "Read" in the Service Authorization Reference.
    expect(flag('iam', 'GenerateServiceLastAccessedDetails')).toBe(0);
    expect(isMutatingOperationName('GenerateServiceLastAccessedDetails')).toBe(true);
    expect(flag('ec2', 'CreateVpc')).toBe(1);
    expect(flag('ec2', 'DescribeVpcs')).toBe(0);
  });

  test('the name rule (fallback) marks reads by name', () => {
    expect(['GetItem', 'ListBuckets', 'DescribeInstances', 'HeadObject', 'BatchGetItem', 'Scan', 'Query', 'LookupEvents', 'SimulatePrincipalPolicy', 'Get']
      .filter(isMutatingOperationName)).toEqual([]);
    expect(['CreateBucket', 'PutItem', 'DeleteQueue', 'RunInstances', 'AttachRolePolicy', 'TagResource', 'Getaway', 'UpdateFunctionCode']
      .filter((n) => !isMutatingOperationName(n))).toEqual([]);
  });
});
