// Which LookupEvents calls a session needs: one query per region (the session's regions plus us-east-1,
// where IAM, STS, CloudFront and Route 53 log: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events),
// over the session's window with a margin, with the single attribute that narrows most.
import type { LookupAttribute, LookupQuery } from './types.ts';

export const GLOBAL_REGION = 'us-east-1';

const GLOBAL_SOURCES = new Set([
  'iam.amazonaws.com', 'sts.amazonaws.com', 'cloudfront.amazonaws.com', 'route53.amazonaws.com',
  'route53domains.amazonaws.com', 'organizations.amazonaws.com', 'signin.amazonaws.com',
]);

export function isGlobalEventSource(eventSource: string | null): boolean {
  return eventSource !== null && GLOBAL_SOURCES.has(eventSource);
}

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export interface PlanInput {
  startedAt: number;
  stoppedAt: number | null;
  /** Regions of the session's actions (global services count as us-east-1 whatever they say). */
  regions: readonly (string | null)[];
  accessKeyId: string | null;
  username: string | null;
  now: number;
  marginMs: number;
}

export function chooseAttribute(accessKeyId: string | null, username: string | null): LookupAttribute {
  if (accessKeyId) return { key: 'AccessKeyId', value: accessKeyId };
  if (username) return { key: 'Username', value: username };
  return { key: 'ReadOnly', value: 'false' };
}

export function planLookups(input: PlanInput): LookupQuery[] {
  const regions = new Set<string>([GLOBAL_REGION]);
  for (const r of input.regions) if (r && REGION_RE.test(r)) regions.add(r);
  const attribute = chooseAttribute(input.accessKeyId, input.username);
  const startTime = input.startedAt - input.marginMs;
  const endTime = (input.stoppedAt ?? input.now) + input.marginMs;
  return [...regions].sort().map((region) => ({ region, attribute, startTime, endTime }));
}
