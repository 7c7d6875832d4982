// CloudTrail confirmation settings. The defaults object is the type (as refined-github's
// options-storage does); stored values are merged over it, field by field, after validation.

export const CLOUDTRAIL_SETTINGS_KEY = 'trailform.cloudtrail.settings';

export const DEFAULT_CLOUDTRAIL_SETTINGS = {
  /** Stop waiting for CloudTrail this long after the session stopped. */
  timeoutMs: 20 * 60_000,
  /** First check after the session stops; CloudTrail typically needs a few minutes
   * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/how-cloudtrail-works.html). */
  firstCheckDelayMs: 60_000,
  /** Later checks: delay doubles from this, capped at maxCheckDelayMs. */
  checkDelayMs: 30_000,
  maxCheckDelayMs: 5 * 60_000,
  /** Lookup window margin either side of the session (covers a wrong browser clock). */
  marginMs: 10 * 60_000,
  toleranceMs: 30_000,
  maxClockSkewMs: 5 * 60_000,
  /** LookupEvents MaxResults (1..50). */
  pageSize: 50,
  /** SDK attempts per call; throttling backs off from retryBaseMs, doubling. */
  maxAttempts: 5,
  retryBaseMs: 500,
  /** Endpoint override for a local CloudTrail stub; empty for AWS. "{region}" is replaced. */
  endpoint: '',
};

export type CloudTrailSettings = typeof DEFAULT_CLOUDTRAIL_SETTINGS;

const LIMITS: { [K in keyof CloudTrailSettings]?: [number, number] } = {
  timeoutMs: [0, 24 * 3_600_000],
  firstCheckDelayMs: [0, 3_600_000],
  checkDelayMs: [100, 3_600_000],
  maxCheckDelayMs: [100, 3_600_000],
  marginMs: [0, 24 * 3_600_000],
  toleranceMs: [0, 3_600_000],
  maxClockSkewMs: [0, 24 * 3_600_000],
  pageSize: [1, 50],
  maxAttempts: [1, 10],
  retryBaseMs: [0, 60_000],
};

export function parseCloudTrailSettings(value: unknown): CloudTrailSettings {
  const out: CloudTrailSettings = { ...DEFAULT_CLOUDTRAIL_SETTINGS };
  if (typeof value !== 'object' || value === null) return out;
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const n = v[key];
    const [min, max] = LIMITS[key] as [number, number];
    if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max) (out[key] as number) = n;
  }
  if (typeof v.endpoint === 'string' && (v.endpoint === '' || isAllowedEndpoint(v.endpoint))) out.endpoint = v.endpoint;
  return out;
}

/**
 * The CloudTrail endpoint override carries signed requests and the events that come back: https only,
 * or plain http to this machine (a local stub in tests). "{region}" may stand for the region.
 */
export function isAllowedEndpoint(endpoint: string): boolean {
  if (/\s/.test(endpoint)) return false;
  let url: URL;
  try {
    url = new URL(endpoint.replaceAll('{region}', 'us-east-1'));
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopback(url.hostname);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Delay before check n+1 (n = checks done so far, ≥ 1). */
export function nextCheckDelay(settings: CloudTrailSettings, checksDone: number): number {
  return Math.min(settings.maxCheckDelayMs, settings.checkDelayMs * 2 ** Math.max(0, checksDone - 1));
}

export function retryDelay(settings: CloudTrailSettings): (attempt: number) => number {
  return (attempt) => Math.min(20_000, settings.retryBaseMs * 2 ** Math.max(0, attempt - 1));
}
