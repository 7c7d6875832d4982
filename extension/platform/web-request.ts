// chrome.webRequest observers (non-blocking; MV3 allows blocking only for policy-installed extensions:
// https://developer.chrome.com/docs/extensions/reference/api/webRequest). Uses chrome.* directly because
// the polyfill's types declare requestBody.formData wrongly (values are arrays).
import type { CapturedRequest } from '../../shared/captured-request.ts';
import { WebRequestTracker, type Finished } from '../capture/web-request-tracker.ts';
import { AWS_API_URL_PATTERNS, CONSOLE_URL_PATTERNS } from './host-patterns.ts';
import { requestInitiator, type RequestOriginFields } from './request-origin.ts';

export interface WebRequestObserver {
  /** Listen (again); a no-op when already listening. */
  enable(): void;
  /** Stop listening, so Chrome no longer dispatches (or wakes the worker for) console requests. */
  disable(): void;
}

/** Starts listening at once: call it synchronously at the top level of the service worker. */
export function observeWebRequests(onCaptured: (request: CapturedRequest, tabId: number) => void): WebRequestObserver {
  const tracker = new WebRequestTracker();
  const filter: chrome.webRequest.RequestFilter = {
    urls: [...AWS_API_URL_PATTERNS, ...CONSOLE_URL_PATTERNS],
    types: ['xmlhttprequest', 'other'],
  };
  // Firefox's details carry originUrl/documentUrl instead of initiator (same listener, same filter).
  // Any event may be the one that completes a request: they can arrive out of order (web-request-tracker.ts).
  const deliver = (done: Finished | null): void => {
    if (done) onCaptured(done.request, done.tabId);
  };
  const beforeRequest = (d: chrome.webRequest.OnBeforeRequestDetails & RequestOriginFields): undefined => {
    deliver(tracker.onBeforeRequest({
      requestId: d.requestId, url: d.url, method: d.method, tabId: d.tabId, type: d.type,
      initiator: requestInitiator(d), timeStamp: d.timeStamp, requestBody: d.requestBody,
    }));
    return undefined;
  };
  const beforeSendHeaders = (d: chrome.webRequest.OnBeforeSendHeadersDetails): undefined => {
    deliver(tracker.onBeforeSendHeaders({ requestId: d.requestId, requestHeaders: d.requestHeaders }));
    return undefined;
  };
  const completed = (d: chrome.webRequest.OnCompletedDetails): void => {
    deliver(tracker.onCompleted({ requestId: d.requestId, statusCode: d.statusCode, timeStamp: d.timeStamp, fromCache: d.fromCache }));
  };
  const errorOccurred = (d: chrome.webRequest.OnErrorOccurredDetails): void => {
    deliver(tracker.onErrorOccurred({ requestId: d.requestId, error: d.error, timeStamp: d.timeStamp }));
  };
  const observer: WebRequestObserver = {
    enable() {
      if (chrome.webRequest.onBeforeRequest.hasListener(beforeRequest)) return;
      chrome.webRequest.onBeforeRequest.addListener(beforeRequest, filter, ['requestBody']);
      chrome.webRequest.onBeforeSendHeaders.addListener(beforeSendHeaders, filter, ['requestHeaders']);
      chrome.webRequest.onCompleted.addListener(completed, filter);
      chrome.webRequest.onErrorOccurred.addListener(errorOccurred, filter);
    },
    disable() {
      chrome.webRequest.onBeforeRequest.removeListener(beforeRequest);
      chrome.webRequest.onBeforeSendHeaders.removeListener(beforeSendHeaders);
      chrome.webRequest.onCompleted.removeListener(completed);
      chrome.webRequest.onErrorOccurred.removeListener(errorOccurred);
    },
  };
  observer.enable();
  return observer;
}
