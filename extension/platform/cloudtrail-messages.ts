// Runtime messaging for the CloudTrail feature: the pages' typed sender. The background listens through
// runtime-messages.ts (a second listener that answers only its own types).
import browser from 'webextension-polyfill';
import type { CloudTrailMessageType, CloudTrailProtocolMap } from '../../shared/cloudtrail-messages.ts';

export function sendCloudTrailMessage<K extends CloudTrailMessageType>(type: K, payload: CloudTrailProtocolMap[K]['request']): Promise<CloudTrailProtocolMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<CloudTrailProtocolMap[K]['response']>;
}
