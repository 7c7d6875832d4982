// The committed classifier table is exactly what the generator makes from the pinned aws-sdk models,
// and holds what each protocol's matcher relies on.
import { readFileSync } from 'node:fs';
import { GENERATED_TABLE_PATH, buildServiceModelTable, serialiseServiceModelTable } from '../../../scripts/generate-aws-models.ts';
import type { ServiceModelTable } from '../../../extension/capture/classify/model-types.ts';
import { isMutatingOperationName } from '../../../extension/capture/classify/operation-kind.ts';

const committed = JSON.parse(readFileSync(GENERATED_TABLE_PATH, 'utf8')) as ServiceModelTable;

describe('generated service-model table', () => {
  test('is up to date with scripts/generate-aws-models.ts (regenerate with npx tsx scripts/generate-aws-models.ts)', () => {
    expect(readFileSync(GENERATED_TABLE_PATH, 'utf8')).toBe(serialiseServiceModelTable(buildServiceModelTable()));
  });

  test('covers every protocol, with the fields its matcher needs', () => {
    const protocols = new Set(committed.services.map((s) => s.protocol));
    expect([...protocols].sort()).toEqual(['ec2', 'json', 'query', 'rest-json', 'rest-xml']);
    for (const s of committed.services) {
      if (s.protocol === 'json') expect(s.targetPrefix, s.id).toBeTruthy();
      if (s.protocol === 'rest-json' || s.protocol === 'rest-xml') {
        for (const op of s.ops) expect(op.length, `${s.id}.${op[0]}`).toBeGreaterThanOrEqual(4);
      }
    }
    expect(committed.services.length).toBeGreaterThan(300);
  });

  test('marks reads by name', () => {
    expect(['GetItem', 'ListBuckets', 'DescribeInstances', 'HeadObject', 'BatchGetItem', 'Scan', 'Query', 'LookupEvents', 'SimulatePrincipalPolicy', 'Get']
      .filter(isMutatingOperationName)).toEqual([]);
    expect(['CreateBucket', 'PutItem', 'DeleteQueue', 'RunInstances', 'AttachRolePolicy', 'TagResource', 'Getaway', 'UpdateFunctionCode']
      .filter((n) => !isMutatingOperationName(n))).toEqual([]);
  });
});
