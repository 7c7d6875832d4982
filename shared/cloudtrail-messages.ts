// Messages of the CloudTrail confirmation feature (options page / popup → background). Same shape as
// shared/messages.ts (type → request/response, validated at the boundary); kept in its own map so the
// capture protocol and this one can change independently. The background answers them with a second
// runtime.onMessage listener; the capture router ignores unknown types.
import type { SessionConfirmation, SessionRecords } from './cloudtrail-confirmation.ts';

export interface CredentialsInput {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | null;
}

export interface ConfirmationView {
  confirmation: SessionConfirmation | null;
  /** e.g. "4 of 6 confirmed, next check in 30 s". */
  progress: string;
}

export type TestConnectionResult =
  | { ok: true; region: string; eventsSeen: number }
  | { ok: false; region: string; kind: string; message: string; detail: string };

export type ImportFileResult = { ok: true; imported: number; view: ConfirmationView } | { ok: false; error: string };

export interface CloudTrailProtocolMap {
  'cloudtrail/get-confirmation': { request: { sessionId: number }; response: ConfirmationView };
  /** Check now (starting the waiting if the session never waited). */
  'cloudtrail/check-now': { request: { sessionId: number }; response: ConfirmationView };
  /** One LookupEvents call with the given (or, when null, the stored) credentials. */
  'cloudtrail/test-connection': { request: { region: string; credentials: CredentialsInput | null }; response: TestConnectionResult };
  'cloudtrail/import-file': { request: { sessionId: number; fileName: string; text: string }; response: ImportFileResult };
  'cloudtrail/session-records': { request: { sessionId: number }; response: SessionRecords };
}

export type CloudTrailMessageType = keyof CloudTrailProtocolMap;
export type CloudTrailMessage<K extends CloudTrailMessageType = CloudTrailMessageType> = K extends CloudTrailMessageType
  ? { type: K; payload: CloudTrailProtocolMap[K]['request'] }
  : never;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MAX_FILE_CHARS = 64 * 1024 * 1024;

function sessionId(p: Record<string, unknown>): number | null {
  const id = p['sessionId'];
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
}

function credentialsInput(v: unknown): CredentialsInput | null | undefined {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) return undefined;
  const { accessKeyId, secretAccessKey, sessionToken } = v;
  if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string' || accessKeyId.length > 128 || secretAccessKey.length > 256) return undefined;
  if (sessionToken !== null && sessionToken !== undefined && (typeof sessionToken !== 'string' || sessionToken.length > 8192)) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken: typeof sessionToken === 'string' ? sessionToken : null };
}

/** Validates a message of this feature; null for anything else. */
export function parseCloudTrailMessage(value: unknown): CloudTrailMessage | null {
  if (!isObject(value) || typeof value['type'] !== 'string') return null;
  const p = value['payload'];
  if (!isObject(p)) return null;
  switch (value['type']) {
    case 'cloudtrail/get-confirmation':
    case 'cloudtrail/check-now':
    case 'cloudtrail/session-records': {
      const id = sessionId(p);
      return id === null ? null : { type: value['type'], payload: { sessionId: id } };
    }
    case 'cloudtrail/test-connection': {
      const region = p['region'];
      const credentials = credentialsInput(p['credentials']);
      if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region) || credentials === undefined) return null;
      return { type: 'cloudtrail/test-connection', payload: { region, credentials } };
    }
    case 'cloudtrail/import-file': {
      const id = sessionId(p);
      const { fileName, text } = p;
      if (id === null || typeof fileName !== 'string' || fileName.length > 512 || typeof text !== 'string' || text.length > MAX_FILE_CHARS) return null;
      return { type: 'cloudtrail/import-file', payload: { sessionId: id, fileName, text } };
    }
    default:
      return null;
  }
}
