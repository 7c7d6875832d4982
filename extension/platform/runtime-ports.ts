// Push updates from the service worker to open extension pages (popup, review tab) over runtime
// ports: the worker posts a small notice when something changed and each page reads what it shows.
import browser from 'webextension-polyfill';
import type { ChangeNotice } from '../../shared/session-paging.ts';

const WATCH_PORT = 'trailform/watch';

/** Service worker: accepts watching pages (call synchronously at the worker's top level); returns how to notify them. */
export function acceptWatchers(): (notice: ChangeNotice) => void {
  const ports = new Set<browser.Runtime.Port>();
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own pages, never a content script.
    if (port.name !== WATCH_PORT || !(port.sender?.url ?? '').startsWith(extensionOrigin)) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });
  return (notice) => {
    for (const port of ports) {
      try {
        port.postMessage(notice);
      } catch {
        ports.delete(port);
      }
    }
  };
}

/**
 * Extension page: calls `onNotice` for every change the worker reports. A stopped worker drops the
 * port; the page connects again and treats that as "anything may have changed".
 */
export function watchChanges(onNotice: (notice: ChangeNotice) => void): () => void {
  let closed = false;
  let port: browser.Runtime.Port | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const connect = (): void => {
    port = browser.runtime.connect({ name: WATCH_PORT });
    port.onMessage.addListener((m: unknown) => onNotice(m as ChangeNotice));
    port.onDisconnect.addListener(() => {
      port = null;
      if (closed) return;
      retry = setTimeout(() => {
        connect();
        onNotice({ sessionIds: null });
      }, 250);
    });
  };
  connect();
  return () => {
    closed = true;
    if (retry !== null) clearTimeout(retry);
    port?.disconnect();
  };
}
