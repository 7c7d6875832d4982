// The waiting loop: after a session stops, check CloudTrail with backoff until every action is
// confirmed or the deadline passes. Each check is a function of what IndexedDB holds (no memory
// between checks), and the next check is scheduled before the lookups start, so a service worker
// stopped in the middle of a check is woken by that alarm and simply checks again.
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';
import { readRecords, NotCloudTrailError, validateRecord } from '../../translator/records.ts';
import type { SensitiveIndex } from '../capture/redact/sensitive-index.ts';
import { listActions } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import { getSession, setConsoleIdentity } from '../db/sessions-repo.ts';
import { emptyConfirmation, getConfirmation, listConfirmations, putConfirmation, sessionEvents, storeEvents } from './confirmation-repo.ts';
import { explainLookupError, type FailureKind } from './explain-error.ts';
import { planLookups, GLOBAL_REGION } from './lookup-plan.ts';
import { isMatchable, matchSession } from './matcher.ts';
import { nextCheckDelay, type CloudTrailSettings } from './settings.ts';
import type { CloudTrailLookup, TrailEvent } from './types.ts';

export interface CheckScheduler {
  /** Wake the worker at `at` (epoch ms) to check `sessionId`; replaces an earlier schedule. */
  schedule(sessionId: number, at: number): Promise<void>;
  cancel(sessionId: number): Promise<void>;
}

export interface SyncDeps {
  db: () => Promise<TrailformDb>;
  now: () => number;
  settings: () => Promise<CloudTrailSettings>;
  /** A client for the configured credentials, or null when there are none. */
  lookup: (settings: CloudTrailSettings) => Promise<CloudTrailLookup | null>;
  scheduler: CheckScheduler;
  /** The sensitive members fetched events are redacted with before they are stored. */
  sensitive: () => Promise<SensitiveIndex>;
}

/** Failures only the user can fix; the others (throttling, network, server errors) are retried later. */
const FATAL: ReadonlySet<FailureKind> = new Set(['access-denied', 'expired-token', 'invalid-credentials', 'wrong-region']);

/** Re-runs the matcher over every stored event of the session and records the outcome. */
async function rematch(db: TrailformDb, c: SessionConfirmation, settings: CloudTrailSettings): Promise<SessionConfirmation> {
  const session = await getSession(db, c.sessionId);
  if (!session) return c;
  const actions = await listActions(db, c.sessionId);
  const events = await sessionEvents(db, c.sessionId);
  // The identity is learned afresh from all events each time, so an early guess made from few events
  // (or another user's look-alike call) cannot stick.
  const result = matchSession({
    actions,
    events,
    identity: null,
    window: { startedAt: session.startedAt, stoppedAt: session.stoppedAt },
    options: { toleranceMs: settings.toleranceMs, maxClockSkewMs: settings.maxClockSkewMs },
  });
  if (result.identity && session.consoleIdentity?.arn !== result.identity.arn) {
    await setConsoleIdentity(db, session.id, { accountId: result.identity.accountId, arn: result.identity.arn });
  }
  return {
    ...c,
    outcomes: result.outcomes,
    cloudTrailOnly: result.cloudTrailOnly,
    identity: result.identity,
    identityUnanimous: result.identityUnanimous,
    clockOffsetMs: result.clockOffsetMs,
    matchableCount: actions.filter(isMatchable).length,
    confirmedCount: result.outcomes.filter((o) => o.outcome === 'confirmed').length,
  };
}

function allConfirmed(c: SessionConfirmation): boolean {
  return c.confirmedCount === c.matchableCount;
}

