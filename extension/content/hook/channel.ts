// The hook's end of the relay channel (see hook-events.ts): records go out as JSON strings; the relay
// sends "on"/"off". Reports made before the port arrives wait in a small queue.
//
// The hook shares the page's globals, and page scripts may replace them after document_start: a page
// that swapped MessagePort.prototype.postMessage could post its own records on the hook's real port at
// every real call, one that replaced JSON.stringify or added a toJSON could rewrite them, and one that
// redefined MessageEvent.prototype.data could read "off" into the switch. So everything used after
// install is taken now, while the globals are the browser's own (both content scripts run before any
// page script), and kept as bound functions, which no later change to a prototype reaches.
import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { HOOK_READY_EVENT, PORT_EVENT } from '../hook-events.ts';

const MAX_EARLY = 64;

export interface HookChannel {
  emit(record: CapturedRequest): void;
  isEnabled(): boolean;
}

/** The browser's own functions the channel needs later, bound now. */
interface Pristine {
  stringify: (value: unknown) => string;
  later: (fn: () => void) => void;
  postOn: (port: MessagePort, data: string) => void;
  dataOf: (ev: MessageEvent) => unknown;
  /** Whether a page added toJSON where JSON.stringify would call it for a record's values. */
  toJsonAdded: () => boolean;
}

function takePristine(win: Window): Pristine {
  const scope = win as Window & typeof globalThis;
  const call = scope.Function.prototype.call;
  const bindCall = call.bind(scope.Function.prototype.bind) as <F>(fn: F, self: unknown) => F;
  // uncurry(f)(self, ...args) = f.call(self, ...args), without looking up .call later.
  const uncurry = <A extends unknown[], R>(fn: (...args: A) => R): ((self: unknown, ...args: A) => R) => bindCall(call, fn) as never;
  const stringify = bindCall(scope.JSON.stringify, scope.JSON) as (value: unknown) => string;
  const setTimer = bindCall(scope.setTimeout, scope) as (fn: () => void, ms: number) => unknown;
  const post = uncurry(scope.MessagePort.prototype.postMessage as (data: unknown) => void);
  const dataGetter = Object.getOwnPropertyDescriptor(scope.MessageEvent.prototype, 'data')?.get;
  const dataOf = dataGetter ? uncurry(dataGetter as () => unknown) : (ev: MessageEvent) => ev.data as unknown;
  // JSON.stringify looks up toJSON on every object, array and string it serializes (records have no
  // dates); these prototypes all end at Object.prototype, unless a page re-parented one (to a Proxy).
  const prototypes = [scope.Array.prototype, scope.String.prototype, scope.Number.prototype, scope.Boolean.prototype];
  const objectPrototype = scope.Object.prototype;
  const parentOf = scope.Object.getPrototypeOf;
  return {
    stringify,
    later: (fn) => { setTimer(fn, 0); },
    postOn: (port, data) => post(port, data),
    dataOf: (ev) => dataOf(ev),
    toJsonAdded: () => {
      // A plain loop: Array.prototype.some could be the page's too.
      for (let i = 0; i < prototypes.length; i += 1) {
        const p = prototypes[i]!;
        if (parentOf(p) !== objectPrototype || 'toJSON' in p) return true;
      }
      return false;
    },
  };
}

export function connectToRelay(win: Window): HookChannel {
  const pristine = takePristine(win);
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
      const data = pristine.dataOf(m);
      if (data === 'on') enabled = true;
      else if (data === 'off') enabled = false;
    };
    for (let i = 0; i < early.length; i += 1) pristine.postOn(port, early[i]!);
    early.length = 0;
  };
  win.addEventListener(PORT_EVENT, onPort, true);
  // The relay may have started first: ask for the port (it answers synchronously).
  if (port === null) win.dispatchEvent(new Event(HOOK_READY_EVENT));
  return {
    isEnabled: () => enabled,
    emit(record) {
      // A later task, so the page's own continuation of the response runs first.
      pristine.later(() => {
        try {
          // A record the page's toJSON would rewrite is not sent at all (webRequest still sees the call).
          if (pristine.toJsonAdded()) return;
          const json = pristine.stringify(record);
          if (port) pristine.postOn(port, json);
          else if (early.length < MAX_EARLY) early[early.length] = json;
        } catch {
          // never throw into the page
        }
      });
    },
  };
}
