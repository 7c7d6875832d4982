// Amazon API Gateway, REST APIs (v1) and HTTP/WebSocket APIs (v2). Both log as apigateway.amazonaws.com,
// so one mapper serves both and tells them apart by event name and, for names both have (CreateStage,
// UpdateStage, DeleteStage, UpdateIntegration, DeleteIntegration, TagResource …), by request shape: v1
// names the API `restApiId`, v2 `apiId`.
// CloudTrail shape: v1 requests carry the path parameters at the top and the body wrapped as
// `<operation>Input` (`createStageInput`, `putIntegrationInput`), plus `template: false`; updates are
// `patchOperations`; responses are the resource with HAL link objects mixed in. v2 requests are the
// plain lowerCamel members. https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type EventHandler, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { tagResourceHandlers } from './tags';
import { blocks, fields, flag, flagMap, number, stringMap, strings, tagsField, text } from './values';
import { buildArn } from './arn';

const REST_API = 'aws_api_gateway_rest_api';
const RESOURCE = 'aws_api_gateway_resource';
const METHOD = 'aws_api_gateway_method';
const INTEGRATION = 'aws_api_gateway_integration';
const METHOD_RESPONSE = 'aws_api_gateway_method_response';
const INTEGRATION_RESPONSE = 'aws_api_gateway_integration_response';
const DEPLOYMENT = 'aws_api_gateway_deployment';
const AUTHORIZER = 'aws_api_gateway_authorizer';
const STAGE = 'aws_api_gateway_stage';
const API = 'aws_apigatewayv2_api';
const V2_STAGE = 'aws_apigatewayv2_stage';
const ROUTE = 'aws_apigatewayv2_route';
const V2_INTEGRATION = 'aws_apigatewayv2_integration';
const V2_AUTHORIZER = 'aws_apigatewayv2_authorizer';

const V1_CHILDREN = [RESOURCE, METHOD, INTEGRATION, METHOD_RESPONSE, INTEGRATION_RESPONSE, AUTHORIZER, DEPLOYMENT, STAGE] as const;
const V2_CHILDREN = [V2_STAGE, ROUTE, V2_INTEGRATION, V2_AUTHORIZER] as const;

const maybeText = (v: string | undefined) => (v === undefined ? undefined : text(v));
const maybeFlag = (v: boolean | undefined) => (v === undefined ? undefined : flag(v));
const maybeNumber = (v: number | undefined) => (v === undefined ? undefined : number(v));

/** A string-valued map, or undefined when absent or empty. */
function textMap(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  return Object.keys(out).length > 0 ? stringMap(out) : undefined;
}

/**
 * Response templates: a content type mapped to null (the console's "no template") reads back as "" in the
 * provider's string map, so null is kept as "".
 */
function templateMap(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v === null || typeof v !== 'object') out[k] = v === null ? '' : String(v);
  return Object.keys(out).length > 0 ? stringMap(out) : undefined;
}

function nonEmptyStrings(source: JsonValue | undefined, path: string) {
  const values = stringList(source, path);
  return values.length > 0 ? strings(values) : undefined;
}

const isV1 = (event: MapperEvent) => optString(event.request, 'restApiId') !== undefined;

/** The v1 request body (`createStageInput` …), or the bare request when CloudTrail did not wrap it. */
function body(event: MapperEvent, wrapper: string): JsonValue {
  const inner = at(event.request, wrapper);
  return isObject(inner) ? inner : event.request;
}

/** Removes every resource of `types` whose identifier starts with `prefix/`. */
function removeChildren(ctx: FoldContext, types: readonly string[], prefix: string): void {
  for (const type of types) for (const draft of ctx.all(type)) if (draft.id.startsWith(`${prefix}/`)) ctx.remove(type, draft.id);
}

/** `patchOperations` of a v1 Update* call, as path → value for `replace`/`add` and path → undefined for `remove`. */
function patches(event: MapperEvent, wrapper: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const op of listAt(body(event, wrapper), 'patchOperations')) {
    const path = reqString(op, 'path');
    const kind = reqString(op, 'op');
    out.set(path, kind === 'remove' ? undefined : (optString(op, 'value') ?? ''));
  }
  return out;
}

/** Applies scalar patches (`/description` → `description`); returns the paths it does not map. */
function applyPatches(draft: ResourceDraft, ops: Map<string, string | undefined>, known: Record<string, 'string' | 'bool'>): string[] {
  const unknown: string[] = [];
  for (const [path, value] of ops) {
    const kind = known[path];
    const attr = PATCH_ATTRIBUTES[path];
    if (kind === undefined || attr === undefined) {
      unknown.push(path);
      continue;
    }
    if (value === undefined || value === '') delete draft.fields[attr];
    else draft.fields[attr] = kind === 'bool' ? flag(value === 'true') : text(value);
  }
  return unknown;
}

