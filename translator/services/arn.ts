// Amazon Resource Names: the partition a Region belongs to, building an ARN and parsing one back.
// `arn:partition:service:region:account-id:resource`; the partition is `aws`, `aws-cn` for the China
// Regions (cn-*) and `aws-us-gov` for AWS GovCloud (US) (us-gov-*).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

export function partitionOf(region: string): Partition {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** Where an event happened: its Region decides the partition, its account the account field. */
export interface ArnContext {
  readonly region: string;
  readonly accountId: string;
}

/**
 * Which of the region and account fields a service's ARNs carry: both (most), the region only
 * (API Gateway `arn:aws:apigateway:us-east-1::/restapis/abc`), the account only (IAM, CloudFront), or
 * neither (S3 buckets, Route 53 hosted zones).
 */
export type ArnScope = 'regional' | 'region-only' | 'account-only' | 'none';

/** The ARN of `resource` in `service`, in the partition of the context's Region. */
export function buildArn(at: ArnContext, service: string, resource: string, scope: ArnScope = 'regional'): string {
  const region = scope === 'regional' || scope === 'region-only' ? at.region : '';
  const account = scope === 'regional' || scope === 'account-only' ? at.accountId : '';
  return `arn:${partitionOf(at.region)}:${service}:${region}:${account}:${resource}`;
}

export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the account field (it may itself hold `:` and `/`). */
  readonly resource: string;
}

/** The fields of an ARN, or undefined when the value is not one. */
export function parseArn(value: string): ParsedArn | undefined {
  const m = /^arn:(aws[a-z-]*):([^:]+):([^:]*):([^:]*):(.+)$/.exec(value);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}
