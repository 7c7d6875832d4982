// Collects what changed during a short window and tells the watching pages once: a burst of captures
// becomes one notice, so an open popup reads its summary and page at most every `delayMs`.
import type { ChangeNotice } from '../../shared/session-paging.ts';

export interface ChangeFeed {
  /** Sessions whose rows changed; null: anything (the recording switch, the sessions list). */
  changed(sessionIds: readonly number[] | null): void;
}

export function createChangeFeed(post: (notice: ChangeNotice) => void, delayMs = 100): ChangeFeed {
  let all = false;
  const sessions = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    changed(sessionIds) {
      if (sessionIds === null) all = true;
      else for (const id of sessionIds) sessions.add(id);
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        const notice: ChangeNotice = { sessionIds: all ? null : [...sessions] };
        all = false;
        sessions.clear();
        post(notice);
      }, delayMs);
    },
  };
}
