// Recognises AWS hostnames: service API endpoints and the console's own hosts.
// Endpoint formats: https://docs.aws.amazon.com/general/latest/gr/rande.html and
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html (virtual-hosted buckets,
// legacy "s3-<region>" hosts, dualstack).

const REGION_RE = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|eusc)-[a-z]+-\d+$/;
const DASH_REGION_RE = /^(.+?)-((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\d+)$/;
const API_SUFFIXES = ['.amazonaws.com.cn', '.amazonaws.com', '.api.aws'] as const;
const CONSOLE_SUFFIXES = ['console.aws.amazon.com', 'console.amazonaws-us-gov.com', 'console.amazonaws.cn'] as const;

export function isRegion(label: string): boolean {
  return REGION_RE.test(label);
}

export interface ApiHost {
  /** Labels before the region (or before the suffix for global endpoints), "-fips" and "dualstack" removed. */
  labels: string[];
  region: string | null;
  partition: 'aws' | 'aws-cn' | 'aws-us-gov';
}

export function parseApiHost(hostname: string): ApiHost | null {
  const host = hostname.toLowerCase();
  const suffix = API_SUFFIXES.find((s) => host.endsWith(s));
  if (!suffix) return null;
  const all = host.slice(0, -suffix.length).split('.').filter((l) => l !== '');
  if (all.length === 0) return null;
  let region: string | null = null;
  let labels = all;
  const regionAt = all.findIndex(isRegion);
  if (regionAt >= 0) {
    region = all[regionAt] ?? null;
    labels = all.slice(0, regionAt);
  } else {
    const last = all.at(-1) ?? '';
    const dashed = DASH_REGION_RE.exec(last);
    if (dashed?.[1] && dashed[2]) {
      region = dashed[2];
      labels = [...all.slice(0, -1), dashed[1]];
    }
  }
  labels = labels.filter((l) => l !== 'dualstack').map((l) => l.replace(/-fips$/, ''));
  const partition = suffix === '.amazonaws.com.cn' || region?.startsWith('cn-') ? 'aws-cn'
    : region?.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return { labels, region, partition };
}

export interface ConsoleHost {
  region: string | null;
  /** Multi-session hosts carry the account: "<12 digits>-<id>.<region>.console.aws.amazon.com". */
  accountId: string | null;
  partition: 'aws' | 'aws-cn' | 'aws-us-gov';
}

export function parseConsoleHost(hostname: string): ConsoleHost | null {
  const host = hostname.toLowerCase();
  const suffix = CONSOLE_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`));
  if (!suffix) return null;
  const labels = host.slice(0, -suffix.length).split('.').filter((l) => l !== '');
  const region = labels.find(isRegion) ?? null;
  const account = labels.map((l) => /^(\d{12})-[a-z0-9]+$/.exec(l)?.[1]).find((a) => a !== undefined) ?? null;
  const partition = suffix === 'console.amazonaws.cn' ? 'aws-cn' : suffix === 'console.amazonaws-us-gov.com' ? 'aws-us-gov' : 'aws';
  return { region, accountId: account, partition };
}

/** The region global endpoints (IAM, Route 53, CloudFront, STS global) are logged in by CloudTrail. */
export function defaultRegion(partition: ApiHost['partition']): string {
  return partition === 'aws-cn' ? 'cn-north-1' : partition === 'aws-us-gov' ? 'us-gov-west-1' : 'us-east-1';
}

/** True for any host Trailform cares about: AWS APIs and consoles. */
export function isAwsHost(hostname: string): boolean {
  return parseApiHost(hostname) !== null || parseConsoleHost(hostname) !== null;
}
