// Runtime messaging for the CloudTrail feature: the background's listener and the pages' sender.
import browser from 'webextension-polyfill';
import type { CloudTrailMessageType, CloudTrailProtocolMap } from '../../shared/cloudtrail-messages.ts';
import type { MessageSender } from '../background/message-router.ts';

export function sendCloudTrailMessage<K extends CloudTrailMessageType>(type: K, payload: CloudTrailProtocolMap[K]['request']): Promise<CloudTrailProtocolMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<CloudTrailProtocolMap[K]['response']>;
}

/** A second onMessage listener (call synchronously at service-worker start); it answers only its own types. */
export function listenForCloudTrailMessages(route: (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(raw, { tabId: sender.tab?.id ?? null, url: sender.url ?? null, fromExtensionPage: (sender.url ?? '').startsWith(extensionOrigin) });
  });
}
