// The relay's pending records, bounded by count and by characters so one message never exceeds the
// extension message size limit (shared/messages.ts MAX_BATCH_CHARS).
import { MAX_BATCH_CHARS, MAX_BATCH_RECORDS, MAX_RECORD_CHARS } from '../../shared/messages.ts';

export class RelayQueue {
  #records: string[] = [];
  #chars = 0;

  constructor(readonly maxRecords = MAX_BATCH_RECORDS, readonly maxChars = MAX_BATCH_CHARS, readonly maxRecordChars = MAX_RECORD_CHARS) {}

  get length(): number {
    return this.#records.length;
  }

  /** True when `record` does not fit in the current batch (send the batch first). */
  isFullFor(record: string): boolean {
    return this.#records.length >= this.maxRecords || this.#chars + record.length > this.maxChars;
  }

  /** Adds a record; false when it is too large on its own or the batch is full. */
  push(record: string): boolean {
    if (record.length > this.maxRecordChars || this.isFullFor(record)) return false;
    this.#records.push(record);
    this.#chars += record.length;
    return true;
  }

  take(): string[] {
    const records = this.#records;
    this.#records = [];
    this.#chars = 0;
    return records;
  }
}
