// What the popup shows of a session: one row per recorded action and per CloudTrail-only event, each
// with the CloudTrail record it would translate (null when there is none to translate).
import type { CloudTrailRecord, JsonObject } from './cloudtrail-record.ts';
import type { SessionConfirmation } from './cloudtrail-confirmation.ts';
import type { RecordingSession } from './recorded-action.ts';

export type RowStatus = 'confirmed' | 'captured-only' | 'cloudtrail-only' | 'unsupported';

export interface SessionRow {
  /** "a:<actionId>" for recorded actions, "e:<eventID>" for CloudTrail-only events. */
  key: string;
  /** Epoch ms (capture time, or event time for CloudTrail-only rows). */
  at: number;
  service: string;
  operation: string;
  region: string | null;
  resourceName: string | null;
  status: RowStatus;
  /** The call failed in the console (or CloudTrail recorded an error). */
  failed: boolean;
  /** Why a row is captured only or unsupported. */
  note: string | null;
  /**
   * Only the page reported this call: no network observation (webRequest) backs it and CloudTrail has
   * not confirmed it. Left out of Generate unless the user ticks it.
   */
  unverified?: true;
  record: CloudTrailRecord | null;
}

export interface SessionDetail {
  session: RecordingSession;
  confirmation: SessionConfirmation | null;
  rows: SessionRow[];
}

export const UNVERIFIED_REASON = 'unverified: only the page reported this call, the browser saw no such network request; left out of Generate unless ticked';

/** What decides a row's default tick: whether it has a record to translate, and whether it is unverified. */
export interface RowDefault {
  translatable: boolean;
  unverified?: true;
}

/** Rows Generate includes when the user has not ticked or unticked them. */
export function defaultIncluded(row: RowDefault): boolean {
  return row.translatable && row.unverified !== true;
}

/** The same for a row that carries its record. */
export function includedByDefault(row: Pick<SessionRow, 'record' | 'unverified'>): boolean {
  return defaultIncluded({ translatable: row.record !== null, ...(row.unverified ? { unverified: true } : {}) });
}

export type StatusCounts = Record<RowStatus, number>;

export function countByStatus(rows: readonly Pick<SessionRow, 'status'>[]): StatusCounts {
  const counts: StatusCounts = { confirmed: 0, 'captured-only': 0, 'cloudtrail-only': 0, unsupported: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

// Parameters that name the resource a call is about, most specific first (request member names as the
// capture decodes them, and CloudTrail's lower-camelled ones).
const NAME_KEYS = [
  'bucketName', 'Bucket', 'functionName', 'FunctionName', 'roleName', 'RoleName', 'userName', 'UserName', 'policyName',
  'PolicyName', 'groupName', 'GroupName', 'tableName', 'TableName', 'queueName', 'QueueName', 'name', 'Name',
  'logGroupName', 'DBInstanceIdentifier', 'dBInstanceIdentifier', 'StackName', 'stackName', 'AlarmName', 'alarmName',
  'groupId', 'GroupId', 'cidrBlock', 'CidrBlock', 'vpcId', 'VpcId', 'subnetId', 'SubnetId', 'instanceId', 'InstanceId',
];

export function resourceNameOf(params: JsonObject | null | undefined): string | null {
  if (!params) return null;
  for (const key of NAME_KEYS) {
    const v = params[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return null;
}

/** The service part of an event source or endpoint id: "ec2.amazonaws.com" -> "ec2". */
export function serviceOf(eventSource: string): string {
  return eventSource.replace(/\.amazonaws\.com$/, '');
}
