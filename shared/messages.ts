// The one message protocol between the extension's contexts (content relay, popup, background):
// message type to request and response, in the style of webext-core's ProtocolMap.
import { CAPTURE_LIMITS, parseCapturedRequest, type CapturedRequest } from './captured-request.ts';

export const MAX_BATCH_RECORDS = 200;
/** A JSON-encoded CapturedRequest at its size caps (base64 bodies grow by a third, JSON escaping more). */
export const MAX_RECORD_CHARS = 2 * (CAPTURE_LIMITS.requestBodyChars + CAPTURE_LIMITS.responseBodyChars) + 262_144;

/**
 * Characters of records one relay message may carry. Chrome refuses extension messages over 64 MiB
 * (https://developer.chrome.com/docs/extensions/develop/concepts/messaging, "maximum size of a message");
 * the records are embedded in the message's JSON, where escaping can double them, so a batch stays
 * under a quarter of that plus room for the envelope.
 */
export const MAX_BATCH_CHARS = 16 * 1024 * 1024;

/** Decodes and validates one record of a capture batch; null when it is not a valid CapturedRequest. */
export function decodeCapturedRecord(json: string): CapturedRequest | null {
  try {
    return parseCapturedRequest(JSON.parse(json));
  } catch {
    return null;
  }
}
import type { RecordedAction, RecordingSession, RecordingStatus } from './recorded-action.ts';
import { actionProblem, isConfirmationShape, parseSessionExport, recordProblem, sessionProblem, type SessionExport } from './session-export.ts';
import type { CloudTrailRecord } from './cloudtrail-record.ts';
import type { SessionConfirmation } from './cloudtrail-confirmation.ts';
import { MAX_CHUNK_ITEMS, MAX_PAGE_ROWS, type ActionChunk, type ActionCursor, type ExportHead, type RecordChunk, type RecordPage, type RowPage, type SessionSummary } from './session-paging.ts';
import type { SessionDetail } from './session-view.ts';

export interface ProtocolMap {
  /**
   * Relay → background: requests the page hook saw, each a JSON-encoded CapturedRequest. The relay
   * batches them (one message per burst) and does not parse them; the background validates each.
   */
  'capture/page-batch': { request: { records: string[] }; response: { accepted: number } };
  'recording/get-status': { request: Record<string, never>; response: RecordingStatus };
  'recording/start': { request: { name?: string }; response: RecordingStatus };
  'recording/stop': { request: Record<string, never>; response: RecordingStatus };
  /** Stop the current session (if any) and start a fresh one. */
  'recording/new-session': { request: { name?: string }; response: RecordingStatus };
  'sessions/list': { request: Record<string, never>; response: RecordingSession[] };
  'actions/list': { request: { sessionId: number }; response: RecordedAction[] };
  /** The popup's view: rows with status and the record each would translate; null for an unknown session. */
  'sessions/detail': { request: { sessionId: number }; response: SessionDetail | null };
  'sessions/rename': { request: { sessionId: number; name: string }; response: RecordingSession | null };
  /** Deletes the session and what was recorded for it (stops recording first if it is the current one). */
  'sessions/delete': { request: { sessionId: number }; response: { deleted: boolean } };
  'sessions/export': { request: { sessionId: number }; response: SessionExport | null };
  /** Stores an exported session as a new, stopped one. */
  'sessions/import': { request: { document: SessionExport }; response: RecordingSession };
  /** Counts by status without the rows; null for an unknown session. */
  'sessions/summary': { request: { sessionId: number }; response: SessionSummary | null };
  /** One page of the list (rows without their records). */
  'sessions/page': { request: PageRequest; response: RowPage | null };
  /** One page of rows with the records Generate translates. */
  'sessions/record-page': { request: PageRequest; response: RecordPage | null };
  /** A streamed export: the head, then pages of actions and of records. */
  'sessions/export-head': { request: { sessionId: number }; response: ExportHead | null };
  'sessions/export-actions': { request: { sessionId: number; after: ActionCursor | null; limit: number }; response: ActionChunk };
  'sessions/export-records': { request: PageRequest; response: RecordChunk | null };
  /** A streamed import: a new stopped session, its actions and records in chunks, then the confirmation and name. */
  'sessions/import-start': { request: { session: RecordingSession }; response: { sessionId: number } };
  'sessions/import-actions': { request: { sessionId: number; actions: RecordedAction[] }; response: { ids: number[] } };
  'sessions/import-records': { request: { sessionId: number; records: CloudTrailRecord[] }; response: { stored: number } };
  'sessions/import-finish': { request: { sessionId: number; name: string; confirmation: SessionConfirmation | null }; response: RecordingSession };
}

