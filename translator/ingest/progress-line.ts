// One progress line on stderr for long runs: only on a terminal, only once a run has taken about a
// second, redrawn at most five times a second and erased when the run ends.
import type { IngestProgress } from './stream';

export interface ProgressLine {
  update(p: IngestProgress): void;
  done(): void;
}

const DELAY_MS = 1000;
const EVERY_MS = 200;

export function progressLine(stream: NodeJS.WriteStream, enabled: boolean, now: () => number = Date.now): ProgressLine {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!enabled || !stream.isTTY) return;
      const t = now();
      if (t - started < DELAY_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const rate = Math.round(p.records / ((t - started) / 1000));
      stream.write(`\r\x1b[Kreading: ${p.filesDone}/${p.filesTotal} files, ${p.records.toLocaleString('en-US')} records (${rate.toLocaleString('en-US')}/s), ${p.kept.toLocaleString('en-US')} changes kept`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
