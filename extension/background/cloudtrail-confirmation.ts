// Wires CloudTrail confirmation into the service worker: the SDK client (imported statically, as a
// service worker cannot import()), one rate limiter for every lookup, the alarm that drives the
// waiting, and the triggers (session stopped, credentials saved, worker started). Registers every
// listener synchronously when called from the worker's top level.
import { lookupEventsLimiter } from '../cloudtrail/rate-limiter.ts';
import { createSdkLookup } from '../cloudtrail/sdk-lookup.ts';
import { retryDelay, type CloudTrailSettings } from '../cloudtrail/settings.ts';
import { createCloudTrailSync, type CloudTrailSync } from '../cloudtrail/sync-session.ts';
import type { SensitiveIndex } from '../capture/redact/sensitive-index.ts';
import type { AwsCredentials } from '../cloudtrail/credentials.ts';
import type { TrailformDb } from '../db/schema.ts';
import { alarmScheduler, onCheckAlarm } from '../platform/cloudtrail-alarms.ts';
import { listenForMessages } from '../platform/runtime-messages.ts';
import { lookupStartHistory, onCredentialsChanged, readCloudTrailSettings, readCredentials } from '../platform/cloudtrail-storage.ts';
import { onSessionStopped } from '../platform/cloudtrail-triggers.ts';
import { createCloudTrailRouter } from './cloudtrail-router.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function endpointFor(settings: CloudTrailSettings): ((region: string) => string | undefined) | undefined {
  if (!settings.endpoint) return undefined;
  return (region) => settings.endpoint.replace('{region}', region);
}

/** Tells the worker's row copy and the watching pages when a check or a file changed a session's confirmation. */
function notifying(sync: CloudTrailSync, changed: (sessionId: number | null) => void): CloudTrailSync {
  return {
    beginWaiting: (sessionId, ...rest) => sync.beginWaiting(sessionId, ...rest).finally(() => changed(sessionId)),
    runCheck: (sessionId, ...rest) => sync.runCheck(sessionId, ...rest).finally(() => changed(sessionId)),
    resumeAll: (...args) => sync.resumeAll(...args).finally(() => changed(null)),
    importFile: (sessionId, ...rest) => sync.importFile(sessionId, ...rest).finally(() => changed(sessionId)),
  };
}

export function startCloudTrailConfirmation(db: () => Promise<TrailformDb>, sensitive: () => Promise<SensitiveIndex>, changed: (sessionId: number | null) => void = () => {}): void {
  // Shared by every client this worker creates: LookupEvents allows 2 requests per second per account
  // and region. Recent starts are kept in storage.session so a restarted worker does not burst.
  const limiter = lookupEventsLimiter(Date.now, sleep, lookupStartHistory);
  const client = (credentials: AwsCredentials, settings: CloudTrailSettings, maxAttempts = settings.maxAttempts) => createSdkLookup({
    credentials, limiter, endpoint: endpointFor(settings), maxAttempts, retryDelayMs: retryDelay(settings), pageSize: settings.pageSize,
  });
  const sync = notifying(createCloudTrailSync({
    db,
    now: Date.now,
    settings: readCloudTrailSettings,
    lookup: async (settings) => {
      const stored = await readCredentials();
      return stored ? client(stored.credentials, settings) : null;
    },
    scheduler: alarmScheduler,
    sensitive,
  }), changed);
  const ignore = () => {};

  onCheckAlarm((sessionId) => void sync.runCheck(sessionId).catch(ignore));
  onSessionStopped((sessionId) => void sync.beginWaiting(sessionId).catch(ignore));
  onCredentialsChanged(() => void sync.resumeAll({ credentialsChanged: true }).catch(ignore));
  listenForMessages(createCloudTrailRouter({
    sync,
    db,
    now: Date.now,
    storedCredentials: async () => (await readCredentials())?.credentials ?? null,
    testLookup: async (credentials) => client(credentials, await readCloudTrailSettings(), 1),
  }));
  // A worker start (browser start, update, or a wake-up) re-arms any waiting session's alarm.
  void sync.resumeAll().catch(ignore);
}
