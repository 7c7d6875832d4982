import type { MessageType, ProtocolMap, ResponseOf } from '../../shared/messages.ts';

/** How page code talks to the background (sendMessage in the extension, the router in tests). */
export type Send = <K extends MessageType>(type: K, payload: ProtocolMap[K]['request']) => Promise<ResponseOf<K>>;
