// The change feed: the first change is posted at once, a burst after it becomes one notice per interval.
import { createChangeFeed } from '../../../extension/background/change-feed.ts';
import type { ChangeNotice } from '../../../shared/session-paging.ts';

describe('change feed', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  test('first change at once; a burst within the interval becomes one notice naming every session', () => {
    const posted: ChangeNotice[] = [];
    const feed = createChangeFeed((n) => posted.push(n), 150, () => Date.now());
    feed.changed([1]);
    expect(posted).toEqual([{ sessionIds: [1] }]);
    feed.changed([2]);
    feed.changed([1]);
    feed.changed([3]);
    expect(posted).toHaveLength(1);
    vi.advanceTimersByTime(150);
    expect(posted).toEqual([{ sessionIds: [1] }, { sessionIds: [2, 1, 3] }]);
  });

  test('a change of anything wins over session ids in the same notice', () => {
    const posted: ChangeNotice[] = [];
    const feed = createChangeFeed((n) => posted.push(n), 150, () => Date.now());
    feed.changed([1]);
    feed.changed([2]);
    feed.changed(null);
    vi.advanceTimersByTime(200);
    expect(posted[1]).toEqual({ sessionIds: null });
    vi.advanceTimersByTime(1000);
    feed.changed([4]);
    expect(posted[2]).toEqual({ sessionIds: [4] });
  });
});
