// Streaming ingest for the CLI (Node only): files, .json.gz, stdin, and whole directories laid out the
// way a trail delivers to S3 (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/*.json.gz, see
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html).
// One file is parsed at a time; read-only calls, data events, failed calls and non-API events are
// counted and dropped right there, so memory grows with the changes a trail holds, not with its reads.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { fromDocument, looksLikeRecord, readRecords, unwrap } from './containers';
import { decodeBytes } from './read-file';
import { InputError } from '../input-error';
import { normalizeEventName, reasonToSkip, validateRecord, type InputRecord } from '../pipeline/normalize';

/** Records dropped before they were held, by the reason the report would give them ("ignored"). */
export type DroppedTally = Map<string, number>;

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  records: number;
  kept: number;
}

const LOG_FILE = /\.(json|jsonl|ndjson)(\.gz)?$/i;

/** The files a path stands for: itself, or every log file under a directory, in path order. */
export async function expandPath(path: string): Promise<string[]> {
  if (path === '-') return [path];
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`);
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      // Digest files (log file integrity validation) sit beside the logs and hold no records.
      if (e.isDirectory()) {
        if (e.name !== 'CloudTrail-Digest') await walk(full);
      }
      else if (e.isFile() && LOG_FILE.test(e.name)) found.push(full);
    }
  };
  await walk(path);
  if (found.length === 0) throw new InputError(`${path}: a directory with no CloudTrail log files (*.json, *.json.gz) in it`);
  return found;
}

/**
 * Keeps what translate() must see record by record, and counts the rest: a valid record that would
 * only be "ignored" as a read, a data event, a failed call or a non-API event. Invalid records are
 * kept, so the report still names each of them.
 */
export function keepOrCount(value: unknown, dropped: DroppedTally): boolean {
  const checked = validateRecord(value);
  if ('error' in checked) return true;
  const reason = reasonToSkip(checked.record, normalizeEventName(checked.record.eventName));
  if (reason === undefined) return true;
  dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
  return false;
}

async function readFileValues(path: string): Promise<unknown[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (error as Error).message})`);
  }
  return readRecords(decodeBytes(bytes, path), path).map((r) => r.value);
}

/** stdin, gunzipped when it starts with gzip's magic bytes. */
async function stdinText(input: Readable): Promise<AsyncIterable<string>> {
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer);
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.from(next.value as Buffer);
    }
  }
  const raw = Readable.from(rest());
  const text = head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  text.setEncoding('utf8');
  return text as AsyncIterable<string>;
}

/**
 * stdin: JSON lines are read line by line (a month of records never has to fit in one string); any
 * other JSON document is read whole.
 */
async function* stdinValues(input: Readable): AsyncGenerator<unknown[]> {
  const lines = createInterface({ input: (await stdinText(input)) as unknown as Readable, crlfDelay: Infinity });
  let mode: 'unknown' | 'lines' | 'document' = 'unknown';
  const whole: string[] = [];
  let lineNo = 0;
  let batch: unknown[] = [];
  for await (const line of lines) {
    lineNo += 1;
    if (mode === 'document') {
      whole.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      if (mode === 'unknown') {
        mode = 'document';
        whole.push(line);
        continue;
      }
      // A broken line in the middle of JSON lines is reported as an invalid record.
      batch.push({ __invalid: `line ${lineNo} is not JSON` });
      continue;
    }
    mode = 'lines';
    const one = unwrap(doc);
    batch.push(...(Array.isArray(doc) ? doc.map(unwrap) : looksLikeRecord(one) ? [one] : fromDocument(doc, `stdin line ${lineNo}`)));
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (mode === 'document') yield readRecords(whole.join('\n'), 'stdin').map((r) => r.value);
  else if (mode === 'unknown') readRecords('', 'stdin');
  else if (batch.length > 0) yield batch;
}

export interface StreamedInput {
  inputs: InputRecord[];
  dropped: DroppedTally;
  records: number;
}

/** Reads every path (files, directories, - for stdin) one file at a time, keeping only what translate() must see. */
export async function streamInputs(paths: readonly string[], onProgress: (p: IngestProgress) => void = () => {}, stdin: Readable = process.stdin): Promise<StreamedInput> {
  const files: string[] = [];
  for (const p of paths) files.push(...(await expandPath(p)));
  const dropped: DroppedTally = new Map();
  const inputs: InputRecord[] = [];
  const progress: IngestProgress = { filesDone: 0, filesTotal: files.length, records: 0, kept: 0 };
  const take = (values: readonly unknown[], source: string, offset: number): void => {
    values.forEach((value, i) => {
      if (keepOrCount(value, dropped)) inputs.push({ value, input: `${source}#${offset + i}` });
    });
    progress.records += values.length;
    progress.kept = inputs.length;
  };
  for (const file of files) {
    if (file === '-') {
      let offset = 0;
      for await (const values of stdinValues(stdin)) {
        take(values, 'stdin', offset);
        offset += values.length;
        onProgress(progress);
      }
    } else {
      take(await readFileValues(file), file, 0);
    }
    progress.filesDone += 1;
    onProgress(progress);
  }
  return { inputs, dropped, records: progress.records };
}
