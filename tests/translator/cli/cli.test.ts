// The `trailform` command as a user runs it: through bin/trailform.mjs in a child process.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const bin = fileURLToPath(new URL('../../../bin/trailform.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trailform-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records = [
  { eventID: 'c1', eventTime: '2026-11-20T10:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'CreateBucket', awsRegion: 'us-east-1', requestParameters: { bucketName: 'cli-bucket' }, userIdentity: { userName: 'alice' } },
  { eventID: 'c2', eventTime: '2026-11-20T10:00:01Z', eventSource: 's3.amazonaws.com', eventName: 'PutBucketVersioning', awsRegion: 'us-east-1', requestParameters: { bucketName: 'cli-bucket', VersioningConfiguration: { Status: 'Enabled' } }, userIdentity: { userName: 'alice' } },
  { eventID: 'c3', eventTime: '2026-11-20T10:00:02Z', eventSource: 'widgets.amazonaws.com', eventName: 'CreateWidget', awsRegion: 'us-east-1', userIdentity: { userName: 'alice' } },
];
const logFile = join(dir, 'trail.json');
writeFileSync(logFile, JSON.stringify({ Records: records }));

describe('trailform CLI', () => {
  it('never merges the changes of several AWS accounts: exit 2 naming them, --account picks one', () => {
    const two = [
      { ...records[0], recipientAccountId: '111122223333' },
      { ...records[1], eventID: 'm2', recipientAccountId: '111122223333' },
      { eventID: 'm3', eventTime: '2026-11-20T10:00:03Z', eventSource: 's3.amazonaws.com', eventName: 'CreateBucket', awsRegion: 'eu-west-1', requestParameters: { bucketName: 'other-account' }, userIdentity: { userName: 'bob' }, recipientAccountId: '444455556666' },
    ];
    const file = join(dir, 'two-accounts.json');
    writeFileSync(file, JSON.stringify({ Records: two }));
    const refused = run(['translate', file, '-o', join(dir, 'two')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the input changes 2 AWS accounts (111122223333: 2 records, 444455556666: 1 record)');
    expect(refused.stderr).toContain('--account <id>');
    const picked = run(['translate', file, '--account', '444455556666', '--single-file']);
    expect(picked.code).toBe(0);
    expect(picked.stdout).toContain('resource "aws_s3_bucket" "other_account"');
    expect(picked.stdout).not.toContain('cli-bucket');
    expect(run(['translate', file, '--account', '4444-5555']).stderr).toContain('--account "4444-5555" is not an AWS account ID (12 digits)');
  });

  it('prints help with the commands and options', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/trailform translate \[options\] <file>/);
    expect(r.stdout).toMatch(/--console-only/);
  });

  it('writes a directory of files, the JSON report and a summary', () => {
    const out = join(dir, 'out');
    const report = join(dir, 'report.json');
    const r = run(['translate', logFile, '-o', out, '--report', report]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['imports.tf', 'providers.tf', 's3.tf', 'versions.tf']);
    expect(readFileSync(join(out, 's3.tf'), 'utf8')).toMatch(/resource "aws_s3_bucket_versioning" "cli_bucket"/);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as { entries: { eventID: string; outcome: string; addresses: string[] }[] };
    expect(parsed.entries.map((e) => [e.eventID, e.outcome])).toEqual([['c1', 'created'], ['c2', 'created'], ['c3', 'unsupported']]);
    expect(parsed.entries[0]!.addresses).toEqual(['aws_s3_bucket.cli_bucket']);
    expect(r.stderr).toMatch(/3 records: 2 created, 1 unsupported; 2 resources in the manifest/);
    expect(r.stderr).toMatch(/unsupported: widgets.amazonaws.com CreateWidget/);
  });

  it('--single-file prints one main.tf to stdout, from stdin with -', () => {
    const r = run(['translate', '-', '--single-file', '-q'], JSON.stringify({ Records: records }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^terraform \{/);
    expect(r.stdout).toMatch(/import \{\n  to = aws_s3_bucket.cli_bucket\n  id = "cli-bucket"\n\}/);
    expect(r.stderr).toBe('');
  });

  it('reads several files at once, gzip and JSON lines among them', () => {
    const gz = join(dir, 'part1.json.gz');
    writeFileSync(gz, gzipSync(JSON.stringify({ Records: [records[0]] })));
    const jsonl = join(dir, 'part2.jsonl');
    writeFileSync(jsonl, JSON.stringify(records[1]) + '\n');
    const out = execFileSync(process.execPath, [bin, 'translate', gz, jsonl, '--single-file', '-q'], { encoding: 'utf8' });
    expect(out).toMatch(/resource "aws_s3_bucket_versioning"/);
  });

  it('exits 2 naming the file when the input is not CloudTrail', () => {
    const other = join(dir, 'package.json');
    writeFileSync(other, '{"name": "x", "version": "1.0.0"}');
    const r = run(['translate', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${other}: not CloudTrail data (a JSON object with keys name, version)`);
  });

  it('exits 2 with a clear message for a missing file, a bad date or an unknown option', () => {
    expect(run(['translate', join(dir, 'nope.json')]).stderr).toMatch(/nope\.json: cannot read \(no such file\)/);
    const badDate = run(['translate', logFile, '--since', 'yesterday']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--since "yesterday" is not a date/);
    const unknown = run(['translate', logFile, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/frobnicate/);
    expect(run(['translate']).code).toBe(2);
  });
});
