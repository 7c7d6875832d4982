// DOM event names between the page-world hook and the isolated relay. CustomEvents with a string detail
// cross the world boundary; unlike window.postMessage they are not delivered to the console's own
// "message" listeners, so the page sees nothing new.
export const CAPTURE_EVENT = 'trailform:capture';
/** Relay → hook: detail "on" or "off" (recording state), so the hook does no work while off. */
export const CONTROL_EVENT = 'trailform:control';