const PATCH_ATTRIBUTES: Record<string, string> = {
  '/name': 'name',
  '/description': 'description',
  '/apiKeySource': 'api_key_source',
  '/disableExecuteApiEndpoint': 'disable_execute_api_endpoint',
  '/deploymentId': 'deployment_id',
  '/tracingEnabled': 'xray_tracing_enabled',
  '/cacheClusterEnabled': 'cache_cluster_enabled',
  '/cacheClusterSize': 'cache_cluster_size',
  '/clientCertificateId': 'client_certificate_id',
  '/documentationVersion': 'documentation_version',
  '/authorizationType': 'authorization',
  '/authorizerId': 'authorizer_id',
  '/apiKeyRequired': 'api_key_required',
  '/operationName': 'operation_name',
  '/requestValidatorId': 'request_validator_id',
  '/uri': 'uri',
  '/httpMethod': 'integration_http_method',
  '/credentials': 'credentials',
  '/passthroughBehavior': 'passthrough_behavior',
  '/contentHandling': 'content_handling',
  '/connectionType': 'connection_type',
  '/connectionId': 'connection_id',
};

function notePatches(draft: ResourceDraft, event: MapperEvent, unknown: string[]): void {
  if (unknown.length > 0) draft.note(`${event.eventName} also patched ${unknown.join(', ')}, which Trailform does not map: review the first plan.`);
}

// ---------------------------------------------------------------- v1: REST APIs

const restApiArn = (event: MapperEvent, id: string) => buildArn(event, 'apigateway', `/restapis/${id}`, 'region-only');

function changeRestApi(event: MapperEvent, ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(REST_API, id, { exports: { id, arn: restApiArn(event, id) } });
}

function apiName(ctx: FoldContext, type: string, id: string): string {
  return ctx.find(type, id)?.nameHint ?? id;
}

function methodFields(restApiId: string, resourceId: string, httpMethod: string, input: JsonValue): Fields {
  const params = at(input, 'requestParameters');
  const paramFlags: Record<string, boolean> = {};
  if (isObject(params)) for (const k of Object.keys(params)) paramFlags[k] = optBool(params, k) ?? false;
  return fields({
    rest_api_id: text(restApiId),
    resource_id: text(resourceId),
    http_method: text(httpMethod),
    authorization: text(optString(input, 'authorizationType') ?? 'NONE'),
    authorizer_id: maybeText(optString(input, 'authorizerId')),
    authorization_scopes: nonEmptyStrings(input, 'authorizationScopes'),
    api_key_required: maybeFlag(optBool(input, 'apiKeyRequired')),
    operation_name: maybeText(optString(input, 'operationName')),
    request_validator_id: maybeText(optString(input, 'requestValidatorId')),
    request_models: textMap(at(input, 'requestModels')),
    request_parameters: Object.keys(paramFlags).length > 0 ? flagMap(paramFlags) : undefined,
  });
}

/**
 * PutIntegration's body member `httpMethod` is the integration's method (IntegrationHttpMethod in the
 * API model); the method it belongs to is the top-level `httpMethod` path parameter.
 */
function integrationFields(restApiId: string, resourceId: string, httpMethod: string, input: JsonValue, stored: JsonValue): Fields {
  const pick = (key: string) => optString(stored, key) ?? optString(input, key);
  const tls = at(stored, 'tlsConfig') ?? at(input, 'tlsConfig');
  return fields({
    rest_api_id: text(restApiId),
    resource_id: text(resourceId),
    http_method: text(httpMethod),
    type: text(pick('type') ?? reqString(input, 'type')),
    integration_http_method: maybeText(pick('httpMethod')),
    uri: maybeText(pick('uri')),
    credentials: maybeText(pick('credentials')),
    connection_type: maybeText(pick('connectionType')),
    connection_id: maybeText(pick('connectionId')),
    passthrough_behavior: maybeText(pick('passthroughBehavior')),
    content_handling: maybeText(pick('contentHandling')),
    cache_namespace: maybeText(optString(input, 'cacheNamespace')),
    cache_key_parameters: nonEmptyStrings(isObject(stored) && 'cacheKeyParameters' in stored ? stored : input, 'cacheKeyParameters'),
    // The provider's default is 29000 ms, which is also the API's.
    timeout_milliseconds: maybeNumber(optNumber(stored, 'timeoutInMillis') ?? optNumber(input, 'timeoutInMillis')),
    request_parameters: textMap(at(stored, 'requestParameters') ?? at(input, 'requestParameters')),
    request_templates: textMap(at(stored, 'requestTemplates') ?? at(input, 'requestTemplates')),
    tls_config: isObject(tls) && optBool(tls, 'insecureSkipVerification') !== undefined ? blocks({ insecure_skip_verification: flag(optBool(tls, 'insecureSkipVerification')!) }) : undefined,
  });
}

function v1StageFields(restApiId: string, stageName: string, input: JsonValue, stored: JsonValue): Fields {
  const deploymentId = optString(input, 'deploymentId') ?? reqString(stored, 'deploymentId');
  const accessLog = at(stored, 'accessLogSettings');
  return fields({
    rest_api_id: text(restApiId),
    stage_name: text(stageName),
    deployment_id: text(deploymentId),
    description: maybeText(optString(input, 'description')),
    cache_cluster_enabled: optBool(input, 'cacheClusterEnabled') === true ? flag(true) : undefined,
    cache_cluster_size: optBool(input, 'cacheClusterEnabled') === true ? maybeText(optString(input, 'cacheClusterSize')) : undefined,
    xray_tracing_enabled: optBool(input, 'tracingEnabled') === true ? flag(true) : undefined,
    documentation_version: maybeText(optString(input, 'documentationVersion')),
    variables: textMap(at(input, 'variables')),
    tags: textMap(at(input, 'tags')),
    access_log_settings: isObject(accessLog) && optString(accessLog, 'destinationArn')
      ? blocks({ destination_arn: text(reqString(accessLog, 'destinationArn')), format: text(optString(accessLog, 'format') ?? '') })
      : undefined,
  });
}

