// What hangs off a Lambda function: aliases, asynchronous invocation settings, function URLs, event
// source mappings and resource-policy statements (permissions).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import { object } from '../../hcl/ast';
import type { EventHandler, ResourceDraft, MapperEvent } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, maybe, number, strings, tagsField, text } from '../values';
import { ALIAS, FUNCTION_URL, functionOf, INVOKE_CONFIG, MAPPING, parseFunction, PERMISSION } from './shared';

function permissionId(fn: { name: string; qualifier?: string }, statementId: string): string {
  return `${fn.qualifier ? `${fn.name}:${fn.qualifier}` : fn.name}/${statementId}`;
}

// ---------------------------------------------------------------- aliases

function aliasKey(event: MapperEvent): { fn: string; name: string; id: string } {
  const fn = parseFunction(reqString(event.request, 'functionName')).name;
  const name = reqString(event.request, 'name');
  return { fn, name, id: `${fn}/${name}` };
}

/** `routing_config { additional_version_weights = { "2" = 0.1 } }`: weights are numbers keyed by version. */
function routingConfig(source: JsonValue | undefined) {
  const weights = at(source, 'additionalVersionWeights');
  if (!isObject(weights) || Object.keys(weights).length === 0) return undefined;
  const entries = Object.keys(weights).map((version) => [version, number(optNumber(weights, version) ?? 0)] as const);
  return blocks({ additional_version_weights: object(entries) });
}

function applyAliasConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const version = optString(request, 'functionVersion');
  if (version !== undefined) draft.fields.function_version = text(version);
  if (at(request, 'description') !== undefined) {
    const description = optString(request, 'description');
    if (description === undefined) delete draft.fields.description;
    else draft.fields.description = text(description);
  }
  if (at(request, 'routingConfig') !== undefined) {
    const routing = routingConfig(at(request, 'routingConfig'));
    if (routing) draft.fields.routing_config = routing;
    else delete draft.fields.routing_config;
  }
}

// ---------------------------------------------------------------- asynchronous invocation

/** `function_name` or `function_name:qualifier`: the invoke config's identity and import ID. */
function invokeConfigId(fn: { name: string; qualifier?: string }): string {
  return fn.qualifier ? `${fn.name}:${fn.qualifier}` : fn.name;
}

/** Retry, age and destination settings of Put/UpdateFunctionEventInvokeConfig (present keys only). */
function applyInvokeConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const age = optNumber(request, 'maximumEventAgeInSeconds');
  if (age !== undefined) draft.fields.maximum_event_age_in_seconds = number(age);
  const retries = optNumber(request, 'maximumRetryAttempts');
  if (retries !== undefined) draft.fields.maximum_retry_attempts = number(retries);
  if (at(request, 'destinationConfig') !== undefined) {
    const onSuccess = optString(request, 'destinationConfig.onSuccess.destination');
    const onFailure = optString(request, 'destinationConfig.onFailure.destination');
    const config = fields({
      on_failure: onFailure ? blocks({ destination: text(onFailure) }) : undefined,
      on_success: onSuccess ? blocks({ destination: text(onSuccess) }) : undefined,
    });
    if (Object.keys(config).length > 0) draft.fields.destination_config = blocks(config);
    else delete draft.fields.destination_config;
  }
}

// ---------------------------------------------------------------- function URLs

/** `function_name` or `function_name/qualifier`: the function URL's identity and import ID. */
function urlId(fn: { name: string; qualifier?: string }): string {
  return fn.qualifier ? `${fn.name}/${fn.qualifier}` : fn.name;
}

/** The `cors` block from a request's `cors` member; an empty one means no CORS. */
function corsBlock(cors: JsonValue | undefined) {
  if (!isObject(cors)) return undefined;
  const list = (key: string) => (at(cors, key) !== undefined && stringList(cors, key).length > 0 ? strings(stringList(cors, key)) : undefined);
  const config = fields({
    allow_credentials: maybe(optBool(cors, 'allowCredentials'), flag),
    allow_headers: list('allowHeaders'),
    allow_methods: list('allowMethods'),
    allow_origins: list('allowOrigins'),
    expose_headers: list('exposeHeaders'),
    max_age: maybe(optNumber(cors, 'maxAge'), number),
  });
  return Object.keys(config).length > 0 ? blocks(config) : undefined;
}

function applyUrlConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const authType = optString(request, 'authType');
  if (authType !== undefined) draft.fields.authorization_type = text(authType);
  const invokeMode = optString(request, 'invokeMode');
  if (invokeMode !== undefined) draft.fields.invoke_mode = text(invokeMode);
  if (at(request, 'cors') !== undefined) {
    const cors = corsBlock(at(request, 'cors'));
    if (cors) draft.fields.cors = cors;
    else delete draft.fields.cors;
  }
}

