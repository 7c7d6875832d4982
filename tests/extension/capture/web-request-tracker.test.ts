import { WebRequestTracker, type BeforeRequestDetails } from '../../../extension/capture/web-request-tracker.ts';

const base: BeforeRequestDetails = {
  requestId: '1', url: 'https://ec2.us-east-1.amazonaws.com/', method: 'POST', tabId: 3, type: 'xmlhttprequest',
  initiator: 'https://us-east-1.console.aws.amazon.com', timeStamp: 1000,
};

describe('WebRequestTracker', () => {
  test('assembles body, headers and status into one captured request', () => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, requestBody: { formData: { Version: ['2016-11-15'], Action: ['CreateVpc'] } } });
    t.onBeforeSendHeaders({ requestId: '1', requestHeaders: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }] });
    const done = t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 1050 });
    expect(done).toEqual({
      tabId: 3,
      request: {
        api: 'webRequest', method: 'POST', url: base.url, headers: [['Content-Type', 'application/x-www-form-urlencoded']],
        body: { encoding: 'text', data: 'Version=2016-11-15&Action=CreateVpc', truncated: false },
        startedAt: 1000, endedAt: 1050, status: 200, error: null, responseBody: null, pageUrl: 'https://us-east-1.console.aws.amazon.com',
      },
    });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 1 })).toBeNull();
  });

  test('decodes raw JSON bytes as text and CBOR bytes as base64', () => {
    const t = new WebRequestTracker();
    const json = new TextEncoder().encode('{"TableName":"t"}').buffer;
    t.onBeforeRequest({ ...base, requestId: 'j', requestBody: { raw: [{ bytes: json }] } });
    t.onBeforeSendHeaders({ requestId: 'j', requestHeaders: [{ name: 'content-type', value: 'application/x-amz-json-1.0' }] });
    expect(t.onCompleted({ requestId: 'j', statusCode: 200, timeStamp: 2 })?.request.body).toEqual({ encoding: 'text', data: '{"TableName":"t"}', truncated: false });
    t.onBeforeRequest({ ...base, requestId: 'c', requestBody: { raw: [{ bytes: Uint8Array.from([0xa0]).buffer }] } });
    t.onBeforeSendHeaders({ requestId: 'c', requestHeaders: [{ name: 'content-type', value: 'application/cbor' }] });
    expect(t.onCompleted({ requestId: 'c', statusCode: 200, timeStamp: 2 })?.request.body).toEqual({ encoding: 'base64', data: 'oA==', truncated: false });
  });

  test('reports network errors as status 0', () => {
    const t = new WebRequestTracker();
    t.onBeforeRequest(base);
    expect(t.onErrorOccurred({ requestId: '1', error: 'net::ERR_CONNECTION_RESET', timeStamp: 5 })?.request).toMatchObject({ status: 0, error: 'net::ERR_CONNECTION_RESET' });
  });

  test.each<[string, Partial<BeforeRequestDetails>]>([
    ['requests not started by a console page (other sites, the extension itself)', { initiator: 'https://example.com' }],
    ['requests without an initiator', { initiator: undefined }],
    ['preflights', { method: 'OPTIONS' }],
    ['plain reads', { method: 'GET', url: 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions' }],
    ['page loads and scripts', { type: 'script' }],
    ['non-AWS targets', { url: 'https://example.com/x' }],
  ])('ignores %s', (_name, overrides) => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, ...overrides });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 })).toBeNull();
  });

  test('keeps query-protocol GETs (Action= in the URL)', () => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, method: 'GET', url: 'https://ec2.us-east-1.amazonaws.com/?Action=CreateVpc' });
    t.onBeforeSendHeaders({ requestId: '1', requestHeaders: [] });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 })).not.toBeNull();
  });
});