function putV1Stage(ctx: FoldContext, restApiId: string, stageName: string, f: Fields): ResourceDraft {
  const id = `${restApiId}/${stageName}`;
  return ctx.put(STAGE, id, { nameHint: `${apiName(ctx, REST_API, restApiId)} ${stageName}`, fields: f, exports: { id: stageName } });
}

/**
 * A REST API authorizer. Its type, identity source and TTL are written even when they are the provider's
 * defaults (TOKEN, method.request.header.Authorization, 300; authorizer.go) so the block reads as AWS has it.
 */
function v1AuthorizerFields(restApiId: string, source: JsonValue): Fields {
  return fields({
    rest_api_id: text(restApiId),
    name: text(reqString(source, 'name')),
    type: maybeText(optString(source, 'type')),
    identity_source: maybeText(optString(source, 'identitySource')),
    identity_validation_expression: maybeText(optString(source, 'identityValidationExpression')),
    authorizer_uri: maybeText(optString(source, 'authorizerUri')),
    authorizer_credentials: maybeText(optString(source, 'authorizerCredentials')),
    authorizer_result_ttl_in_seconds: maybeNumber(optNumber(source, 'authorizerResultTtlInSeconds')),
    provider_arns: nonEmptyStrings(source, 'providerARNs'),
  });
}

/** Method and integration responses: `REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE` (their import IDs). */
function responseKey(event: MapperEvent) {
  const restApiId = reqString(event.request, 'restApiId');
  const resourceId = reqString(event.request, 'resourceId');
  const httpMethod = reqString(event.request, 'httpMethod');
  const statusCode = reqString(event.request, 'statusCode');
  return { restApiId, resourceId, httpMethod, statusCode, id: `${restApiId}/${resourceId}/${httpMethod}/${statusCode}` };
}

