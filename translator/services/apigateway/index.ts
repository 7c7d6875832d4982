// Amazon API Gateway, REST APIs (v1) and HTTP/WebSocket APIs (v2). Both log as apigateway.amazonaws.com,
// so one mapper serves both and tells them apart by event name and, for names both have (CreateStage,
// UpdateStage, DeleteStage, UpdateIntegration, DeleteIntegration, TagResource …), by request shape: v1
// names the API `restApiId`, v2 `apiId`.
// CloudTrail shape: v1 requests carry the path parameters at the top and the body wrapped as
// `<operation>Input` (`createStageInput`, `putIntegrationInput`), plus `template: false`; updates are
// `patchOperations`; responses are the resource with HAL link objects mixed in. v2 requests are the
// plain lowerCamel members. https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html

import { mergeHandlers, type ServiceMapper } from '../mapper';
import { taggingHandlers } from '../tagging';
import { API, AUTHORIZER, DEPLOYMENT, INTEGRATION, INTEGRATION_RESPONSE, METHOD, METHOD_RESPONSE, RESOURCE, REST_API, ROUTE, STAGE, V2_AUTHORIZER, V2_INTEGRATION, V2_STAGE } from './types';
import { isV1 } from './shared';
import { v1 } from './v1';
import { v2 } from './v2';
import { either, TAGGING, TAGGING_CALLS } from './tagging';

// `arn:aws:apigateway:REGION::/restapis/ID` (no account); `{api}` and `{stage}` are one segment each, so a
// stage's ARN is not taken for its API's.
const ARN = 'arn:{partition}:apigateway:{region}::';
const apiOf = ({ api }: Readonly<Record<string, string>>) => api!;
const stageOf = ({ api, stage }: Readonly<Record<string, string>>) => `${api}/${stage}`;

export const apigateway: ServiceMapper = {
  service: 'apigateway',
  eventSource: 'apigateway.amazonaws.com',
  resources: [
    {
      type: REST_API,
      identity: { arn: `${ARN}/restapis/{api}`, idFromArn: apiOf, segments: (api) => ({ api }), exports: ['id', 'arn'] },
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
      identity: { arn: `${ARN}/restapis/{api}/stages/{stage}`, idFromArn: stageOf },
      required: ['deployment_id', 'rest_api_id', 'stage_name'],
      references: { rest_api_id: [REST_API], deployment_id: [DEPLOYMENT], 'access_log_settings.destination_arn': ['aws_cloudwatch_log_group'] },
      events: ['CreateStage', 'UpdateStage', 'DeleteStage', 'CreateDeployment', 'TagResource', 'UntagResource'],
    },
    {
      type: API,
      identity: { arn: `${ARN}/apis/{api}`, idFromArn: apiOf, exports: ['id'] },
      required: ['name', 'protocol_type'],
      events: ['CreateApi', 'UpdateApi', 'DeleteApi', 'TagResource', 'UntagResource'],
    },
    {
      type: V2_STAGE,
      identity: { arn: `${ARN}/apis/{api}/stages/{stage}`, idFromArn: stageOf },
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
  events: mergeHandlers(taggingHandlers(() => apigateway.resources, TAGGING_CALLS, TAGGING), {
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
