// Service-worker entry: wiring only. Every listener is registered synchronously at the top level so a
// restarted worker receives the event that woke it. Durable state is never only in memory: the recording
// switch is in extension storage, sessions and actions in IndexedDB. Memory holds only a copy of the
// switch (kept coherent by storage.onChanged), the badge throttle, webRequest batches of ≤100 ms, and a
// copy of watched sessions' rows (derived from IndexedDB, rebuilt on demand after a restart).
import { createBatcher } from '../capture/batcher.ts';
import { captureRequests, type CaptureDeps } from '../capture/capture-service.ts';
import type { CapturedRequest } from '../../shared/captured-request.ts';
import { createDbConnection } from '../db/db-connection.ts';
import { DB_VERSION } from '../db/migrations.ts';
import { openTrailformDb } from '../db/open-db.ts';
import { DB_NAME, type TrailformDb } from '../db/schema.ts';
import { showBadge } from '../platform/badge.ts';
import { onBrowserStart } from '../platform/lifecycle.ts';
import { openOnboardingOnInstall } from '../platform/onboarding.ts';
import { loadPackagedTables } from '../platform/packaged-tables.ts';
import { cachedRecordingStore, watchRecordingState } from '../platform/recording-storage.ts';
import { listenForMessages } from '../platform/runtime-messages.ts';
import { acceptWatchers } from '../platform/runtime-ports.ts';
import { observeWebRequests } from '../platform/web-request.ts';
import { badgeFor } from './badge-view.ts';
import { startCloudTrailConfirmation } from './cloudtrail-confirmation.ts';
import { createChangeFeed } from './change-feed.ts';
import { createMessageRouter, noteCaptured } from './message-router.ts';
import { createSessionRowsCache } from './session-rows.ts';
import { recordingStatus, type RecordingDeps } from './recording-control.ts';

// A cached connection, not state: a new worker simply opens it again, and a failed open is retried.
const connection = createDbConnection((hooks) => openTrailformDb(DB_NAME, DB_VERSION, hooks), { onProblemChange: () => refreshBadge() });
const db = (): Promise<TrailformDb> => connection.get();
const state = cachedRecordingStore();

const capture: CaptureDeps = {
  db,
  tables: loadPackagedTables,
  activeSessionId: async () => (await state.read()).sessionId,
  reportStorage: (error) => connection.report(error),
};
const recording: RecordingDeps = { db, state, now: Date.now, storageProblem: () => connection.problem() };

// Badge updates are throttled: a burst of captures becomes one update per BADGE_INTERVAL_MS. A timer
// lost to a worker stop only delays the badge until the next capture or start.
const BADGE_INTERVAL_MS = 250;
let badgeTimer: ReturnType<typeof setTimeout> | null = null;
function refreshBadge(): void {
  if (badgeTimer !== null) return;
  badgeTimer = setTimeout(() => {
    badgeTimer = null;
    void recordingStatus(recording).then((status) => showBadge(badgeFor(status))).catch(() => {});
  }, BADGE_INTERVAL_MS);
}

openOnboardingOnInstall();
// Open extension pages hear of changes over a port instead of polling; the worker keeps a copy of
// watched sessions' rows so a summary or a page does not rebuild 10,000 rows.
const rows = createSessionRowsCache();
const feed = createChangeFeed(acceptWatchers());
const changed = (sessionIds: number[] | null): void => feed.changed(sessionIds);

listenForMessages(createMessageRouter({ capture, recording, onChange: refreshBadge, rows, changed }));

// webRequest copies are stored in small per-tab batches (one transaction per burst instead of one per
// request). They wait at most WEB_REQUEST_BATCH_MS in memory; Chrome keeps a worker that is receiving
// events alive far longer (30 s idle timeout), so only a crash or a forced stop inside that window can
// drop them, and for page requests the hook's copy is stored independently.
const WEB_REQUEST_BATCH_MS = 100;
const webRequestBatches = createBatcher<number, CapturedRequest>(async (tabId, requests) => {
  const results = await captureRequests(capture, requests, { source: 'webRequest', tabId });
  noteCaptured(results, rows, changed);
  if (results.some((r) => r.stored)) refreshBadge();
}, { delayMs: WEB_REQUEST_BATCH_MS, maxItems: 50 });
const webRequests = observeWebRequests((request, tabId) => webRequestBatches.add(tabId, request));
// Listening costs the browser work on every console request, so only while recording. The listeners
// are added above synchronously (a worker woken by a webRequest event must have them) and removed once
// storage says recording is off.
watchRecordingState((s) => (s.sessionId === null ? webRequests.disable() : webRequests.enable()));

onBrowserStart(refreshBadge);

// CloudTrail confirmation: alarms, the session-stopped trigger and its own message listener.
startCloudTrailConfirmation(db, async () => (await loadPackagedTables()).sensitive, (sessionId) => {
  rows.invalidate(sessionId);
  changed(sessionId === null ? null : [sessionId]);
});