const v1: Record<string, EventHandler> = {
  CreateRestApi(event, ctx) {
    const id = reqString(event.response, 'id');
    const input = body(event, 'createRestApiInput');
    const name = reqString(input, 'name');
    const endpoint = at(event.response, 'endpointConfiguration') ?? at(input, 'endpointConfiguration');
    const types = stringList(endpoint, 'types');
    const rootId = optString(event.response, 'rootResourceId');
    ctx.create(REST_API, id, {
      nameHint: name,
      fields: fields({
        name: text(name),
        description: maybeText(optString(input, 'description')),
        api_key_source: maybeText(optString(input, 'apiKeySource')),
        binary_media_types: nonEmptyStrings(input, 'binaryMediaTypes'),
        minimum_compression_size: maybeText(optString(input, 'minimumCompressionSize')),
        disable_execute_api_endpoint: optBool(input, 'disableExecuteApiEndpoint') === true ? flag(true) : undefined,
        endpoint_configuration: types.length > 0
          ? blocks(fields({ types: strings(types), vpc_endpoint_ids: nonEmptyStrings(endpoint, 'vpcEndpointIds') }))
          : undefined,
        tags: textMap(at(input, 'tags')),
      }),
      exports: { id, arn: restApiArn(event, id), ...(rootId ? { root_resource_id: rootId } : {}) },
    });
  },
  UpdateRestApi(event, ctx) {
    const api = changeRestApi(event, ctx, reqString(event.request, 'restApiId'));
    const unknown = applyPatches(api, patches(event, 'updateRestApiInput'), {
      '/name': 'string',
      '/description': 'string',
      '/apiKeySource': 'string',
      '/disableExecuteApiEndpoint': 'bool',
    });
    notePatches(api, event, unknown);
  },
  DeleteRestApi(event, ctx) {
    const id = reqString(event.request, 'restApiId');
    removeChildren(ctx, V1_CHILDREN, id);
    ctx.remove(REST_API, id);
  },
  CreateResource(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const resourceId = reqString(event.response, 'id');
    const input = body(event, 'createResourceInput');
    const path = optString(event.response, 'path');
    const id = `${restApiId}/${resourceId}`;
    ctx.create(RESOURCE, id, {
      nameHint: `${apiName(ctx, REST_API, restApiId)} ${path ?? reqString(input, 'pathPart')}`,
      fields: {
        rest_api_id: text(restApiId),
        parent_id: text(optString(event.request, 'parentId') ?? reqString(event.response, 'parentId')),
        path_part: text(optString(input, 'pathPart') ?? reqString(event.response, 'pathPart')),
      },
      exports: { id: resourceId },
    });
  },
  DeleteResource(event, ctx) {
    const id = `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}`;
    removeChildren(ctx, [METHOD, INTEGRATION, METHOD_RESPONSE, INTEGRATION_RESPONSE], id);
    ctx.remove(RESOURCE, id);
  },
  PutMethod(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const resourceId = reqString(event.request, 'resourceId');
    const httpMethod = reqString(event.request, 'httpMethod');
    const id = `${restApiId}/${resourceId}/${httpMethod}`;
    const path = ctx.find(RESOURCE, `${restApiId}/${resourceId}`)?.nameHint ?? apiName(ctx, REST_API, restApiId);
    ctx.put(METHOD, id, { nameHint: `${path} ${httpMethod}`, fields: methodFields(restApiId, resourceId, httpMethod, body(event, 'putMethodInput')) });
  },
  UpdateMethod(event, ctx) {
    const id = `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'httpMethod')}`;
    const method = ctx.change(METHOD, id, { nameHint: id });
    const unknown = applyPatches(method, patches(event, 'updateMethodInput'), {
      '/authorizationType': 'string',
      '/authorizerId': 'string',
      '/apiKeyRequired': 'bool',
      '/operationName': 'string',
      '/requestValidatorId': 'string',
    });
    notePatches(method, event, unknown);
  },
  DeleteMethod(event, ctx) {
    const id = `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'httpMethod')}`;
    removeChildren(ctx, [METHOD_RESPONSE, INTEGRATION_RESPONSE], id);
    ctx.remove(INTEGRATION, id);
    ctx.remove(METHOD, id);
  },
  PutIntegration(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const resourceId = reqString(event.request, 'resourceId');
    const httpMethod = reqString(event.request, 'httpMethod');
    const id = `${restApiId}/${resourceId}/${httpMethod}`;
    const method = ctx.find(METHOD, id);
    ctx.put(INTEGRATION, id, {
      nameHint: method?.nameHint ?? id,
      fields: integrationFields(restApiId, resourceId, httpMethod, body(event, 'putIntegrationInput'), event.response),
    });
  },
  CreateDeployment(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const deploymentId = reqString(event.response, 'id');
    const input = body(event, 'createDeploymentInput');
    const id = `${restApiId}/${deploymentId}`;
    ctx.create(DEPLOYMENT, id, {
      nameHint: `${apiName(ctx, REST_API, restApiId)} ${optString(input, 'stageName') ?? deploymentId}`,
      fields: fields({ rest_api_id: text(restApiId), description: maybeText(optString(input, 'description')) }),
      exports: { id: deploymentId },
    });
    // Deploying to a stage name creates or updates that stage (the console's "Deploy API").
    const stageName = optString(input, 'stageName');
    if (stageName !== undefined) {
      const existing = ctx.find(STAGE, `${restApiId}/${stageName}`);
      const f: Fields = existing
        ? { ...existing.fields, deployment_id: text(deploymentId) }
        : fields({
            rest_api_id: text(restApiId),
            stage_name: text(stageName),
            deployment_id: text(deploymentId),
            description: maybeText(optString(input, 'stageDescription')),
            variables: textMap(at(input, 'variables')),
            xray_tracing_enabled: optBool(input, 'tracingEnabled') === true ? flag(true) : undefined,
          });
      putV1Stage(ctx, restApiId, stageName, f);
    }
  },
  CreateStage(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const input = body(event, 'createStageInput');
    const stageName = reqString(input, 'stageName');
    putV1Stage(ctx, restApiId, stageName, v1StageFields(restApiId, stageName, input, event.response));
  },
  UpdateStage(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const stageName = reqString(event.request, 'stageName');
    const id = `${restApiId}/${stageName}`;
    const stage = ctx.change(STAGE, id, { nameHint: `${apiName(ctx, REST_API, restApiId)} ${stageName}`, exports: { id: stageName } });
    const ops = patches(event, 'updateStageInput');
    const unknown = applyPatches(stage, ops, {
      '/deploymentId': 'string',
      '/description': 'string',
      '/tracingEnabled': 'bool',
      '/cacheClusterEnabled': 'bool',
      '/cacheClusterSize': 'string',
      '/clientCertificateId': 'string',
      '/documentationVersion': 'string',
    });
    // Stage variables are patched one by one (`/variables/name`).
    const variables: Record<string, string> = {};
    const current = stage.fields.variables;
    if (current && current.kind === 'object') for (const [k, v] of current.entries) if (v.kind === 'string') variables[k] = v.value;
    const rest: string[] = [];
    for (const path of unknown) {
      const name = /^\/variables\/(.+)$/.exec(path)?.[1];
      if (name === undefined) {
        rest.push(path);
        continue;
      }
      const value = ops.get(path);
      if (value === undefined) delete variables[name];
      else variables[name] = value;
    }
    if (Object.keys(variables).length > 0) stage.fields.variables = stringMap(variables);
    else delete stage.fields.variables;
    notePatches(stage, event, rest);
  },
  DeleteStage(event, ctx) {
    ctx.remove(STAGE, `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'stageName')}`);
  },
  DeleteDeployment(event, ctx) {
    ctx.remove(DEPLOYMENT, `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'deploymentId')}`);
  },
  DeleteIntegration(event, ctx) {
    const id = `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'httpMethod')}`;
    removeChildren(ctx, [INTEGRATION_RESPONSE], id);
    ctx.remove(INTEGRATION, id);
  },
  CreateAuthorizer(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const authorizerId = reqString(event.response, 'id');
    const input = body(event, 'createAuthorizerInput');
    const source = { ...(isObject(input) ? input : {}), ...event.response };
    const id = `${restApiId}/${authorizerId}`;
    ctx.create(AUTHORIZER, id, {
      nameHint: `${apiName(ctx, REST_API, restApiId)} ${reqString(source, 'name')}`,
      fields: v1AuthorizerFields(restApiId, source),
      exports: { id: authorizerId },
    });
  },
  UpdateAuthorizer(event, ctx) {
    const restApiId = reqString(event.request, 'restApiId');
    const authorizerId = reqString(event.request, 'authorizerId');
    const id = `${restApiId}/${authorizerId}`;
    const draft = ctx.change(AUTHORIZER, id, { exports: { id: authorizerId } });
    // The response is the whole updated authorizer; without it only the patched paths are known.
    if (optString(event.response, 'name') !== undefined) {
      draft.fields = v1AuthorizerFields(restApiId, event.response);
      return;
    }
    notePatches(draft, event, [...patches(event, 'updateAuthorizerInput').keys()]);
  },
  DeleteAuthorizer(event, ctx) {
    ctx.remove(AUTHORIZER, `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'authorizerId')}`);
  },
  PutMethodResponse(event, ctx) {
    const { restApiId, resourceId, httpMethod, statusCode, id } = responseKey(event);
    const input = body(event, 'putMethodResponseInput');
    const params = at(input, 'responseParameters');
    const flags: Record<string, boolean> = {};
    if (isObject(params)) for (const k of Object.keys(params)) flags[k] = optBool(params, k) ?? false;
    ctx.put(METHOD_RESPONSE, id, {
      nameHint: `${ctx.find(METHOD, `${restApiId}/${resourceId}/${httpMethod}`)?.nameHint ?? id} ${statusCode}`,
      fields: fields({
        rest_api_id: text(restApiId),
        resource_id: text(resourceId),
        http_method: text(httpMethod),
        status_code: text(statusCode),
        response_models: textMap(at(input, 'responseModels')),
        response_parameters: Object.keys(flags).length > 0 ? flagMap(flags) : undefined,
      }),
    });
  },
  DeleteMethodResponse(event, ctx) {
    ctx.remove(METHOD_RESPONSE, responseKey(event).id);
  },
  PutIntegrationResponse(event, ctx) {
    const { restApiId, resourceId, httpMethod, statusCode, id } = responseKey(event);
    const input = body(event, 'putIntegrationResponseInput');
    ctx.put(INTEGRATION_RESPONSE, id, {
      nameHint: `${ctx.find(METHOD, `${restApiId}/${resourceId}/${httpMethod}`)?.nameHint ?? id} ${statusCode}`,
      fields: fields({
        rest_api_id: text(restApiId),
        resource_id: text(resourceId),
        http_method: text(httpMethod),
        status_code: text(statusCode),
        selection_pattern: maybeText(optString(input, 'selectionPattern')),
        content_handling: maybeText(optString(input, 'contentHandling')),
        response_templates: templateMap(at(event.response, 'responseTemplates') ?? at(input, 'responseTemplates')),
        response_parameters: textMap(at(input, 'responseParameters')),
      }),
    });
  },
  DeleteIntegrationResponse(event, ctx) {
    ctx.remove(INTEGRATION_RESPONSE, responseKey(event).id);
  },
  UpdateIntegration(event, ctx) {
    const id = `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'httpMethod')}`;
    const integration = ctx.change(INTEGRATION, id, { nameHint: id });
    const unknown = applyPatches(integration, patches(event, 'updateIntegrationInput'), {
      '/uri': 'string',
      '/httpMethod': 'string',
      '/credentials': 'string',
      '/passthroughBehavior': 'string',
      '/contentHandling': 'string',
      '/connectionType': 'string',
      '/connectionId': 'string',
    });
    notePatches(integration, event, unknown);
  },
};

