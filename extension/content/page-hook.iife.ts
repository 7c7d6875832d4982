// Page-world capture hook: content script in world MAIN at document_start in all frames, built by crxjs
// as a standalone IIFE so it is installed before the console's first script runs. It reports to the
// relay only over a private MessagePort (hook-events.ts), so page scripts can neither forge reports nor
// switch it off.
import { connectToRelay } from './hook/channel.ts';
import { installFetchHook } from './hook/fetch-hook.ts';
import { installXhrHook } from './hook/xhr-hook.ts';

const INSTALLED = Symbol.for('trailform.hook');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  const channel = connectToRelay(window);
  installFetchHook(globalThis, channel.isEnabled, channel.emit);
  installXhrHook(globalThis, channel.isEnabled, channel.emit);
}
