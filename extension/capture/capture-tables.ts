// The two generated tables capture needs (the operations model for classifying a call, the sensitive
// members for redacting it), taken as a dependency that loads them. The service worker fetches them
// from the package on first use instead of bundling 1.4 MB of object literals that V8 would parse at
// every worker start (bench/sw-boot.ts); Node and extension pages import them (bundled-tables.ts).
import type { ModelIndex } from './classify/model-index.ts';
import type { SensitiveIndex } from './redact/sensitive-index.ts';

export interface CaptureTables {
  models: ModelIndex;
  sensitive: SensitiveIndex;
}

export type LoadCaptureTables = () => Promise<CaptureTables>;

/**
 * The tables could not be loaded (a damaged or half-updated extension package): not an IndexedDB
 * failure, so it is reported as its own problem (db-connection.ts describeStorageError).
 */
export class CaptureTablesError extends Error {
  constructor(cause: unknown) {
    super(`could not load the capture tables: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'CaptureTablesError';
  }
}

/** Loads once and shares the result; a failed load is tried again by the next caller. */
export function loadOnce(load: LoadCaptureTables): LoadCaptureTables {
  let pending: Promise<CaptureTables> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
