import { requestInitiator } from '../../../extension/platform/request-origin.ts';
import { isInteresting } from '../../../extension/capture/web-request-tracker.ts';

const CONSOLE = 'https://us-east-1.console.aws.amazon.com';

describe('requestInitiator: Chrome initiator or Firefox originUrl/documentUrl', () => {
  test('Chrome: the initiator origin is used as given', () => {
    expect(requestInitiator({ initiator: CONSOLE })).toBe(CONSOLE);
  });

  test('Firefox page request: the document URL is reduced to its origin (no path or query kept)', () => {
    expect(requestInitiator({ documentUrl: `${CONSOLE}/ec2/home?region=us-east-1#Instances`, originUrl: `${CONSOLE}/ec2/home?region=us-east-1` })).toBe(CONSOLE);
  });

  test('Firefox worker request: a blob: worker script URL gives its creator origin', () => {
    expect(requestInitiator({ originUrl: `blob:${CONSOLE}/7b1f0c2e-0000-4000-8000-000000000000` })).toBe(CONSOLE);
  });

  test('unknown or opaque origins give undefined', () => {
    expect(requestInitiator({})).toBeUndefined();
    expect(requestInitiator({ originUrl: 'about:blank' })).toBeUndefined();
    expect(requestInitiator({ originUrl: 'not a url' })).toBeUndefined();
  });

  test('a Firefox console request counts as the console\'s, a request from another site does not', () => {
    const base = { requestId: '1', url: 'https://ec2.us-east-1.amazonaws.com/', method: 'POST', tabId: 3, type: 'xmlhttprequest', timeStamp: 1 };
    expect(isInteresting({ ...base, initiator: requestInitiator({ documentUrl: `${CONSOLE}/ec2/home` }) })).toBe(true);
    expect(isInteresting({ ...base, initiator: requestInitiator({ documentUrl: 'https://example.com/page' }) })).toBe(false);
  });
});
