// Normalization: validate each record's shape, strip API-version suffixes from event names, drop
// duplicates (by eventID), and decide which records are actions to translate. Everything dropped is
// reported with its reason; nothing is silently lost.

import type { CloudTrailRecord, JsonObject } from '../../shared/cloudtrail-record';
import type { MapperEvent } from '../model';
import { isObject } from '../services/read';

export interface InputRecord {
  readonly value: unknown;
  /** `file#index`, for the report. */
  readonly input: string;
}

export type Classified =
  | { kind: 'action'; event: MapperEvent; input: string }
  | { kind: 'skip'; record: CloudTrailRecord; input: string; reason: string }
  | { kind: 'invalid'; value: unknown; input: string; reason: string }
  | { kind: 'duplicate'; eventID: string; input: string };

// Lambda `CreateFunction20150331`, `UpdateFunctionCode20150331v2`; CloudFront `CreateDistribution2020_05_31`.
// https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html
const VERSION_SUFFIX = /(?:\d{8}(?:v\d+)?|\d{4}_\d{2}_\d{2})$/;

/** Names seen so far, normalized: a session repeats a few hundred names at most. */
const NORMALIZED = new Map<string, string>();

export function normalizeEventName(name: string): string {
  let normalized = NORMALIZED.get(name);
  if (normalized === undefined) {
    // Surrounding spaces occur in hand-edited logs (AWS doc examples have "SendSSHPublicKey "): no API
    // name has any.
    normalized = name.trim().replace(VERSION_SUFFIX, '');
    if (NORMALIZED.size < 10_000) NORMALIZED.set(name, normalized);
  }
  return normalized;
}

const READ_PREFIXES = /^(Get|List|Describe|Head|Search|Query|Scan|BatchGet|Lookup|Validate|Preview|Simulate|Estimate|Test|Check|View|Download|Select|Decrypt|Encrypt|GenerateDataKey|Sign|Verify|AssumeRole|GetCallerIdentity)/;

/** readOnly when CloudTrail says so (boolean or string); by the name when the record does not say. */
export function isReadOnly(record: CloudTrailRecord, eventName: string): boolean {
  if (record.readOnly === true || record.readOnly === 'true') return true;
  if (record.readOnly === false || record.readOnly === 'false') return false;
  return READ_PREFIXES.test(eventName);
}

export function actorOf(record: CloudTrailRecord): string {
  const id = record.userIdentity;
  if (!id) return 'unknown';
  if (id.userName) return id.userName;
  const issuer = id.sessionContext?.sessionIssuer?.userName;
  const arn = id.arn ?? '';
  const session = arn.includes('assumed-role/') ? arn.split('/').pop() : undefined;
  if (issuer && session) return `${issuer}/${session}`;
  if (issuer) return issuer;
  if (arn) return arn;
  return id.principalId ?? id.type ?? 'unknown';
}

function requiredString(value: Record<string, unknown>, key: string): string | undefined {
  const v = value[key];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

// Region names: partition prefix, optional gov/iso infix, a direction, a number
// (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html). A placeholder such
// as `region-ID` or a typo such as `us-northeast-1r` would otherwise become a provider block.
const REGION_NAME = /^[a-z]{2,4}(-(gov|iso|isob|isoe|isof))?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;

export function isRegionName(region: string): boolean {
  return REGION_NAME.test(region);
}

const REQUIRED_STRINGS = ['eventID', 'eventTime', 'eventSource', 'eventName'] as const;
const OBJECT_OR_NULL = ['requestParameters', 'responseElements'] as const;

/** Checks the fields the translator relies on and names the first one that is wrong. */
export function validateRecord(value: unknown): { record: CloudTrailRecord; time: number } | { error: string } {
  if (!isObject(value)) return { error: `a record should be a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  if (typeof value.__invalid === 'string') return { error: value.__invalid };
  for (const key of REQUIRED_STRINGS) {
    if (requiredString(value, key) === undefined) return { error: `the record has no ${key} (or it is not a string)` };
  }
  const time = Date.parse(value.eventTime as string);
  if (Number.isNaN(time)) return { error: `eventTime ${JSON.stringify(value.eventTime)} is not a date` };
  for (const key of OBJECT_OR_NULL) {
    const v = value[key];
    if (v !== undefined && v !== null && !isObject(v)) return { error: `${key} should be an object or null` };
  }
  if (value.awsRegion !== undefined && (typeof value.awsRegion !== 'string' || !isRegionName(value.awsRegion))) {
    return { error: `awsRegion ${JSON.stringify(value.awsRegion)} is not an AWS region name (like us-east-1)` };
  }
  if (value.userIdentity !== undefined && value.userIdentity !== null && !isObject(value.userIdentity)) {
    return { error: 'userIdentity should be an object' };
  }
  return { record: value as unknown as CloudTrailRecord, time };
}

const NON_ACTION_TYPES = new Set(['AwsConsoleSignIn', 'AwsConsoleAction', 'AwsServiceEvent', 'AwsCloudTrailInsight']);

/** Why a valid record is not an action to translate, or undefined when it is one. */
export function reasonToSkip(record: CloudTrailRecord, eventName: string): string | undefined {
  if (record.errorCode) return `the call failed (${record.errorCode}): nothing changed`;
  if (record.eventType && NON_ACTION_TYPES.has(record.eventType)) return `${record.eventType} is not an API call`;
  if (record.managementEvent === false || record.managementEvent === 'false') return 'a data event (object or item level), not a change to infrastructure';
  if (isReadOnly(record, eventName)) return 'read-only call';
  // A successful dry run (Cloud9's CreateEnvironmentEC2 and others take `dryRun`) only checks permissions.
  const params = record.requestParameters;
  if (isObject(params) && (params.dryRun === true || params.dryRun === 'true')) return 'a dry run (dryRun = true): nothing changed';
  return undefined;
}

export function classify(inputs: readonly InputRecord[]): Classified[] {
  const seen = new Set<string>();
  const out: Classified[] = [];
  for (const { value, input } of inputs) {
    // A record delivered twice (CloudTrail may) counts once, even when it is malformed.
    const eventID = isObject(value) && typeof value.eventID === 'string' ? value.eventID : undefined;
    if (eventID !== undefined) {
      if (seen.has(eventID)) {
        out.push({ kind: 'duplicate', eventID, input });
        continue;
      }
      seen.add(eventID);
    }
    const checked = validateRecord(value);
    if ('error' in checked) {
      out.push({ kind: 'invalid', value, input, reason: checked.error });
      continue;
    }
    const record = checked.record;
    const eventName = normalizeEventName(record.eventName);
    const skipReason = reasonToSkip(record, eventName);
    if (skipReason !== undefined) {
      out.push({ kind: 'skip', record, input, reason: skipReason });
      continue;
    }
    const request: JsonObject = isObject(record.requestParameters) ? record.requestParameters : {};
    const response: JsonObject = isObject(record.responseElements) ? record.responseElements : {};
    out.push({
      kind: 'action',
      input,
      event: {
        eventID: record.eventID,
        time: checked.time,
        eventTime: record.eventTime,
        eventSource: record.eventSource.trim(),
        eventName,
        region: record.awsRegion ?? 'us-east-1',
        accountId: record.recipientAccountId ?? record.userIdentity?.accountId ?? '',
        actor: actorOf(record),
        request,
        response,
        record,
      },
    });
  }
  return out;
}
