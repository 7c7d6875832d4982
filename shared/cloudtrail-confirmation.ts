// CloudTrail confirmation of a recorded session, as stored in IndexedDB (store "cloudtrailSync") and
// read by the popup: each action confirmed or captured only, plus the CloudTrail-only events.
import type { CloudTrailRecord } from './cloudtrail-record.ts';

/** Who made the session's calls, learned from confirmed events (or known beforehand). */
export interface ConsoleIdentityKey {
  arn: string;
  accountId: string | null;
  /** LookupEvents' Username for this identity (user name or role session name). */
  lookupUsername: string | null;
}

export type ActionOutcome =
  | { actionId: number; outcome: 'confirmed'; eventId: string; /** event time − capture time, ms. */ deltaMs: number }
  | { actionId: number; outcome: 'captured-only'; reason: string };

export type ConfirmationPhase =
  /** Nothing asked yet (recording, or no check started). */
  | 'idle'
  /** Checking CloudTrail with backoff until every action is confirmed or the deadline passes. */
  | 'waiting'
  | 'complete'
  | 'timed-out'
  /** Waiting, but no credentials are configured. */
  | 'needs-credentials'
  /** Stopped on an error only the user can fix (access denied, expired or invalid credentials). */
  | 'error';

export interface SessionConfirmation {
  sessionId: number;
  phase: ConfirmationPhase;
  /** Where the events came from most recently. */
  source: 'lookup' | 'file' | null;
  waitStartedAt: number | null;
  deadline: number | null;
  checks: number;
  /** When the latest check began; later than lastCheckAt while a check runs (or if the worker died in it). */
  checkStartedAt: number | null;
  /** When the latest check finished. */
  lastCheckAt: number | null;
  nextCheckAt: number | null;
  lastError: { kind: string; message: string } | null;
  matchableCount: number;
  confirmedCount: number;
  outcomes: ActionOutcome[];
  cloudTrailOnly: string[];
  identity: ConsoleIdentityKey | null;
  /** Every console-originated pair agreed on the identity; only then do lookups narrow by its user name. */
  identityUnanimous: boolean;
  clockOffsetMs: number;
  /** LookupEvents requests this session made (pages, retries excluded). */
  lookupCalls: number;
}

/** One CloudTrail event as kept in IndexedDB (store "cloudtrailEvents", keyed by eventID). */
export interface StoredTrailEvent {
  eventId: string;
  region: string;
  lookupUsername: string | null;
  record: CloudTrailRecord;
  /** Sessions whose lookups (or imported files) returned it. */
  sessionIds: number[];
  source: 'lookup' | 'file';
  fetchedAt: number;
}

/** Where each record handed to the translator came from (extension/cloudtrail/session-records.ts). */
export type RecordOrigin =
  | { kind: 'confirmed'; actionId: number; eventId: string }
  | { kind: 'cloudtrail-only'; eventId: string }
  | { kind: 'captured-only'; actionId: number; translated: true; approximations: string[] }
  | { kind: 'captured-only'; actionId: number; translated: false; reason: string };

export interface SessionRecords {
  /** For translate(): oldest first. */
  records: CloudTrailRecord[];
  /** One entry per matchable action and per CloudTrail-only event. */
  origins: RecordOrigin[];
}
