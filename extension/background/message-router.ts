// Handles every protocol message in the background. Messages are validated here (the trust boundary):
// page-originated capture messages only count when they come from a console page's content script.
import { decodeCapturedRecord, parseMessage, type Message, type MessageType, type ResponseOf } from '../../shared/messages.ts';
import { parseConsoleHost } from '../capture/classify/aws-host.ts';
import { captureRequests, type CaptureDeps, type CaptureResult } from '../capture/capture-service.ts';
import type { CapturedRequest } from '../../shared/captured-request.ts';
import { listActions } from '../db/actions-repo.ts';
import { getSession, listSessions } from '../db/sessions-repo.ts';
import { toRowView } from '../../shared/session-paging.ts';
import { sessionDetail } from './session-detail.ts';
import { createSessionRowsCache, type SessionRowsCache } from './session-rows.ts';
import { exportActions, exportHead, exportRecords, importActions, importFinish, importRecords, importStart } from './session-transfer.ts';
import { deleteSession, exportSession, importSession, renameSession } from './session-admin.ts';
import { recordingStatus, startNewSession, startRecording, stopRecording, type RecordingDeps } from './recording-control.ts';

export interface MessageSender {
  tabId: number | null;
  /** URL of the frame that sent the message (content scripts) or of the extension page. */
  url: string | null;
  /** Origin of that frame; the console origin also for about:blank/srcdoc frames inside the console. */
  origin?: string | null;
  /** True for messages from the extension's own pages (popup/options), false for content scripts. */
  fromExtensionPage: boolean;
}

export interface RouterDeps {
  capture: CaptureDeps;
  recording: RecordingDeps;
  /** Called after anything that changes what the badge shows. */
  onChange: () => void;
  /** The worker's copy of sessions' rows (summaries and pages read from it). */
  rows?: SessionRowsCache;
  /** Tells watching pages what changed (null: anything). */
  changed?: (sessionIds: number[] | null) => void;
}

/** After captures were stored: the cached rows catch up and watching pages hear which sessions changed. */
export function noteCaptured(results: readonly CaptureResult[], rows: SessionRowsCache, changed: (sessionIds: number[] | null) => void): void {
  const bySession = new Map<number, number[]>();
  for (const r of results) {
    if (!r.stored) continue;
    const ids = bySession.get(r.sessionId) ?? [];
    ids.push(r.actionId);
    bySession.set(r.sessionId, ids);
  }
  for (const [sessionId, ids] of bySession) rows.actionsChanged(sessionId, ids);
  if (bySession.size > 0) changed([...bySession.keys()]);
}

function isConsoleUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parseConsoleHost(parsed.hostname) !== null;
  } catch {
    return false;
  }
}

function fromConsolePage(sender: MessageSender): boolean {
  if (sender.fromExtensionPage || sender.tabId === null) return false;
  return isConsoleUrl(sender.url) || isConsoleUrl(sender.origin);
}

type Handler<K extends MessageType> = (msg: Message<K>, sender: MessageSender) => Promise<ResponseOf<K>>;

