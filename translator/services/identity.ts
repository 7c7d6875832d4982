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

/** A template split once into literal text (even indexes) and segment names (odd indexes). */
const TEMPLATES = new Map<string, readonly string[]>();

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    TEMPLATES.set(template, parts);
  }
  return parts;
}

/** The ARN of the resource keyed by `id`, built from the template; undefined without one. */
export function arnOf(identity: TypeIdentity | undefined, id: string, at: ArnContext): string | undefined {
  if (identity?.keyedByArn) return id;
  const template = identity?.arn;
  if (template === undefined) return undefined;
  // Segments the identifier gives win over the event's (a Glue catalog ID is the account of its ARNs).
  const segments = identity?.segments?.(id);
  const parts = templateParts(template);
  let arn = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value =
      name === 'id' ? id
      : segments !== undefined && Object.hasOwn(segments, name) ? segments[name]
      : name === 'partition' ? partitionOf(at.region)
      : name === 'region' ? at.region
      : name === 'account' ? at.accountId
      : undefined;
    if (value === undefined) return undefined;
    arn += value + parts[i + 1]!;
  }
  return arn;
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
 * The template as a pattern: `{partition}` any partition, `{id}` anything but `:` (anything when the
 * identifier may hold `:`), every other named segment anything but `:` and `/`. Named segments are captured.
 */
function patternOf(template: string, idHoldsColons = false): { readonly regex: RegExp; readonly names: readonly string[] } {
  const key = `${idHoldsColons ? ':' : ''}${template}`;
  let pattern = PATTERNS.get(key);
  if (pattern === undefined) {
    const names: string[] = [];
    const parts = template.split(/(\{\w+\})/).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      if (name === 'partition') return 'aws(?:-[a-z]+)*';
      names.push(name);
      return name !== 'id' ? '([^:/]*)' : idHoldsColons ? '(.+)' : '([^:]+)';
    });
    pattern = { regex: new RegExp(`^${parts.join('')}$`), names };
    PATTERNS.set(key, pattern);
  }
  return pattern;
}

/** The identifier `value` names if it is an ARN or ID of this type's declared shape (or a name), else undefined. */
export function identifierOf(identity: TypeIdentity | undefined, value: string): string | undefined {
  if (identity === undefined) return undefined;
  if (identity.arn !== undefined) {
    const { regex, names } = patternOf(identity.arn, identity.idHoldsColons);
    const match = regex.exec(value);
    if (match) {
      if (identity.keyedByArn) return value;
      const segments: Record<string, string> = {};
      names.forEach((name, i) => (segments[name] = match[i + 1]!));
      return identity.idFromArn ? identity.idFromArn(segments) : segments.id;
    }
  }
  if (identity.idPrefix !== undefined && value.startsWith(identity.idPrefix)) return value;
  if (identity.byName && !value.startsWith('arn:')) return value;
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
