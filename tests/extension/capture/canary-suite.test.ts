// The canary suite: every shape of canary-shapes.ts (secrets where AWS puts them, each citing its API
// reference) through every way into storage: the page hook (through the background's message router),
// webRequest (through the tracker), the console proxy envelope, an imported trailform-session/1 file
// and CloudTrail events. No canary may be anywhere afterwards: IndexedDB, extension storage, the
// export, the generated manifest, the report, console output. Every value that is not secret is stored
// byte for byte.
import { HIDDEN_VALUE, type CloudTrailRecord, type JsonObject } from '../../../shared/cloudtrail-record.ts';
import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { SESSION_FORMAT, type SessionExport } from '../../../shared/session-export.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { startRecording, stopRecording } from '../../../extension/background/recording-control.ts';
import { exportSession, importSession } from '../../../extension/background/session-admin.ts';
import { sessionDetail } from '../../../extension/background/session-detail.ts';
import { captureRequests, buildAction, toRequestView } from '../../../extension/capture/capture-service.ts';
import { classifyRequest } from '../../../extension/capture/classify/classify-request.ts';
import type { RecognisedCall } from '../../../extension/capture/classify/classification.ts';
import { bundledTables } from '../../../extension/capture/bundled-tables.ts';
import { buildSensitiveIndex } from '../../../extension/capture/redact/sensitive-index.ts';
import type { Send } from '../../../extension/ui/send.ts';
import { streamImport } from '../../../extension/ui/stream-import.ts';
import { WebRequestTracker } from '../../../extension/capture/web-request-tracker.ts';
import { sessionEvents, storeEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { getSession } from '../../../extension/db/sessions-repo.ts';
import { toInputs, translate } from '../../../translator/index.ts';
import { parseFormPairs } from '../../../extension/capture/decode/form.ts';
import { CANARY_SHAPES, expectedText, textBody, type CanaryShape } from './canary-shapes.ts';
import { dumpDatabase, harness, type Harness } from '../support/fresh-db.ts';

const CANARY = 'CNRY';
const CONSOLE = 'https://us-east-1.console.aws.amazon.com/ec2/home';
const SENDER: MessageSender = { tabId: 1, url: CONSOLE, fromExtensionPage: false };
const logged: string[] = [];

function hookRecord(shape: CanaryShape): CapturedRequest {
  return {
    api: 'fetch', method: shape.request.method, url: shape.request.url, headers: shape.request.headers,
    body: textBody(shape.request.body), startedAt: 1, endedAt: 2, status: 200, error: null,
    responseBody: shape.response === null ? null : textBody(shape.response), pageUrl: CONSOLE,
  };
}

function classify(shape: CanaryShape): RecognisedCall {
  const c = classifyRequest(toRequestView(hookRecord(shape)), bundledTables().models);
  if (c.kind !== 'action') throw new Error(`${shape.service} ${shape.operation} is not classified as a change`);
  return c;
}

/** The same call as the console proxies it: the service request inside a JSON envelope. */
function envelopeOf(shape: CanaryShape): CapturedRequest | null {
  const url = new URL(shape.request.url);
  if (url.pathname !== '/') return null; // REST calls are proxied with their own paths; JSON and query here
  const c = classify(shape);
  const headers: Record<string, string> = Object.fromEntries(shape.request.headers.map(([k, v]) => [k === 'x-amz-target' ? 'X-Amz-Target' : 'Content-Type', v]));
  const body = JSON.stringify({ method: 'POST', path: '/', region: 'us-east-1', headers, contentString: shape.request.body });
  return { ...hookRecord(shape), url: `https://us-east-1.console.aws.amazon.com/${c.serviceId}/api/${url.hostname.split('.')[0]}`, headers: [['content-type', 'application/json']], body: textBody(body) };
}

/** The same call as chrome.webRequest reports it (form fields sorted and decoded, JSON as raw bytes). */
function webRequestOf(shape: CanaryShape, requestId: string, at: number): CapturedRequest {
  const tracker = new WebRequestTracker();
  const contentType = shape.request.headers.find(([k]) => k === 'content-type')?.[1] ?? '';
  const formData: Record<string, string[]> = {};
  if (contentType.includes('form')) for (const [k, v] of parseFormPairs(shape.request.body)) (formData[k] ??= []).push(v);
  tracker.onBeforeRequest({
    requestId, url: shape.request.url, method: shape.request.method, tabId: 1, type: 'xmlhttprequest', initiator: 'https://us-east-1.console.aws.amazon.com', timeStamp: at,
    requestBody: contentType.includes('form') ? { formData } : { raw: [{ bytes: new TextEncoder().encode(shape.request.body).buffer }] },
  });
  tracker.onBeforeSendHeaders({ requestId, requestHeaders: shape.request.headers.map(([name, value]) => ({ name, value })) });
  const done = tracker.onCompleted({ requestId, statusCode: 200, timeStamp: at + 10 });
  if (!done) throw new Error('webRequest tracker dropped the request');
  return done.request;
}

/** CloudTrail's record of the call: the decoded parameters and the JSON response, unredacted. */
function trailRecordOf(shape: CanaryShape, i: number): CloudTrailRecord {
  const c = classify(shape);
  let response: JsonObject | null = null;
  try {
    const parsed: unknown = shape.response === null ? null : JSON.parse(shape.response);
    response = typeof parsed === 'object' && parsed !== null ? parsed as JsonObject : null;
  } catch {
    response = null;
  }
  return {
    eventVersion: '1.09', eventID: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, eventTime: new Date(1_790_000_000_000 + i * 1000).toISOString(),
    eventSource: c.eventSource, eventName: c.operation, awsRegion: 'us-east-1', requestParameters: c.params, responseElements: response,
    userIdentity: { type: 'AssumedRole', accountId: '123456789012' }, recipientAccountId: '123456789012',
  };
}

let h: Harness;

beforeAll(() => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
  }
});

