// The records to translate for a session at any moment: confirmed actions as their CloudTrail events,
// CloudTrail-only events (flagged), and unconfirmed actions converted from the captured request when
// the capture decoded them fully (listed as unconfirmed either way).
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { RecordOrigin, SessionConfirmation, SessionRecords, StoredTrailEvent } from '../../shared/cloudtrail-confirmation.ts';

export type { RecordOrigin, SessionRecords };
import type { RecordedAction } from '../../shared/recorded-action.ts';
import { capturedToRecord } from './captured-to-record.ts';
import { isMatchable } from './matcher.ts';

export function sessionRecords(actions: readonly RecordedAction[], confirmation: SessionConfirmation | null, events: readonly StoredTrailEvent[]): SessionRecords {
  const byEvent = new Map(events.map((e) => [e.eventId, e.record]));
  const outcomes = new Map((confirmation?.outcomes ?? []).map((o) => [o.actionId, o]));
  const records: CloudTrailRecord[] = [];
  const origins: RecordOrigin[] = [];
  for (const action of actions.filter(isMatchable)) {
    const o = outcomes.get(action.id);
    const record = o?.outcome === 'confirmed' ? byEvent.get(o.eventId) : undefined;
    if (o?.outcome === 'confirmed' && record) {
      records.push(record);
      origins.push({ kind: 'confirmed', actionId: action.id, eventId: o.eventId });
      continue;
    }
    const converted = capturedToRecord(action, confirmation?.identity ?? null);
    if (converted.ok) {
      records.push(converted.record);
      origins.push({ kind: 'captured-only', actionId: action.id, translated: true, approximations: converted.approximations });
    } else origins.push({ kind: 'captured-only', actionId: action.id, translated: false, reason: converted.reason });
  }
  for (const eventId of confirmation?.cloudTrailOnly ?? []) {
    const record = byEvent.get(eventId);
    if (!record) continue;
    records.push(record);
    origins.push({ kind: 'cloudtrail-only', eventId });
  }
  records.sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || (a.eventID < b.eventID ? -1 : 1));
  return { records, origins };
}