describe('events delivered out of order (a worker starting while requests were made)', () => {
  const form = { formData: { Version: ['2016-11-15'], Action: ['CreateVpc'] } };
  const formHeaders = { requestId: '1', requestHeaders: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }] };

  test('an onCompleted before its start is kept, and the request assembled once the headers arrive', () => {
    const t = new WebRequestTracker();
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 1050 })).toBeNull();
    expect(t.onBeforeRequest({ ...base, requestBody: form })).toBeNull();
    const done = t.onBeforeSendHeaders(formHeaders);
    expect(done?.request).toMatchObject({ method: 'POST', status: 200, endedAt: 1050, startedAt: 1000, body: { data: 'Version=2016-11-15&Action=CreateVpc' } });
    expect(done?.request.headers).toEqual([['Content-Type', 'application/x-www-form-urlencoded']]);
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 1060 })).toBeNull(); // not twice
  });

  test('an early error completes the request at its start', () => {
    const t = new WebRequestTracker();
    expect(t.onErrorOccurred({ requestId: '1', error: 'net::ERR_FAILED', timeStamp: 7 })).toBeNull();
    expect(t.onBeforeRequest({ ...base, requestBody: form })?.request).toMatchObject({ status: 0, error: 'net::ERR_FAILED', endedAt: 7 });
  });

  test('an early end of a request turned away at its start (a read) is dropped', () => {
    const t = new WebRequestTracker();
    t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 });
    expect(t.onBeforeRequest({ ...base, requestBody: { formData: { Action: ['DescribeVpcs'] } } })).toBeNull();
    expect(t.onBeforeSendHeaders(formHeaders)).toBeNull();
  });

  test('an early end of a read whose headers skip it yields nothing', () => {
    const t = new WebRequestTracker();
    t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 });
    t.onBeforeRequest({ ...base, url: 'https://dynamodb.us-east-1.amazonaws.com/', requestBody: { raw: [{ bytes: new TextEncoder().encode('{}').buffer }] } });
    expect(t.onBeforeSendHeaders({ requestId: '1', requestHeaders: [{ name: 'X-Amz-Target', value: 'DynamoDB_20120810.DescribeTable' }] })).toBeNull();
  });

  test('an onCompleted between the start and the headers waits for the headers', () => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, url: 'https://logs.us-west-2.amazonaws.com/', requestBody: { raw: [{ bytes: new TextEncoder().encode('{}').buffer }] } });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 })).toBeNull();
    const done = t.onBeforeSendHeaders({ requestId: '1', requestHeaders: [{ name: 'X-Amz-Target', value: 'Logs_20140328.CreateLogStream' }] });
    expect(done?.request.headers).toEqual([['X-Amz-Target', 'Logs_20140328.CreateLogStream']]);
  });

  test('a response from the cache, which sends no headers, completes at its end', () => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, requestBody: form });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5, fromCache: true })?.request.headers).toEqual([]);
  });

  test('early ends are bounded: the oldest is dropped first', () => {
    const t = new WebRequestTracker();
    t.onCompleted({ requestId: 'first', statusCode: 200, timeStamp: 5 });
    for (let i = 0; i < 600; i++) t.onCompleted({ requestId: `read-${i}`, statusCode: 200, timeStamp: 5 });
    t.onBeforeRequest({ ...base, requestId: 'first', requestBody: form });
    expect(t.onBeforeSendHeaders({ ...formHeaders, requestId: 'first' })).toBeNull();
  });
});

describe('the shared capture rule in the webRequest observer', () => {
  const raw = (text: string) => ({ raw: [{ bytes: new TextEncoder().encode(text).buffer }] });
  test.each<[string, Partial<BeforeRequestDetails>]>([
    ['S3 object uploads (data plane)', { method: 'PUT', url: 'https://b.s3.us-west-2.amazonaws.com/dir/file.txt', requestBody: raw('file bytes') }],
    ['Lambda invocations (data plane)', { url: 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/app/invocations', requestBody: raw('{}') }],
    ['query-protocol reads made with POST', { url: 'https://iam.amazonaws.com/', requestBody: { formData: { Action: ['ListRoles'], Version: ['2010-05-08'] } } }],
    ['console call= reads', { url: 'https://us-east-1.console.aws.amazon.com/ec2/ecb?call=getVpcs?mbtc=1', requestBody: raw('{}') }],
    ['data-plane calls named in the form body', { url: 'https://iam.amazonaws.com/', requestBody: raw('Action=GenerateServiceLastAccessedDetails&Arn=x') }],
  ])('ignores %s', (_name, overrides) => {
    const t = new WebRequestTracker();
    t.onBeforeRequest({ ...base, ...overrides });
    expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 })).toBeNull();
  });

  test('drops a request once its X-Amz-Target names a read or data-plane call', () => {
    for (const [target, kept] of [['DynamoDB_20120810.ExecuteStatement', false], ['DynamoDB_20120810.DescribeTable', false], ['DynamoDB_20120810.CreateTable', true]] as const) {
      const t = new WebRequestTracker();
      t.onBeforeRequest({ ...base, url: 'https://dynamodb.us-east-1.amazonaws.com/', requestBody: raw('{}') });
      t.onBeforeSendHeaders({ requestId: '1', requestHeaders: [{ name: 'X-Amz-Target', value: target }] });
      expect(t.onCompleted({ requestId: '1', statusCode: 200, timeStamp: 5 }) !== null, target).toBe(kept);
    }
  });
});
