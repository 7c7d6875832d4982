// The capture tables imported with the code: for Node (tests, scripts) and extension pages. The
// service worker loads them from the package instead (extension/platform/packaged-tables.ts).
import type { CaptureTables, LoadCaptureTables } from './capture-tables.ts';
import { defaultModels } from './classify/default-models.ts';
import { defaultSensitiveIndex } from './redact/default-sensitive-index.ts';

export function bundledTables(): CaptureTables {
  return { models: defaultModels(), sensitive: defaultSensitiveIndex() };
}

export const loadBundledTables: LoadCaptureTables = () => Promise.resolve(bundledTables());
