// A session's list rows, built from what IndexedDB holds: each recorded action with its CloudTrail record
// when confirmed, the captured request turned into a record when not (flagged "captured only"), and the
// CloudTrail-only events the matcher kept. Pure functions, no storage: the popup builds its stored first
// page with them too (edge-page.ts).
import type { ActionOutcome, SessionConfirmation, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { RecordedAction } from '../../shared/recorded-action.ts';
import { resourceNameOf, serviceOf, UNVERIFIED_REASON, type SessionRow } from '../../shared/session-view.ts';
import { capturedToRecord } from '../cloudtrail/captured-to-record.ts';

/** Each action's match outcome, by action id (a Map, so building 10,000 rows is not 10,000 scans). */
export function outcomesByAction(confirmation: SessionConfirmation | null): Map<number, ActionOutcome> {
  return new Map((confirmation?.outcomes ?? []).map((o) => [o.actionId, o]));
}

export function actionRow(action: RecordedAction, confirmation: SessionConfirmation | null, events: Map<string, StoredTrailEvent>, outcomes: Map<number, ActionOutcome>): SessionRow {
  const base = {
    key: `a:${action.id}`,
    at: action.capturedAt,
    service: action.serviceId ?? (action.eventSource ? serviceOf(action.eventSource) : 'unknown'),
    operation: action.operation ?? `${action.request.method} ${new URL(action.request.url, 'https://x').pathname}`,
    region: action.region,
    failed: action.status === 'failed',
  };
  // An unclassified call whose operation CloudTrail confirmed is shown (and translated) from its event.
  const outcome = outcomes.get(action.id);
  const confirmed = outcome?.outcome === 'confirmed' ? events.get(outcome.eventId)?.record : undefined;
  if (!confirmed && (action.kind !== 'action' || !action.eventSource || !action.operation)) {
    return { ...base, resourceName: null, status: 'unsupported', note: 'the capture could not tell which operation this is', record: null };
  }
  if (confirmed) {
    return {
      ...base, resourceName: resourceNameOf(confirmed.requestParameters) ?? resourceNameOf(action.params),
      status: 'confirmed', note: null, record: confirmed, failed: base.failed || confirmed.errorCode !== undefined,
    };
  }
  const converted = capturedToRecord(action, confirmation?.identity ?? null);
  const why = outcome?.outcome === 'captured-only' ? outcome.reason : null;
  if (!converted.ok) return { ...base, resourceName: resourceNameOf(action.params), status: 'unsupported', note: why ? `${why}; ${converted.reason}` : converted.reason, record: null };
  // A page can report anything; only a call the browser itself saw on the network counts by default.
  if (action.sources.webRequest === 0) {
    return { ...base, resourceName: resourceNameOf(action.params), status: 'captured-only', note: why ? `${UNVERIFIED_REASON}; ${why}` : UNVERIFIED_REASON, record: converted.record, unverified: true };
  }
  return { ...base, resourceName: resourceNameOf(action.params), status: 'captured-only', note: why, record: converted.record };
}

/** Orders rows the way the list shows them: by time, then by key. */
export function compareRows(a: Pick<SessionRow, 'at' | 'key'>, b: Pick<SessionRow, 'at' | 'key'>): number {
  return a.at - b.at || compareKeys(a.key, b.key);
}

/**
 * Rows of the same moment (a relay batch is timed by its receipt) in capture order: action keys
 * ("a:<id>") by their numeric id, so a:9 comes before a:10; anything else by its text.
 */
function compareKeys(a: string, b: string): number {
  if (a.startsWith('a:') && b.startsWith('a:')) return Number(a.slice(2)) - Number(b.slice(2));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every row of a session, in list order, from what IndexedDB holds for it. */
export function buildRows(actions: readonly RecordedAction[], confirmation: SessionConfirmation | null, events: Map<string, StoredTrailEvent>): SessionRow[] {
  const outcomes = outcomesByAction(confirmation);
  const rows = actions.map((a) => actionRow(a, confirmation, events, outcomes));
  for (const eventId of confirmation?.cloudTrailOnly ?? []) {
    const record = events.get(eventId)?.record;
    if (record) rows.push(trailOnlyRow(eventId, record));
  }
  rows.sort(compareRows);
  return rows;
}

/** A CloudTrail event the matcher kept although no recorded action matched it. */
export function trailOnlyRow(eventId: string, record: CloudTrailRecord): SessionRow {
  return {
    key: `e:${eventId}`, at: Date.parse(record.eventTime), service: serviceOf(record.eventSource), operation: record.eventName,
    region: record.awsRegion ?? null, resourceName: resourceNameOf(record.requestParameters), status: 'cloudtrail-only',
    failed: record.errorCode !== undefined, note: 'in CloudTrail, not seen by the recorder (e.g. a call the console made server-side)', record,
  };
}
