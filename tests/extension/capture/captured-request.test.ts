import { CAPTURE_LIMITS, parseCapturedRequest } from '../../../shared/captured-request.ts';
import { parseMessage } from '../../../shared/messages.ts';
import { captured } from '../support/fresh-db.ts';

describe('untrusted page input', () => {
  test('a well-formed request passes unchanged', () => {
    expect(parseCapturedRequest(captured())).toEqual(captured());
  });

  test.each<[string, unknown]>([
    ['not an object', 'x'],
    ['unknown api', { ...captured(), api: 'beacon' }],
    ['method with odd characters', { ...captured(), method: 'PO ST' }],
    ['oversized URL', { ...captured(), url: `https://ec2.us-east-1.amazonaws.com/?${'a'.repeat(CAPTURE_LIMITS.urlChars)}` }],
    ['too many headers', { ...captured(), headers: Array.from({ length: CAPTURE_LIMITS.headerCount + 1 }, () => ['a', 'b']) }],
    ['header that is not a pair', { ...captured(), headers: [['a']] }],
    ['oversized body', { ...captured(), body: { encoding: 'text', data: 'x'.repeat(CAPTURE_LIMITS.requestBodyChars * 2), truncated: true } }],
    ['oversized response', { ...captured(), responseBody: { encoding: 'text', data: 'x'.repeat(CAPTURE_LIMITS.responseBodyChars * 2), truncated: true } }],
    ['unknown body encoding', { ...captured(), body: { encoding: 'hex', data: '00', truncated: false } }],
    ['status out of range', { ...captured(), status: 10_000 }],
    ['non-finite time', { ...captured(), startedAt: Number.NaN }],
  ])('rejects %s', (_name, value) => {
    expect(parseCapturedRequest(value)).toBeNull();
  });

  test('drops unexpected extra properties', () => {
    expect(parseCapturedRequest({ ...captured(), __proto__polluted: true })).not.toHaveProperty('__proto__polluted');
  });

  test('messages are validated by type', () => {
    expect(parseMessage({ type: 'recording/start', payload: { name: 'x' } })).toEqual({ type: 'recording/start', payload: { name: 'x' } });
    expect(parseMessage({ type: 'recording/start', payload: { name: 5 } })).toBeNull();
    expect(parseMessage({ type: 'actions/list', payload: { sessionId: '1' } })).toBeNull();
    expect(parseMessage({ type: 'capture/page-batch', payload: { records: [JSON.stringify(captured())] } })).not.toBeNull();
    expect(parseMessage({ type: 'capture/page-batch', payload: { records: [{}] } })).toBeNull();
  });
});
