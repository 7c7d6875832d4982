// CloudTrailLookup over the real @aws-sdk/client-cloudtrail. Imported statically by the service worker
// (a service worker cannot import(): https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/basics).
// Every attempt, retries included, passes the shared rate limiter, so AWS never sees more than
// 2 LookupEvents per second per account and region from us.
import { CloudTrailClient, LookupEventsCommand, type Event as SdkEvent } from '@aws-sdk/client-cloudtrail';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { AwsCredentials } from './credentials.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { CloudTrailLookup, LookupPageResult, LookupQuery, TrailEvent } from './types.ts';

export interface SdkLookupOptions {
  credentials: AwsCredentials;
  limiter: RateLimiter;
  /** Endpoint override (tests, a local stub); undefined uses https://cloudtrail.<region>.amazonaws.com. */
  endpoint?: (region: string) => string | undefined;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** Delay before retry n (1-based), ms. */
  retryDelayMs: (attempt: number) => number;
  /** MaxResults, 1..50. */
  pageSize: number;
}

export interface SdkLookup extends CloudTrailLookup {
  /** Attempts made, retries included (for the log). */
  readonly attempts: number;
}

function toTrailEvent(e: SdkEvent, region: string): TrailEvent | null {
  if (!e.EventId || !e.CloudTrailEvent) return null;
  let record: CloudTrailRecord;
  try {
    record = JSON.parse(e.CloudTrailEvent) as CloudTrailRecord;
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || typeof record.eventTime !== 'string') return null;
  return { eventId: e.EventId, region: record.awsRegion ?? region, lookupUsername: e.Username ?? null, record: { ...record, eventID: record.eventID ?? e.EventId } };
}

export function createSdkLookup(options: SdkLookupOptions): SdkLookup {
  const clients = new Map<string, CloudTrailClient>();
  let attempts = 0;
  const { credentials } = options;
  const limiterKey = (region: string) => `${credentials.accessKeyId}|${region}`;

  function client(region: string): CloudTrailClient {
    let c = clients.get(region);
    if (c) return c;
    const endpoint = options.endpoint?.(region);
    c = new CloudTrailClient({
      region,
      ...(endpoint ? { endpoint } : {}),
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
      },
      retryStrategy: new ConfiguredRetryStrategy(options.maxAttempts, options.retryDelayMs),
    });
    // The deserialize step runs inside the retry loop (finalizeRequest), so this gates every attempt.
    c.middlewareStack.add((next) => async (args) => {
      await options.limiter.acquire(limiterKey(region));
      attempts += 1;
      return next(args);
    }, { step: 'deserialize', priority: 'low', name: 'trailformLookupRateLimit' });
    clients.set(region, c);
    return c;
  }

  return {
    get attempts() {
      return attempts;
    },
    async lookupPage(query: LookupQuery, nextToken: string | null): Promise<LookupPageResult> {
      const out = await client(query.region).send(new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: query.attribute.key, AttributeValue: query.attribute.value }],
        StartTime: new Date(query.startTime),
        EndTime: new Date(query.endTime),
        MaxResults: options.pageSize,
        ...(nextToken ? { NextToken: nextToken } : {}),
      }));
      const events = (out.Events ?? []).map((e) => toTrailEvent(e, query.region)).filter((e): e is TrailEvent => e !== null);
      return { events, nextToken: out.NextToken ?? null };
    },
  };
}
