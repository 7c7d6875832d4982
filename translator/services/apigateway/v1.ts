// API Gateway mapper part: REST APIs (v1) (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, optBool, optNumber, optString, reqString, stringList } from '../read';
import { blocks, fields, flag, flagMap, stringMap, strings, text } from '../values';
import { buildArn } from '../arn';
import { AUTHORIZER, DEPLOYMENT, INTEGRATION, INTEGRATION_RESPONSE, METHOD, METHOD_RESPONSE, RESOURCE, REST_API, STAGE, V1_CHILDREN } from './types';
import { applyPatches, body, maybeFlag, maybeNumber, maybeText, nonEmptyStrings, notePatches, patches, removeChildren, templateMap, textMap } from './shared';

export const restApiArn = (event: MapperEvent, id: string) => buildArn(event, 'apigateway', `/restapis/${id}`, 'region-only');

export function changeRestApi(ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(REST_API, id, {});
}

export function apiName(ctx: FoldContext, type: string, id: string): string {
  return ctx.find(type, id)?.nameHint ?? id;
}

export function methodFields(restApiId: string, resourceId: string, httpMethod: string, input: JsonValue): Fields {
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
export function integrationFields(restApiId: string, resourceId: string, httpMethod: string, input: JsonValue, stored: JsonValue): Fields {
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

export function v1StageFields(restApiId: string, stageName: string, input: JsonValue, stored: JsonValue): Fields {
  // The response is the stage as GetStage returns it: its deploymentId wins over the request's.
  const deploymentId = optString(stored, 'deploymentId') ?? reqString(input, 'deploymentId');
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

/** A stage is named after its API (`API-NAME STAGE`) and exports its name as `id`. */
export function changeV1Stage(ctx: FoldContext, restApiId: string, stageName: string): ResourceDraft {
  return ctx.change(STAGE, `${restApiId}/${stageName}`, { nameHint: `${apiName(ctx, REST_API, restApiId)} ${stageName}`, exports: { id: stageName } });
}

export function putV1Stage(ctx: FoldContext, restApiId: string, stageName: string, f: Fields): ResourceDraft {
  const id = `${restApiId}/${stageName}`;
  return ctx.put(STAGE, id, { nameHint: `${apiName(ctx, REST_API, restApiId)} ${stageName}`, fields: f, exports: { id: stageName } });
}

/**
 * A REST API authorizer. Its type, identity source and TTL are written even when they are the provider's
 * defaults (TOKEN, method.request.header.Authorization, 300; authorizer.go) so the block reads as AWS has it.
 */
export function v1AuthorizerFields(restApiId: string, source: JsonValue): Fields {
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
/** The import ID of a method and of its integration: `rest_api_id/resource_id/http_method`. */
function methodId(event: MapperEvent): string {
  return `${reqString(event.request, 'restApiId')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'httpMethod')}`;
}

export function responseKey(event: MapperEvent) {
  const restApiId = reqString(event.request, 'restApiId');
  const resourceId = reqString(event.request, 'resourceId');
  const httpMethod = reqString(event.request, 'httpMethod');
  const statusCode = reqString(event.request, 'statusCode');
  return { restApiId, resourceId, httpMethod, statusCode, id: `${restApiId}/${resourceId}/${httpMethod}/${statusCode}` };
}

export const v1: Record<string, EventHandler> = {
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
    const api = changeRestApi(ctx, reqString(event.request, 'restApiId'));
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
    const id = methodId(event);
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
    const id = methodId(event);
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
    const stage = changeV1Stage(ctx, restApiId, stageName);
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
    const id = methodId(event);
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
    const id = methodId(event);
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