// ---------------------------------------------------------------- v2: HTTP and WebSocket APIs

function apiFields(source: JsonValue, request: JsonValue): Fields {
  const pick = (key: string) => optString(source, key) ?? optString(request, key);
  const cors = at(source, 'corsConfiguration') ?? at(request, 'corsConfiguration');
  return fields({
    name: text(pick('name') ?? reqString(request, 'name')),
    protocol_type: text(pick('protocolType') ?? reqString(request, 'protocolType')),
    description: maybeText(pick('description')),
    version: maybeText(pick('version')),
    route_selection_expression: maybeText(pick('routeSelectionExpression')),
    api_key_selection_expression: maybeText(pick('apiKeySelectionExpression')),
    disable_execute_api_endpoint: (optBool(source, 'disableExecuteApiEndpoint') ?? optBool(request, 'disableExecuteApiEndpoint')) === true ? flag(true) : undefined,
    cors_configuration: isObject(cors)
      ? blocks(
          fields({
            allow_credentials: maybeFlag(optBool(cors, 'allowCredentials')),
            allow_headers: nonEmptyStrings(cors, 'allowHeaders'),
            allow_methods: nonEmptyStrings(cors, 'allowMethods'),
            allow_origins: nonEmptyStrings(cors, 'allowOrigins'),
            expose_headers: nonEmptyStrings(cors, 'exposeHeaders'),
            max_age: maybeNumber(optNumber(cors, 'maxAge')),
          }),
        )
      : undefined,
  });
}

