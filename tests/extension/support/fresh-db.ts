// A fresh fake-indexeddb factory per test, and a capture-deps builder around it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { CapturedRequest } from '../../../shared/captured-request.ts';
import type { RecordingState } from '../../../shared/recording-state.ts';
import { loadBundledTables } from '../../../extension/capture/bundled-tables.ts';
import type { CaptureDeps } from '../../../extension/capture/capture-service.ts';
import type { RecordingDeps, RecordingStateStore } from '../../../extension/background/recording-control.ts';
import { openTrailformDb } from '../../../extension/db/open-db.ts';
import type { TrailformDb } from '../../../extension/db/schema.ts';

export function resetIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function memoryStateStore(initial: RecordingState = { sessionId: null }): RecordingStateStore & { state: RecordingState } {
  const store = {
    state: initial,
    read: async () => store.state,
    write: async (s: RecordingState) => { store.state = s; },
  };
  return store;
}

export interface Harness {
  db: () => Promise<TrailformDb>;
  state: ReturnType<typeof memoryStateStore>;
  capture: CaptureDeps;
  recording: RecordingDeps;
  clock: { now: number };
}

export function harness(): Harness {
  resetIndexedDb();
  let opened: Promise<TrailformDb> | null = null;
  const db = (): Promise<TrailformDb> => (opened ??= openTrailformDb());
  const state = memoryStateStore();
  const clock = { now: 1_790_000_000_000 };
  return {
    db, state, clock,
    capture: { db, tables: loadBundledTables, activeSessionId: async () => state.state.sessionId },
    recording: { db, state, now: () => clock.now },
  };
}

export function captured(overrides: Partial<CapturedRequest> = {}): CapturedRequest {
  return {
    api: 'fetch', method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/',
    headers: [['content-type', 'application/x-www-form-urlencoded']],
    body: { encoding: 'text', data: 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16', truncated: false },
    startedAt: 1_790_000_000_000, endedAt: 1_790_000_000_050, status: 200, error: null,
    responseBody: { encoding: 'text', data: '<CreateVpcResponse><vpcId>vpc-1</vpcId></CreateVpcResponse>', truncated: false },
    pageUrl: 'https://us-east-1.console.aws.amazon.com/vpc/home', ...overrides,
  };
}

/** Every value in the database as one JSON string. */
export async function dumpDatabase(db: TrailformDb): Promise<string> {
  return JSON.stringify({ sessions: await db.getAll('sessions'), actions: await db.getAll('actions') });
}
