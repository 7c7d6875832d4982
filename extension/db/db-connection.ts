// The recorder's IndexedDB connection, opened on demand. A failed or blocked open is not cached: the
// next use tries again. The last storage problem (open failed, blocked by another version, quota
// exceeded, a write failing) is kept so the badge and the popup can show it until storage works again.
// https://developer.mozilla.org/en-US/docs/Web/API/IDBOpenDBRequest/blocked_event
// https://developer.mozilla.org/en-US/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria
import type { StorageProblem } from '../../shared/recorded-action.ts';
import type { TrailformDb } from './schema.ts';

export interface OpenHooks {
  /** Another connection holds an older version open and did not close. */
  blocked(): void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  terminated(): void;
}

export interface DbConnection {
  get(): Promise<TrailformDb>;
  problem(): StorageProblem | null;
  /** Records the outcome of a storage operation: an error sets the problem, null clears it. */
  report(error: unknown): void;
}

export function describeStorageError(error: unknown, at: number): StorageProblem {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const kind: StorageProblem['kind'] = name === 'CaptureTablesError' ? 'tables-failed'
    : name === 'QuotaExceededError' || /quota/i.test(message) ? 'quota'
    : name === 'BlockedError' ? 'blocked'
      : name === 'OpenError' || name === 'VersionError' ? 'open-failed' : 'write-failed';
  return { kind, message: message || name || 'unknown IndexedDB error', at };
}

class NamedError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface DbConnectionOptions {
  now?: () => number;
  /** How long an open blocked by an older connection waits before it counts as failed. */
  blockedTimeoutMs?: number;
  /** Called when a problem appears or clears (the badge). */
  onProblemChange?: (problem: StorageProblem | null) => void;
}

export function createDbConnection(open: (hooks: OpenHooks) => Promise<TrailformDb>, options: DbConnectionOptions = {}): DbConnection {
  const now = options.now ?? Date.now;
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 5000;
  let pending: Promise<TrailformDb> | null = null;
  let current: StorageProblem | null = null;
  // Every change of the problem goes through here, so appearing and clearing are both announced.
  function setProblem(next: StorageProblem | null): void {
    const changed = current?.kind !== next?.kind;
    current = next;
    if (changed) options.onProblemChange?.(next);
  }

  function start(): Promise<TrailformDb> {
    let blockedTimer: ReturnType<typeof setTimeout> | null = null;
    let giveUp: ((e: Error) => void) | null = null;
    const gaveUp = new Promise<never>((_resolve, reject) => { giveUp = reject; });
    const opening = open({
      blocked() {
        setProblem({ kind: 'blocked', message: 'another Trailform page holds an older version of the database open', at: now() });
        blockedTimer ??= setTimeout(() => giveUp?.(new NamedError('BlockedError', 'database open blocked by an older connection')), blockedTimeoutMs);
      },
      terminated() {
        pending = null;
        setProblem({ kind: 'open-failed', message: 'the browser closed the database connection', at: now() });
      },
    });
    const attempt = Promise.race([opening, gaveUp]).then((db) => {
      if (blockedTimer !== null) clearTimeout(blockedTimer);
      if (current?.kind === 'blocked' || current?.kind === 'open-failed') setProblem(null);
      return db;
    }, (error: unknown) => {
      if (blockedTimer !== null) clearTimeout(blockedTimer);
      // Not cached: the next caller opens again.
      if (pending === attempt) pending = null;
      const described = describeStorageError(error, now());
      setProblem(described.kind === 'write-failed' ? { ...described, kind: 'open-failed' } : described);
      // An open that completes after we gave up is closed, not leaked.
      opening.then((db) => db.close(), () => {});
      throw error;
    });
    return attempt;
  }

  return {
    get() {
      pending ??= start();
      return pending;
    },
    problem: () => current,
    report(error) {
      setProblem(error === null ? null : describeStorageError(error, now()));
    },
  };
}
