// API Gateway mapper part: HTTP and WebSocket APIs (v2) (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import { mergeHandlers, type EventHandler, type Fields, type MapperEvent } from '../mapper';
import { at, isObject, optBool, optNumber, optString, readTags, reqString } from '../read';
import { blocks, fields, flag, tagsField, text } from '../values';
import { buildArn } from '../arn';
import { API, ROUTE, V2_AUTHORIZER, V2_CHILDREN, V2_INTEGRATION, V2_STAGE } from './types';
import { maybeFlag, maybeNumber, maybeText, nonEmptyStrings, removeChildren, textMap } from './shared';
import { apiName } from './v1';

export function apiFields(source: JsonValue, request: JsonValue): Fields {
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

export function v2StageFields(apiId: string, source: JsonValue): Fields {
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

export function routeFields(apiId: string, source: JsonValue): Fields {
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

export function v2IntegrationFields(apiId: string, source: JsonValue): Fields {
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
export const stored = (event: MapperEvent, key: string): JsonValue => (optString(event.response, key) !== undefined ? { ...event.request, ...event.response } : event.request);

export function v2AuthorizerFields(apiId: string, source: JsonValue): Fields {
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

/** A v2 child (route, integration, authorizer): keyed `apiId/childId`, its import ID too. */
export interface V2Child {
  readonly type: string;
  /** The member holding the child's ID (in the create response, the update and delete requests). */
  readonly idKey: string;
  /** What the name hint adds after the API's name. */
  readonly label: (source: JsonValue) => string;
  readonly fields: (apiId: string, source: JsonValue) => Fields;
  /** Whether an update's request and response state the whole child (the response echoes it); else only its ID is known. */
  readonly complete: (source: JsonValue) => boolean;
  /** The update's fields replace the stored ones instead of merging into them. */
  readonly replace?: boolean;
}

/** `Create<Name>`, `Update<Name>` and `Delete<Name>` of a v2 child type. */
export function v2ChildHandlers(name: string, child: V2Child): Record<string, EventHandler> {
  return {
    [`Create${name}`](event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const childId = reqString(event.response, child.idKey);
      const source = { ...event.request, ...event.response };
      ctx.create(child.type, `${apiId}/${childId}`, {
        nameHint: `${apiName(ctx, API, apiId)} ${child.label(source)}`,
        fields: child.fields(apiId, source),
        exports: { id: childId },
      });
    },
    [`Update${name}`](event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const childId = reqString(event.request, child.idKey);
      const draft = ctx.change(child.type, `${apiId}/${childId}`, { exports: { id: childId } });
      const source = { ...event.request, ...event.response };
      if (!child.complete(source)) return;
      draft.fields = child.replace ? child.fields(apiId, source) : { ...draft.fields, ...child.fields(apiId, source) };
    },
    [`Delete${name}`](event, ctx) {
      ctx.remove(child.type, `${reqString(event.request, 'apiId')}/${reqString(event.request, child.idKey)}`);
    },
  };
}

export const v2 = mergeHandlers(
  {
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
      const draft = ctx.change(API, id, { nameHint: optString(event.response, 'name') ?? id });
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
  },
  v2ChildHandlers('Route', {
    type: ROUTE,
    idKey: 'routeId',
    label: (source) => reqString(source, 'routeKey'),
    fields: routeFields,
    complete: (source) => optString(source, 'routeKey') !== undefined,
  }),
  v2ChildHandlers('Integration', {
    type: V2_INTEGRATION,
    idKey: 'integrationId',
    label: (source) => optString(source, 'integrationType') ?? 'integration',
    fields: v2IntegrationFields,
    complete: (source) => optString(source, 'integrationType') !== undefined,
  }),
  v2ChildHandlers('Authorizer', {
    type: V2_AUTHORIZER,
    idKey: 'authorizerId',
    label: (source) => reqString(source, 'name'),
    fields: v2AuthorizerFields,
    complete: (source) => optString(source, 'name') !== undefined && optString(source, 'authorizerType') !== undefined,
    replace: true,
  }),
);
