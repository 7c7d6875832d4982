import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { startNewSession, startRecording, stopRecording } from '../../../extension/background/recording-control.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';
import { openTrailformDb } from '../../../extension/db/open-db.ts';
import { forgetUnknownBodies } from '../../../extension/db/unknown-body-copies.ts';
import { unknownBodyFingerprint, requestKey } from '../../../extension/capture/fingerprint.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';

let h: Harness;
let sessionId: number;
const TAB = { source: 'hook' as const, tabId: 7 };
const WEB = { source: 'webRequest' as const, tabId: 7 };

beforeEach(async () => {
  h = harness();
  sessionId = (await startRecording(h.recording, 'test')).session!.id;
});

async function stored() {
  return listActions(await h.db(), sessionId);
}

describe('captureRequest', () => {
  test('stores a changing call with service, operation, region, eventSource, tab, time and params', async () => {
    const result = await captureRequest(h.capture, captured(), TAB);
    expect(result).toMatchObject({ stored: true, outcome: 'inserted', sessionActionCount: 1 });
    const [action] = await stored();
    expect(action).toMatchObject({
      sessionId, kind: 'action', serviceId: 'ec2', eventSource: 'ec2.amazonaws.com', operation: 'CreateVpc', region: 'us-east-1',
      tabId: 7, capturedAt: 1_790_000_000_000, status: 'succeeded', httpStatus: 200, params: { CidrBlock: '10.0.0.0/16' },
      response: { status: 200, body: '<CreateVpcResponse><vpcId>vpc-1</vpcId></CreateVpcResponse>' },
    });
  });

  test('stores nothing while recording is off', async () => {
    h.state.state = { sessionId: null };
    expect(await captureRequest(h.capture, captured(), TAB)).toMatchObject({ stored: false, reason: 'not-recording' });
    expect(await (await h.db()).count('actions')).toBe(0);
  });

  test('a call made before Stop but delivered after it still lands in the stopped session', async () => {
    h.clock.now = 1_790_000_001_000;
    await stopRecording(h.recording);
    expect(await captureRequest(h.capture, captured({ startedAt: 1_790_000_000_900 }), TAB)).toMatchObject({ stored: true });
    // Made after Stop: not recorded.
    expect(await captureRequest(h.capture, captured({ startedAt: 1_790_000_001_100, url: 'https://ec2.eu-west-1.amazonaws.com/' }), TAB)).toMatchObject({ stored: false, reason: 'not-recording' });
    expect((await stored()).map((a) => a.region)).toEqual(['us-east-1']);
  });

  test('after New session, a late record of the old session goes to the old one; a call from before any session is not recorded', async () => {
    h.clock.now = 1_790_000_002_000;
    const next = await startNewSession(h.recording, 'second');
    await captureRequest(h.capture, captured({ startedAt: 1_790_000_001_500 }), TAB);
    await captureRequest(h.capture, captured({ startedAt: 1_790_000_002_500, url: 'https://ec2.eu-west-1.amazonaws.com/' }), TAB);
    expect(await captureRequest(h.capture, captured({ startedAt: 1_789_999_999_000, url: 'https://ec2.eu-north-1.amazonaws.com/' }), TAB))
      .toMatchObject({ stored: false, reason: 'not-recording' });
    expect((await stored()).map((a) => a.region)).toEqual(['us-east-1']);
    expect((await listActions(await h.db(), next.session!.id)).map((a) => a.region)).toEqual(['eu-west-1']);
  });

  test('does not store reads or noise', async () => {
    await captureRequest(h.capture, captured({ body: { encoding: 'text', data: 'Action=DescribeVpcs', truncated: false } }), TAB);
    await captureRequest(h.capture, captured({ method: 'OPTIONS', body: null }), TAB);
    await captureRequest(h.capture, captured({ url: 'https://us-east-1.console.aws.amazon.com/ec2/tb/creds' }), TAB);
    expect(await stored()).toEqual([]);
  });

  test('keeps unmatched AWS requests as unclassified', async () => {
    await captureRequest(h.capture, captured({ body: { encoding: 'text', data: 'Action=FrobnicateWidget', truncated: false } }), TAB);
    expect(await stored()).toMatchObject([{ kind: 'unclassified', serviceId: 'ec2', operation: 'FrobnicateWidget' }]);
  });

  test('keeps failed calls, marked failed', async () => {
    await captureRequest(h.capture, captured({ status: 400 }), TAB);
    await captureRequest(h.capture, captured({ url: 'https://sqs.us-east-1.amazonaws.com/', status: 0, error: 'net::ERR_FAILED', responseBody: null }), TAB);
    expect((await stored()).map((a) => a.status)).toEqual(['failed', 'failed']);
  });

  test('the hook copy and the webRequest copy of one request are one action, in either order', async () => {
    // webRequest reports form fields sorted by name.
    const web = captured({ api: 'webRequest', body: { encoding: 'text', data: 'Action=CreateVpc&CidrBlock=10.0.0.0%2F16&Version=2016-11-15', truncated: false }, responseBody: null, startedAt: 1_790_000_000_002 });
    await captureRequest(h.capture, web, WEB);
    await captureRequest(h.capture, captured(), TAB);
    const sns = { url: 'https://sns.us-east-1.amazonaws.com/', body: { encoding: 'text' as const, data: 'Action=CreateTopic&Name=a', truncated: false }, startedAt: 1_790_000_001_000 };
    await captureRequest(h.capture, captured(sns), TAB);
    await captureRequest(h.capture, captured({ ...sns, api: 'webRequest', responseBody: null, startedAt: 1_790_000_001_003 }), WEB);
    const actions = await stored();
    expect(actions.map((a) => [a.operation, a.sources, a.attempts])).toEqual([
      ['CreateVpc', { hook: 1, webRequest: 1 }, 1],
      ['CreateTopic', { hook: 1, webRequest: 1 }, 1],
    ]);
    // The hook's response body is kept even though webRequest came first.
    expect(actions[0]!.response?.body).toContain('vpc-1');
  });

  test('a webRequest copy without a readable body pairs with the hook copy', async () => {
    await captureRequest(h.capture, captured({ api: 'webRequest', method: 'PUT', url: 'https://b.s3.us-east-1.amazonaws.com/?versioning', body: null, responseBody: null }), WEB);
    await captureRequest(h.capture, captured({ method: 'PUT', url: 'https://b.s3.us-east-1.amazonaws.com/?versioning', body: { encoding: 'text', data: '<V/>', truncated: false } }), TAB);
    expect((await stored()).map((a) => a.sources)).toEqual([{ hook: 1, webRequest: 1 }]);
  });

  describe('copies whose body was unknown (the second de-duplication lookup)', () => {
    const PUT_URL = 'https://b.s3.us-east-1.amazonaws.com/?versioning';
    const webCopy = () => captured({ api: 'webRequest', method: 'PUT', url: PUT_URL, body: null, responseBody: null });
    const hookCopy = () => captured({ method: 'PUT', url: PUT_URL, body: { encoding: 'text', data: '<V/>', truncated: false } });

    test('a copy with a body makes one lookup when the session holds no copy of unknown body', async () => {
      await captureRequest(h.capture, captured(), TAB); // learns, once, that the session holds none
      const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
      try {
        await captureRequest(h.capture, captured({ url: 'https://ec2.eu-west-1.amazonaws.com/' }), TAB);
        expect(getAll).toHaveBeenCalledTimes(1);
        await captureRequest(h.capture, webCopy(), WEB);
        getAll.mockClear();
        await captureRequest(h.capture, captured({ url: 'https://ec2.eu-north-1.amazonaws.com/' }), TAB);
        expect(getAll).toHaveBeenCalledTimes(2); // now it may hold one: both lookups
      } finally {
        getAll.mockRestore();
      }
      expect((await stored()).map((a) => a.region)).toEqual(['us-east-1', 'eu-west-1', 'us-east-1', 'eu-north-1']);
    });

    test('after a worker restart (a new connection), a hook copy still pairs with the unknown-body copy stored before', async () => {
      await captureRequest(h.capture, captured({ url: 'https://ec2.eu-west-1.amazonaws.com/' }), TAB);
      await captureRequest(h.capture, webCopy(), WEB);
      let second: ReturnType<typeof openTrailformDb> | null = null;
      const restarted = { ...h.capture, db: () => (second ??= openTrailformDb()) };
      await captureRequest(restarted, hookCopy(), TAB);
      expect((await stored()).map((a) => a.sources)).toEqual([{ hook: 1, webRequest: 0 }, { hook: 1, webRequest: 1 }]);
    });

    test('actions written another way (an import) are looked for again once forgotten', async () => {
      await captureRequest(h.capture, captured(), TAB); // the session is known to hold none
      const db = await h.db();
      const [first] = await stored();
      const key = requestKey(TAB.tabId, 'PUT', PUT_URL);
      const { id: _id, ...rest } = first!;
      await db.add('actions', { ...rest, request: { ...rest.request, method: 'PUT', url: PUT_URL }, sources: { hook: 0, webRequest: 1 }, requestKey: key, fingerprint: unknownBodyFingerprint(key), bodyUnknown: true } as RecordedAction);
      forgetUnknownBodies(db, sessionId);
      await captureRequest(h.capture, hookCopy(), TAB);
      expect((await stored()).map((a) => a.sources)).toEqual([{ hook: 1, webRequest: 0 }, { hook: 1, webRequest: 1 }]);
    });
  });

  test('retries of the same call collapse into one action (same SDK invocation id)', async () => {
    const headers: [string, string][] = [['content-type', 'application/x-www-form-urlencoded'], ['amz-sdk-invocation-id', 'inv-1']];
    await captureRequest(h.capture, captured({ headers, status: 503 }), TAB);
    await captureRequest(h.capture, captured({ headers, startedAt: 1_790_000_000_500, endedAt: 1_790_000_000_600 }), TAB);
    expect(await stored()).toMatchObject([{ attempts: 2, status: 'succeeded', httpStatus: 200, lastAttemptAt: 1_790_000_000_500 }]);
  });

  test('a failed call repeated soon after collapses; a repeated successful call is a new action', async () => {
    await captureRequest(h.capture, captured({ status: 400 }), TAB);
    await captureRequest(h.capture, captured({ startedAt: 1_790_000_010_000 }), TAB);
    await captureRequest(h.capture, captured({ startedAt: 1_790_000_020_000 }), TAB);
    expect((await stored()).map((a) => [a.attempts, a.status])).toEqual([[2, 'succeeded'], [1, 'succeeded']]);
  });

  test('the same call from two tabs is two actions', async () => {
    await captureRequest(h.capture, captured(), TAB);
    await captureRequest(h.capture, captured(), { source: 'hook', tabId: 8 });
    expect(await stored()).toHaveLength(2);
  });

  test('learns the account from a multi-session console host', async () => {
    await captureRequest(h.capture, captured({ pageUrl: 'https://123456789012-abcd1234.eu-west-1.console.aws.amazon.com/ec2/home' }), TAB);
    expect((await stored())[0]?.accountId).toBe('123456789012');
    expect(await (await h.db()).get('sessions', sessionId)).toMatchObject({ accountId: '123456789012', consoleIdentity: { accountId: '123456789012', arn: null } });
  });

  test('tracks the session regions and action count', async () => {
    await captureRequest(h.capture, captured({ url: 'https://ec2.eu-west-1.amazonaws.com/' }), TAB);
    await captureRequest(h.capture, captured({ url: 'https://iam.amazonaws.com/', body: { encoding: 'text', data: 'Action=CreateUser&UserName=u', truncated: false } }), TAB);
    const session = await (await h.db()).get('sessions', sessionId);
    expect(session).toMatchObject({ actionCount: 2, regions: ['eu-west-1', 'us-east-1'] });
  });
});
