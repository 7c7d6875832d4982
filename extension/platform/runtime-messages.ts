// Extension messaging through webextension-polyfill; the only place that touches runtime messaging.
import browser from 'webextension-polyfill';
import type { MessageType, ProtocolMap, ResponseOf } from '../../shared/messages.ts';
import type { MessageSender } from '../background/message-router.ts';

export function sendMessage<K extends MessageType>(type: K, payload: ProtocolMap[K]['request']): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<ResponseOf<K>>;
}

/** Registers a background message listener (call synchronously at service-worker start); a router returns undefined for types it does not own. */
export function listenForMessages(route: (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(raw, {
      tabId: sender.tab?.id ?? null,
      url: sender.url ?? null,
      origin: (sender as { origin?: string }).origin ?? null,
      fromExtensionPage: (sender.url ?? '').startsWith(extensionOrigin),
    });
  });
}
