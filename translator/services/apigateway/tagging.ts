// API Gateway mapper part: tags of both versions (by ARN) and the v1/v2 dispatch (assembled in ./index.ts).

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { MalformedRecordError, reqString } from '../read';
import { API, REST_API, STAGE, V2_STAGE } from './types';
import { isV1 } from './shared';
import { apiName, changeRestApi, v1 } from './v1';
import { v2 } from './v2';

/** `arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod` → the resource it names, if mapped. */
export function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceArn');
  const path = arn.replace(/^arn:[^:]+:apigateway:[^:]*::/, '');
  let m = /^\/restapis\/([^/]+)\/stages\/([^/]+)$/.exec(path);
  if (m) return ctx.change(STAGE, `${m[1]}/${m[2]}`, { importId: `${m[1]}/${m[2]}`, nameHint: `${apiName(ctx, REST_API, m[1]!)} ${m[2]}`, exports: { id: m[2]! } });
  m = /^\/restapis\/([^/]+)$/.exec(path);
  if (m) return changeRestApi(event, ctx, m[1]!);
  m = /^\/apis\/([^/]+)\/stages\/([^/]+)$/.exec(path);
  if (m) return ctx.change(V2_STAGE, `${m[1]}/${m[2]}`, { importId: `${m[1]}/${m[2]}`, nameHint: `${apiName(ctx, API, m[1]!)} ${m[2]}` });
  m = /^\/apis\/([^/]+)$/.exec(path);
  if (m) return ctx.change(API, m[1]!, { importId: m[1]!, nameHint: m[1]!, exports: { id: m[1]! } });
  ctx.ignore(`tags ${arn}, an API Gateway resource Trailform does not map`);
  return undefined;
}

/** Dispatches names both API versions use by the request's API identifier. */
export const either = (name: string): EventHandler => (event, ctx) => {
  const handler = isV1(event) ? v1[name] : v2[name];
  if (!handler) throw new MalformedRecordError(`${name} names neither restApiId nor apiId`);
  handler(event, ctx);
};