export function createCloudTrailSync(deps: SyncDeps) {
  // Only de-duplicates concurrent triggers inside one worker; nothing here must survive a restart.
  const inFlight = new Map<number, Promise<SessionConfirmation | null>>();
  // Each write path reads the session's confirmation, works, and saves it whole: run them one at a time
  // per session, or a check that read the record before a file import saves its stale copy over the
  // import's (source and phase lost).
  const queues = new Map<number, Promise<unknown>>();
  function serial<T>(sessionId: number, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(sessionId) ?? Promise.resolve()).then(task, task);
    const settled = run.then(() => undefined, () => undefined);
    queues.set(sessionId, settled);
    void settled.then(() => { if (queues.get(sessionId) === settled) queues.delete(sessionId); });
    return run;
  }

  async function save(c: SessionConfirmation): Promise<SessionConfirmation> {
    await putConfirmation(await deps.db(), c);
    return c;
  }

  /** Starts (or restarts) waiting for CloudTrail: called when a session stops, or by "check again". */
  function beginWaiting(sessionId: number, opts: { immediately?: boolean } = {}): Promise<SessionConfirmation | null> {
    return serial(sessionId, () => startWaiting(sessionId, opts));
  }

  async function startWaiting(sessionId: number, opts: { immediately?: boolean }): Promise<SessionConfirmation | null> {
    const db = await deps.db();
    if (!(await getSession(db, sessionId))) return null;
    const settings = await deps.settings();
    const now = deps.now();
    const c = (await getConfirmation(db, sessionId)) ?? emptyConfirmation(sessionId);
    const at = now + (opts.immediately ? 0 : settings.firstCheckDelayMs);
    const next: SessionConfirmation = {
      ...c, phase: 'waiting', waitStartedAt: now, deadline: now + settings.timeoutMs, nextCheckAt: at, lastError: null,
    };
    await save(next);
    await deps.scheduler.schedule(sessionId, at);
    return next;
  }

  async function check(sessionId: number): Promise<SessionConfirmation | null> {
    const db = await deps.db();
    const session = await getSession(db, sessionId);
    const stored = await getConfirmation(db, sessionId);
    if (!session || !stored) return stored;
    if (stored.phase !== 'waiting' && stored.phase !== 'needs-credentials') return stored;
    const settings = await deps.settings();
    const started = deps.now();
    let c: SessionConfirmation = { ...stored, checks: stored.checks + 1, checkStartedAt: started };
    // The safety net first: if this worker dies during the lookups, this alarm resumes the waiting.
    const fallbackAt = started + nextCheckDelay(settings, c.checks);
    await save({ ...c, nextCheckAt: fallbackAt });
    await deps.scheduler.schedule(sessionId, fallbackAt);

    const lookup = await deps.lookup(settings);
    if (!lookup) {
      c = await rematch(db, { ...c, phase: 'needs-credentials', nextCheckAt: null, lastCheckAt: deps.now() }, settings);
      await deps.scheduler.cancel(sessionId);
      return save(c);
    }
    const actions = await listActions(db, sessionId);
    const plan = planLookups({
      startedAt: session.startedAt,
      stoppedAt: session.stoppedAt,
      regions: [...session.regions, ...actions.map((a) => a.region)],
      accessKeyId: null,
      // Narrow by user name only once every pair agrees on who the console user is.
      username: c.identityUnanimous ? c.identity?.lookupUsername ?? null : null,
      now: started,
      marginMs: settings.marginMs,
    });
    let failure: { kind: FailureKind; message: string } | null = null;
    for (const query of plan) {
      const events: TrailEvent[] = [];
      try {
        let token: string | null = null;
        do {
          const page = await lookup.lookupPage(query, token);
          c.lookupCalls += 1;
          events.push(...page.events);
          token = page.nextToken;
        } while (token);
      } catch (err) {
        const explained = explainLookupError(err, query.region);
        failure = { kind: explained.kind, message: explained.message };
      }
      // Keep what arrived even when a later page failed: events are keyed, a re-fetch is harmless.
      if (events.length > 0) await storeEvents(db, sessionId, events, 'lookup', deps.now(), await deps.sensitive());
      if (failure && FATAL.has(failure.kind)) break;
    }
    const now = deps.now();
    c = await rematch(db, { ...c, source: 'lookup', lastError: failure, lastCheckAt: now }, settings);
    if (failure && FATAL.has(failure.kind)) {
      c = { ...c, phase: 'error', nextCheckAt: null };
      await deps.scheduler.cancel(sessionId);
    } else if (allConfirmed(c) && !failure) {
      c = { ...c, phase: 'complete', nextCheckAt: null };
      await deps.scheduler.cancel(sessionId);
    } else if (c.deadline !== null && now >= c.deadline) {
      c = { ...c, phase: 'timed-out', nextCheckAt: null };
      await deps.scheduler.cancel(sessionId);
    } else {
      const at = Math.min(now + nextCheckDelay(settings, c.checks), c.deadline ?? Infinity);
      c = { ...c, phase: 'waiting', nextCheckAt: at };
      await deps.scheduler.schedule(sessionId, at);
    }
    return save(c);
  }

  /** Runs one check now (or joins the one already running for the session). */
  function runCheck(sessionId: number): Promise<SessionConfirmation | null> {
    const running = inFlight.get(sessionId);
    if (running) return running;
    const p = serial(sessionId, () => check(sessionId)).finally(() => inFlight.delete(sessionId));
    inFlight.set(sessionId, p);
    return p;
  }

  /** On worker start or new credentials: make sure every waiting session has its wake-up. */
  async function resumeAll(opts: { credentialsChanged?: boolean } = {}): Promise<void> {
    const db = await deps.db();
    const now = deps.now();
    for (const c of await listConfirmations(db)) {
      if (c.phase === 'waiting') await deps.scheduler.schedule(c.sessionId, Math.max(now, c.nextCheckAt ?? now));
      else if (opts.credentialsChanged && (c.phase === 'needs-credentials' || c.phase === 'error')) {
        await serial(c.sessionId, async () => {
          const current = (await getConfirmation(db, c.sessionId)) ?? c;
          await save({ ...current, phase: 'waiting', nextCheckAt: now, lastError: null });
          await deps.scheduler.schedule(c.sessionId, now);
        });
      }
    }
  }

  /** Offline: match a CloudTrail file (any container the translator's ingest reads) against a session. */
  async function importFile(sessionId: number, text: string, fileName: string): Promise<{ ok: true; imported: number; confirmation: SessionConfirmation } | { ok: false; error: string }> {
    const db = await deps.db();
    if (!(await getSession(db, sessionId))) return { ok: false, error: `There is no session ${sessionId}.` };
    let inputs;
    try {
      inputs = readRecords(text, fileName);
    } catch (err) {
      return { ok: false, error: err instanceof NotCloudTrailError ? err.message : `${fileName}: ${(err as Error).message}` };
    }
    const events: TrailEvent[] = [];
    for (const input of inputs) {
      const checked = validateRecord(input.value);
      if ('error' in checked) continue;
      const record = checked.record;
      events.push({ eventId: record.eventID, region: record.awsRegion ?? GLOBAL_REGION, lookupUsername: null, record });
    }
    if (events.length === 0) return { ok: false, error: `${fileName}: no valid CloudTrail record in it.` };
    return serial(sessionId, async () => {
      await storeEvents(db, sessionId, events, 'file', deps.now(), await deps.sensitive());
      const settings = await deps.settings();
      const c = await rematch(db, { ...((await getConfirmation(db, sessionId)) ?? emptyConfirmation(sessionId)), source: 'file' }, settings);
      // Every action confirmed by the file: done, whether the session was waiting or stuck without credentials.
      const done = allConfirmed(c) && c.phase !== 'idle' && c.phase !== 'complete' ? { ...c, phase: 'complete' as const, nextCheckAt: null, lastError: null } : c;
      if (done.phase === 'complete') await deps.scheduler.cancel(sessionId);
      return { ok: true as const, imported: events.length, confirmation: await save(done) };
    });
  }

  return { beginWaiting, runCheck, resumeAll, importFile };
}

export type CloudTrailSync = ReturnType<typeof createCloudTrailSync>;
