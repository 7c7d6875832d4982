// chrome.webRequest observers (non-blocking; MV3 allows blocking only for policy-installed extensions:
// https://developer.chrome.com/docs/extensions/reference/api/webRequest). Uses chrome.* directly because
// the polyfill's types declare requestBody.formData wrongly (values are arrays).
import type { CapturedRequest } from '../../shared/captured-request.ts';
import { WebRequestTracker } from '../capture/web-request-tracker.ts';
import { AWS_API_URL_PATTERNS, CONSOLE_URL_PATTERNS } from './host-patterns.ts';

export function observeWebRequests(onCaptured: (request: CapturedRequest, tabId: number) => void): void {
  const tracker = new WebRequestTracker();
  const filter: chrome.webRequest.RequestFilter = {
    urls: [...AWS_API_URL_PATTERNS, ...CONSOLE_URL_PATTERNS],
    types: ['xmlhttprequest', 'other'],
  };
  chrome.webRequest.onBeforeRequest.addListener((d) => {
    tracker.onBeforeRequest({
      requestId: d.requestId, url: d.url, method: d.method, tabId: d.tabId, type: d.type,
      initiator: d.initiator, timeStamp: d.timeStamp, requestBody: d.requestBody,
    });
    return undefined;
  }, filter, ['requestBody']);
  chrome.webRequest.onBeforeSendHeaders.addListener((d) => {
    tracker.onBeforeSendHeaders({ requestId: d.requestId, requestHeaders: d.requestHeaders });
    return undefined;
  }, filter, ['requestHeaders']);
  chrome.webRequest.onCompleted.addListener((d) => {
    const done = tracker.onCompleted({ requestId: d.requestId, statusCode: d.statusCode, timeStamp: d.timeStamp });
    if (done) onCaptured(done.request, done.tabId);
  }, filter);
  chrome.webRequest.onErrorOccurred.addListener((d) => {
    const done = tracker.onErrorOccurred({ requestId: d.requestId, error: d.error, timeStamp: d.timeStamp });
    if (done) onCaptured(done.request, done.tabId);
  }, filter);
}
