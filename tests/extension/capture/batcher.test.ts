import { createBatcher } from '../../../extension/capture/batcher.ts';

function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => { timers.set(next, fn); return next++; },
    clearTimer: (h: unknown) => { timers.delete(h as number); },
    fire: () => { const fns = [...timers.values()]; timers.clear(); fns.forEach((f) => f()); },
    count: () => timers.size,
  };
}

describe('createBatcher', () => {
  test('groups by key and flushes when the timer fires', async () => {
    const t = manualTimers();
    const flushed: [string, number[]][] = [];
    const b = createBatcher<string, number>(async (k, items) => { flushed.push([k, items]); }, { delayMs: 100, maxItems: 10, ...t });
    b.add('tab1', 1);
    b.add('tab2', 2);
    b.add('tab1', 3);
    expect(flushed).toEqual([]);
    expect(t.count()).toBe(2);
    t.fire();
    await Promise.resolve();
    expect(flushed).toEqual([['tab1', [1, 3]], ['tab2', [2]]]);
  });

  test('flushes a full group at once and cancels its timer', () => {
    const t = manualTimers();
    const flushed: number[][] = [];
    const b = createBatcher<string, number>(async (_k, items) => { flushed.push(items); }, { delayMs: 100, maxItems: 2, ...t });
    b.add('a', 1);
    b.add('a', 2);
    expect(flushed).toEqual([[1, 2]]);
    expect(t.count()).toBe(0);
  });

  test('flushAll hands over everything pending; a failing flush does not break the next', async () => {
    const t = manualTimers();
    const flushed: number[][] = [];
    let fail = true;
    const b = createBatcher<string, number>(async (_k, items) => {
      if (fail) { fail = false; throw new Error('db closed'); }
      flushed.push(items);
    }, { delayMs: 100, maxItems: 10, ...t });
    b.add('a', 1);
    await b.flushAll();
    b.add('a', 2);
    await b.flushAll();
    expect(flushed).toEqual([[2]]);
  });
});
