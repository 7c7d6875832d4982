// The hook's end of the relay channel (see hook-events.ts): records go out as JSON strings; the relay
// sends "on"/"off". Reports made before the port arrives wait in a small queue.
import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { HOOK_READY_EVENT, PORT_EVENT } from '../hook-events.ts';

const MAX_EARLY = 64;

export interface HookChannel {
  emit(record: CapturedRequest): void;
  isEnabled(): boolean;
}

export function connectToRelay(win: Window): HookChannel {
  let port: MessagePort | null = null;
  let enabled = true; // until the relay says otherwise: the first requests come before storage is read
  const early: string[] = [];
  const onPort = (ev: Event): void => {
    if (port !== null) return;
    const given = (ev as MessageEvent).ports?.[0];
    if (!given) return;
    port = given;
    ev.preventDefault(); // tells the relay, synchronously, that the port is taken
    win.removeEventListener(PORT_EVENT, onPort, true);
    port.onmessage = (m: MessageEvent) => {
      if (m.data === 'on') enabled = true;
      else if (m.data === 'off') enabled = false;
    };
    for (const r of early.splice(0)) port.postMessage(r);
  };
  win.addEventListener(PORT_EVENT, onPort, true);
  // The relay may have started first: ask for the port (it answers synchronously).
  if (port === null) win.dispatchEvent(new Event(HOOK_READY_EVENT));
  return {
    isEnabled: () => enabled,
    emit(record) {
      // A later task, so the page's own continuation of the response runs first.
      setTimeout(() => {
        try {
          const json = JSON.stringify(record);
          if (port) port.postMessage(json);
          else if (early.length < MAX_EARLY) early.push(json);
        } catch {
          // never throw into the page
        }
      }, 0);
    },
  };
}
