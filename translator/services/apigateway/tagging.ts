// API Gateway mapper part: tags of both versions (the generic handlers find the resource by the ARN its type
// declares in ./index.ts; stages are adopted named after their API) and the v1/v2 dispatch (assembled in ./index.ts).

import type { EventHandler } from '../mapper';
import { MalformedRecordError } from '../read';
import { TAG_RESOURCE, type TagFamily, type TaggingOptions } from '../tagging';
import { API, STAGE, V2_STAGE } from './types';
import { isV1 } from './shared';
import { apiName, changeV1Stage, v1 } from './v1';
import { v2 } from './v2';

/** v1 wraps the tags as `tagResourceInput.tags`; v2 has them at the top. */
export const TAGGING_CALLS: TagFamily = { ...TAG_RESOURCE, tags: ['tagResourceInput.tags', 'tags'] };

/** Stages (`API-ID/STAGE`) are named after their API; a v2 stage adopted by a tagging call exports nothing. */
export const TAGGING: TaggingOptions = {
  adopt: {
    [STAGE]: (id, _event, ctx) => changeV1Stage(ctx, id.split('/')[0]!, id.split('/')[1]!),
    [V2_STAGE]: (id, _event, ctx) => ctx.change(V2_STAGE, id, { nameHint: `${apiName(ctx, API, id.split('/')[0]!)} ${id.split('/')[1]!}` }),
  },
  unmapped: (arn) => `tags ${arn}, an API Gateway resource Trailform does not map`,
};

/** Dispatches names both API versions use by the request's API identifier. */
export const either = (name: string): EventHandler => (event, ctx) => {
  const handler = isV1(event) ? v1[name] : v2[name];
  if (!handler) throw new MalformedRecordError(`${name} names neither restApiId nor apiId`);
  handler(event, ctx);
};