// ---------------------------------------------------------------- event source mappings

/** The mapping's UUID: CloudTrail spells the UUID member `uUID` (Lambda developer guide sample). */
function mappingId(source: JsonValue | undefined): string | undefined {
  return optString(source, 'uUID') ?? optString(source, 'uuid') ?? optString(source, 'UUID');
}

// "FilterCriteria shows up as empty ({}) because the function uses event filtering ... If the function
// doesn't use event filtering, CloudTrail won't display the FilterCriteria field at all."
// https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html
const FILTER_REASON = 'CloudTrail logs filter criteria as {} whatever the patterns (Lambda event filtering docs); the account has them';

/** A readable name for an event source: the queue, table or stream name in its ARN. */
function sourceName(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  const match = /^(?:table|stream)\/([^/]+)/.exec(resource);
  return match ? match[1]! : resource;
}

/** The arguments a CreateEventSourceMapping or UpdateEventSourceMapping request states. */
function mappingConfiguration(request: JsonValue, draft: ResourceDraft): void {
  const set = (attr: string, value: ReturnType<typeof text> | ReturnType<typeof blocks> | undefined) => {
    if (value === undefined) delete draft.fields[attr];
    else draft.fields[attr] = value;
  };
  const num = (attr: string, key: string, omitWhen?: number) => {
    const v = optNumber(request, key);
    if (v !== undefined) set(attr, v === omitWhen ? undefined : number(v));
  };
  const functionName = optString(request, 'functionName');
  // A qualified name (`fn:alias` or an alias ARN) maps the alias, so it stays as given.
  if (functionName !== undefined) set('function_name', text(parseFunction(functionName).qualifier ? functionName : parseFunction(functionName).name));
  const enabled = optBool(request, 'enabled');
  if (enabled !== undefined) set('enabled', enabled ? undefined : flag(false)); // true is the default
  num('batch_size', 'batchSize');
  num('maximum_batching_window_in_seconds', 'maximumBatchingWindowInSeconds', 0);
  num('maximum_retry_attempts', 'maximumRetryAttempts');
  num('maximum_record_age_in_seconds', 'maximumRecordAgeInSeconds');
  num('parallelization_factor', 'parallelizationFactor');
  num('tumbling_window_in_seconds', 'tumblingWindowInSeconds', 0);
  const bisect = optBool(request, 'bisectBatchOnFunctionError');
  if (bisect !== undefined) set('bisect_batch_on_function_error', bisect ? flag(true) : undefined);
  const kms = optString(request, 'kMSKeyArn') ?? optString(request, 'kmsKeyArn');
  if (kms !== undefined) set('kms_key_arn', text(kms));
  if (at(request, 'functionResponseTypes') !== undefined) {
    const types = stringList(request, 'functionResponseTypes');
    set('function_response_types', types.length > 0 ? strings(types) : undefined);
  }
  if (isObject(at(request, 'scalingConfig'))) {
    const max = optNumber(request, 'scalingConfig.maximumConcurrency');
    set('scaling_config', max === undefined ? undefined : blocks({ maximum_concurrency: number(max) }));
  }
  const onFailure = optString(request, 'destinationConfig.onFailure.destination');
  if (at(request, 'destinationConfig') !== undefined) set('destination_config', onFailure ? blocks({ on_failure: blocks({ destination_arn: text(onFailure) }) }) : undefined);
  const filters = at(request, 'filterCriteria');
  if (isObject(filters)) {
    const patterns = listAt(filters, 'filters').map((f) => optString(f, 'pattern'));
    if (patterns.length === 0) draft.ignoreChanges('filter_criteria', FILTER_REASON);
    else set('filter_criteria', blocks({ filter: blocks(...patterns.map((p) => fields({ pattern: maybe(p, text) }))) }));
  }
}

