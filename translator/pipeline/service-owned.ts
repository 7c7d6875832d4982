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
  /** The service's principal, as it appears (whole) in invokedBy / sourceIPAddress / userAgent. */
  readonly principal: string;
  /** Tag keys the service puts on what it creates, the first naming the owner instance. */
  readonly tags: readonly string[];
  readonly instance: string;
}

const OWNERS: readonly Owner[] = [
  { service: 'CloudFormation', principal: 'cloudformation.amazonaws.com', tags: ['aws:cloudformation:stack-name', 'aws:cloudformation:stack-id'], instance: 'stack' },
  { service: 'Elastic Beanstalk', principal: 'elasticbeanstalk.amazonaws.com', tags: ['elasticbeanstalk:environment-name', 'elasticbeanstalk:environment-id'], instance: 'environment' },
  { service: 'Amplify', principal: 'amplify.amazonaws.com', tags: ['aws:amplify:app-id'], instance: 'app' },
  { service: 'Service Catalog', principal: 'servicecatalog.amazonaws.com', tags: ['aws:servicecatalog:provisionedProductArn', 'aws:servicecatalog:productArn'], instance: 'provisioned product' },
];

const MAX_DEPTH = 8;
const OWNER_TAGS = new Set(OWNERS.flatMap((o) => o.tags));

/**
 * The owner tags anywhere in the request (`{Key, Value}`, `{key, value}` or a map), in one walk. Runs
 * on every record and almost never finds one: the map is made on the first find.
 */
function ownerTags(value: JsonValue | undefined, found: Map<string, string> | undefined, depth = 0): Map<string, string> | undefined {
  if (value === null || value === undefined || typeof value !== 'object' || depth > MAX_DEPTH) return found;
  if (Array.isArray(value)) {
    for (const item of value) found = ownerTags(item, found, depth + 1);
    return found;
  }
  const k = value.Key ?? value.key;
  const v = value.Value ?? value.value;
  if (typeof k === 'string' && OWNER_TAGS.has(k) && typeof v === 'string') (found ??= new Map()).set(k, v);
  for (const key in value) {
    const child = value[key]!;
    if (OWNER_TAGS.has(key) && typeof child === 'string') (found ??= new Map()).set(key, child);
    else found = ownerTags(child, found, depth + 1);
  }
  return found;
}

const ownedByPrincipal = (p: string | undefined, owner: Owner) => p === owner.principal;

/** True when `named` names the owner more precisely than `general` (a stack's name over "one of its stacks"). */
export function moreSpecific(named: string, general: string): boolean {
  return general.includes('(one of its ') && !named.includes('(one of its ') && named.startsWith(general.slice(0, general.indexOf(' (')));
}

/** `CloudFormation stack web-stack`, or undefined when the record is the user's own call. */
export function ownerOf(record: CloudTrailRecord): string | undefined {
  const tags = ownerTags(record.requestParameters ?? undefined, undefined);
  const invokedBy = record.userIdentity?.invokedBy;
  for (const owner of OWNERS) {
    if (tags !== undefined) {
      for (const tag of owner.tags) {
        const name = tags.get(tag);
        if (name !== undefined) return `${owner.service} ${owner.instance} ${name}`;
      }
    }
    if (ownedByPrincipal(invokedBy, owner) || ownedByPrincipal(record.sourceIPAddress, owner) || ownedByPrincipal(record.userAgent, owner)) {
      return `${owner.service} (one of its ${owner.instance}s made it)`;
    }
  }
  return undefined;
}