function v2StageFields(apiId: string, source: JsonValue): Fields {
  const autoDeploy = optBool(source, 'autoDeploy');
  const accessLog = at(source, 'accessLogSettings');
  const route = at(source, 'defaultRouteSettings');
  return fields({
    api_id: text(apiId),
    name: text(reqString(source, 'stageName')),
    auto_deploy: autoDeploy === true ? flag(true) : undefined,
    // With auto-deploy, API Gateway replaces the deployment on every change: leave it computed.
    deployment_id: autoDeploy === true ? undefined : maybeText(optString(source, 'deploymentId')),
    description: maybeText(optString(source, 'description')),
    client_certificate_id: maybeText(optString(source, 'clientCertificateId')),
    stage_variables: textMap(at(source, 'stageVariables')),
    access_log_settings: isObject(accessLog) && optString(accessLog, 'destinationArn')
      ? blocks({ destination_arn: text(reqString(accessLog, 'destinationArn')), format: text(optString(accessLog, 'format') ?? '') })
      : undefined,
    default_route_settings: isObject(route) && Object.keys(route).length > 0
      ? blocks(
          fields({
            data_trace_enabled: maybeFlag(optBool(route, 'dataTraceEnabled')),
            detailed_metrics_enabled: maybeFlag(optBool(route, 'detailedMetricsEnabled')),
            logging_level: maybeText(optString(route, 'loggingLevel')),
            throttling_burst_limit: maybeNumber(optNumber(route, 'throttlingBurstLimit')),
            throttling_rate_limit: maybeNumber(optNumber(route, 'throttlingRateLimit')),
          }),
        )
      : undefined,
    tags: tagsField(readTags(at(source, 'tags'))),
  });
}

function routeFields(apiId: string, source: JsonValue): Fields {
  return fields({
    api_id: text(apiId),
    route_key: text(reqString(source, 'routeKey')),
    target: maybeText(optString(source, 'target')),
    authorization_type: maybeText(optString(source, 'authorizationType')),
    authorizer_id: maybeText(optString(source, 'authorizerId')),
    authorization_scopes: nonEmptyStrings(source, 'authorizationScopes'),
    api_key_required: maybeFlag(optBool(source, 'apiKeyRequired')),
    operation_name: maybeText(optString(source, 'operationName')),
    model_selection_expression: maybeText(optString(source, 'modelSelectionExpression')),
    route_response_selection_expression: maybeText(optString(source, 'routeResponseSelectionExpression')),
    request_models: textMap(at(source, 'requestModels')),
  });
}

function v2IntegrationFields(apiId: string, source: JsonValue): Fields {
  return fields({
    api_id: text(apiId),
    integration_type: text(reqString(source, 'integrationType')),
    integration_uri: maybeText(optString(source, 'integrationUri')),
    integration_method: maybeText(optString(source, 'integrationMethod')),
    integration_subtype: maybeText(optString(source, 'integrationSubtype')),
    payload_format_version: maybeText(optString(source, 'payloadFormatVersion')),
    connection_type: maybeText(optString(source, 'connectionType')),
    connection_id: maybeText(optString(source, 'connectionId')),
    credentials_arn: maybeText(optString(source, 'credentialsArn')),
    description: maybeText(optString(source, 'description')),
    passthrough_behavior: maybeText(optString(source, 'passthroughBehavior')),
    content_handling_strategy: maybeText(optString(source, 'contentHandlingStrategy')),
    template_selection_expression: maybeText(optString(source, 'templateSelectionExpression')),
    timeout_milliseconds: maybeNumber(optNumber(source, 'timeoutInMillis')),
    request_parameters: textMap(at(source, 'requestParameters')),
    request_templates: textMap(at(source, 'requestTemplates')),
  });
}

/** The stored object: the response when it has `key` (v2 responses echo the resource), else the request. */
const stored = (event: MapperEvent, key: string): JsonValue => (optString(event.response, key) !== undefined ? { ...event.request, ...event.response } : event.request);

function v2AuthorizerFields(apiId: string, source: JsonValue): Fields {
  const jwt = at(source, 'jwtConfiguration');
  return fields({
    api_id: text(apiId),
    name: text(reqString(source, 'name')),
    authorizer_type: text(reqString(source, 'authorizerType')),
    identity_sources: nonEmptyStrings(source, 'identitySource'),
    authorizer_uri: maybeText(optString(source, 'authorizerUri')),
    authorizer_credentials_arn: maybeText(optString(source, 'authorizerCredentialsArn')),
    authorizer_payload_format_version: maybeText(optString(source, 'authorizerPayloadFormatVersion')),
    authorizer_result_ttl_in_seconds: maybeNumber(optNumber(source, 'authorizerResultTtlInSeconds')),
    enable_simple_responses: maybeFlag(optBool(source, 'enableSimpleResponses')),
    jwt_configuration: isObject(jwt)
      ? blocks(fields({ audience: nonEmptyStrings(jwt, 'audience'), issuer: maybeText(optString(jwt, 'issuer')) }))
      : undefined,
  });
}

