// Page-world capture hook: content script in world MAIN at document_start in all frames, built by crxjs
// as a standalone IIFE so it is installed before the console's first script runs.
import { CONTROL_EVENT } from './hook-events.ts';
import { emitCapture } from './hook/emit.ts';
import { installFetchHook } from './hook/fetch-hook.ts';
import { installXhrHook } from './hook/xhr-hook.ts';

const INSTALLED = Symbol.for('trailform.hook');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  // Capture until the relay says recording is off: the first requests come before storage is read.
  let enabled = true;
  window.addEventListener(CONTROL_EVENT, (ev) => {
    const detail = (ev as CustomEvent<unknown>).detail;
    if (detail === 'on') enabled = true;
    else if (detail === 'off') enabled = false;
  });
  const isEnabled = (): boolean => enabled;
  installFetchHook(globalThis, isEnabled, emitCapture);
  installXhrHook(globalThis, isEnabled, emitCapture);
}
