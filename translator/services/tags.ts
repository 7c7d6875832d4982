// Tag changes arrive as deltas (CreateTags, TagResource, UntagResource …) applied in time order; the
// generic tagging handlers (tagging.ts) and the services' own tagging calls apply them here.

import type { ResourceDraft } from './mapper';
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
