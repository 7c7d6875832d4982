import { gzipSync } from 'node:zlib';
import { NotCloudTrailError, readRecords } from '../../../translator/ingest/containers';
import { decodeBytes } from '../../../translator/ingest/read-file';

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  eventID: id,
  eventTime: '2026-11-20T10:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'CreateBucket',
  requestParameters: { bucketName: `b-${id}` },
  ...extra,
});

const ids = (text: string) => readRecords(text, 'f').map((r) => (r.value as { eventID: string }).eventID);

describe('reading CloudTrail containers', () => {
  it('reads a trail log file {"Records": [...]}', () => {
    expect(ids(JSON.stringify({ Records: [record('a'), record('b')] }))).toEqual(['a', 'b']);
  });

  it('reads aws cloudtrail lookup-events output, parsing each CloudTrailEvent string', () => {
    const text = JSON.stringify({ Events: [{ EventId: 'a', CloudTrailEvent: JSON.stringify(record('a')) }], NextToken: 'x' });
    expect(ids(text)).toEqual(['a']);
  });

  it('reports a lookup-events item whose CloudTrailEvent is not JSON as an invalid record, not an abort', () => {
    const text = JSON.stringify({ Events: [{ EventId: 'bad', EventName: 'CreateBucket', CloudTrailEvent: '{nope' }, { CloudTrailEvent: JSON.stringify(record('ok')) }] });
    const values = readRecords(text, 'f').map((r) => r.value as Record<string, unknown>);
    expect(values).toHaveLength(2);
    expect(values[0]!.__invalid).toMatch(/not valid JSON/);
  });

  it('reads a plain array, a single record and JSON lines', () => {
    expect(ids(JSON.stringify([record('a'), record('b')]))).toEqual(['a', 'b']);
    expect(ids(JSON.stringify(record('a')))).toEqual(['a']);
    expect(ids([record('a'), record('b'), record('c')].map((r) => JSON.stringify(r)).join('\n') + '\n')).toEqual(['a', 'b', 'c']);
  });

  it('unwraps EventBridge "AWS API Call via CloudTrail" events and Trailform session exports', () => {
    expect(ids(JSON.stringify([{ 'detail-type': 'AWS API Call via CloudTrail', detail: record('eb') }]))).toEqual(['eb']);
    expect(ids(JSON.stringify({ format: 'trailform-session/1', session: {}, actions: [], records: [record('s')] }))).toEqual(['s']);
  });

  it('keeps the position of every record for the report', () => {
    expect(readRecords(JSON.stringify({ Records: [record('a'), record('b')] }), 'logs/x.json').map((r) => r.input)).toEqual(['logs/x.json#0', 'logs/x.json#1']);
  });

  it.each([
    ['an empty file', ''],
    ['a JSON object of something else', '{"name": "package", "version": "1.0.0"}'],
    ['a JSON array of numbers', '[1, 2, 3]'],
    ['text that is not JSON', 'hello world\nsecond line'],
    ['a JSON string', '"just text"'],
  ])('rejects %s naming the file and what was expected', (_, text) => {
    expect(() => readRecords(text, 'notes.txt')).toThrow(NotCloudTrailError);
    expect(() => readRecords(text, 'notes.txt')).toThrow(/^notes\.txt: not CloudTrail data .*Expected a CloudTrail log file/);
  });

  it('decodes gzip by its magic bytes, whatever the file is called', () => {
    const text = JSON.stringify({ Records: [record('gz')] });
    expect(decodeBytes(gzipSync(text), 'x.json')).toBe(text);
    expect(() => decodeBytes(Uint8Array.from([0x1f, 0x8b, 1, 2, 3]), 'broken.json.gz')).toThrow(/broken\.json\.gz: the gzip data is damaged/);
  });
});
