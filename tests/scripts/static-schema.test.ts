// The shared static-schema reader both generators use, checked against @smithy/core's own trait decoder
// and against an installed client's command list (an independent record of its operations).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { translateTraits } from '@smithy/core/schema';
import { packageDirReader } from '../../scripts/aws-sdk-schemas/package-files.ts';
import {
  decodeTraits, deref, isMemberRef, loadSchemaModule, memberTraits, operationSchemas, readSchemaSource, STRUCTURE, structureMembers,
} from '../../scripts/aws-sdk-schemas/static-schema.ts';

const require = createRequire(import.meta.url);
const ssmDir = dirname(require.resolve('@aws-sdk/client-ssm/package.json'));
const ssm = loadSchemaModule(readSchemaSource(packageDirReader(ssmDir)) ?? '');

describe('static schemas', () => {
  test('a trait bit set decodes as @smithy/core translateTraits decodes it', () => {
    for (let bits = 0; bits < 128; bits++) expect(decodeTraits(bits), String(bits)).toEqual({ ...translateTraits(bits) });
    expect(decodeTraits({ httpHeader: 'X-Amz-Id' })).toEqual({ httpHeader: 'X-Amz-Id' });
    expect(decodeTraits(undefined)).toEqual({});
  });

  test('the loaded module declares one operation per command the client exports', () => {
    const commands = [...readFileSync(join(ssmDir, 'dist-es/commands/index.js'), 'utf8').matchAll(/"\.\/([A-Za-z0-9]+)Command"/g)].map((m) => m[1]);
    expect(operationSchemas(ssm).map((op) => op[2]).sort()).toEqual(commands.sort());
  });

  test('structure members resolve with their required count and member traits (PutParameter.Value)', () => {
    const put = operationSchemas(ssm).find((op) => op[2] === 'PutParameter');
    const input = structureMembers(put?.[4]);
    expect(input?.kind).toBe(STRUCTURE);
    expect(input?.names.slice(0, input.requiredCount)).toEqual(['Name', 'Value']);
    const value = input?.schemas[input.names.indexOf('Value')];
    // The member carries no traits of its own; its target shape PSParameterValue is the sensitive one.
    expect(memberTraits(value)).toEqual({});
    expect(isMemberRef(value)).toBe(true);
    const target = deref(isMemberRef(value) ? value[0] : value) as unknown[];
    expect(target[2]).toBe('PSParameterValue');
    expect(decodeTraits(target[3])).toHaveProperty('sensitive', 1);
    expect(structureMembers(ssm.get('ParameterAlreadyExists$'))?.kind).toBe(-3);
  });

  test('a package without static schemas has no schema source', () => {
    expect(readSchemaSource(() => null)).toBeNull();
  });
});
