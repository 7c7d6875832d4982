// The real @aws-sdk/client-cloudtrail against the fake endpoint (endpoint override, plain HTTP).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSdkLookup } from '../../../extension/cloudtrail/sdk-lookup.ts';
import { lookupEventsLimiter } from '../../../extension/cloudtrail/rate-limiter.ts';
import { explainLookupError } from '../../../extension/cloudtrail/explain-error.ts';
import type { LookupQuery } from '../../../extension/cloudtrail/types.ts';
import { startFakeCloudTrail, type FakeCloudTrail } from '../../fake-cloudtrail/server.ts';
import { consoleRecord } from '../../fake-cloudtrail/records.ts';
import { maxPerSecond } from '../../fake-cloudtrail/log-analysis.ts';
import { T0 } from './support.ts';

const credentials = { accessKeyId: 'AKIAFAKETESTKEY00001', secretAccessKey: 'fake-secret-fake-secret', sessionToken: null, expiresAt: null };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let ct: FakeCloudTrail;
beforeEach(async () => {
  ct = await startFakeCloudTrail();
});
afterEach(async () => {
  await ct.close();
});

function lookup(opts: { pageSize?: number; maxAttempts?: number } = {}) {
  return createSdkLookup({
    credentials,
    limiter: lookupEventsLimiter(Date.now, sleep),
    endpoint: () => ct.httpEndpoint,
    maxAttempts: opts.maxAttempts ?? 4,
    retryDelayMs: () => 10,
    pageSize: opts.pageSize ?? 50,
  });
}

const query = (region = 'us-east-1'): LookupQuery => ({ region, attribute: { key: 'ReadOnly', value: 'false' }, startTime: T0 - 60_000, endTime: T0 + 3_600_000 });

async function all(l: ReturnType<typeof lookup>, q: LookupQuery) {
  const ids: string[] = [];
  let token: string | null = null;
  let pages = 0;
  do {
    const page = await l.lookupPage(q, token);
    pages++;
    ids.push(...page.events.map((e) => e.eventId));
    token = page.nextToken;
  } while (token);
  return { ids, pages };
}

describe('SDK lookup against the fake CloudTrail', () => {
  it('follows NextToken over every page, newest first, one attribute per call, within 2 requests per second', async () => {
    const records = Array.from({ length: 7 }, (_, i) => consoleRecord({ time: T0 + i * 1000, eventSource: 'ec2.amazonaws.com', eventName: 'CreateTags' }));
    ct.addEvents(records);
    ct.addEvents([consoleRecord({ time: T0, eventSource: 'ec2.amazonaws.com', eventName: 'DescribeVpcs', readOnly: true })]);
    const l = lookup({ pageSize: 2 });
    const { ids, pages } = await all(l, query());
    expect(ids).toEqual(records.map((r) => r.eventID).reverse());
    expect(pages).toBe(4);
    expect(ct.log).toHaveLength(4);
    expect(ct.log.every((e) => e.attribute?.key === 'ReadOnly' && e.maxResults === 2 && e.status === 200)).toBe(true);
    expect(ct.log.map((e) => e.nextToken === null)).toEqual([true, false, false, false]);
    expect(maxPerSecond(ct.log)).toBeLessThanOrEqual(2);
  });

  it('retries throttling with backoff, each attempt through the limiter', async () => {
    ct.addEvents([consoleRecord({ time: T0, eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc' })]);
    ct.failNext(3, 'ThrottlingException');
    const l = lookup();
    const { ids } = await all(l, query());
    expect(ids).toHaveLength(1);
    expect(ct.log.map((e) => e.error)).toEqual(['ThrottlingException', 'ThrottlingException', 'ThrottlingException', null]);
    expect(l.attempts).toBe(4);
    expect(maxPerSecond(ct.log)).toBeLessThanOrEqual(2);
  });

  it('gives up after maxAttempts and the error is explained as throttling', async () => {
    ct.failNext(5, 'ThrottlingException');
    const err = await lookup({ maxAttempts: 2 }).lookupPage(query(), null).catch((e: unknown) => e);
    expect(explainLookupError(err, 'us-east-1').kind).toBe('throttled');
  });

  it('explains access denied, expired and unknown credentials, and no network', async () => {
    const cases = [['AccessDeniedException', 'access-denied'], ['ExpiredTokenException', 'expired-token'], ['UnrecognizedClientException', 'invalid-credentials']] as const;
    for (const [type, kind] of cases) {
      ct.failNext(1, type);
      const err = await lookup({ maxAttempts: 1 }).lookupPage(query(), null).catch((e: unknown) => e);
      expect(explainLookupError(err, 'us-east-1').kind).toBe(kind);
    }
    const closed = await startFakeCloudTrail();
    const endpoint = closed.httpEndpoint;
    await closed.close();
    const offline = createSdkLookup({ credentials, limiter: lookupEventsLimiter(Date.now, sleep), endpoint: () => endpoint, maxAttempts: 1, retryDelayMs: () => 1, pageSize: 50 });
    const err = await offline.lookupPage(query(), null).catch((e: unknown) => e);
    expect(explainLookupError(err, 'us-east-1').kind).toBe('no-network');
  });

  it('serves each region its own events (region from the SigV4 scope) and rejects two attributes', async () => {
    ct.addEvents([
      consoleRecord({ time: T0, eventSource: 's3.amazonaws.com', eventName: 'CreateBucket', region: 'us-west-2' }),
      consoleRecord({ time: T0, eventSource: 'iam.amazonaws.com', eventName: 'CreateRole', region: 'us-east-1' }),
    ]);
    const l = lookup();
    expect((await all(l, query('us-west-2'))).ids).toHaveLength(1);
    expect(ct.log.at(-1)?.region).toBe('us-west-2');
    const res = await fetch(ct.httpEndpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'CloudTrail_20131101.LookupEvents', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }, { AttributeKey: 'Username', AttributeValue: 'a' }] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('InvalidLookupAttributesException');
  });

  it('serves delayed events only once visible, and duplicated records twice', async () => {
    const late = consoleRecord({ time: T0, eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc' });
    const dup = consoleRecord({ time: T0 + 1000, eventSource: 'ec2.amazonaws.com', eventName: 'CreateSubnet' });
    ct.addEvents([late], { visibleAt: Date.now() + 3_600_000 });
    ct.addEvents([dup], { duplicate: true });
    const { ids } = await all(lookup(), query());
    expect(ids).toEqual([dup.eventID, dup.eventID]);
  });
});
