// Tag changes arrive as deltas (CreateTags, TagResource, UntagResource …) applied in time order.

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from './mapper';
import { at, readTags, stringList } from './read';
import { stringMap } from './values';

export function currentTags(draft: ResourceDraft): Record<string, string> {
  const expr = draft.fields.tags;
  const tags: Record<string, string> = Object.create(null) as Record<string, string>;
  if (expr && expr.kind === 'object') {
    for (const [k, v] of expr.entries) if (v.kind === 'string') tags[k] = v.value;
  }
  return tags;
}

export function applyTags(draft: ResourceDraft, set: Record<string, string>, remove: readonly string[] = []): void {
  const tags = { ...currentTags(draft), ...set };
  for (const key of remove) {
    // A tag of a resource from before the session that the session never saw: the field diff cannot
    // show its removal, so it is stated.
    if (!draft.created && !Object.hasOwn(tags, key)) draft.sessionChange(`removed tag ${JSON.stringify(key)}`);
    delete tags[key];
  }
  if (Object.keys(tags).length === 0) delete draft.fields.tags;
  else draft.fields.tags = stringMap(tags);
}

/** Where a service's TagResource / UntagResource requests hold the tags and the keys to remove. */
export interface TaggingShape {
  /** Request paths of the tag list or map, tried in order (default `tags`). */
  readonly tags?: readonly string[];
  /** Request path of the keys UntagResource removes (default `tagKeys`). */
  readonly keys?: string;
}

/**
 * The TagResource / UntagResource pair most services share: `resolve` finds (or adopts) the tagged
 * resource, undefined when the call tags something the mapper does not model.
 */
export function tagResourceHandlers(
  resolve: (event: MapperEvent, ctx: FoldContext) => ResourceDraft | undefined,
  shape: TaggingShape = {},
): { TagResource: EventHandler; UntagResource: EventHandler } {
  return {
    TagResource(event, ctx) {
      const draft = resolve(event, ctx);
      if (!draft) return;
      let tags: JsonValue | undefined;
      for (const path of shape.tags ?? ['tags']) {
        tags = at(event.request, path);
        if (tags !== undefined && tags !== null) break;
      }
      applyTags(draft, readTags(tags));
    },
    UntagResource(event, ctx) {
      const draft = resolve(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, shape.keys ?? 'tagKeys'));
    },
  };
}
