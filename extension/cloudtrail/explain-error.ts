// Turns a LookupEvents failure into plain words. Error names: the SDK's exception classes and the
// common errors (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/CommonErrors.html).

export type FailureKind =
  | 'access-denied'
  | 'expired-token'
  | 'invalid-credentials'
  | 'wrong-region'
  | 'throttled'
  | 'no-network'
  | 'other';

export interface ExplainedFailure {
  kind: FailureKind;
  message: string;
  /** The raw error name, for the curious. */
  detail: string;
}

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

export function explainLookupError(err: unknown, region: string): ExplainedFailure {
  const name = String(field(err, 'name') ?? field(err, 'code') ?? 'Error');
  const raw = String(field(err, 'message') ?? err);
  const detail = `${name}: ${raw}`;
  const meta = field(err, '$metadata') as { httpStatusCode?: number } | undefined;
  if (/AccessDenied|NotAuthorized|UnauthorizedOperation/i.test(name) || /not authorized to perform/i.test(raw)) {
    return { kind: 'access-denied', detail, message: 'AWS accepted the credentials but they may not call cloudtrail:LookupEvents. Attach the policy shown below to the user or role.' };
  }
  if (/ExpiredToken|TokenRefreshRequired|RequestExpired/i.test(name) || /expired/i.test(raw)) {
    return { kind: 'expired-token', detail, message: 'These temporary credentials have expired. Export fresh ones (aws configure export-credentials, or the SSO portal) and paste them again.' };
  }
  if (/OptInRequired|InvalidRegion|UnknownEndpoint/i.test(name) || /region/i.test(raw) && /not (enabled|valid|supported)|opt/i.test(raw)) {
    return { kind: 'wrong-region', detail, message: `The region ${region} is not enabled for this account or does not exist. Pick a region the account uses.` };
  }
  if (/UnrecognizedClient|InvalidClientTokenId|SignatureDoesNotMatch|IncompleteSignature|InvalidSignature|MissingAuthenticationToken/i.test(name)) {
    // An unknown key also shows up this way when a region is not enabled (the key is not known there).
    return { kind: 'invalid-credentials', detail, message: `AWS does not recognise these credentials in ${region}: check the access key id, the secret and (for ASIA keys) the session token. If they work elsewhere, the region may not be enabled for the account.` };
  }
  if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(name) || meta?.httpStatusCode === 429) {
    return { kind: 'throttled', detail, message: 'CloudTrail is limiting requests (2 per second per region). Trailform retries by itself; try again in a moment.' };
  }
  if (/TypeError|NetworkError|TimeoutError|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|AbortError/i.test(name) || /Failed to fetch|NetworkError|ENOTFOUND|ECONNREFUSED|network/i.test(raw)) {
    return { kind: 'no-network', detail, message: `Could not reach cloudtrail.${region}.amazonaws.com. Check the network connection (or a proxy/firewall), and that ${region} is a real region name, then try again.` };
  }
  return { kind: 'other', detail, message: `CloudTrail refused the request: ${raw}` };
}
