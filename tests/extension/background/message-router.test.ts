import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { badgeFor } from '../../../extension/background/badge-view.ts';
import { recordingStatus } from '../../../extension/background/recording-control.ts';
import type { RecordedAction, RecordingSession, RecordingStatus } from '../../../shared/recorded-action.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';

const POPUP: MessageSender = { tabId: null, url: 'chrome-extension://abc/extension/popup/popup.html', fromExtensionPage: true };
const CONSOLE: MessageSender = { tabId: 4, url: 'https://eu-west-1.console.aws.amazon.com/ec2/home', fromExtensionPage: false };
const OTHER_SITE: MessageSender = { tabId: 5, url: 'https://evil.example/', fromExtensionPage: false };

let h: Harness;
let changes: number;
let route: ReturnType<typeof createMessageRouter>;

beforeEach(() => {
  h = harness();
  changes = 0;
  route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => { changes++; } });
});

const call = <T>(msg: unknown, sender: MessageSender): Promise<T> => route(msg, sender) as Promise<T>;

describe('message router', () => {
  test('a batch is stored in one go, in order', async () => {
    await call({ type: 'recording/start', payload: {} }, POPUP);
    const records = ['CreateVpc', 'CreateSubnet', 'DescribeVpcs', 'CreateRouteTable'].map((op, i) =>
      JSON.stringify(captured({ startedAt: 1_790_000_000_000 + i, body: { encoding: 'text', data: `Action=${op}`, truncated: false } })));
    expect(await call({ type: 'capture/page-batch', payload: { records } }, CONSOLE)).toEqual({ accepted: 3 });
    const actions = await call<RecordedAction[]>({ type: 'actions/list', payload: { sessionId: h.state.state.sessionId! } }, POPUP);
    expect(actions.map((a) => a.operation)).toEqual(['CreateVpc', 'CreateSubnet', 'CreateRouteTable']);
  });

  test('start, capture, stop, new session', async () => {
    const started = await call<RecordingStatus>({ type: 'recording/start', payload: { name: 'first' } }, POPUP);
    expect(started).toMatchObject({ recording: true, session: { name: 'first', stoppedAt: null } });
    expect(await call({ type: 'capture/page-batch', payload: { records: [JSON.stringify(captured()), '{"not":"a request"}', 'not json'] } }, CONSOLE)).toEqual({ accepted: 1 });
    const status = await call<RecordingStatus>({ type: 'recording/get-status', payload: {} }, POPUP);
    expect(status.session?.actionCount).toBe(1);
    expect(badgeFor(status)).toMatchObject({ text: '1', color: '#c5221f' });

    h.clock.now += 60_000;
    const next = await call<RecordingStatus>({ type: 'recording/new-session', payload: {} }, POPUP);
    expect(next.session?.id).not.toBe(started.session?.id);
    const sessions = await call<RecordingSession[]>({ type: 'sessions/list', payload: {} }, POPUP);
    expect(sessions.map((s) => [s.name === 'first', s.stoppedAt !== null])).toEqual([[false, false], [true, true]]);
    const actions = await call<RecordedAction[]>({ type: 'actions/list', payload: { sessionId: started.session!.id } }, POPUP);
    expect(actions.map((a) => a.operation)).toEqual(['CreateVpc']);

    const stopped = await call<RecordingStatus>({ type: 'recording/stop', payload: {} }, POPUP);
    expect(stopped.recording).toBe(false);
    expect(badgeFor(await recordingStatus(h.recording)).text).toBe('');
    expect(changes).toBe(4);
  });

  test('capture messages count only from console pages', async () => {
    await call({ type: 'recording/start', payload: {} }, POPUP);
    const batch = { type: 'capture/page-batch', payload: { records: [JSON.stringify(captured())] } };
    expect(await call(batch, OTHER_SITE)).toEqual({ accepted: 0 });
    expect(await call(batch, POPUP)).toEqual({ accepted: 0 });
    expect(await (await h.db()).count('actions')).toBe(0);
  });

  test('an about:blank frame inside a console page counts by its origin', async () => {
    await call({ type: 'recording/start', payload: {} }, POPUP);
    const frame: MessageSender = { tabId: 4, url: 'about:blank', origin: 'https://eu-west-1.console.aws.amazon.com', fromExtensionPage: false };
    expect(await call({ type: 'capture/page-batch', payload: { records: [JSON.stringify(captured())] } }, frame)).toEqual({ accepted: 1 });
  });

  test('content scripts cannot control recording or read data', async () => {
    await expect(call({ type: 'recording/start', payload: {} }, CONSOLE)).rejects.toThrow(/not allowed/);
    await expect(call({ type: 'actions/list', payload: { sessionId: 1 } }, CONSOLE)).rejects.toThrow(/not allowed/);
    expect(h.state.state.sessionId).toBeNull();
  });

  test('malformed or unknown messages get no answer', () => {
    expect(route({ type: 'capture/page-batch', payload: { records: [1] } }, CONSOLE)).toBeUndefined();
    expect(route({ type: 'capture/page-batch', payload: { records: new Array(500).fill('{}') } }, CONSOLE)).toBeUndefined();
    expect(route({ type: 'nope' }, POPUP)).toBeUndefined();
    expect(route('x', POPUP)).toBeUndefined();
  });

  test('starting while recording keeps the current session; the state survives a "restart"', async () => {
    const a = await call<RecordingStatus>({ type: 'recording/start', payload: {} }, POPUP);
    // A new router over the same storage is what a restarted service worker is.
    const restarted = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
    const b = await (restarted({ type: 'recording/start', payload: {} }, POPUP) as Promise<RecordingStatus>);
    expect(b.session?.id).toBe(a.session?.id);
  });
});
