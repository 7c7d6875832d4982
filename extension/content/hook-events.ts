// How the page-world hook and the isolated relay find each other. They talk only over a MessageChannel
// the relay creates; the one port the hook needs is handed over by a synthetic MessageEvent on window
// while both content scripts run at document_start, before any page script exists. A page script that
// later dispatches these events gets nothing: the hook keeps the first port it was given, and the relay
// offers its port at most twice (at its own start, and once when the hook asks) and stops as soon as the
// hook took it (the hook cancels the event, which the relay sees synchronously). Records and the on/off
// switch travel only on the port.
/** Relay -> hook: a MessageEvent whose ports[0] is the hook's end of the channel. */
export const PORT_EVENT = 'trailform:port';
/** Hook -> relay: "I am installed; hand me the port" (when the relay ran first). */
export const HOOK_READY_EVENT = 'trailform:hook-ready';
