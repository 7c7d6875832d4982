// Which origin started a webRequest. Chrome names it `initiator` (an origin); Firefox has no
// `initiator` and gives `originUrl` (the URL of the resource that triggered the request, e.g. a
// worker's script) and `documentUrl` (the document it was made from), both full URLs
// (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/webRequest/onBeforeRequest).
// Only the origin is kept: it is what Chrome reports, and the least that tells the console apart.
export interface RequestOriginFields {
  initiator?: string | undefined;
  originUrl?: string | undefined;
  documentUrl?: string | undefined;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // blob: URLs (workers started from a blob) carry their creator's origin.
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The initiating origin in Chrome's form, from either browser's details; undefined when unknown. */
export function requestInitiator(details: RequestOriginFields): string | undefined {
  return details.initiator ?? originOf(details.documentUrl) ?? originOf(details.originUrl);
}
