// What a page can and cannot make the background store, and what is kept of calls that change nothing.
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { startRecording, stopRecording } from '../../../extension/background/recording-control.ts';
import { sessionDetail } from '../../../extension/background/session-detail.ts';
import { captureRequests } from '../../../extension/capture/capture-service.ts';
import { isAllowedEndpoint, parseCloudTrailSettings } from '../../../extension/cloudtrail/settings.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { getSession } from '../../../extension/db/sessions-repo.ts';
import { includedByDefault } from '../../../shared/session-view.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';

const SENDER: MessageSender = { tabId: 3, url: 'https://us-east-1.console.aws.amazon.com/ec2/home', fromExtensionPage: false };
let h: Harness;

beforeEach(() => {
  h = harness();
});

function pageBatch(records: object[]) {
  const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
  return route({ type: 'capture/page-batch', payload: { records: records.map((r) => JSON.stringify(r)) } }, SENDER);
}

describe('page reports are timed by receipt, not by the page', () => {
  test('a report claiming a time inside a stopped session lands in the current one, at the time it arrived', async () => {
    h.clock.now = 1_790_000_000_000;
    const old = (await startRecording(h.recording, 'old')).session!;
    h.clock.now += 60_000;
    await stopRecording(h.recording);
    h.clock.now += 600_000;
    const current = (await startRecording(h.recording, 'current')).session!;
    h.clock.now += 5_000;
    await pageBatch([captured({ startedAt: old.startedAt + 1_000, endedAt: old.startedAt + 1_100 })]);
    const db = await h.db();
    expect(await listActions(db, old.id)).toHaveLength(0);
    const [action] = await listActions(db, current.id);
    expect(action!.capturedAt).toBe(h.clock.now);
  });

  test('nothing is stored from a page while no session records, whatever time the report claims', async () => {
    h.clock.now = 1_790_000_000_000;
    const s = (await startRecording(h.recording, 's')).session!;
    h.clock.now += 10_000;
    await stopRecording(h.recording);
    h.clock.now += 60_000; // well after the stop
    expect(await pageBatch([captured({ startedAt: s.startedAt + 5_000, endedAt: s.startedAt + 5_100 })])).toEqual({ accepted: 0 });
  });
});

describe('unverified actions', () => {
  test('a call only the page reported is marked unverified with a reason and left out of Generate by default', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    await pageBatch([captured()]);
    const detail = await sessionDetail(await h.db(), (await getSession(await h.db(), s.id))!);
    const [row] = detail.rows;
    expect(row).toMatchObject({ status: 'captured-only', unverified: true });
    expect(row!.note).toContain('unverified');
    expect(row!.record).not.toBeNull();
    expect(includedByDefault(row!)).toBe(false);
  });

  test('the same call also seen by webRequest is verified and included', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    h.clock.now += 5_000;
    await pageBatch([captured({ startedAt: h.clock.now })]);
    await captureRequests(h.capture, [{ ...captured(), api: 'webRequest', responseBody: null, startedAt: h.clock.now - 200, endedAt: h.clock.now - 100 }], { source: 'webRequest', tabId: 3 });
    const detail = await sessionDetail(await h.db(), (await getSession(await h.db(), s.id))!);
    expect(detail.rows).toHaveLength(1);
    expect(detail.rows[0]!.unverified).toBeUndefined();
    expect(includedByDefault(detail.rows[0]!)).toBe(true);
  });

  test('a slow call (20 s) seen by both paths is one verified action: the hook copy is paired by completion time', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    const start = h.clock.now + 1_000;
    h.clock.now = start + 20_100; // the hook's report arrives after the response
    await pageBatch([captured()]);
    await captureRequests(h.capture, [{ ...captured(), api: 'webRequest', responseBody: null, startedAt: start, endedAt: start + 20_000 }], { source: 'webRequest', tabId: 3 });
    const [action, ...rest] = await listActions(await h.db(), s.id);
    expect(rest).toHaveLength(0);
    expect(action!.sources).toEqual({ hook: 1, webRequest: 1 });
  });
});

describe('least storage', () => {
  test('a call that is not an infrastructure change keeps method, host, path, operation, status, sizes and a hash; no bodies', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    const body = JSON.stringify({ user: 'u', note: 'data-plane-payload' });
    await captureRequests(h.capture, [captured({
      url: 'https://unknownsvc.us-east-1.amazonaws.com/things?page=2&X-Amz-Signature=abc', headers: [['content-type', 'application/x-amz-json-1.1'], ['x-amz-target', 'Svc.PutThing']],
      body: { encoding: 'text', data: body, truncated: false }, responseBody: { encoding: 'text', data: '{"ok":"response-payload"}', truncated: false },
    })], { source: 'hook', tabId: 3 });
    const [action] = await listActions(await h.db(), s.id);
    expect(action).toMatchObject({
      kind: 'unclassified', operation: 'PutThing', httpStatus: 200, params: null,
      request: { method: 'POST', url: 'https://unknownsvc.us-east-1.amazonaws.com/things', headers: {}, body: null },
      response: { status: 200, body: null },
    });
    expect(action!.digest).toMatchObject({ requestChars: body.length, responseChars: 25 });
    expect(action!.digest!.hash).toMatch(/^[0-9a-f]{13}$/);
    expect(JSON.stringify(action)).not.toMatch(/data-plane-payload|response-payload|page=2/);
  });

  test('an infrastructure change keeps its redacted bodies', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    await captureRequests(h.capture, [captured()], { source: 'hook', tabId: 3 });
    const [action] = await listActions(await h.db(), s.id);
    expect(action!.request.body).toBe('Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16');
    expect(action!.digest).toBeUndefined();
  });
});

describe('secrets in the URL', () => {
  test('a query-protocol call with its input in the URL: nested sensitive members hidden, the rest byte for byte', async () => {
    const s = (await startRecording(h.recording, 's')).session!;
    const url = 'https://ec2.us-east-1.amazonaws.com/?Action=CreateVpnConnection&Version=2016-11-15&Type=ipsec.1&Options.TunnelOptions.1.PreSharedKey=CNRYurl1&TagSpecification.1.Tag.1.Value=owner%3DJohn%20Smith';
    await captureRequests(h.capture, [captured({ method: 'POST', url, body: null })], { source: 'hook', tabId: 3 });
    const [action] = await listActions(await h.db(), s.id);
    expect(action!.operation).toBe('CreateVpnConnection');
    expect(action!.request.url).toBe(url.replace('CNRYurl1', 'HIDDEN_DUE_TO_SECURITY_REASONS'));
    expect(JSON.stringify(action)).not.toContain('CNRYurl1');
  });
});

describe('CloudTrail endpoint override', () => {
  test.each([
    ['https://cloudtrail.{region}.example.test', true],
    ['http://127.0.0.1:8443', true],
    ['http://localhost:9000/', true],
    ['http://[::1]:9000', true],
    ['http://cloudtrail.example.test', false],
    ['http://10.0.0.5:80', false],
    ['ftp://127.0.0.1', false],
    ['https://user:pw@cloudtrail.example.test', false],
    ['javascript:alert(1)', false],
  ])('%s -> %s', (endpoint, allowed) => {
    expect(isAllowedEndpoint(endpoint)).toBe(allowed);
    expect(parseCloudTrailSettings({ endpoint }).endpoint).toBe(allowed ? endpoint : '');
  });
});
