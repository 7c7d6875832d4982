import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { installXhrHook } from '../../../extension/content/hook/xhr-hook.ts';

/** Just enough XMLHttpRequest for the hook: records calls, fires loadend on demand. */
class FakeXhr {
  static calls: [string, unknown, unknown[]][] = [];
  status = 0;
  responseType = '';
  responseText = '';
  response: unknown = null;
  #listeners: (() => void)[] = [];
  open(...args: unknown[]): void { FakeXhr.calls.push(['open', this, args]); }
  setRequestHeader(...args: unknown[]): void { FakeXhr.calls.push(['setRequestHeader', this, args]); }
  send(...args: unknown[]): void { FakeXhr.calls.push(['send', this, args]); }
  getResponseHeader(): string | null { return null; }
  addEventListener(type: string, fn: () => void): void { if (type === 'loadend') this.#listeners.push(fn); }
  finish(status: number, text: string): void {
    this.status = status;
    this.responseText = text;
    this.#listeners.forEach((fn) => fn());
  }
}

beforeEach(() => {
  FakeXhr.calls = [];
  vi.stubGlobal('location', { href: 'https://us-east-1.console.aws.amazon.com/iam/home' });
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const emitted: CapturedRequest[] = [];
  const Xhr = class extends FakeXhr {};
  installXhrHook({ XMLHttpRequest: Xhr } as unknown as typeof globalThis, () => true, (r) => emitted.push(r));
  const next = async (): Promise<CapturedRequest | undefined> => {
    for (let i = 0; i < 50 && emitted.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
    return emitted.shift();
  };
  return { xhr: new Xhr(), next, emitted };
}

describe('XHR hook', () => {
  test('passes every call through unchanged and reports the exchange after loadend', async () => {
    const { xhr, next, emitted } = setup();
    xhr.open('POST', 'https://iam.amazonaws.com/', true);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.send('Action=CreateRole&RoleName=r');
    expect(FakeXhr.calls).toEqual([
      ['open', xhr, ['POST', 'https://iam.amazonaws.com/', true]],
      ['setRequestHeader', xhr, ['Content-Type', 'application/x-www-form-urlencoded']],
      ['send', xhr, ['Action=CreateRole&RoleName=r']],
    ]);
    await new Promise((r) => setTimeout(r, 5));
    expect(emitted).toEqual([]); // nothing before the response
    xhr.finish(200, '<CreateRoleResponse/>');
    expect(await next()).toMatchObject({
      api: 'xhr', method: 'POST', url: 'https://iam.amazonaws.com/', status: 200,
      headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: { encoding: 'text', data: 'Action=CreateRole&RoleName=r' },
      responseBody: { encoding: 'text', data: '<CreateRoleResponse/>' },
    });
  });

  test('reports a network failure as status 0', async () => {
    const { xhr, next } = setup();
    xhr.open('POST', 'https://sqs.us-east-1.amazonaws.com/');
    xhr.send('{}');
    xhr.finish(0, '');
    expect(await next()).toMatchObject({ status: 0, error: 'network error' });
  });

  test('ignores reads', async () => {
    const { xhr, next } = setup();
    xhr.open('GET', 'https://s3.us-east-1.amazonaws.com/bucket');
    xhr.send();
    xhr.finish(200, '<x/>');
    expect(await next()).toBeUndefined();
  });
});
