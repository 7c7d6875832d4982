// A resource from before the session whose only change was tags it added: instead of importing the whole
// resource (its block generated from the account), the manifest manages just those tags, each as the
// provider's single-tag resource, whose whole configuration the tagging call states. The parent stays
// outside the manifest: managing it and a single-tag resource of it together makes them fight
// (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/ec2_tag).

import type { ResourceState } from '../model';
import { text } from '../services/values';

const TAG_TYPES = { ec2: 'aws_ec2_tag', dynamodb: 'aws_dynamodb_tag', ecs: 'aws_ecs_tag' } as const;

export const isTagResource = (type: string): boolean => (Object.values(TAG_TYPES) as string[]).includes(type);

/** EC2 ids (`vpc-0abc…`, `i-0abc…`): the ones aws_ec2_tag can tag by `resource_id`. */
const EC2_ID = /^[a-z]+(-[a-z]+)?-[0-9a-f]{8,17}$/;

interface TagTarget {
  readonly type: string;
  readonly arg: 'resource_id' | 'resource_arn';
  readonly id: string;
}

function tagTarget(r: ResourceState): TagTarget | undefined {
  if (r.service === 'ec2' && EC2_ID.test(r.id)) return { type: TAG_TYPES.ec2, arg: 'resource_id', id: r.id };
  const arn = r.exports.arn;
  if (r.type === 'aws_dynamodb_table' && arn) return { type: TAG_TYPES.dynamodb, arg: 'resource_arn', id: arn };
  if (r.service === 'ecs' && arn) return { type: TAG_TYPES.ecs, arg: 'resource_arn', id: arn };
  return undefined;
}

const TAG_SET = /^set tag ("(?:[^"\\]|\\.)*") = /;

/**
 * The single-tag resources that replace an adopted resource whose session changes are all tags it set
 * (none removed, nothing else changed), or undefined when it stays an import-only adoption.
 */
export function tagResourcesFor(r: ResourceState): ResourceState[] | undefined {
  if (r.created || r.complete || r.sessionChanges.length === 0) return undefined;
  const target = tagTarget(r);
  if (!target) return undefined;
  const keys: string[] = [];
  for (const change of r.sessionChanges) {
    const m = TAG_SET.exec(change.text);
    if (!m) return undefined;
    keys.push(JSON.parse(m[1]!) as string);
  }
  const tags = r.fields.tags;
  if (tags?.kind !== 'object') return undefined;
  const out: ResourceState[] = [];
  for (const key of [...new Set(keys)]) {
    const value = tags.entries.find(([k]) => k === key)?.[1];
    if (value?.kind !== 'string') return undefined;
    const id = `${target.id},${key}`;
    out.push({
      type: target.type,
      id,
      region: r.region,
      service: r.service,
      // The documented import ID of each: `<resource id or ARN>,<key>`.
      importId: id,
      fields: { [target.arg]: text(target.id), key: text(key), value },
      exports: { id },
      aliases: [],
      nameHint: `${r.nameHint} ${key}`,
      created: false,
      complete: true,
      origin: r.origin,
      ignoreChanges: [],
      notes: [`Only this tag is managed: ${r.id} existed before the session and stays outside the manifest.`],
      sessionChanges: r.sessionChanges.filter((c) => TAG_SET.exec(c.text)?.[1] === JSON.stringify(key)),
    });
  }
  return out;
}