export function createMessageRouter(deps: RouterDeps, afterCapture: (r: CaptureResult) => void = () => {}) {
  const rows = deps.rows ?? createSessionRowsCache();
  const changed = deps.changed ?? (() => {});
  /** Something besides captures changed (the switch, the list, a session's name or rows). */
  const changedAll = (sessionId: number | null = null): void => {
    if (sessionId !== null) rows.invalidate(sessionId);
    deps.onChange();
    changed(null);
  };
  const db = () => deps.recording.db();
  /** What imported files are redacted with. */
  const sensitive = async () => (await deps.capture.tables()).sensitive;
  const handlers: { [K in MessageType]: Handler<K> } = {
    'capture/page-batch': async (msg, sender) => {
      if (!fromConsolePage(sender) || sender.tabId === null) return { accepted: 0 };
      // Each record is untrusted page input: invalid ones are dropped, the rest captured.
      const requests = msg.payload.records.map(decodeCapturedRecord).filter((r): r is CapturedRequest => r !== null);
      // Timed by receipt: the page's startedAt is its own claim.
      const results = await captureRequests(deps.capture, requests, { source: 'hook', tabId: sender.tabId, receivedAt: deps.recording.now() });
      results.forEach(afterCapture);
      noteCaptured(results, rows, changed);
      const accepted = results.filter((r) => r.stored).length;
      if (accepted > 0) deps.onChange();
      return { accepted };
    },
    'recording/get-status': async () => recordingStatus(deps.recording),
    'recording/start': async (msg, sender) => requireExtension(sender, async () => {
      const s = await startRecording(deps.recording, msg.payload.name);
      changedAll();
      return s;
    }),
    'recording/stop': async (_msg, sender) => requireExtension(sender, async () => {
      const s = await stopRecording(deps.recording);
      changedAll();
      return s;
    }),
    'recording/new-session': async (msg, sender) => requireExtension(sender, async () => {
      const s = await startNewSession(deps.recording, msg.payload.name);
      changedAll();
      return s;
    }),
    'sessions/list': async (_msg, sender) => requireExtension(sender, async () => listSessions(await deps.recording.db())),
    'actions/list': async (msg, sender) => requireExtension(sender, async () => listActions(await deps.recording.db(), msg.payload.sessionId)),
    'sessions/detail': async (msg, sender) => requireExtension(sender, async () => {
      const db = await deps.recording.db();
      const session = await getSession(db, msg.payload.sessionId);
      return session ? sessionDetail(db, session) : null;
    }),
    'sessions/rename': async (msg, sender) => requireExtension(sender, async () => {
      const s = await renameSession(await deps.recording.db(), msg.payload.sessionId, msg.payload.name);
      changedAll();
      return s;
    }),
    'sessions/delete': async (msg, sender) => requireExtension(sender, async () => {
      if ((await deps.recording.state.read()).sessionId === msg.payload.sessionId) await stopRecording(deps.recording);
      const deleted = await deleteSession(await deps.recording.db(), msg.payload.sessionId);
      changedAll(msg.payload.sessionId);
      return { deleted };
    }),
    'sessions/export': async (msg, sender) => requireExtension(sender, async () => {
      const db = await deps.recording.db();
      const session = await getSession(db, msg.payload.sessionId);
      return session ? exportSession(db, session, deps.recording.now()) : null;
    }),
    'sessions/import': async (msg, sender) => requireExtension(sender, async () => {
      const s = await importSession(await db(), msg.payload.document, deps.recording.now(), await sensitive());
      changedAll();
      return s;
    }),
    'sessions/summary': async (msg, sender) => requireExtension(sender, async () => rows.summary(await db(), msg.payload.sessionId)),
    'sessions/page': async (msg, sender) => requireExtension(sender, async () => {
      const { sessionId, offset, limit } = msg.payload;
      const found = await rows.read(await db(), sessionId);
      return found ? { sessionId, offset, total: found.rows.length, rows: found.rows.slice(offset, offset + limit).map(toRowView) } : null;
    }),
    'sessions/record-page': async (msg, sender) => requireExtension(sender, async () => {
      const { sessionId, offset, limit } = msg.payload;
      const found = await rows.read(await db(), sessionId);
      return found ? { sessionId, offset, total: found.rows.length, rows: found.rows.slice(offset, offset + limit) } : null;
    }),
    'sessions/export-head': async (msg, sender) => requireExtension(sender, async () => exportHead(await db(), rows, msg.payload.sessionId)),
    'sessions/export-actions': async (msg, sender) => requireExtension(sender, async () => exportActions(await db(), msg.payload.sessionId, msg.payload.after, msg.payload.limit)),
    'sessions/export-records': async (msg, sender) => requireExtension(sender, async () => exportRecords(await db(), rows, msg.payload.sessionId, msg.payload.offset, msg.payload.limit)),
    'sessions/import-start': async (msg, sender) => requireExtension(sender, async () => {
      const started = await importStart(await db(), msg.payload.session);
      changedAll();
      return started;
    }),
    'sessions/import-actions': async (msg, sender) => requireExtension(sender, async () => {
      const stored = await importActions(await db(), msg.payload.sessionId, msg.payload.actions, await sensitive());
      rows.actionsChanged(msg.payload.sessionId, stored.ids);
      changed([msg.payload.sessionId]);
      return stored;
    }),
    'sessions/import-records': async (msg, sender) => requireExtension(sender, async () => importRecords(await db(), msg.payload.sessionId, msg.payload.records, deps.recording.now(), await sensitive())),
    'sessions/import-finish': async (msg, sender) => requireExtension(sender, async () => {
      const s = await importFinish(await db(), msg.payload.sessionId, msg.payload.name, msg.payload.confirmation);
      changedAll(msg.payload.sessionId);
      return s;
    }),
  };

  /** Returns undefined for messages it does not accept, so other listeners may answer. */
  return function route(raw: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    const handler = handlers[msg.type] as Handler<typeof msg.type>;
    return handler(msg, sender);
  };
}

/** Recording control and data access are for the extension's own pages, never for web pages. */
async function requireExtension<T>(sender: MessageSender, fn: () => Promise<T>): Promise<T> {
  if (!sender.fromExtensionPage) throw new Error('Trailform: not allowed from a content script');
  return fn();
}
