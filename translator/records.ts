// The translator's public entry for record-level helpers: reading CloudTrail containers, validating and
// classifying single records. It pulls in no service mapper, so the extension's service worker can use
// it without loading the whole translator (translate() is in ./index.ts, which re-exports these).

export { normalizeEventName, isReadOnly, validateRecord } from './pipeline/normalize';
export { isConsoleOriginated } from './pipeline/console-origin';
export { readRecords, NotCloudTrailError, SESSION_FORMAT } from './ingest/containers';