afterAll(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  h = harness();
});

describe('canary suite', () => {
  test('covers at least 40 shapes across at least 15 services, each citing its API reference', () => {
    expect(CANARY_SHAPES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CANARY_SHAPES.map((s) => s.service)).size).toBeGreaterThanOrEqual(15);
    for (const s of CANARY_SHAPES) {
      expect(s.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(`${s.request.body}${s.response ?? ''}`).toContain(CANARY);
      for (const secret of s.secrets) expect(`${s.request.body}${s.response ?? ''}`).toContain(secret);
    }
  });

  test.each(CANARY_SHAPES.map((s, i) => [`${s.service} ${s.operation} #${i}`, s] as const))('%s: the page hook stores every non-secret byte and no secret', async (_name, shape) => {
    await startRecording(h.recording, 'hook');
    const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
    const out = await route({ type: 'capture/page-batch', payload: { records: [JSON.stringify(hookRecord(shape))] } }, SENDER);
    expect(out).toEqual({ accepted: 1 });
    const [action] = await listActions(await h.db(), 1);
    expect(action!.kind).toBe('action');
    expect(action!.request.body).toBe(expectedText(shape.request.body, shape.secrets, HIDDEN_VALUE));
    expect(action!.response!.body).toBe(shape.response === null ? null : expectedText(shape.response, shape.secrets, HIDDEN_VALUE));
    expect(await dumpDatabase(await h.db())).not.toContain(CANARY);
  });

  test('every shape through webRequest, the console envelope, CloudTrail, import, export, Generate and the report leaves no canary anywhere', async () => {
    const { session } = await startRecording(h.recording, 'all paths');
    const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
    let envelopes = 0;
    for (const [i, shape] of CANARY_SHAPES.entries()) {
      h.clock.now += 1000;
      await route({ type: 'capture/page-batch', payload: { records: [JSON.stringify(hookRecord(shape))] } }, SENDER);
      const [web] = await captureRequests(h.capture, [webRequestOf(shape, `r${i}`, h.clock.now)], { source: 'webRequest', tabId: 1 });
      expect(web!.stored).toBe(true);
      const envelope = envelopeOf(shape);
      if (envelope) {
        envelopes += 1;
        const [stored] = await captureRequests(h.capture, [{ ...envelope, startedAt: h.clock.now, endedAt: h.clock.now }], { source: 'hook', tabId: 2 });
        expect(stored!.stored).toBe(true);
      }
    }
    expect(envelopes).toBeGreaterThanOrEqual(30);
    const db = await h.db();
    // Envelope copies: the inner request is stored byte for byte apart from the secrets.
    const proxied = (await listActions(db, session!.id)).filter((a) => a.via === 'console-proxy');
    expect(proxied).toHaveLength(envelopes);
    for (const a of proxied) {
      const shape = CANARY_SHAPES.find((s) => classify(s).operation === a.operation && (JSON.parse(a.request.body!) as { contentString: string }).contentString === expectedText(s.request.body, s.secrets, HIDDEN_VALUE));
      expect(shape, `envelope ${a.operation} stored its inner body exactly`).toBeDefined();
    }
    // CloudTrail events fetched for confirmation, as LookupEvents returns them.
    const records = CANARY_SHAPES.map(trailRecordOf);
    expect(JSON.stringify(records)).toContain(CANARY);
    await storeEvents(db, session!.id, records.map((record) => ({ eventId: record.eventID, region: 'us-east-1', lookupUsername: null, record })), 'lookup', h.clock.now, bundledTables().sensitive);
    await stopRecording(h.recording);

    // An export, and a hostile or old file with every secret in clear, imported back.
    const exported = await exportSession(db, (await getSession(db, session!.id))!, h.clock.now);
    const raw: SessionExport = {
      format: SESSION_FORMAT, exportedAt: '', session: exported.session, confirmation: null, records,
      actions: CANARY_SHAPES.map((shape, i): RecordedAction => ({
        ...buildAction(hookRecord(shape), classify(shape), 1, { source: 'hook', tabId: 1 }, buildSensitiveIndex({ ...emptyTable() }, {})),
        id: i + 1,
        request: { method: shape.request.method, url: shape.request.url, headers: Object.fromEntries(shape.request.headers), body: shape.request.body, bodyTruncated: false },
        response: { status: 200, body: shape.response, bodyTruncated: false, error: null },
        params: classify(shape).params,
      })),
    };
    expect(JSON.stringify(raw)).toContain(CANARY);
    const imported = await importSession(db, raw, h.clock.now, bundledTables().sensitive);
    // The same file through the popup's import, which sends it to the worker in chunks.
    const fromPage: MessageSender = { tabId: null, url: 'chrome-extension://x/extension/popup/popup.html', fromExtensionPage: true };
    const send = ((type: string, payload: object) => route({ type, payload } as never, fromPage)) as Send;
    const streamed = await streamImport(send, JSON.stringify(raw), 'hostile.json');
    if (typeof streamed === 'string') throw new Error(streamed);
    expect((await listActions(db, streamed.id)).length).toBe(CANARY_SHAPES.length);

    // Generate: every session's rows, the translator's files and report.
    const generated: string[] = [];
    for (const id of [session!.id, imported.id, streamed.id]) {
      const detail = await sessionDetail(db, (await getSession(db, id))!);
      const result = translate(toInputs(detail.rows.flatMap((r) => (r.record ? [r.record] : [])), 'canary'));
      generated.push(JSON.stringify(result.files), JSON.stringify(result.report), JSON.stringify(result.warnings), JSON.stringify(detail));
    }
    const storedEvents = [...await sessionEvents(db, session!.id), ...await sessionEvents(db, imported.id), ...await sessionEvents(db, streamed.id)];
    expect(storedEvents.length).toBeGreaterThanOrEqual(CANARY_SHAPES.length);

    const everywhere = [
      await dumpDatabase(db), JSON.stringify(await db.getAll('cloudtrailEvents')), JSON.stringify(await db.getAll('cloudtrailSync')),
      JSON.stringify(exported), JSON.stringify(await exportSession(db, (await getSession(db, imported.id))!, h.clock.now)),
      JSON.stringify(h.state.state), ...generated, ...logged,
    ].join('\n');
    expect(everywhere).not.toContain(CANARY);
    expect(everywhere).toContain(HIDDEN_VALUE);
    // Values that are not secret came through: a sample from several formats.
    for (const kept of ['[prod] core VPC', 'owner%3DJohn%20Smith', 'YWJjZA%3D%3D', 'DB_PASSWORD', 'STAGE', 'AKIAIOSFODNN7EXAMPLE', '/prod/db/password']) expect(everywhere).toContain(kept);
  });
});

