// EC2 mapper part: Readers the EC2 parts share (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, listOf, MalformedRecordError, optBool, optNumber, optString, readTags } from '../read';
import { currentTags } from '../tags';
import { flag } from '../values';

// Shared readers

/** Tags a create call asked for (`tagSpecificationSet`), else the tags its response echoes. */
export function createTags(event: MapperEvent, resourceType: string, echoed?: JsonValue): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const spec of listAt(event.request, 'tagSpecificationSet')) {
    if (optString(spec, 'resourceType') === resourceType) Object.assign(tags, readTags(at(spec, 'tags')));
  }
  return Object.keys(tags).length > 0 ? tags : readTags(at(echoed, 'tagSet'));
}

/** An attribute that EC2 sends either bare or as `{ "value": ... }` (ModifyInstanceAttribute, ModifyVpcAttribute). */
export function attributeValue(source: JsonValue | undefined, key: string): JsonValue | undefined {
  const value = at(source, key);
  return isObject(value) && 'value' in value ? value.value : value;
}

/**
 * Request and response of a "new-style" EC2 operation, which CloudTrail wraps as `{ "<Op>Request": {…PascalCase…} }`
 * and `{ "<Op>Response": {…} }` (real CreateNatGateway records); bare bodies are accepted too.
 */
export function unwrap(event: MapperEvent): { request: JsonValue; response: JsonValue } {
  return {
    request: at(event.request, `${event.eventName}Request`) ?? event.request,
    response: at(event.response, `${event.eventName}Response`) ?? event.response,
  };
}

/** A list entry of a wrapped request: a bare string or `{ "tag": 1, "content": "…" }` (real CreateFlowLogs records). */
export function itemText(value: JsonValue, what: string): string {
  if (typeof value === 'string') return value;
  const content = optString(value, 'content');
  if (content === undefined) throw new MalformedRecordError(`${what} should be a string or { content }`);
  return content;
}

/** A literal string argument of a draft (before references are resolved, every id is one). */
export function textField(draft: ResourceDraft, name: string): string | undefined {
  const value = draft.field(name);
  return value !== undefined && value.kind === 'string' ? value.value : undefined;
}

export function numberField(draft: ResourceDraft, name: string): number | undefined {
  const value = draft.field(name);
  return value !== undefined && value.kind === 'number' ? value.value : undefined;
}

/** A readable label for names derived from another resource: its Name tag, else its name, else its id. */
export function labelOf(ctx: FoldContext, type: string, id: string): string {
  const draft = ctx.find(type, id);
  if (!draft) return id;
  return currentTags(draft).Name ?? textField(draft, 'name') ?? id;
}

/** The resource a modify event names; one the session did not create is adopted by its id. */
export function changeById(ctx: FoldContext, type: string, id: string): ResourceDraft {
  return ctx.change(type, id, { exports: { id } });
}

/** Sets an argument a modify event changed, keeping `tags` last as create events print it. */
export function setArg(draft: ResourceDraft, name: string, value: Fields[string]): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = tags === undefined ? { ...rest, [name]: value } : { ...rest, [name]: value, tags };
}

export const setFlag = (draft: ResourceDraft, name: string, value: boolean | undefined) => {
  if (value !== undefined) setArg(draft, name, flag(value));
};

/**
 * The body of a new-style request however CloudTrail wrapped it: `<Op>Request`, an abbreviated wrapper
 * such as the real `DelTGwVpcAttachReq` (the only key, an object), or the bare members.
 */
export function requestBody(event: MapperEvent): JsonValue {
  const named = at(event.request, `${event.eventName}Request`);
  if (isObject(named)) return named;
  if (isObject(event.request)) {
    const keys = Object.keys(event.request);
    const only = keys.length === 1 ? event.request[keys[0]!] : undefined;
    if (keys.length === 1 && /Req(uest)?$/.test(keys[0]!) && isObject(only)) return only;
  }
  return event.request ?? {};
}

/** A member a record spells PascalCase (wrapped requests) or lowerCamel (Query shape), tried in that order. */
export function member(source: JsonValue | undefined, key: string): JsonValue | undefined {
  return at(source, key) ?? at(source, key[0]!.toLowerCase() + key.slice(1));
}
export const memberString = (source: JsonValue | undefined, key: string): string | undefined => optString(source, key) ?? optString(source, key[0]!.toLowerCase() + key.slice(1));
export const memberNumber = (source: JsonValue | undefined, key: string): number | undefined => optNumber(source, key) ?? optNumber(source, key[0]!.toLowerCase() + key.slice(1));
export const memberBool = (source: JsonValue | undefined, key: string): boolean | undefined => optBool(source, key) ?? optBool(source, key[0]!.toLowerCase() + key.slice(1));

/** Tags a create call asked for in either shape: `TagSpecification` (wrapped) or `tagSpecificationSet`, else the echoed `tagSet`. */
export function requestedTags(event: MapperEvent, resourceType: string, echoed?: JsonValue): Record<string, string> {
  const tags: Record<string, string> = {};
  const body = requestBody(event);
  for (const key of ['TagSpecification', 'TagSpecifications']) {
    for (const spec of listOf(at(body, key))) {
      if (spec !== '' && optString(spec, 'ResourceType') === resourceType) Object.assign(tags, readTags(at(spec, 'Tag') ?? at(spec, 'Tags')));
    }
  }
  return Object.keys(tags).length > 0 ? tags : createTags(event, resourceType, echoed);
}

/** A string list in either spelling: `[…]`, `{ item: … }`, `{ items: … }`, entries bare or `{ content }`, `""` when empty. */
export function memberStrings(source: JsonValue | undefined, key: string): string[] {
  return listOf(member(source, key)).filter((v) => v !== '').map((v) => itemText(v, key));
}

/** A required member in either spelling (`VpcId` / `vpcId`). */
export function reqMember(source: JsonValue | undefined, key: string): string {
  const value = memberString(source, key);
  if (value === undefined) throw new MalformedRecordError(`missing ${key[0]!.toLowerCase() + key.slice(1)}`);
  return value;
}
