import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { installFetchHook } from '../../../extension/content/hook/fetch-hook.ts';

const PAGE = 'https://us-east-1.console.aws.amazon.com/ec2/home';
const EC2 = 'https://ec2.us-east-1.amazonaws.com/';

interface Call { receiver: unknown; args: unknown[] }

function setup(options: { fail?: Error; enabled?: boolean; emitThrows?: boolean } = {}) {
  const calls: Call[] = [];
  const emitted: CapturedRequest[] = [];
  const response = new Response('<ok>vpc-1</ok>', { status: 200, headers: { 'content-type': 'text/xml' } });
  const target = {
    fetch: function (this: unknown, ...args: unknown[]) {
      calls.push({ receiver: this, args });
      return options.fail ? Promise.reject(options.fail) : Promise.resolve(response);
    },
  } as unknown as typeof globalThis;
  installFetchHook(target, () => options.enabled ?? true, (r) => {
    if (options.emitThrows) throw new Error('emit failed');
    emitted.push(r);
  });
  const next = async (): Promise<CapturedRequest> => {
    for (let i = 0; i < 50 && emitted.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
    return emitted.shift()!;
  };
  return { target, calls, emitted, response, next };
}

beforeEach(() => {
  vi.stubGlobal('location', { href: PAGE });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetch hook', () => {
  test('calls the real fetch with the page\'s own receiver and arguments and returns its response', async () => {
    const { target, calls, response } = setup();
    const init = { method: 'POST', body: 'Action=CreateVpc' };
    const result = await target.fetch(EC2, init);
    expect(result).toBe(response);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.receiver).toBe(target);
    expect(calls[0]!.args[0]).toBe(EC2);
    expect(calls[0]!.args[1]).toBe(init);
  });

  test('looks like the function it replaces', () => {
    const original = function fetch(_input: unknown) { return Promise.resolve(new Response('')); };
    const target = { fetch: original } as unknown as typeof globalThis;
    installFetchHook(target, () => true, () => {});
    expect(target.fetch).not.toBe(original);
    expect(target.fetch.name).toBe('fetch');
    expect(target.fetch.length).toBe(1);
    expect(target.fetch.toString()).toBe(original.toString());
  });

  test('the page can still read the response body', async () => {
    const { target, next } = setup();
    const res = await target.fetch(EC2, { method: 'POST', body: 'Action=CreateVpc' });
    expect(await res.text()).toBe('<ok>vpc-1</ok>');
    expect((await next()).responseBody).toEqual({ encoding: 'text', data: '<ok>vpc-1</ok>', truncated: false });
  });

  test('reports method, absolute URL, headers, body and status after the response', async () => {
    const { target, next } = setup();
    await target.fetch('https://iam.amazonaws.com/', { method: 'post', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Amz-Target': 'A.B' }, body: 'Action=CreateRole' });
    expect(await next()).toMatchObject({
      api: 'fetch', method: 'POST', url: 'https://iam.amazonaws.com/', status: 200, error: null, pageUrl: PAGE,
      headers: [['content-type', 'application/x-www-form-urlencoded'], ['x-amz-target', 'A.B']],
      body: { encoding: 'text', data: 'Action=CreateRole', truncated: false },
    });
  });

  test.each<[string, () => BodyInit, string, unknown]>([
    ['URLSearchParams', () => new URLSearchParams({ Action: 'CreateVpc', CidrBlock: '10.0.0.0/16' }), '', { encoding: 'text', data: 'Action=CreateVpc&CidrBlock=10.0.0.0%2F16' }],
    ['FormData', () => { const f = new FormData(); f.append('Action', 'CreateUser'); return f; }, '', { encoding: 'text', data: 'Action=CreateUser' }],
    ['Blob', () => new Blob(['<V/>'], { type: 'application/xml' }), '', { encoding: 'text', data: '<V/>' }],
    ['ArrayBuffer', () => new TextEncoder().encode('{"a":1}').buffer as ArrayBuffer, 'application/json', { encoding: 'text', data: '{"a":1}' }],
    ['Uint8Array (CBOR)', () => Uint8Array.from([0xa0]), 'application/cbor', { encoding: 'base64', data: 'oA==' }],
  ])('reads a %s body', async (_name, body, contentType, expected) => {
    const { target, next } = setup();
    await target.fetch(EC2, { method: 'POST', body: body(), headers: contentType ? { 'content-type': contentType } : {} });
    expect((await next()).body).toMatchObject(expected as object);
  });

  test('reads the body of a Request object without consuming the page\'s copy', async () => {
    const { target, calls, next } = setup();
    const request = new Request(EC2, { method: 'POST', body: 'Action=CreateVpc' });
    await target.fetch(request);
    expect(calls[0]!.args[0]).toBe(request);
    expect(request.bodyUsed).toBe(false);
    expect((await next()).body).toMatchObject({ data: 'Action=CreateVpc' });
  });

  test('a rejected fetch rejects the page with the same error and is reported as status 0', async () => {
    const error = new TypeError('Failed to fetch');
    const { target, next } = setup({ fail: error });
    await expect(target.fetch(EC2, { method: 'POST', body: 'Action=CreateVpc' })).rejects.toBe(error);
    expect(await next()).toMatchObject({ status: 0, error: 'Failed to fetch', responseBody: null });
  });

  test('an error inside capture never reaches the page', async () => {
    const { target, response } = setup({ emitThrows: true });
    await expect(target.fetch(EC2, { method: 'POST', body: 'Action=CreateVpc' })).resolves.toBe(response);
  });

  test.each<[string, string, RequestInit]>([
    ['GET reads', 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions', {}],
    ['OPTIONS', EC2, { method: 'OPTIONS' }],
    ['non-AWS hosts', 'https://example.com/api', { method: 'POST', body: 'x' }],
    ['JSON-protocol reads by X-Amz-Target', 'https://dynamodb.us-east-1.amazonaws.com/', { method: 'POST', headers: { 'X-Amz-Target': 'DynamoDB_20120810.DescribeTable' }, body: '{}' }],
    ['query-protocol reads by Action', EC2, { method: 'POST', body: new URLSearchParams({ Action: 'DescribeInstances' }) }],
    ['rpc-v2-cbor reads by path', 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/GetMetricData', { method: 'POST', body: new Uint8Array([0xa0]) }],
  ])('ignores %s', async (_name, url, init) => {
    const { target, emitted } = setup();
    await target.fetch(url, init);
    await new Promise((r) => setTimeout(r, 10));
    expect(emitted).toEqual([]);
  });

  test('observes calls that name a changing operation', async () => {
    const { target, next } = setup();
    await target.fetch('https://dynamodb.us-east-1.amazonaws.com/', { method: 'POST', headers: { 'X-Amz-Target': 'DynamoDB_20120810.DeleteTable' }, body: '{}' });
    expect((await next()).headers).toContainEqual(['x-amz-target', 'DynamoDB_20120810.DeleteTable']);
  });

  test('does nothing while recording is off', async () => {
    const { target, emitted, response } = setup({ enabled: false });
    const res = await target.fetch(EC2, { method: 'POST', body: 'Action=CreateVpc' });
    expect(res).toBe(response);
    await new Promise((r) => setTimeout(r, 10));
    expect(emitted).toEqual([]);
  });

  test('never reads credential-vending responses', async () => {
    const { target, next } = setup();
    await target.fetch('/ec2/tb/creds', { method: 'POST', body: '{}' });
    expect(await next()).toMatchObject({ url: 'https://us-east-1.console.aws.amazon.com/ec2/tb/creds', responseBody: null });
  });
});
