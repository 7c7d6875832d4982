// What extension pages read of a large session without loading it whole: a summary (counts by status),
// one page of rows at a time, and the pieces an export or an import travels in (an extension message
// is capped at 64 MiB, so a 10,000-action session never goes as one).
import type { CloudTrailRecord } from './cloudtrail-record.ts';
import type { SessionConfirmation } from './cloudtrail-confirmation.ts';
import type { RecordedAction, RecordingSession } from './recorded-action.ts';
import type { SessionRow, StatusCounts } from './session-view.ts';

export interface SessionSummary {
  session: RecordingSession;
  counts: StatusCounts;
  /** Rows the list shows (actions and CloudTrail-only events). */
  rowCount: number;
  /** Rows that have a record to translate. */
  translatable: number;
  /** Translatable rows Generate takes unless the user unticks them (unverified rows are not). */
  includedByDefault: number;
}

/** A row as the list shows it: everything but the record, which only Generate needs. */
export type RowView = Omit<SessionRow, 'record'> & { translatable: boolean };

/** Most rows one page message carries. */
export const MAX_PAGE_ROWS = 500;
/** Most actions or records one import message carries (the sender also keeps each message under MAX_CHUNK_CHARS). */
export const MAX_CHUNK_ITEMS = 500;
export const MAX_CHUNK_CHARS = 16 * 1024 * 1024;

export interface RowPage {
  sessionId: number;
  offset: number;
  total: number;
  rows: RowView[];
}

/** Rows with their records, for Generate. */
export interface RecordPage {
  sessionId: number;
  offset: number;
  total: number;
  rows: SessionRow[];
}

/** Where an export's action pages continue: after this (capturedAt, id) in the session's time index. */
export type ActionCursor = [capturedAt: number, id: number];

export interface ExportHead {
  session: RecordingSession;
  confirmation: SessionConfirmation | null;
  recordCount: number;
}

export interface ActionChunk {
  actions: RecordedAction[];
  /** Where the next chunk starts; null when this was the last. */
  next: ActionCursor | null;
}

export interface RecordChunk {
  records: CloudTrailRecord[];
  total: number;
}

/** Pushed to watching pages over a runtime port when something they show may have changed. */
export interface ChangeNotice {
  /** Sessions whose rows or summary changed; null: anything (sessions list, recording switch). */
  sessionIds: number[] | null;
}

export function toRowView(row: SessionRow): RowView {
  const { record, ...rest } = row;
  return { ...rest, translatable: record !== null };
}