export interface PageRequest {
  sessionId: number;
  offset: number;
  limit: number;
}

export type MessageType = keyof ProtocolMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K; payload: ProtocolMap[K]['request'] }
  : never;
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function optionalName(payload: Record<string, unknown>): { name?: string } | null {
  const name = payload['name'];
  if (name === undefined) return {};
  return typeof name === 'string' && name.length <= 200 ? { name } : null;
}

/** Validates any incoming message; returns null for unknown types or malformed payloads. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value) || typeof value['type'] !== 'string') return null;
  const payload = value['payload'] ?? {};
  if (!isObject(payload)) return null;
  switch (value['type']) {
    case 'capture/page-batch': {
      const records = payload['records'];
      if (!Array.isArray(records) || records.length > MAX_BATCH_RECORDS) return null;
      if (!records.every((r): r is string => typeof r === 'string' && r.length <= MAX_RECORD_CHARS)) return null;
      return { type: 'capture/page-batch', payload: { records } };
    }
    case 'recording/get-status':
    case 'recording/stop':
    case 'sessions/list':
      return { type: value['type'], payload: {} };
    case 'recording/start':
    case 'recording/new-session': {
      const p = optionalName(payload);
      return p ? { type: value['type'], payload: p } : null;
    }
    case 'actions/list':
    case 'sessions/detail':
    case 'sessions/delete':
    case 'sessions/export': {
      const id = payload['sessionId'];
      return typeof id === 'number' && Number.isInteger(id) ? { type: value['type'], payload: { sessionId: id } } : null;
    }
    case 'sessions/rename': {
      const id = payload['sessionId'];
      const name = typeof payload['name'] === 'string' ? payload['name'].trim() : '';
      return typeof id === 'number' && Number.isInteger(id) && name !== '' && name.length <= 200
        ? { type: 'sessions/rename', payload: { sessionId: id, name } } : null;
    }
    case 'sessions/summary':
    case 'sessions/export-head': {
      const id = payload['sessionId'];
      return isId(id) ? { type: value['type'], payload: { sessionId: id } } : null;
    }
    case 'sessions/page':
    case 'sessions/record-page':
    case 'sessions/export-records': {
      const { sessionId, offset, limit } = payload;
      return isId(sessionId) && isCount(offset) && isCount(limit) && limit <= MAX_PAGE_ROWS
        ? { type: value['type'], payload: { sessionId, offset, limit } } : null;
    }
    case 'sessions/export-actions': {
      const { sessionId, after, limit } = payload;
      const cursorOk = after === null || (Array.isArray(after) && after.length === 2 && typeof after[0] === 'number' && isId(after[1]));
      return isId(sessionId) && cursorOk && isCount(limit) && limit <= MAX_PAGE_ROWS
        ? { type: 'sessions/export-actions', payload: { sessionId, after: after as ActionCursor | null, limit } } : null;
    }
    case 'sessions/import-start': {
      const session = payload['session'];
      return sessionProblem(session) === null ? { type: 'sessions/import-start', payload: { session: session as RecordingSession } } : null;
    }
    case 'sessions/import-actions': {
      const { sessionId, actions } = payload;
      if (!isId(sessionId) || !Array.isArray(actions) || actions.length > MAX_CHUNK_ITEMS) return null;
      return actions.every((a, i) => actionProblem(a, i) === null) ? { type: 'sessions/import-actions', payload: { sessionId, actions: actions as RecordedAction[] } } : null;
    }
    case 'sessions/import-records': {
      const { sessionId, records } = payload;
      if (!isId(sessionId) || !Array.isArray(records) || records.length > MAX_CHUNK_ITEMS) return null;
      return records.every((r, i) => recordProblem(r, i) === null) ? { type: 'sessions/import-records', payload: { sessionId, records: records as CloudTrailRecord[] } } : null;
    }
    case 'sessions/import-finish': {
      const { sessionId, name, confirmation } = payload;
      return isId(sessionId) && typeof name === 'string' && name.length <= 200 && isConfirmationShape(confirmation)
        ? { type: 'sessions/import-finish', payload: { sessionId, name, confirmation: (confirmation ?? null) as SessionConfirmation | null } } : null;
    }
    case 'sessions/import': {
      const document = parseSessionExport(payload['document']);
      return typeof document === 'string' ? null : { type: 'sessions/import', payload: { document } };
    }
    default:
      return null;
  }
}
