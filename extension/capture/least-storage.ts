// Store the least that does the job. Only infrastructure changes keep their (redacted) bodies and
// parameters, which the translator needs; every other call the capture keeps (reads, data-plane calls,
// unclassified calls) is reduced to method, host, path, operation name when known, status, sizes and a
// hash of the redacted body. Applied in the background to every action before it is stored; the caller
// passes the classification, so what counts as a change is decided in one place (classify/).
import type { NewRecordedAction } from '../../shared/recorded-action.ts';
import type { Classification } from './classify/classification.ts';
import { textHash } from './fingerprint.ts';

/** True when the call changes infrastructure: the only calls whose bodies are kept. */
function isInfrastructureChange(classification: Classification): boolean {
  return classification.kind === 'action';
}

function hostAndPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '';
  }
}

export function leastStorage(action: NewRecordedAction, classification: Classification): NewRecordedAction {
  if (isInfrastructureChange(classification)) return action;
  const requestBody = action.request.body ?? '';
  const responseBody = action.response?.body ?? '';
  return {
    ...action,
    params: null,
    pageUrl: action.pageUrl === null ? null : hostAndPath(action.pageUrl),
    request: { method: action.request.method, url: hostAndPath(action.request.url), headers: {}, body: null, bodyTruncated: false },
    response: action.response === null ? null : { status: action.response.status, body: null, bodyTruncated: false, error: null },
    digest: { requestChars: requestBody.length, responseChars: responseBody.length, hash: textHash(`${requestBody}\n${responseBody}`) },
  };
}