export const functionChildrenHandlers: Record<string, EventHandler> = {
  CreateAlias(event, ctx) {
    const { fn, name, id } = aliasKey(event);
    const arn = optString(event.response, 'aliasArn');
    const draft = ctx.create(ALIAS, id, {
      fields: { name: text(name), function_name: text(fn) },
      exports: arn ? { id, arn } : undefined,
    });
    applyAliasConfiguration(draft, event.request);
    if (draft.fields.function_version === undefined) throw new MalformedRecordError('missing functionVersion');
  },
  UpdateAlias(event, ctx) {
    const { id } = aliasKey(event);
    const arn = optString(event.response, 'aliasArn');
    const draft = ctx.change(ALIAS, id, { exports: arn ? { id, arn } : undefined });
    applyAliasConfiguration(draft, event.request);
  },
  DeleteAlias(event, ctx) {
    ctx.remove(ALIAS, aliasKey(event).id);
  },
  PutFunctionEventInvokeConfig(event, ctx) {
    // Put states the whole configuration (PutFunctionEventInvokeConfig API reference).
    const fn = functionOf(event);
    const id = invokeConfigId(fn);
    const draft = ctx.put(INVOKE_CONFIG, id, { fields: fields({ function_name: text(fn.name), qualifier: maybe(fn.qualifier, text) }) });
    applyInvokeConfiguration(draft, event.request);
  },
  UpdateFunctionEventInvokeConfig(event, ctx) {
    const fn = functionOf(event);
    const id = invokeConfigId(fn);
    const draft = ctx.change(INVOKE_CONFIG, id, {});
    applyInvokeConfiguration(draft, event.request);
  },
  DeleteFunctionEventInvokeConfig(event, ctx) {
    ctx.remove(INVOKE_CONFIG, invokeConfigId(functionOf(event)));
  },
  CreateFunctionUrlConfig(event, ctx) {
    const fn = functionOf(event);
    const id = urlId(fn);
    const url = optString(event.response, 'functionUrl');
    const draft = ctx.create(FUNCTION_URL, id, {
      fields: fields({ function_name: text(fn.name), qualifier: maybe(fn.qualifier, text) }),
      exports: url ? { id, function_url: url } : undefined,
    });
    applyUrlConfiguration(draft, event.request);
    if (draft.fields.authorization_type === undefined) throw new MalformedRecordError('missing authType');
  },
  UpdateFunctionUrlConfig(event, ctx) {
    const fn = functionOf(event);
    const id = urlId(fn);
    const draft = ctx.change(FUNCTION_URL, id, {});
    applyUrlConfiguration(draft, event.request);
  },
  DeleteFunctionUrlConfig(event, ctx) {
    ctx.remove(FUNCTION_URL, urlId(functionOf(event)));
  },
  CreateEventSourceMapping(event, ctx) {
    const id = mappingId(event.response);
    if (id === undefined) throw new MalformedRecordError('missing responseElements.uUID');
    const source = optString(event.request, 'eventSourceArn');
    const given = reqString(event.request, 'functionName');
    const { name, qualifier } = parseFunction(given);
    const draft = ctx.create(MAPPING, id, {
      nameHint: `${name}-${source ? sourceName(source) : 'source'}`,
      fields: fields({ function_name: text(qualifier ? given : name), event_source_arn: maybe(source, text), starting_position: maybe(optString(event.request, 'startingPosition'), text) }),
      exports: { id, uuid: id, ...(optString(event.response, 'eventSourceMappingArn') ? { arn: reqString(event.response, 'eventSourceMappingArn') } : {}) },
    });
    mappingConfiguration(event.request, draft);
    const tags = tagsField(readTags(at(event.request, 'tags')));
    if (tags) draft.fields.tags = tags;
  },
  UpdateEventSourceMapping(event, ctx) {
    const id = mappingId(event.request) ?? mappingId(event.response);
    if (id === undefined) throw new MalformedRecordError('missing requestParameters.uUID');
    // The answer names the function and source: a readable name for a mapping the session did not create.
    const source = optString(event.response, 'eventSourceArn');
    const fn = optString(event.response, 'functionArn');
    const nameHint = source && fn ? `${parseFunction(fn).name}-${sourceName(source)}` : `mapping-${id.slice(0, 8)}`;
    const draft = ctx.change(MAPPING, id, { nameHint });
    mappingConfiguration(event.request, draft);
  },
  DeleteEventSourceMapping(event, ctx) {
    const id = mappingId(event.request) ?? mappingId(event.response);
    if (id === undefined) throw new MalformedRecordError('missing requestParameters.uUID');
    ctx.remove(MAPPING, id);
  },
  AddPermission(event, ctx) {
    const { request } = event;
    const fn = functionOf(event);
    const statementId = reqString(request, 'statementId');
    const id = permissionId(fn, statementId);
    const opt = (key: string) => (optString(request, key) !== undefined ? text(optString(request, key)!) : undefined);
    ctx.put(PERMISSION, id, {
      nameHint: `${fn.name}-${statementId}`,
      fields: fields({
        statement_id: text(statementId),
        function_name: text(fn.name),
        qualifier: fn.qualifier ? text(fn.qualifier) : undefined,
        action: text(reqString(request, 'action')),
        principal: text(reqString(request, 'principal')),
        source_arn: opt('sourceArn'),
        source_account: opt('sourceAccount'),
        principal_org_id: opt('principalOrgID'),
        event_source_token: opt('eventSourceToken'),
        function_url_auth_type: opt('functionUrlAuthType'),
      }),
    });
  },
  RemovePermission(event, ctx) {
    ctx.remove(PERMISSION, permissionId(functionOf(event), reqString(event.request, 'statementId')));
  },
};
