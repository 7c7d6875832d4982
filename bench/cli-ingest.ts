// The CLI over a month-sized trail: 1,000,000 records (90% reads) in 2,000 .json.gz files laid out as a
// trail delivers them to S3, read by `trailform translate <dir>`. Reports records/s, CPU and peak RSS
// (goal ≤ 1 GB) with the machine's load average. Writes bench/results/cli-ingest.json.
// Run: npx tsx bench/cli-ingest.ts [records] [files]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateRecords } from './generate-session';

const ROOT = resolve(import.meta.dirname, '..');
const RECORDS = Number(process.argv[2] ?? 1_000_000);
const FILES = Number(process.argv[3] ?? 2_000);
const READ_SHARE = 0.9;
const ACCOUNT = '111122223333';

const READS = ['DescribeInstances', 'DescribeVpcs', 'DescribeSubnets', 'DescribeSecurityGroups', 'ListBuckets', 'GetBucketLocation', 'ListRoles', 'GetRole', 'ListFunctions20150331', 'GetFunction20150331v2'];
const SOURCES: Record<string, string> = { Describe: 'ec2.amazonaws.com', ListBuckets: 's3.amazonaws.com', GetBucketLocation: 's3.amazonaws.com', ListRoles: 'iam.amazonaws.com', GetRole: 'iam.amazonaws.com', ListFunctions20150331: 'lambda.amazonaws.com', GetFunction20150331v2: 'lambda.amazonaws.com' };

function readRecord(n: number, time: number): object {
  const name = READS[n % READS.length]!;
  return {
    eventVersion: '1.10',
    userIdentity: { type: 'AssumedRole', principalId: `AROA${n % 13}:ci`, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/reader/ci`, accountId: ACCOUNT, accessKeyId: `ASIA${n % 13}EXAMPLE` },
    eventTime: new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: SOURCES[name.startsWith('Describe') ? 'Describe' : name]!,
    eventName: name,
    awsRegion: n % 3 === 0 ? 'eu-west-1' : 'us-east-1',
    sourceIPAddress: '198.51.100.20',
    userAgent: 'aws-sdk-go-v2/1.30.0 os/linux',
    requestParameters: name.startsWith('Describe') ? { filterSet: {}, maxResults: 100 } : name === 'GetRole' ? { roleName: `role-${n % 50}` } : null,
    responseElements: null,
    requestID: `R${n.toString(16).padStart(12, '0')}`,
    eventID: `r${n.toString(16).padStart(8, '0')}-1111-4000-8000-000000000000`,
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
  };
}

function generateTrail(dir: string): { bytes: number; gzBytes: number } {
  const changes = generateRecords(Math.round(RECORDS * (1 - READ_SHARE)));
  const perFile = Math.ceil(RECORDS / FILES);
  const start = Date.parse('2026-11-01T00:00:00Z');
  let change = 0;
  let read = 0;
  let bytes = 0;
  let gzBytes = 0;
  for (let f = 0; f < FILES; f++) {
    const records: object[] = [];
    for (let i = 0; i < perFile && change + read < RECORDS; i++) {
      const n = change + read;
      // Spread the changes evenly among the reads.
      if (change < changes.length && (read >= RECORDS - changes.length || n % 10 === 0)) records.push(changes[change++]!);
      else records.push(readRecord(read++, start + n * 2600));
    }
    const day = new Date(start + f * Math.floor((30 * 86_400_000) / FILES));
    const region = f % 2 === 0 ? 'us-east-1' : 'eu-west-1';
    const ymd = day.toISOString().slice(0, 10).split('-');
    const folder = join(dir, 'AWSLogs', ACCOUNT, 'CloudTrail', region, ...ymd);
    mkdirSync(folder, { recursive: true });
    const text = JSON.stringify({ Records: records });
    const gz = gzipSync(text, { level: 6 });
    bytes += text.length;
    gzBytes += gz.length;
    writeFileSync(join(folder, `${ACCOUNT}_CloudTrail_${region}_${day.toISOString().replace(/[-:]/g, '').slice(0, 13)}Z_${String(f).padStart(5, '0')}.json.gz`), gz);
  }
  return { bytes, gzBytes };
}

const base = join(process.env['TMPDIR'] ?? tmpdir(), 'trailform-cli-bench');
mkdirSync(base, { recursive: true });
const dir = mkdtempSync(join(base, 'trail-'));
const out = mkdtempSync(join(base, 'out-'));
try {
  const g0 = Date.now();
  const size = generateTrail(dir);
  console.log(`generated ${RECORDS} records in ${FILES} files (${Math.round(size.gzBytes / 1e6)} MB gzip, ${Math.round(size.bytes / 1e6)} MB JSON) in ${Math.round((Date.now() - g0) / 1000)} s`);
  const loadBefore = loadavg()[0]!;
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'cli-run.ts'), 'translate', dir, '-o', out], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const loadAfter = loadavg()[0]!;
  const lines = run.stderr.trim().split('\n');
  const measured = JSON.parse(lines[lines.length - 1]!) as { code: number; wallMs: number; cpuMs: number; maxRssMB: number };
  if (measured.code !== 0) throw new Error(run.stderr);
  const row = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage1m: { before: loadBefore, after: loadAfter },
    records: RECORDS,
    files: FILES,
    readShare: READ_SHARE,
    gzipMB: Math.round(size.gzBytes / 1e6),
    jsonMB: Math.round(size.bytes / 1e6),
    wallMs: measured.wallMs,
    cpuMs: measured.cpuMs,
    recordsPerSecondWall: Math.round(RECORDS / (measured.wallMs / 1000)),
    recordsPerSecondCpu: Math.round(RECORDS / (measured.cpuMs / 1000)),
    peakRssMB: measured.maxRssMB,
    goalPeakRssMB: 1024,
    withinGoal: measured.maxRssMB <= 1024,
    summary: lines.filter((l) => /records:|resources/.test(l)).join(' '),
  };
  console.log(JSON.stringify(row, null, 2));
  const file = join(ROOT, 'bench', 'results', 'cli-ingest.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as { runs?: unknown[] } : {};
  writeFileSync(file, `${JSON.stringify({ runs: [...(previous.runs ?? []), row].slice(-5) }, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