/** Minimal CBOR (RFC 8949) encoder for a flat text map: what smithy-rpc-v2-cbor clients send. */
function cborTextMap(map: Record<string, string>): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number): void => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 256) out.push((major << 5) | 24, n);
    else out.push((major << 5) | 25, n >> 8, n & 0xff);
  };
  const text = (s: string): void => { const b = new TextEncoder().encode(s); head(3, b.length); out.push(...b); };
  head(5, Object.keys(map).length);
  for (const [k, v] of Object.entries(map)) { text(k); text(v); }
  return new Uint8Array(out);
}

describe('canary suite: binary bodies', () => {
  test('rpc-v2-cbor: the body bytes are not stored and the decoded params keep no secret', async () => {
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html over Smithy RPC v2 CBOR
    // (https://smithy.io/2.0/additional-specs/protocols/smithy-rpc-v2.html).
    const h2 = harness();
    const { session } = await startRecording(h2.recording, 'cbor');
    const bytes = cborTextMap({ AlarmName: 'cpu-high', AlarmDescription: 'runbook https://b.s3.amazonaws.com/r.md?X-Amz-Security-Token=CNRYcbor1&X-Amz-Signature=CNRYcbor2', Namespace: 'AWS/EC2' });
    const req: CapturedRequest = {
      api: 'fetch', method: 'POST', url: 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/PutMetricAlarm',
      headers: [['smithy-protocol', 'rpc-v2-cbor'], ['content-type', 'application/cbor']], body: { encoding: 'base64', data: Buffer.from(bytes).toString('base64'), truncated: false },
      startedAt: h2.clock.now, endedAt: h2.clock.now, status: 200, error: null, responseBody: { encoding: 'base64', data: Buffer.from(bytes).toString('base64'), truncated: false }, pageUrl: CONSOLE,
    };
    const [result] = await captureRequests(h2.capture, [req], { source: 'hook', tabId: 1 });
    expect(result!.stored).toBe(true);
    const [action] = await listActions(await h2.db(), session!.id);
    expect(action!.request.body).toBeNull();
    expect(action!.response!.body).toBeNull();
    expect(action!.params).toEqual({ AlarmName: 'cpu-high', AlarmDescription: `runbook https://b.s3.amazonaws.com/r.md?X-Amz-Security-Token=${HIDDEN_VALUE}&X-Amz-Signature=${HIDDEN_VALUE}`, Namespace: 'AWS/EC2' });
    expect(await dumpDatabase(await h2.db())).not.toContain(CANARY);
  });
});

function emptyTable() {
  return { source: '', release: '', note: '', generatedBy: '', counts: { clientsListed: 0, clients: 0, clientsFromLogFilters: 0, operations: 0, paths: 0, deepNames: 0 }, clients: {} };
}
