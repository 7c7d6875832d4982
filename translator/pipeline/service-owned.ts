// Resources another AWS service made for the user belong to that service: a CloudFormation stack (the
// ECS and other consoles create through stacks), an Elastic Beanstalk environment, an Amplify app, a
// Service Catalog provisioned product. Importing them beside their owner gives them two owners that
// fight, so the owner is what the manifest holds and their records are reported `ignored`, naming it.
// Evidence, per https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html:
// `userIdentity.invokedBy` or `sourceIPAddress`/`userAgent` naming the service, and the tags the
// service puts on what it creates (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html).

import type { CloudTrailRecord, JsonValue } from '../../shared/cloudtrail-record';

interface Owner {
  readonly service: string;
  /** The service's principal, as it appears in invokedBy / sourceIPAddress / userAgent. */
  readonly principal: RegExp;
  /** Tag keys the service puts on what it creates, the first naming the owner instance. */
  readonly tags: readonly string[];
  readonly instance: string;
}

const OWNERS: readonly Owner[] = [
  { service: 'CloudFormation', principal: /^cloudformation\.amazonaws\.com$/, tags: ['aws:cloudformation:stack-name', 'aws:cloudformation:stack-id'], instance: 'stack' },
  { service: 'Elastic Beanstalk', principal: /^elasticbeanstalk\.amazonaws\.com$/, tags: ['elasticbeanstalk:environment-name', 'elasticbeanstalk:environment-id'], instance: 'environment' },
  { service: 'Amplify', principal: /^amplify\.amazonaws\.com$/, tags: ['aws:amplify:app-id'], instance: 'app' },
  { service: 'Service Catalog', principal: /^servicecatalog\.amazonaws\.com$/, tags: ['aws:servicecatalog:provisionedProductArn', 'aws:servicecatalog:productArn'], instance: 'provisioned product' },
];

const MAX_DEPTH = 8;

/** The value of a tag with this key anywhere in the request: `{Key, Value}`, `{key, value}` or a map. */
function findTag(value: JsonValue | undefined, key: string, depth = 0): string | undefined {
  if (value === null || value === undefined || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findTag(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const k = value.Key ?? value.key;
  const v = value.Value ?? value.value;
  if (k === key && typeof v === 'string') return v;
  if (Object.hasOwn(value, key) && typeof value[key] === 'string') return value[key] as string;
  for (const child of Object.values(value)) {
    const found = findTag(child, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** True when `named` names the owner more precisely than `general` (a stack's name over "one of its stacks"). */
export function moreSpecific(named: string, general: string): boolean {
  return general.includes('(one of its ') && !named.includes('(one of its ') && named.startsWith(general.slice(0, general.indexOf(' (')));
}

/** `CloudFormation stack web-stack`, or undefined when the record is the user's own call. */
export function ownerOf(record: CloudTrailRecord): string | undefined {
  const principals = [record.userIdentity?.invokedBy, record.sourceIPAddress, record.userAgent].filter((p): p is string => typeof p === 'string');
  for (const owner of OWNERS) {
    for (const tag of owner.tags) {
      const name = findTag(record.requestParameters ?? undefined, tag);
      if (name !== undefined) return `${owner.service} ${owner.instance} ${name}`;
    }
    if (principals.some((p) => owner.principal.test(p))) return `${owner.service} (one of its ${owner.instance}s made it)`;
  }
  return undefined;
}
