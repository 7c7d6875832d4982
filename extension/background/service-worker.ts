// Service-worker entry: wiring only. Every listener is registered synchronously at the top level so a
// restarted worker receives the event that woke it; no state lives in memory (the recording switch is
// in extension storage, sessions and actions in IndexedDB).
import { defaultModels } from '../capture/classify/default-models.ts';
import { captureRequest, type CaptureDeps } from '../capture/capture-service.ts';
import { openTrailformDb } from '../db/open-db.ts';
import type { TrailformDb } from '../db/schema.ts';
import { showBadge } from '../platform/badge.ts';
import { onBrowserStart } from '../platform/lifecycle.ts';
import { cachedRecordingStore } from '../platform/recording-storage.ts';
import { listenForMessages } from '../platform/runtime-messages.ts';
import { observeWebRequests } from '../platform/web-request.ts';
import { badgeFor } from './badge-view.ts';
import { startCloudTrailConfirmation } from './cloudtrail-confirmation.ts';
import { createMessageRouter } from './message-router.ts';
import { recordingStatus, type RecordingDeps } from './recording-control.ts';

let dbPromise: Promise<TrailformDb> | null = null;
// A cached connection, not state: a new worker simply opens it again.
const db = (): Promise<TrailformDb> => (dbPromise ??= openTrailformDb());
const state = cachedRecordingStore();

const capture: CaptureDeps = {
  db,
  get models() {
    return defaultModels();
  },
  activeSessionId: async () => (await state.read()).sessionId,
};
const recording: RecordingDeps = { db, state, now: Date.now };

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

listenForMessages(createMessageRouter({ capture, recording, onChange: refreshBadge }));

observeWebRequests((request, tabId) => {
  void captureRequest(capture, request, { source: 'webRequest', tabId })
    .then((result) => {
      if (result.stored) refreshBadge();
    })
    .catch(() => {});
});

onBrowserStart(refreshBadge);

// CloudTrail confirmation: alarms, the session-stopped trigger and its own message listener.
startCloudTrailConfirmation(db);
