// Decides whether a new observation of a call is a new action or another view of an existing one:
// the same request seen by the other capture path (page hook vs webRequest), or a retry.
import type { CaptureSource, NewRecordedAction, RecordedAction } from '../../shared/recorded-action.ts';

/** Both capture paths report one request within this window (hook: after the body; webRequest: on completion). */
const PAIR_WINDOW_MS = 15_000;
/** A failed call repeated with the same body this soon is a retry (SDK backoff or the console re-trying). */
const RETRY_WINDOW_MS = 120_000;

export type MergeDecision =
  | { merge: RecordedAction; reason: 'same-invocation' | 'other-source-view' | 'retry-after-failure' }
  | { merge: null };

function other(source: CaptureSource): CaptureSource {
  return source === 'hook' ? 'webRequest' : 'hook';
}

/** Same call: same fingerprint, or same request key when one side could not read the body. */
function sameCall(a: RecordedAction, incoming: NewRecordedAction): boolean {
  return a.requestKey === incoming.requestKey && (a.fingerprint === incoming.fingerprint || a.bodyUnknown || incoming.bodyUnknown);
}

/** @param stored stored actions of the same session and request key */
export function decideMerge(stored: RecordedAction[], incoming: NewRecordedAction, source: CaptureSource): MergeDecision {
  const candidates = stored.filter((a) => sameCall(a, incoming));
  // Page-hook copies are timed when the background received them (after the response), webRequest
  // copies when the request started: their completion times are the ones that agree for a slow call.
  const near = (a: RecordedAction, window: number): boolean =>
    Math.min(Math.abs(incoming.capturedAt - a.lastAttemptAt), Math.abs(incoming.completedAt - a.completedAt)) <= window;
  const newestFirst = [...candidates].sort((a, b) => b.lastAttemptAt - a.lastAttemptAt);
  if (incoming.invocationId) {
    const same = newestFirst.find((a) => a.invocationId === incoming.invocationId && near(a, RETRY_WINDOW_MS));
    if (same) return { merge: same, reason: 'same-invocation' };
  }
  const unpaired = newestFirst.find((a) => near(a, PAIR_WINDOW_MS) && a.sources[source] < a.sources[other(source)]
    && (incoming.invocationId === null || a.invocationId === null || a.invocationId === incoming.invocationId));
  if (unpaired) return { merge: unpaired, reason: 'other-source-view' };
  const failed = newestFirst.find((a) => near(a, RETRY_WINDOW_MS) && a.status === 'failed');
  if (failed) return { merge: failed, reason: 'retry-after-failure' };
  return { merge: null };
}

/** The stored action after folding in another observation of the same call. */
export function mergeAction(existing: RecordedAction, incoming: NewRecordedAction, source: CaptureSource): RecordedAction {
  // If this path has already seen as many attempts as the other, the observation is a new attempt;
  // otherwise it is this path's view of an attempt the other path already reported.
  const newAttempt = existing.sources[source] >= existing.sources[other(source)];
  const sources = { ...existing.sources, [source]: existing.sources[source] + 1 };
  const merged: RecordedAction = { ...existing, sources, attempts: Math.max(sources.hook, sources.webRequest) };
  const takeDetails = newAttempt || source === 'hook';
  if (newAttempt) {
    merged.lastAttemptAt = Math.max(existing.lastAttemptAt, incoming.capturedAt);
    merged.completedAt = Math.max(existing.completedAt, incoming.completedAt);
    merged.status = incoming.status;
    merged.httpStatus = incoming.httpStatus;
  }
  if (takeDetails) {
    // The hook sees the exact body and the response; webRequest sees sorted form fields and no response.
    if (incoming.response?.body != null || merged.response === null) merged.response = incoming.response;
    if (source === 'hook') {
      merged.request = incoming.request;
      merged.params = incoming.params ?? merged.params;
      merged.pageUrl = incoming.pageUrl ?? merged.pageUrl;
    }
  }
  merged.invocationId ??= incoming.invocationId;
  if (source === 'hook') {
    merged.fingerprint = incoming.fingerprint;
    merged.bodyUnknown = incoming.bodyUnknown;
  }
  return merged;
}
