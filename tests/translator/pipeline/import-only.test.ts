import { translate, toInputs } from '../../../translator/index';
import { importOnlyTypes } from '../../../translator/services/import-only';
import type { ServiceMapper } from '../../../translator/services/mapper';
import { mappers } from '../../../translator/services/registry';

const table = importOnlyTypes([
  { type: 'aws_kinesis_stream', doc: 'kinesis_stream', create: 'CreateStream', id: ['request.streamName'], delete: 'DeleteStream' },
  { type: 'aws_glue_catalog_table', doc: 'glue_catalog_table', create: 'CreateTable', id: (e) => `${e.accountId}:${String(e.request.databaseName)}:${String((e.request.tableInput as { name?: string } | undefined)?.name)}` },
]);
const mapper: ServiceMapper = { service: 'kinesis', eventSource: 'kinesis.amazonaws.com', ...table };

const rec = (eventName: string, requestParameters: object, eventID: string) => ({
  eventID, eventTime: '2026-11-20T10:00:00Z', eventSource: 'kinesis.amazonaws.com', eventName, awsRegion: 'us-east-1', recipientAccountId: '111122223333', userIdentity: { userName: 'ana' }, requestParameters,
});

describe('import-only rows', () => {
  it('emit an import block and no resource block, reported import-only', () => {
    const { files, report } = translate(toInputs([rec('CreateStream', { streamName: 'clicks', shardCount: 1 }, 'k1')]), { mappers: [mapper] });
    expect(report[0]).toMatchObject({ outcome: 'import-only', addresses: ['aws_kinesis_stream.clicks'] });
    expect(files['imports.tf']).toContain('import {\n  to = aws_kinesis_stream.clicks\n  id = "clicks"\n}');
    expect(files['imports.tf']).toContain('terraform plan -generate-config-out=generated.tf');
    expect(files['kinesis.tf']).toBeUndefined();
  });

  it('a delete later in the session removes the import; a missing identifier is an invalid record', () => {
    const { files, report } = translate(toInputs([rec('CreateStream', { streamName: 'tmp' }, 'k1'), rec('DeleteStream', { streamName: 'tmp' }, 'k2'), rec('CreateStream', {}, 'k3')]), { mappers: [mapper] });
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'deleted', 'invalid']);
    expect(report[2]!.reason).toMatch(/cannot find the aws_kinesis_stream identifier in request.streamName/);
    expect(files['imports.tf']).toBeUndefined();
  });

  it('build import IDs from several fields', () => {
    const glue: ServiceMapper = { ...mapper, eventSource: 'glue.amazonaws.com' };
    const r = { ...rec('CreateTable', { databaseName: 'sales', tableInput: { name: 'orders' } }, 'g1'), eventSource: 'glue.amazonaws.com' };
    expect(translate(toInputs([r]), { mappers: [glue] }).files['imports.tf']).toContain('id = "111122223333:sales:orders"');
  });
});

describe('operational events', () => {
  it('are ignored with a reason, not unsupported', () => {
    const r = { ...rec('SendCommand', { documentName: 'AWS-RunShellScript' }, 'o1'), eventSource: 'ssm.amazonaws.com' };
    expect(translate(toInputs([r]), { mappers }).report[0]).toMatchObject({ outcome: 'ignored', reason: 'a runtime operation, not infrastructure Terraform manages' });
  });
});
