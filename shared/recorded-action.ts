// What the recorder stores: sessions and the actions captured in them (IndexedDB, extension/db).
// Everything here is already redacted. Later modules read it: CloudTrail confirmation matches actions
// to events by eventSource + operation + region + time + params; the popup lists them.
import type { JsonObject } from './cloudtrail-record.ts';

export interface ConsoleIdentity {
  accountId: string | null;
  /** Principal ARN, when a later module learns it (e.g. from CloudTrail). */
  arn: string | null;
}

export interface RecordingSession {
  id: number;
  name: string;
  startedAt: number;
  stoppedAt: number | null;
  accountId: string | null;
  regions: string[];
  consoleIdentity: ConsoleIdentity | null;
  actionCount: number;
}

export type ActionKind = 'action' | 'unclassified';
export type ActionStatus = 'succeeded' | 'failed';
export type CaptureSource = 'hook' | 'webRequest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated: boolean;
}

export interface RecordedResponse {
  status: number;
  body: string | null;
  bodyTruncated: boolean;
  error: string | null;
}

export interface RecordedAction {
  id: number;
  sessionId: number;
  /** Epoch ms when the (first attempt of the) request was issued: webRequest's time, or for the page hook
   * the time the background received its report (never a time the page claims). */
  capturedAt: number;
  completedAt: number;
  tabId: number;
  /** The console document that made the call (for webRequest copies: the initiating console origin). */
  pageUrl: string | null;
  /** The AWS account, when the console host names it (multi-session hosts "<account>-<id>.<region>…"). */
  accountId: string | null;
  kind: ActionKind;
  serviceId: string | null;
  /** CloudTrail eventSource, e.g. "ec2.amazonaws.com". */
  eventSource: string | null;
  operation: string | null;
  region: string | null;
  protocol: string | null;
  via: 'direct' | 'console-proxy';
  /** Decoded request parameters, redacted. */
  params: JsonObject | null;
  request: RecordedRequest;
  response: RecordedResponse | null;
  status: ActionStatus;
  httpStatus: number;
  /** Attempts of the same call (retries collapse into one action). */
  attempts: number;
  lastAttemptAt: number;
  /** How many observations each capture path contributed. */
  sources: Record<CaptureSource, number>;
  /** Identity of the call for de-duplication: tab + method + URL + canonical body, hashed. */
  fingerprint: string;
  /** Tab + method + URL, hashed: finds the other path's copy when one path could not read the body. */
  requestKey: string;
  /** The capture path could not read a body the request had (webRequest on Blob or stream bodies). */
  bodyUnknown: boolean;
  /** The SDK's amz-sdk-invocation-id header, shared by all retries of one call. */
  invocationId: string | null;
  /** Calls that are not infrastructure changes keep no bodies, only their sizes and a hash (least storage). */
  digest?: { requestChars: number; responseChars: number; hash: string };
}

export type NewRecordedAction = Omit<RecordedAction, 'id'>;

/**
 * Why recordings cannot be saved right now (shown on the badge and in the popup until it clears):
 * IndexedDB failing, or `tables-failed`, the capture tables shipped in the extension package not loading.
 */
export interface StorageProblem {
  kind: 'open-failed' | 'blocked' | 'quota' | 'write-failed' | 'tables-failed';
  message: string;
  at: number;
}

export interface RecordingStatus {
  recording: boolean;
  session: RecordingSession | null;
  /** Set while IndexedDB fails; the capture retries and clears it on the next success. */
  storageProblem?: StorageProblem | null;
}
