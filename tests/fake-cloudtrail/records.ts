// Builders for console-made CloudTrail records, shaped like the examples in
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
// (IAM user with console session credentials: ASIA key, sessionCredentialFromConsole "true").
import type { CloudTrailRecord, CloudTrailUserIdentity, JsonObject } from '../../shared/cloudtrail-record.ts';

export const CONSOLE_USER: CloudTrailUserIdentity = {
  type: 'IAMUser',
  principalId: 'AIDAFAKEALICE',
  arn: 'arn:aws:iam::123456789012:user/alice',
  accountId: '123456789012',
  accessKeyId: 'ASIAFAKEFAKEFAKE',
  userName: 'alice',
  sessionContext: { attributes: { creationDate: '2026-11-26T12:00:00Z', mfaAuthenticated: 'true' } },
};

export const OTHER_USER: CloudTrailUserIdentity = {
  type: 'IAMUser',
  principalId: 'AIDAFAKEBOB',
  arn: 'arn:aws:iam::123456789012:user/bob',
  accountId: '123456789012',
  accessKeyId: 'AKIAFAKEBOB',
  userName: 'bob',
};

let counter = 0;

export interface RecordSpec {
  eventSource: string;
  eventName: string;
  /** Epoch ms. */
  time: number;
  region?: string;
  eventID?: string;
  requestParameters?: JsonObject | null;
  responseElements?: JsonObject | null;
  identity?: CloudTrailUserIdentity;
  readOnly?: boolean;
  errorCode?: string;
  userAgent?: string;
}

export function consoleRecord(spec: RecordSpec): CloudTrailRecord {
  const identity = spec.identity ?? CONSOLE_USER;
  const fromConsole = identity.accessKeyId?.startsWith('ASIA') ?? false;
  return {
    eventVersion: '1.09',
    eventID: spec.eventID ?? `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    eventTime: new Date(Math.floor(spec.time / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    eventSource: spec.eventSource,
    eventName: spec.eventName,
    awsRegion: spec.region ?? 'us-east-1',
    eventType: 'AwsApiCall',
    userIdentity: identity,
    sourceIPAddress: '203.0.113.7',
    userAgent: spec.userAgent ?? (fromConsole ? 'AWS Internal' : 'aws-cli/2.15.0'),
    requestParameters: spec.requestParameters ?? null,
    responseElements: spec.responseElements ?? null,
    requestID: `req-${counter}`,
    readOnly: spec.readOnly ?? false,
    managementEvent: true,
    recipientAccountId: identity.accountId ?? '123456789012',
    ...(fromConsole ? { sessionCredentialFromConsole: 'true' } : {}),
    ...(spec.errorCode ? { errorCode: spec.errorCode, errorMessage: 'failed' } : {}),
  };
}
