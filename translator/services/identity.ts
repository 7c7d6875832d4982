// A type's identity, declared once in its spec (`ResourceTypeSpec.identity`): the defaults the fold
// gives a resource a handler leaves them out of (import ID, name hint, exports, aliases), building its
// ARN from the template, and recognizing an ARN or ID as one of a type's (for tagging calls).
// ARN format: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html

import { partitionOf, type ArnContext } from './arn';
import type { Fields, ResourceTypeSpec, TypeIdentity } from './mapper';
import { text } from './values';

export interface IdentityDefaults {
  readonly importId: string;
  readonly nameHint: string;
  readonly exports: Record<string, string>;
  readonly aliases: readonly string[];
  readonly fields: Fields;
}

/** The ARN of the resource keyed by `id`, built from the template; undefined without one. */
export function arnOf(identity: TypeIdentity | undefined, id: string, at: ArnContext): string | undefined {
  if (identity?.keyedByArn) return id;
  const template = identity?.arn;
  if (template === undefined) return undefined;
  const values: Record<string, string> = { ...identity?.segments?.(id), partition: partitionOf(at.region), region: at.region, account: at.accountId, id };
  let complete = true;
  const arn = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? arn : undefined;
}

/** What a handler may leave out of `create`, `put` or `change`, following from the type's identity. */
export function identityDefaults(spec: Pick<ResourceTypeSpec, 'identity'>, id: string, at: ArnContext): IdentityDefaults {
  const identity = spec.identity;
  if (identity === undefined) return { importId: id, nameHint: id, exports: {}, aliases: [], fields: {} };
  const arn = arnOf(identity, id, at);
  const exports: Record<string, string> = {};
  for (const attribute of identity.exports ?? []) {
    const value = attribute === 'arn' ? arn : id;
    if (value !== undefined) exports[attribute] = value;
  }
  return {
    importId: identity.importId?.(id) ?? id,
    nameHint: identity.nameHint?.(id) ?? id,
    exports,
    aliases: identity.arnAlias && arn !== undefined && arn !== id ? [arn] : [],
    fields: identity.field === undefined ? {} : { [identity.field]: text(id) },
  };
}

const PATTERNS = new Map<string, { readonly regex: RegExp; readonly names: readonly string[] }>();

/**
 * The template as a pattern: `{partition}` any partition, `{id}` anything but `:`, every other named
 * segment anything but `:` and `/`. Named segments are captured.
 */
function patternOf(template: string): { readonly regex: RegExp; readonly names: readonly string[] } {
  let pattern = PATTERNS.get(template);
  if (pattern === undefined) {
    const names: string[] = [];
    const parts = template.split(/(\{\w+\})/).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      if (name === 'partition') return 'aws(?:-[a-z]+)*';
      names.push(name);
      return name === 'id' ? '([^:]+)' : '([^:/]*)';
    });
    pattern = { regex: new RegExp(`^${parts.join('')}$`), names };
    PATTERNS.set(template, pattern);
  }
  return pattern;
}

/** The identifier `value` names if it is an ARN or ID of this type's declared shape, else undefined. */
export function identifierOf(identity: TypeIdentity | undefined, value: string): string | undefined {
  if (identity === undefined) return undefined;
  if (identity.arn !== undefined) {
    const { regex, names } = patternOf(identity.arn);
    const match = regex.exec(value);
    if (match) {
      if (identity.keyedByArn) return value;
      const segments: Record<string, string> = {};
      names.forEach((name, i) => (segments[name] = match[i + 1]!));
      return identity.idFromArn ? identity.idFromArn(segments) : segments.id;
    }
  }
  if (identity.idPrefix !== undefined && value.startsWith(identity.idPrefix)) return value;
  return undefined;
}

/** The first declared type whose ARN template or ID prefix `value` fits, with the identifier it names. */
export function typeNamedBy(resources: readonly ResourceTypeSpec[], value: string): { type: string; id: string } | undefined {
  for (const spec of resources) {
    const id = identifierOf(spec.identity, value);
    if (id !== undefined) return { type: spec.type, id };
  }
  return undefined;
}
