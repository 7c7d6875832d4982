// The `trailform` command: translate CloudTrail logs a team already has into a Terraform manifest.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MultipleAccountsError, translate } from './index';
import { NotCloudTrailError } from './ingest/containers';
import { InputError } from './input-error';
import { progressLine } from './ingest/progress-line';
import { streamInputs, type DroppedTally } from './ingest/stream';
import { orderedFileNames, singleFile } from './output';
import { countOutcomes, OUTCOMES, summarize } from './report';
import type { ReportEntry } from './model';
import { coverageRows, coverageMarkdown } from './coverage';

const USAGE = `Usage:
  trailform translate [options] <file>... (a file, a directory of log files, or - for stdin)
  trailform coverage [--json]

Turns CloudTrail records of AWS console sessions into a Terraform manifest with import blocks.

Input: CloudTrail log files {"Records": [...]} (also .json.gz), aws cloudtrail lookup-events output,
JSON arrays of records, JSON lines, Trailform session exports; several files at once, or a directory
as a trail delivers it to S3 (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz). Files are
read one at a time; reads, data events and failed calls are counted, not held.

Options for translate:
  -o, --out <dir>       write the files into <dir> (default: ./trailform-output)
      --single-file     print one main.tf to stdout instead of writing a directory
      --report <file>   write the per-record report as JSON
      --user <name>     keep only records made by this user, role session or ARN
      --since <time>    keep only records at or after this ISO-8601 time
      --until <time>    keep only records at or before this ISO-8601 time
      --console-only    keep only records that score as made in the AWS console
      --account <id>    keep only records of this AWS account (input that changes several
                        accounts needs it: exit 2 names them)
  -q, --quiet           no summary on stderr
      --debug           on an internal error, print its stack
  -h, --help            show this help

Exit codes: 0 translated, 1 internal error (a bug in Trailform), 2 bad input or usage (the message
names what was wrong).`;

class UsageError extends InputError {}

/** Errors the user can fix: usage, unreadable or non-CloudTrail input, several accounts, a file system refusal. */
function isBadInput(error: unknown): boolean {
  if (error instanceof InputError || error instanceof NotCloudTrailError || error instanceof MultipleAccountsError) return true;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) || typeof syscall === 'string';
}

/** The report's summary, with the records dropped while reading counted among the ignored. */
function summarizeStreamed(entries: readonly ReportEntry[], resourceCount: number, dropped: DroppedTally): string {
  const lines = summarize(entries, resourceCount).split('\n');
  let droppedCount = 0;
  for (const n of dropped.values()) droppedCount += n;
  if (droppedCount === 0) return lines.join('\n');
  const counts = countOutcomes(entries);
  counts.ignored += droppedCount;
  const parts = OUTCOMES.filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${o}`);
  lines[0] = `${entries.length + droppedCount} records: ${parts.join(', ')}; ${resourceCount} resources in the manifest.`;
  return lines.join('\n');
}

function parseTime(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date (use ISO-8601, e.g. 2026-11-26T14:00:00Z)`);
  return date;
}

async function runTranslate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'single-file': { type: 'boolean' },
      report: { type: 'string' },
      user: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      'console-only': { type: 'boolean' },
      account: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('translate needs at least one input file (or - for stdin)');
  if (values['single-file'] && values.out) throw new UsageError('--single-file prints to stdout; it does not go with --out');
  if (values.account !== undefined && !/^\d{12}$/.test(values.account)) throw new UsageError(`--account ${JSON.stringify(values.account)} is not an AWS account ID (12 digits)`);
  const since = parseTime(values.since, '--since');
  const until = parseTime(values.until, '--until');
  const progress = progressLine(process.stderr, !values.quiet);
  let streamed;
  try {
    streamed = await streamInputs(positionals, (p) => progress.update(p));
  } finally {
    progress.done();
  }
  const result = translate(streamed.inputs, { user: values.user, since, until, consoleOnly: values['console-only'], account: values.account });
  // Refused before anything is written: one manifest holds one account.
  if (values.account === undefined && result.accounts.size > 1) throw new MultipleAccountsError(result.accounts);
  streamed.inputs.length = 0;

  if (values['single-file']) {
    process.stdout.write(singleFile(result.files));
  } else {
    const dir = values.out ?? 'trailform-output';
    await mkdir(dir, { recursive: true });
    for (const name of orderedFileNames(result.files)) await writeFile(join(dir, name), result.files[name]!);
    if (!values.quiet) process.stderr.write(`wrote ${orderedFileNames(result.files).length} files to ${dir}\n`);
  }
  if (values.report) {
    // Records dropped while reading are counted by reason, not listed one by one.
    await writeFile(values.report, JSON.stringify({ entries: result.report, warnings: result.warnings, ignoredWhileReading: Object.fromEntries(streamed.dropped) }, null, 2) + '\n');
  }
  if (!values.quiet) {
    process.stderr.write(summarizeStreamed(result.report, result.resources.length, streamed.dropped) + '\n');
    for (const w of result.warnings) process.stderr.write(`warning: ${w.message}\n`);
  }
  return 0;
}

function runCoverage(args: string[]): number {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  process.stdout.write(values.json ? JSON.stringify(coverageRows(), null, 2) + '\n' : coverageMarkdown());
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((arg) => arg !== '--debug');
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === 'translate') return await runTranslate(rest);
    if (command === 'coverage') return runCoverage(rest);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`trailform: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (isBadInput(error)) {
      process.stderr.write(`trailform: ${(error as Error).message}\n`);
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`trailform: internal error (${message.split('\n')[0]}); this is a bug in Trailform, please report it${debug ? '' : ' (--debug prints the stack)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
