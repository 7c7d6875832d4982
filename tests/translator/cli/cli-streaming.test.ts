// The CLI over a trail's S3 layout and over stdin: every log file under a directory is read, reads and
// data events are counted but not held, and the summary and report still account for every record.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expandPath, keepOrCount, streamInputs } from '../../../translator/ingest/stream';
import { Readable } from 'node:stream';

const bin = fileURLToPath(new URL('../../../bin/trailform.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trailform-stream-'));

const write = (id: string, second: number, name: string, extra: object = {}) => ({
  eventID: id, eventTime: `2026-11-20T10:00:${String(second).padStart(2, '0')}Z`, eventSource: 's3.amazonaws.com', eventName: name,
  awsRegion: 'us-east-1', requestParameters: { bucketName: `bucket-${id}` }, userIdentity: { userName: 'alice' }, ...extra,
});
const read = (id: string, second: number) => write(id, second, 'ListBuckets', { readOnly: true });
const dataEvent = (id: string, second: number) => write(id, second, 'PutObject', { managementEvent: false });

/** AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<file>.json.gz, two days, two regions. */
function trailDirectory(): string {
  const root = join(dir, 'bucket');
  const files: [string, object[]][] = [
    ['AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/20/123456789012_CloudTrail_us-east-1_20261120T1000Z_a.json.gz', [write('w1', 1, 'CreateBucket'), read('r1', 2), read('r2', 3)]],
    ['AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/21/123456789012_CloudTrail_us-east-1_20261121T1000Z_b.json.gz', [dataEvent('d1', 4), read('r3', 5)]],
    ['AWSLogs/123456789012/CloudTrail/eu-west-1/2026/11/20/123456789012_CloudTrail_eu-west-1_20261120T1000Z_c.json.gz', [write('w2', 6, 'CreateBucket'), read('r4', 7)]],
  ];
  for (const [path, records] of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), gzipSync(JSON.stringify({ Records: records })));
  }
  // Not log files: a digest (log file integrity validation) and a README.
  const digest = join(root, 'AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2026/11/20');
  mkdirSync(digest, { recursive: true });
  writeFileSync(join(digest, '123456789012_CloudTrail-Digest_us-east-1_x_20261120T110000Z.json.gz'), gzipSync(JSON.stringify({ awsAccountId: '123456789012', digestStartTime: '2026-11-20T10:00:00Z', logFiles: [] })));
  writeFileSync(join(root, 'README.txt'), 'not a log');
  return root;
}

describe('streaming ingest', () => {
  test('a directory stands for every log file under it, in path order', async () => {
    const root = trailDirectory();
    const files = await expandPath(root);
    expect(files).toHaveLength(3);
    expect(files.every((f) => f.endsWith('.json.gz'))).toBe(true);
    expect(files[0]).toContain('/eu-west-1/');
  });

  test('reads and data events are counted, not held; changes and invalid records are kept', async () => {
    const root = trailDirectory();
    const seen: number[] = [];
    const out = await streamInputs([root], (p) => seen.push(p.filesDone));
    expect(out.records).toBe(7);
    expect(out.inputs.map((i) => (i.value as { eventID: string }).eventID).sort()).toEqual(['w1', 'w2']);
    expect(Object.fromEntries(out.dropped)).toEqual({ 'read-only call': 4, 'a data event (object or item level), not a change to infrastructure': 1 });
    expect(seen).toEqual([1, 2, 3]);
    const dropped = new Map<string, number>();
    expect(keepOrCount({ eventName: 'x' }, dropped)).toBe(true);
    expect(keepOrCount(write('e', 1, 'CreateBucket', { errorCode: 'AccessDenied' }), dropped)).toBe(false);
    expect([...dropped.keys()]).toEqual(['the call failed (AccessDenied): nothing changed']);
  });

  test('stdin: JSON lines are read line by line, gzip included; a broken line is an invalid record', async () => {
    const lines = [JSON.stringify(write('w1', 1, 'CreateBucket')), JSON.stringify(read('r1', 2)), '{broken', JSON.stringify(write('w2', 3, 'CreateBucket'))].join('\n');
    const out = await streamInputs(['-'], () => {}, Readable.from([gzipSync(lines)]));
    expect(out.records).toBe(4);
    expect(out.inputs.map((i) => i.input)).toEqual(['stdin#0', 'stdin#2', 'stdin#3']);
    expect(out.inputs[1]!.value).toEqual({ __invalid: 'line 3 is not JSON' });
  });

  test('stdin: a pretty-printed document is read whole', async () => {
    const out = await streamInputs(['-'], () => {}, Readable.from([Buffer.from(JSON.stringify({ Records: [write('w1', 1, 'CreateBucket'), read('r', 2)] }, null, 2))]));
    expect(out.inputs).toHaveLength(1);
    expect(out.records).toBe(2);
  });

  test('the CLI over a trail directory: the summary counts every record, the report the dropped ones by reason', () => {
    const root = trailDirectory();
    const report = join(dir, 'report.json');
    const r = spawnSync(process.execPath, [bin, 'translate', root, '-o', join(dir, 'out'), '--report', report], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/7 records: 2 created, 5 ignored; 2 resources in the manifest/);
    // Not a terminal: no progress line.
    expect(r.stderr).not.toContain('\r');
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as { entries: unknown[]; ignoredWhileReading: Record<string, number> };
    expect(parsed.entries).toHaveLength(2);
    expect(parsed.ignoredWhileReading['read-only call']).toBe(4);
  });

  test('an empty directory is bad input, named', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = spawnSync(process.execPath, [bin, 'translate', empty], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${empty}: a directory with no CloudTrail log files`);
  });
});
