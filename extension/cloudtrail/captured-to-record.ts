// A captured action as a CloudTrail-shaped record, for translating actions CloudTrail has not
// confirmed (yet). Covered: the JSON protocols (awsJson, restJson: requestParameters are the member
// names lower-camelled, as CloudTrail writes them) and the query protocols (awsQuery, ec2Query: from
// the decoded form parameters). Not covered (needs CloudTrail): restXml (S3, Route 53, CloudFront),
// RPC v2 CBOR, console-proxy calls without decoded parameters, and bodies the capture truncated.
// Known gaps, reported per record: query responses are XML and not turned into responseElements, so
// IDs that only the response holds (EC2 ids) are missing; map-typed members other than the usual
// ones (Tags, Attributes, Variables, Metadata) get their keys lower-camelled too.
import { CAPTURED_EVENT_ID_PREFIX, type CloudTrailRecord, type JsonObject, type JsonValue } from '../../shared/cloudtrail-record.ts';
import type { ConsoleIdentityKey } from '../../shared/cloudtrail-confirmation.ts';
import type { RecordedAction } from '../../shared/recorded-action.ts';

export type Conversion =
  | { ok: true; record: CloudTrailRecord; approximations: string[] }
  | { ok: false; reason: string };

/** Members whose value is a map: their keys are data, not member names. */
const MAP_MEMBERS = new Set(['Tags', 'Attributes', 'Variables', 'Metadata', 'tags', 'attributes', 'variables']);

function lowerCamel(name: string): string {
  return name.length > 0 ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function camelJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(camelJson);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    out[lowerCamel(k)] = MAP_MEMBERS.has(k) && v !== null && typeof v === 'object' && !Array.isArray(v) ? v : camelJson(v);
  }
  return out;
}

/** EC2's CloudTrail shape: lists as "<member>Set": {"items": [...]}, tag lists as "tags" (observed in real records). */
function ec2Json(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(ec2Json);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      if (k === 'Tag') out.tags = v.map(ec2Json);
      else out[`${lowerCamel(k)}Set`] = { items: v.map(ec2Json) };
    } else out[lowerCamel(k)] = ec2Json(v);
  }
  return out;
}

function jsonResponse(action: RecordedAction): JsonObject | null {
  const body = action.response?.body;
  if (!body || action.response?.bodyTruncated) return null;
  try {
    const parsed = JSON.parse(body) as JsonValue;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (camelJson(parsed) as JsonObject) : null;
  } catch {
    return null;
  }
}

export function capturedToRecord(action: RecordedAction, identity: ConsoleIdentityKey | null): Conversion {
  if (action.kind !== 'action' || !action.eventSource || !action.operation) return { ok: false, reason: 'the capture could not tell which operation this is' };
  if (action.request.bodyTruncated) return { ok: false, reason: 'the captured request body was truncated' };
  const protocol = action.protocol;
  if (protocol !== 'json' && protocol !== 'rest-json' && protocol !== 'query' && protocol !== 'ec2') {
    return { ok: false, reason: `${protocol ?? 'unknown'} requests are not converted; needs CloudTrail` };
  }
  if (!action.params) return { ok: false, reason: 'the capture has no decoded parameters for this call; needs CloudTrail' };
  const approximations: string[] = [];
  let requestParameters: JsonObject;
  let responseElements: JsonObject | null = null;
  if (protocol === 'ec2') {
    requestParameters = ec2Json(action.params) as JsonObject;
    approximations.push('EC2 list shapes follow the usual "...Set"/"items" pattern; some operations use another');
    approximations.push('no responseElements: the response is XML, so IDs only the response holds are missing');
  } else if (protocol === 'query') {
    requestParameters = camelJson(action.params) as JsonObject;
    approximations.push('no responseElements: the response is XML, so IDs only the response holds are missing');
  } else {
    requestParameters = camelJson(action.params) as JsonObject;
    responseElements = jsonResponse(action);
    if (protocol === 'rest-json') approximations.push('members sent in HTTP headers are not included');
    if (!responseElements) approximations.push('no responseElements: the response body was not captured whole');
  }
  const failed = action.status === 'failed';
  const record: CloudTrailRecord = {
    eventVersion: '1.09',
    eventID: `${CAPTURED_EVENT_ID_PREFIX}${action.sessionId}-${action.id}`,
    eventTime: new Date(action.capturedAt).toISOString(),
    eventSource: action.eventSource,
    eventName: action.operation,
    awsRegion: action.region ?? 'us-east-1',
    eventType: 'AwsApiCall',
    ...(identity ? { userIdentity: { arn: identity.arn, ...(identity.accountId ? { accountId: identity.accountId } : {}) } } : {}),
    userAgent: 'Trailform capture (not confirmed by CloudTrail)',
    requestParameters,
    responseElements,
    readOnly: false,
    managementEvent: true,
    sessionCredentialFromConsole: 'true',
    ...(identity?.accountId ? { recipientAccountId: identity.accountId } : {}),
    ...(failed ? { errorCode: `HTTP${action.httpStatus}`, errorMessage: 'the call failed in the console' } : {}),
  };
  return { ok: true, record, approximations };
}
