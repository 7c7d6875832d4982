// The popup's view before the worker answers: the session it would show (the recorded one, else the
// newest), that session's first page (the last while recording), and the connection closed after.
import { startRecording, stopRecording } from '../../../extension/background/recording-control.ts';
import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { createSession } from '../../../extension/db/sessions-repo.ts';
import type { TrailformDb } from '../../../extension/db/schema.ts';
import { readStoredView } from '../../../extension/ui/stored-view.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';

async function record(h: Harness, calls: number): Promise<number> {
  const id = (await startRecording(h.recording, 'recorded')).session!.id;
  for (let i = 0; i < calls; i++) {
    const at = 1_790_000_000_000 + i * 1000;
    await captureRequest(h.capture, captured({
      body: { encoding: 'text', data: `Action=CreateVpc&Version=2016-11-15&CidrBlock=10.${i}.0.0%2F16`, truncated: false }, startedAt: at, endedAt: at + 50,
    }), { source: 'webRequest', tabId: 1 });
  }
  return id;
}

function deps(h: Harness) {
  const closed: TrailformDb[] = [];
  return {
    closed,
    deps: {
      openDb: async () => {
        const db = await h.db();
        // The harness shares one connection between tests' calls; count the close instead of closing it.
        return new Proxy(db, {
          get(t, k) {
            if (k === 'close') return () => { closed.push(t); };
            const v: unknown = Reflect.get(t, k, t);
            return typeof v === 'function' ? v.bind(t) : v;
          },
        });
      },
      recordingState: async () => h.state.state,
    },
  };
}

test('while recording: the recorded session and its last page', async () => {
  const h = harness();
  const id = await record(h, 25);
  await createSession(await h.db(), 'started later, not recorded', 1_790_000_500_000);
  const d = deps(h);
  const view = await readStoredView(d.deps, 10);
  expect(view!.recordingId).toBe(id);
  expect(view!.session.id).toBe(id);
  expect(view!.page.offset).toBe(20);
  expect(view!.page.total).toBe(25);
  expect(view!.page.rows.map((r) => r.resourceName)).toEqual(['10.20.0.0/16', '10.21.0.0/16', '10.22.0.0/16', '10.23.0.0/16', '10.24.0.0/16']);
  expect(d.closed).toHaveLength(1);
});

test('not recording: the newest session and its first page', async () => {
  const h = harness();
  const recorded = await record(h, 25);
  await stopRecording(h.recording);
  const d = deps(h);
  let view = await readStoredView(d.deps, 10);
  expect(view!.recordingId).toBeNull();
  expect(view!.session.id).toBe(recorded);
  expect(view!.page.offset).toBe(0);
  expect(view!.page.rows.map((r) => r.resourceName)).toHaveLength(10);
  expect(view!.page.rows[0]!.resourceName).toBe('10.0.0.0/16');
  const newer = await createSession(await h.db(), 'newer', 1_800_000_000_000);
  view = await readStoredView(d.deps, 10);
  expect(view!.session.id).toBe(newer.id);
  expect(view!.page).toEqual({ sessionId: newer.id, offset: 0, total: 0, rows: [] });
  expect(d.closed).toHaveLength(2);
});

test('no session at all: nothing to show, and the connection is still closed', async () => {
  const h = harness();
  const d = deps(h);
  expect(await readStoredView(d.deps, 10)).toBeNull();
  expect(d.closed).toHaveLength(1);
});
