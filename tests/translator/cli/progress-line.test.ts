// The CLI's progress line: only on a terminal, only after about a second, redrawn at most every 200 ms,
// erased at the end.
import { progressLine } from '../../../translator/ingest/progress-line';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream & { written: string[] };
}

const progress = (records: number) => ({ filesDone: 3, filesTotal: 10, records, kept: records / 10 });

describe('progress line', () => {
  test('silent for the first second, then at most every 200 ms, and erased when done', () => {
    const stream = fakeStream(true);
    const clock = { t: 0 };
    const line = progressLine(stream, true, () => clock.t);
    clock.t = 900;
    line.update(progress(1000));
    expect(stream.written).toEqual([]);
    clock.t = 1000;
    line.update(progress(20_000));
    clock.t = 1100;
    line.update(progress(21_000));
    clock.t = 1200;
    line.update(progress(30_000));
    expect(stream.written).toHaveLength(2);
    expect(stream.written[0]).toBe('\r\x1b[Kreading: 3/10 files, 20,000 records (20,000/s), 2,000 changes kept');
    line.done();
    expect(stream.written[2]).toBe('\r\x1b[K');
  });

  test('nothing when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const stream = fakeStream(tty);
      const clock = { t: 0 };
      const line = progressLine(stream, enabled, () => clock.t);
      clock.t = 5000;
      line.update(progress(1));
      line.done();
      expect(stream.written).toEqual([]);
    }
  });
});
