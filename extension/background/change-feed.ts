// Tells the watching pages what changed, at most once per `intervalMs`: the first change goes out at
// once (an open popup shows it within a frame or two), and a burst of captures after it becomes one
// notice at the end of the interval, so an open popup reads its summary and page at most that often.
import type { ChangeNotice } from '../../shared/session-paging.ts';

export interface ChangeFeed {
  /** Sessions whose rows changed; null: anything (the recording switch, the sessions list). */
  changed(sessionIds: readonly number[] | null): void;
}

export function createChangeFeed(post: (notice: ChangeNotice) => void, intervalMs = 150, now: () => number = Date.now): ChangeFeed {
  let all = false;
  const sessions = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastPost = -Infinity;
  const flush = (): void => {
    timer = null;
    lastPost = now();
    const notice: ChangeNotice = { sessionIds: all ? null : [...sessions] };
    all = false;
    sessions.clear();
    post(notice);
  };
  return {
    changed(sessionIds) {
      if (sessionIds === null) all = true;
      else for (const id of sessionIds) sessions.add(id);
      if (timer !== null) return;
      const wait = lastPost + intervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
  };
}