const v2: Record<string, EventHandler> = {
  CreateApi(event, ctx) {
    const id = reqString(event.response, 'apiId');
    const source = { ...event.request, ...event.response };
    const draft = ctx.create(API, id, {
      nameHint: reqString(source, 'name'),
      fields: { ...apiFields(source, event.request), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
      exports: { id, arn: buildArn(event, 'apigateway', `/apis/${id}`, 'region-only') },
    });
    if (optString(event.request, 'target') !== undefined) {
      // Quick create: API Gateway also made a $default route, integration and stage that cannot be imported
      // (aws_apigatewayv2_stage and _integration docs: quick-create resources are not importable).
      draft.note('Created with quick create (target): its $default route, integration and stage were made by API Gateway and are not in this manifest.');
    }
  },
  UpdateApi(event, ctx) {
    const id = reqString(event.request, 'apiId');
    const draft = ctx.change(API, id, { nameHint: optString(event.response, 'name') ?? id, exports: { id } });
    const source = { ...event.request, ...event.response };
    const tags = draft.fields.tags;
    draft.fields = { ...draft.fields, ...apiFields(source, event.request) };
    if (tags) draft.fields.tags = tags;
  },
  DeleteApi(event, ctx) {
    const id = reqString(event.request, 'apiId');
    removeChildren(ctx, V2_CHILDREN, id);
    ctx.remove(API, id);
  },
  CreateStage(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const source = stored(event, 'stageName');
    const stageName = reqString(source, 'stageName');
    const id = `${apiId}/${stageName}`;
    ctx.put(V2_STAGE, id, { nameHint: `${apiName(ctx, API, apiId)} ${stageName}`, fields: v2StageFields(apiId, source), exports: { id } });
  },
  UpdateStage(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const stageName = reqString(event.request, 'stageName');
    const id = `${apiId}/${stageName}`;
    const draft = ctx.change(V2_STAGE, id, { nameHint: `${apiName(ctx, API, apiId)} ${stageName}`, exports: { id } });
    const tags = draft.fields.tags;
    draft.fields = { ...draft.fields, ...v2StageFields(apiId, stored(event, 'stageName')) };
    if (tags) draft.fields.tags = tags;
  },
  DeleteStage(event, ctx) {
    ctx.remove(V2_STAGE, `${reqString(event.request, 'apiId')}/${reqString(event.request, 'stageName')}`);
  },
  CreateRoute(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const routeId = reqString(event.response, 'routeId');
    const source = { ...event.request, ...event.response };
    const id = `${apiId}/${routeId}`;
    ctx.create(ROUTE, id, { nameHint: `${apiName(ctx, API, apiId)} ${reqString(source, 'routeKey')}`, fields: routeFields(apiId, source), exports: { id: routeId } });
  },
  UpdateRoute(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const routeId = reqString(event.request, 'routeId');
    const id = `${apiId}/${routeId}`;
    const draft = ctx.change(ROUTE, id, { exports: { id: routeId } });
    // The response echoes the whole route; without it only the members the request names are known.
    const source = { ...event.request, ...event.response };
    if (optString(source, 'routeKey') !== undefined) draft.fields = { ...draft.fields, ...routeFields(apiId, source) };
  },
  DeleteRoute(event, ctx) {
    ctx.remove(ROUTE, `${reqString(event.request, 'apiId')}/${reqString(event.request, 'routeId')}`);
  },
  CreateIntegration(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const integrationId = reqString(event.response, 'integrationId');
    const id = `${apiId}/${integrationId}`;
    const source = { ...event.request, ...event.response };
    ctx.create(V2_INTEGRATION, id, {
      nameHint: `${apiName(ctx, API, apiId)} ${optString(source, 'integrationType') ?? 'integration'}`,
      fields: v2IntegrationFields(apiId, source),
      exports: { id: integrationId },
    });
  },
  UpdateIntegration(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const integrationId = reqString(event.request, 'integrationId');
    const id = `${apiId}/${integrationId}`;
    const draft = ctx.change(V2_INTEGRATION, id, { exports: { id: integrationId } });
    const source = { ...event.request, ...event.response };
    if (optString(source, 'integrationType') !== undefined) draft.fields = { ...draft.fields, ...v2IntegrationFields(apiId, source) };
  },
  DeleteIntegration(event, ctx) {
    ctx.remove(V2_INTEGRATION, `${reqString(event.request, 'apiId')}/${reqString(event.request, 'integrationId')}`);
  },
  CreateAuthorizer(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const authorizerId = reqString(event.response, 'authorizerId');
    const source = { ...event.request, ...event.response };
    const id = `${apiId}/${authorizerId}`;
    ctx.create(V2_AUTHORIZER, id, {
      nameHint: `${apiName(ctx, API, apiId)} ${reqString(source, 'name')}`,
      fields: v2AuthorizerFields(apiId, source),
      exports: { id: authorizerId },
    });
  },
  UpdateAuthorizer(event, ctx) {
    const apiId = reqString(event.request, 'apiId');
    const authorizerId = reqString(event.request, 'authorizerId');
    const id = `${apiId}/${authorizerId}`;
    const draft = ctx.change(V2_AUTHORIZER, id, { exports: { id: authorizerId } });
    const source = { ...event.request, ...event.response };
    if (optString(source, 'name') !== undefined && optString(source, 'authorizerType') !== undefined) draft.fields = v2AuthorizerFields(apiId, source);
  },
  DeleteAuthorizer(event, ctx) {
    ctx.remove(V2_AUTHORIZER, `${reqString(event.request, 'apiId')}/${reqString(event.request, 'authorizerId')}`);
  },
};

// ---------------------------------------------------------------- tags (both versions, by ARN)

/** `arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod` → the resource it names, if mapped. */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
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
const either = (name: string): EventHandler => (event, ctx) => {
  const handler = isV1(event) ? v1[name] : v2[name];
  if (!handler) throw new MalformedRecordError(`${name} names neither restApiId nor apiId`);
  handler(event, ctx);
};

export const apigateway: ServiceMapper = {
  service: 'apigateway',
  eventSource: 'apigateway.amazonaws.com',
  resources: [
    {
      type: REST_API,
      required: ['name'],
      events: ['CreateRestApi', 'UpdateRestApi', 'DeleteRestApi', 'TagResource', 'UntagResource'],
    },
    {
      type: RESOURCE,
      required: ['parent_id', 'path_part', 'rest_api_id'],
      references: { rest_api_id: [REST_API], parent_id: [RESOURCE, REST_API] },
      events: ['CreateResource', 'DeleteResource'],
    },
    {
      type: METHOD,
      required: ['authorization', 'http_method', 'resource_id', 'rest_api_id'],
      references: { rest_api_id: [REST_API], resource_id: [RESOURCE, REST_API], authorizer_id: [AUTHORIZER] },
      events: ['PutMethod', 'UpdateMethod', 'DeleteMethod'],
    },
    {
      type: INTEGRATION,
      required: ['http_method', 'resource_id', 'rest_api_id', 'type'],
      references: { rest_api_id: [REST_API], resource_id: [RESOURCE, REST_API], credentials: ['aws_iam_role'], uri: ['aws_lambda_function'] },
      events: ['PutIntegration', 'UpdateIntegration', 'DeleteIntegration'],
    },
    {
      type: METHOD_RESPONSE,
      required: ['http_method', 'resource_id', 'rest_api_id', 'status_code'],
      references: { rest_api_id: [REST_API], resource_id: [RESOURCE, REST_API] },
      events: ['PutMethodResponse', 'DeleteMethodResponse'],
    },
    {
      type: INTEGRATION_RESPONSE,
      required: ['http_method', 'resource_id', 'rest_api_id', 'status_code'],
      references: { rest_api_id: [REST_API], resource_id: [RESOURCE, REST_API] },
      events: ['PutIntegrationResponse', 'DeleteIntegrationResponse'],
    },
    {
      type: AUTHORIZER,
      required: ['name', 'rest_api_id'],
      references: { rest_api_id: [REST_API], provider_arns: ['aws_cognito_user_pool'], authorizer_credentials: ['aws_iam_role'] },
      events: ['CreateAuthorizer', 'UpdateAuthorizer', 'DeleteAuthorizer'],
    },
    {
      type: DEPLOYMENT,
      required: ['rest_api_id'],
      references: { rest_api_id: [REST_API] },
      events: ['CreateDeployment', 'DeleteDeployment'],
    },
    {
      type: STAGE,
      required: ['deployment_id', 'rest_api_id', 'stage_name'],
      references: { rest_api_id: [REST_API], deployment_id: [DEPLOYMENT], 'access_log_settings.destination_arn': ['aws_cloudwatch_log_group'] },
      events: ['CreateStage', 'UpdateStage', 'DeleteStage', 'CreateDeployment', 'TagResource', 'UntagResource'],
    },
    {
      type: API,
      required: ['name', 'protocol_type'],
      events: ['CreateApi', 'UpdateApi', 'DeleteApi', 'TagResource', 'UntagResource'],
    },
    {
      type: V2_STAGE,
      required: ['api_id', 'name'],
      references: { api_id: [API], 'access_log_settings.destination_arn': ['aws_cloudwatch_log_group'] },
      events: ['CreateStage', 'UpdateStage', 'DeleteStage', 'TagResource', 'UntagResource'],
    },
    {
      type: ROUTE,
      required: ['api_id', 'route_key'],
      references: { api_id: [API], authorizer_id: [V2_AUTHORIZER] },
      events: ['CreateRoute', 'UpdateRoute', 'DeleteRoute'],
    },
    {
      type: V2_AUTHORIZER,
      required: ['api_id', 'authorizer_type', 'name'],
      references: { api_id: [API], authorizer_credentials_arn: ['aws_iam_role'] },
      events: ['CreateAuthorizer', 'UpdateAuthorizer', 'DeleteAuthorizer'],
    },
    {
      type: V2_INTEGRATION,
      required: ['api_id', 'integration_type'],
      references: { api_id: [API], integration_uri: ['aws_lambda_function'], credentials_arn: ['aws_iam_role'] },
      events: ['CreateIntegration', 'UpdateIntegration', 'DeleteIntegration'],
    },
  ],
  events: mergeHandlers(tagResourceHandlers(taggedResource, { tags: ['tagResourceInput.tags', 'tags'] }), {
    ...v1,
    ...v2,
    CreateStage: either('CreateStage'),
    UpdateStage: either('UpdateStage'),
    DeleteStage: either('DeleteStage'),
    UpdateIntegration: either('UpdateIntegration'),
    CreateAuthorizer: either('CreateAuthorizer'),
    UpdateAuthorizer: either('UpdateAuthorizer'),
    DeleteAuthorizer: either('DeleteAuthorizer'),
    DeleteIntegration: either('DeleteIntegration'),
    CreateDeployment(event, ctx) {
      if (isV1(event)) v1.CreateDeployment!(event, ctx);
      else ctx.ignore('an HTTP API deployment: Trailform maps v2 stages, whose deployment_id it leaves to API Gateway');
    },
    DeleteDeployment(event, ctx) {
      if (isV1(event)) v1.DeleteDeployment!(event, ctx);
      else ctx.ignore('an HTTP API deployment: not mapped');
    },
  }),
};
