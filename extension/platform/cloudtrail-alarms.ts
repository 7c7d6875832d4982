// chrome.alarms as the CloudTrail check scheduler: alarms survive service-worker restarts and wake
// the worker (https://developer.chrome.com/docs/extensions/reference/api/alarms). Packed extensions
// get at most one alarm per 30 s; unpacked ones (the e2e tests) may go faster.
import browser from 'webextension-polyfill';
import type { CheckScheduler } from '../cloudtrail/sync-session.ts';

const PREFIX = 'trailform.cloudtrail-check.';

export const alarmScheduler: CheckScheduler = {
  async schedule(sessionId, at) {
    await browser.alarms.create(`${PREFIX}${sessionId}`, { when: at });
  },
  async cancel(sessionId) {
    await browser.alarms.clear(`${PREFIX}${sessionId}`);
  },
};

/** Registers the alarm listener (call synchronously at service-worker start). */
export function onCheckAlarm(fn: (sessionId: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(PREFIX)) return;
    const id = Number(alarm.name.slice(PREFIX.length));
    if (Number.isInteger(id) && id > 0) fn(id);
  });
}
