// A session as one JSON file: what the popup exports and imports, and what `trailform translate` reads.
// The format tag is declared here once; the translator's ingest (which reads these files) imports it.
import type { CloudTrailRecord } from './cloudtrail-record.ts';
import type { SessionConfirmation } from './cloudtrail-confirmation.ts';
import type { RecordedAction, RecordingSession } from './recorded-action.ts';
export const SESSION_FORMAT = 'trailform-session/1';

export interface SessionExport {
  format: typeof SESSION_FORMAT;
  exportedAt: string;
  session: RecordingSession;
  actions: RecordedAction[];
  /** The CloudTrail records the session matched (confirmed actions and CloudTrail-only events), oldest first. */
  records: CloudTrailRecord[];
  /** How the actions were matched; lets an import show the same statuses. */
  confirmation: SessionConfirmation | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What is wrong with one exported action (numbered from 0), or null. */
export function actionProblem(a: unknown, i: number): string | null {
  return !isObject(a) || typeof a['id'] !== 'number' || typeof a['capturedAt'] !== 'number' || !isObject(a['request']) ? `action #${i} is incomplete` : null;
}

/** What is wrong with one exported CloudTrail record (numbered from 0), or null. */
export function recordProblem(r: unknown, i: number): string | null {
  return !isObject(r) || typeof r['eventID'] !== 'string' || typeof r['eventSource'] !== 'string' || typeof r['eventName'] !== 'string' ? `record #${i} is not a CloudTrail record` : null;
}

export function isConfirmationShape(c: unknown): boolean {
  return c === undefined || c === null || (isObject(c) && Array.isArray(c['outcomes']));
}

/** The session object of an export: the fields an import needs, or a message naming what is missing. */
export function sessionProblem(session: unknown): string | null {
  return !isObject(session) || typeof session['name'] !== 'string' || typeof session['startedAt'] !== 'number' ? 'the "session" object is missing or incomplete' : null;
}

/** Checks the shape an import needs; returns a message naming what is wrong, or the document. */
export function parseSessionExport(value: unknown): SessionExport | string {
  if (!isObject(value)) return 'not a JSON object';
  if (value['format'] !== SESSION_FORMAT) return `not a Trailform session (format is not "${SESSION_FORMAT}")`;
  const session = value['session'];
  const badSession = sessionProblem(session);
  if (badSession) return badSession;
  if (!Array.isArray(value['actions'])) return 'the "actions" array is missing';
  if (!Array.isArray(value['records'])) return 'the "records" array is missing';
  for (const [i, a] of (value['actions'] as unknown[]).entries()) {
    const problem = actionProblem(a, i);
    if (problem) return problem;
  }
  for (const [i, r] of (value['records'] as unknown[]).entries()) {
    const problem = recordProblem(r, i);
    if (problem) return problem;
  }
  const confirmation = value['confirmation'];
  if (!isConfirmationShape(confirmation)) return 'the "confirmation" object is malformed';
  return {
    format: SESSION_FORMAT,
    exportedAt: typeof value['exportedAt'] === 'string' ? value['exportedAt'] : '',
    session: session as unknown as RecordingSession,
    actions: value['actions'] as RecordedAction[],
    records: value['records'] as CloudTrailRecord[],
    confirmation: (confirmation ?? null) as SessionConfirmation | null,
  };
}

/** File name for an export: the session's name, made safe. */
export function exportFileName(session: Pick<RecordingSession, 'name' | 'id'>): string {
  const base = session.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || `session-${session.id}`;
  return `trailform-${base}.json`;
}
