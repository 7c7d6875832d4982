// The CloudTrail record model both sides use: what `LookupEvents` returns inside `CloudTrailEvent`
// and what a trail writes into its log files.
// Field meanings: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface CloudTrailSessionIssuer {
  type?: string;
  principalId?: string;
  arn?: string;
  accountId?: string;
  userName?: string;
}

export interface CloudTrailUserIdentity {
  type?: string;
  principalId?: string;
  arn?: string;
  accountId?: string;
  accessKeyId?: string;
  userName?: string;
  invokedBy?: string;
  sessionContext?: {
    attributes?: { creationDate?: string; mfaAuthenticated?: string };
    sessionIssuer?: CloudTrailSessionIssuer;
  };
}

export interface CloudTrailRecord {
  eventVersion?: string;
  eventID: string;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion?: string;
  eventType?: string;
  userIdentity?: CloudTrailUserIdentity;
  sourceIPAddress?: string;
  userAgent?: string;
  requestParameters?: JsonObject | null;
  responseElements?: JsonObject | null;
  additionalEventData?: JsonObject | null;
  errorCode?: string;
  errorMessage?: string;
  requestID?: string;
  readOnly?: boolean | string;
  managementEvent?: boolean | string;
  recipientAccountId?: string;
  sessionCredentialFromConsole?: string;
  apiVersion?: string;
  resources?: { ARN?: string; accountId?: string; type?: string }[];
  tlsDetails?: { tlsVersion?: string; cipherSuite?: string; clientProvidedHostHeader?: string };
}

/** The value CloudTrail puts where it removed a secret. */
export const HIDDEN_VALUE = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * eventIDs of records Trailform built from a captured browser request because CloudTrail has not (yet)
 * delivered the real event; the translator says so in its comments.
 */
export const CAPTURED_EVENT_ID_PREFIX = 'trailform-capture-';
