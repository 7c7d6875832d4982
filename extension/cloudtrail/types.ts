// Types shared by the CloudTrail confirmation modules (lookup, matching, sync). Pure: no browser API.
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { ActionOutcome, ConsoleIdentityKey } from '../../shared/cloudtrail-confirmation.ts';

export type { ActionOutcome, ConsoleIdentityKey };

/** LookupEvents takes one attribute per call (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html). */
export interface LookupAttribute {
  key: 'AccessKeyId' | 'Username' | 'ReadOnly';
  value: string;
}

export interface LookupQuery {
  region: string;
  attribute: LookupAttribute;
  /** Epoch ms, inclusive. */
  startTime: number;
  endTime: number;
}

/** One event as LookupEvents (or an offline file) gives it. */
export interface TrailEvent {
  eventId: string;
  region: string;
  /** The LookupEvents "Username" field (user name or role session name); null for offline files. */
  lookupUsername: string | null;
  record: CloudTrailRecord;
}

export interface LookupPageResult {
  events: TrailEvent[];
  nextToken: string | null;
}

/** The CloudTrail client as the sync loop sees it (the SDK adapter implements it; tests fake it). */
export interface CloudTrailLookup {
  lookupPage(query: LookupQuery, nextToken: string | null): Promise<LookupPageResult>;
}

export interface MatchResult {
  outcomes: ActionOutcome[];
  /** Same identity, inside the window, changing something, never captured. */
  cloudTrailOnly: string[];
  identity: ConsoleIdentityKey | null;
  /** Every console-originated pair agreed on the identity (or it was given): safe to narrow lookups by it. */
  identityUnanimous: boolean;
  /** Estimated AWS clock − browser clock, ms. */
  clockOffsetMs: number;
}
