// Tagging calls handled once for every service: the tagged resource is found by matching its ARN (or
// ID) against the identity each declared type states (`identity.arn`, `identity.idPrefix`), then
// found or adopted the way any change is (`ctx.change`: import-only when the session did not create
// it), and the tag delta applied (`applyTags`).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { typeNamedBy } from './identity';
import type { EventHandler, FoldContext, MapperEvent, ResourceDraft, ResourceTypeSpec } from './mapper';
import { at, MalformedRecordError, readTags, stringList } from './read';
import { parseArn } from './arn';
import { applyTags } from './tags';

/** One family of tagging calls: its event names and where its requests hold what they need. */
export interface TagFamily {
  readonly tag: string;
  readonly untag: string;
  /** Request paths of the tagged resource's ARN or ID, or a list of them, tried in order. */
  readonly resource: readonly string[];
  /** Request paths of the tags (a list of Key/Value pairs or a map), tried in order. */
  readonly tags: readonly string[];
  /** Request path of the keys the untag call removes (strings, or `{key}` entries). */
  readonly keys: string;
}

/** `TagResource` / `UntagResource` (Lambda, ECS, EKS, Step Functions, EventBridge, …). */
export const TAG_RESOURCE: TagFamily = { tag: 'TagResource', untag: 'UntagResource', resource: ['resourceArn', 'resourceARN', 'resource', 'resourceId'], tags: ['tags', 'tagList'], keys: 'tagKeys' };
/** `AddTags` / `RemoveTags` (ELBv2: several ARNs a call). */
export const ADD_TAGS: TagFamily = { tag: 'AddTags', untag: 'RemoveTags', resource: ['resourceArns', 'resourceArn', 'resourceId'], tags: ['tags', 'tagList'], keys: 'tagKeys' };
/** `AddTagsToResource` / `RemoveTagsFromResource` (RDS, SSM, DMS, …). */
export const ADD_TAGS_TO_RESOURCE: TagFamily = { tag: 'AddTagsToResource', untag: 'RemoveTagsFromResource', resource: ['resourceName', 'resourceArn', 'resourceId'], tags: ['tags', 'tagList'], keys: 'tagKeys' };

/** A type whose resources need more than `ctx.change(type, id, {})` to be found or adopted. */
export type TaggedAdopter = (id: string, event: MapperEvent, ctx: FoldContext) => ResourceDraft | undefined;

export interface TaggingOptions {
  /** Per type: how a resource of it is found or adopted (default: `ctx.change` with its declared identity). */
  readonly adopt?: Readonly<Record<string, TaggedAdopter>>;
  /** The report's line for a value no declared type fits (default: it is not a resource Trailform maps). */
  readonly unmapped?: (value: string, event: MapperEvent) => string;
  /**
   * How such a call is reported: `ignored` (default), `unsupported` (a resource Trailform should map one
   * day), or `invalid` (the service's calls can name nothing else, so the record is malformed).
   */
  readonly unmappedAs?: 'ignored' | 'unsupported' | 'invalid';
  /** The calls name resources by ARN only: a value that is not an ARN makes the record malformed. */
  readonly arnsOnly?: boolean;
  /**
   * The `ignore_changes` reason for tags when CloudTrail hid the call's tags or keys (a sensitive member
   * logged as `HIDDEN_DUE_TO_SECURITY_REASONS`, as AWS Backup's are); without it such a call is malformed.
   */
  readonly hiddenTags?: string;
  /** Types the calls may name: default every type of `resources`. */
  readonly types?: readonly string[];
}

/** The values at the first of `paths` the request holds, and that path. */
function valuesAt(request: JsonValue, paths: readonly string[]): { path: string; values: string[] } {
  for (const path of paths) {
    const value = at(request, path);
    if (typeof value === 'string') return { path, values: [decoded(value, path)] };
    if (Array.isArray(value)) return { path, values: stringList(request, path).map((v) => decoded(v, path)) };
  }
  throw new MalformedRecordError(`missing ${paths.join(' or ')}`);
}

/** An ARN some records log URL-encoded, as REST path parameters (`arn%3Aaws%3Akafka…`, MSK's doc example). */
function decoded(value: string, path: string): string {
  if (!/^arn%3A/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new MalformedRecordError(`${path} is neither an ARN nor a URL-encoded one`);
  }
}

function tagsAt(request: JsonValue, paths: readonly string[]): Record<string, string> {
  for (const path of paths) {
    const value = at(request, path);
    if (value !== undefined && value !== null) return readTags(value);
  }
  return readTags(undefined);
}

/** The removed keys: a list of strings, or of `{key, value}` entries (ACM's RemoveTagsFromCertificate). */
function keysAt(request: JsonValue, path: string): string[] {
  const value = at(request, path);
  return Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null) ? Object.keys(readTags(value)) : stringList(request, path);
}

/**
 * The tag and untag handlers of `family` for a service whose `resources` declare their identity. A
 * value that fits no declared type is ignored (or reported as `unmappedAs` says) with a line naming it.
 */
export function taggingHandlers(
  resources: readonly ResourceTypeSpec[] | (() => readonly ResourceTypeSpec[]),
  family: TagFamily = TAG_RESOURCE,
  options: TaggingOptions = {},
): Record<string, EventHandler> {
  // A mapper may pass its own `resources` lazily (`() => mapper.resources`) from inside its literal.
  let specs: readonly ResourceTypeSpec[] | undefined;
  const declared = () => {
    specs ??= (typeof resources === 'function' ? resources() : resources).filter((r) => !options.types || options.types.includes(r.type));
    return specs;
  };
  const each = (event: MapperEvent, ctx: FoldContext, apply: (draft: ResourceDraft) => void) => {
    const specs = declared();
    const { path, values } = valuesAt(event.request, family.resource);
    for (const value of values) {
      const named = typeNamedBy(specs, value);
      const adopt = named && options.adopt?.[named.type];
      const draft = named === undefined ? undefined : adopt ? adopt(named.id, event, ctx) : ctx.change(named.type, named.id, {});
      if (draft) apply(draft);
      else if (named === undefined) {
        if (options.arnsOnly && parseArn(value) === undefined) throw new MalformedRecordError(`${path} ${value} is not an ARN`);
        const reason = options.unmapped?.(value, event) ?? `${event.eventName}: ${value} is not a resource Trailform maps`;
        if (options.unmappedAs === 'invalid') throw new MalformedRecordError(reason);
        if (options.unmappedAs === 'unsupported') ctx.unsupported(reason);
        else ctx.ignore(reason);
      }
    }
  };
  const hidden = (event: MapperEvent, paths: readonly string[]) => options.hiddenTags !== undefined && paths.some((path) => /^HIDDEN_/.test(String(at(event.request, path) ?? '')) && typeof at(event.request, path) === 'string');
  return {
    [family.tag]: (event, ctx) => {
      if (hidden(event, family.tags)) return each(event, ctx, (draft) => draft.ignoreChanges('tags', options.hiddenTags!));
      const tags = tagsAt(event.request, family.tags);
      each(event, ctx, (draft) => applyTags(draft, tags));
    },
    [family.untag]: (event, ctx) => {
      if (hidden(event, [family.keys])) return each(event, ctx, (draft) => draft.ignoreChanges('tags', options.hiddenTags!));
      const keys = keysAt(event.request, family.keys);
      each(event, ctx, (draft) => applyTags(draft, {}, keys));
    },
  };
}
