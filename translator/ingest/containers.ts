// Reads CloudTrail records out of every container a team is likely to have:
// - a trail's log file `{"Records": [...]}` (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html)
// - `aws cloudtrail lookup-events` output `{"Events": [{"CloudTrailEvent": "<JSON string>"}]}`
// - a JSON array of records, one record, or JSON lines
// - EventBridge "AWS API Call via CloudTrail" events (the record is in `detail`)
// - a Trailform session export `{"format": "trailform-session/1", "records": [...]}`
// Pure: takes text. Reading files and gunzipping live with the CLI (ingest/read-file.ts).

import type { InputRecord } from '../pipeline/normalize';
import { SESSION_FORMAT } from '../../shared/session-export';

export class NotCloudTrailError extends Error {
  constructor(readonly source: string, detail: string) {
    super(`${source}: not CloudTrail data (${detail}). Expected a CloudTrail log file {"Records": [...]}, ` +
      `aws cloudtrail lookup-events output {"Events": [...]}, a JSON array of records, JSON lines, or a Trailform session export.`);
  }
}

export { SESSION_FORMAT };

export function looksLikeRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('eventName' in value || 'eventSource' in value || 'eventID' in value);
}

/** Unwraps one element of a container into a record candidate (invalid ones still count, for the report). */
export function unwrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const v = value as Record<string, unknown>;
  if (typeof v.CloudTrailEvent === 'string') {
    try {
      return JSON.parse(v.CloudTrailEvent);
    } catch {
      return { eventID: v.EventId, eventName: v.EventName, eventSource: v.EventSource, __invalid: 'CloudTrailEvent is not valid JSON' };
    }
  }
  if (v['detail-type'] === 'AWS API Call via CloudTrail' && typeof v.detail === 'object') return v.detail;
  return value;
}

/** The record candidates of one parsed JSON document (any container above). */
export function fromDocument(doc: unknown, source: string): unknown[] {
  if (Array.isArray(doc)) {
    if (doc.length > 0 && !doc.some((d) => looksLikeRecord(unwrap(d)))) throw new NotCloudTrailError(source, 'an array with no CloudTrail record in it');
    return doc.map(unwrap);
  }
  if (typeof doc === 'object' && doc !== null) {
    const d = doc as Record<string, unknown>;
    if (d.format === SESSION_FORMAT) {
      if (!Array.isArray(d.records)) throw new NotCloudTrailError(source, 'a session export without a records array');
      return d.records.map(unwrap);
    }
    if (Array.isArray(d.Records)) return d.Records.map(unwrap);
    if (Array.isArray(d.Events)) return d.Events.map(unwrap);
    if (Array.isArray(d.events)) return fromDocument(d.events, source);
    const single = unwrap(doc);
    if (looksLikeRecord(single)) return [single];
    const keys = Object.keys(d).slice(0, 5).join(', ');
    throw new NotCloudTrailError(source, `a JSON object with keys ${keys || '(none)'}`);
  }
  throw new NotCloudTrailError(source, `a JSON ${typeof doc}`);
}

/** Parses one input's text into records, each tagged with where it came from. */
export function readRecords(text: string, source: string): InputRecord[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new NotCloudTrailError(source, 'the input is empty');
  let values: unknown[];
  try {
    values = fromDocument(JSON.parse(trimmed), source);
  } catch (error) {
    if (error instanceof NotCloudTrailError) throw error;
    values = readJsonLines(trimmed, source);
  }
  return values.map((value, i) => ({ value, input: `${source}#${i}` }));
}

function readJsonLines(text: string, source: string): unknown[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const values: unknown[] = [];
  let parsedAny = false;
  for (const [i, line] of lines.entries()) {
    try {
      const doc = JSON.parse(line);
      parsedAny = true;
      values.push(...(looksLikeRecord(unwrap(doc)) || Array.isArray(doc) ? (Array.isArray(doc) ? doc.map(unwrap) : [unwrap(doc)]) : fromDocument(doc, `${source} line ${i + 1}`)));
    } catch (error) {
      if (error instanceof NotCloudTrailError) throw error;
      if (i === 0) throw new NotCloudTrailError(source, `not JSON: ${(error as Error).message}`);
      // A broken line in the middle of a JSON-lines file is reported as an invalid record.
      values.push({ __invalid: `line ${i + 1} is not JSON` });
    }
  }
  if (!parsedAny) throw new NotCloudTrailError(source, 'no JSON found');
  return values;
}
