// The same redaction for what enters storage by other ways than capture: CloudTrail events fetched for
// confirmation or read from a file (CloudTrail logs ECS environment values and CloudFormation
// parameter values in plain text), and actions of an imported trailform-session/1 file (which may come
// from an older version, another machine, or anyone).
import type { CloudTrailRecord, JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';
import type { NewRecordedAction, RecordedAction } from '../../../shared/recorded-action.ts';
import { leastStorage } from '../least-storage.ts';
import type { Classification } from '../classify/classification.ts';
import { redactBodyText, redactObject, redactValue } from './redact-body.ts';
import { redactHeaders, redactUrl } from './redact-request.ts';
import type { SensitiveIndex } from './sensitive-index.ts';
import { scrubPresigned } from './redact-tree.ts';

function asObject(v: JsonValue): JsonObject | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
}

/** A copy of a CloudTrail record with the operation's sensitive members and context-rule secrets hidden. */
export function redactTrailRecord(record: CloudTrailRecord, index: SensitiveIndex): CloudTrailRecord {
  // Lambda and CloudFront event names carry the API version ("UpdateFunctionConfiguration20150331v2").
  const operation = record.eventName.replace(/20\d{6}(?:v\d+)?$/, '');
  const planIn = index.plan(record.eventSource, operation, 'in');
  const planOut = index.plan(record.eventSource, operation, 'out');
  const out: CloudTrailRecord = { ...record };
  if (record.requestParameters) out.requestParameters = redactObject(record.requestParameters, planIn);
  if (record.responseElements) out.responseElements = redactObject(record.responseElements, planOut);
  if (record.additionalEventData) out.additionalEventData = asObject(redactValue(record.additionalEventData, null));
  if (record.errorMessage !== undefined) out.errorMessage = scrubPresigned(record.errorMessage);
  return out;
}

/** The classification an imported action stands for, enough for least storage. */
function classificationOf(action: NewRecordedAction): Classification {
  if (action.kind === 'action' && action.serviceId && action.eventSource && action.operation && action.region && action.protocol) {
    return {
      kind: 'action', serviceId: action.serviceId, eventSource: action.eventSource, operation: action.operation, region: action.region,
      protocol: action.protocol as Extract<Classification, { kind: 'action' }>['protocol'], params: action.params, via: action.via,
    };
  }
  return { kind: 'unclassified', serviceId: action.serviceId, eventSource: action.eventSource, operation: action.operation, region: action.region, params: null, via: action.via, reason: 'imported' };
}

/**
 * An action of an imported file as capture would have stored it, ready to add under a new id to
 * `sessionId`: redacted, and bodiless unless it is a change.
 */
export function importedAction(fromFile: RecordedAction, sessionId: number, index: SensitiveIndex): NewRecordedAction {
  const { id: _fileId, ...rest } = fromFile;
  return redactImportedAction({ ...rest, sessionId }, index);
}

function redactImportedAction(action: NewRecordedAction, index: SensitiveIndex): NewRecordedAction {
  const service = action.eventSource ?? action.serviceId;
  const planIn = index.plan(service, action.operation, 'in');
  const planOut = index.plan(service, action.operation, 'out');
  const request = action.request;
  const redacted: NewRecordedAction = {
    ...action,
    pageUrl: action.pageUrl === null ? null : redactUrl(action.pageUrl),
    params: redactObject(action.params ?? null, planIn),
    request: {
      ...request,
      url: redactUrl(request.url),
      headers: redactHeaders(request.headers ?? {}),
      body: typeof request.body === 'string' ? redactBodyText(request.body, request.bodyTruncated === true, planIn) : null,
    },
    response: action.response ? {
      ...action.response,
      body: typeof action.response.body === 'string' ? redactBodyText(action.response.body, action.response.bodyTruncated === true, planOut) : null,
      error: typeof action.response.error === 'string' ? scrubPresigned(action.response.error) : null,
    } : null,
  };
  return { ...redacted, ...leastStorage(redacted, classificationOf(redacted)) };
}
