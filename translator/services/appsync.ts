// AWS AppSync GraphQL APIs, data sources and API keys.
// CloudTrail shape (REST-JSON protocol): the API members with a lower-case first letter
// (`authenticationType`, `userPoolConfig`, `logConfig`, `dynamodbConfig.tableName`); CreateGraphqlApi
// answers with `graphqlApi.apiId`, CreateApiKey with `apiKey` (`id`, `expires` in epoch seconds).
// UpdateGraphqlApi and UpdateDataSource restate the whole object (API reference), so they replace it.
// https://docs.aws.amazon.com/appsync/latest/devguide/cloudtrail-logging.html
// https://docs.aws.amazon.com/appsync/latest/APIReference/API_Operations.html
// Functions are mapped by their import block only (their code may be hidden).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flagAt, numberAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const API = 'aws_appsync_graphql_api';
const DATASOURCE = 'aws_appsync_datasource';
const API_KEY = 'aws_appsync_api_key';

// API members import as `API-ID<sep>MEMBER-ID`.
const inApi = (sep: string) => (id: string, e: MapperEvent) => `${optString(e.request, 'apiId') ?? ''}${sep}${id}`;

const TYPES = importOnlyTypes([
  { type: 'aws_appsync_function', create: 'CreateFunction', id: ['response.functionConfiguration.functionId'], importId: inApi('-') },
]);

const apiArn = (event: MapperEvent, id: string) => buildArn(event, 'appsync', `apis/${id}`);

/** Members of Create/UpdateGraphqlApi this mapper writes; any other leaves the API to the account. */
const API_MEMBERS = [
  'apiId', 'name', 'authenticationType', 'userPoolConfig', 'openIDConnectConfig', 'lambdaAuthorizerConfig', 'additionalAuthenticationProviders',
  'logConfig', 'xrayEnabled', 'visibility', 'apiType', 'mergedApiExecutionRoleArn', 'introspectionConfig', 'queryDepthLimit', 'resolverCountLimit', 'tags',
];

/** The authorisation settings a GraphQL API and each additional provider share. */
function authFields(source: JsonValue, additional: boolean): Fields {
  const pool = at(source, 'userPoolConfig');
  const oidc = at(source, 'openIDConnectConfig');
  const lambda = at(source, 'lambdaAuthorizerConfig');
  return fields({
    user_pool_config: isObject(pool)
      ? blocks(
          fields({
            user_pool_id: text(reqString(pool, 'userPoolId')),
            aws_region: textAt(pool, 'awsRegion'),
            app_id_client_regex: textAt(pool, 'appIdClientRegex'),
            // An additional provider has no default action (AdditionalAuthenticationProvider API reference).
            default_action: additional ? undefined : text(reqString(pool, 'defaultAction')),
          }),
        )
      : undefined,
    openid_connect_config: isObject(oidc)
      ? blocks(fields({ issuer: text(reqString(oidc, 'issuer')), client_id: textAt(oidc, 'clientId'), iat_ttl: numberAt(oidc, 'iatTTL'), auth_ttl: numberAt(oidc, 'authTTL') }))
      : undefined,
    lambda_authorizer_config: isObject(lambda)
      ? blocks(
          fields({
            authorizer_uri: text(reqString(lambda, 'authorizerUri')),
            authorizer_result_ttl_in_seconds: numberAt(lambda, 'authorizerResultTtlInSeconds'),
            identity_validation_expression: textAt(lambda, 'identityValidationExpression'),
          }),
        )
      : undefined,
  });
}

function apiFields(request: JsonValue): Fields {
  const log = at(request, 'logConfig');
  const extra = listAt(request, 'additionalAuthenticationProviders');
  return fields({
    name: text(reqString(request, 'name')),
    authentication_type: text(reqString(request, 'authenticationType')),
    api_type: textAt(request, 'apiType'),
    visibility: textAt(request, 'visibility'),
    xray_enabled: flagAt(request, 'xrayEnabled'),
    introspection_config: textAt(request, 'introspectionConfig'),
    query_depth_limit: numberAt(request, 'queryDepthLimit'),
    resolver_count_limit: numberAt(request, 'resolverCountLimit'),
    merged_api_execution_role_arn: textAt(request, 'mergedApiExecutionRoleArn'),
    ...authFields(request, false),
    log_config: isObject(log)
      ? blocks(fields({ cloudwatch_logs_role_arn: text(reqString(log, 'cloudWatchLogsRoleArn')), field_log_level: text(reqString(log, 'fieldLogLevel')), exclude_verbose_content: flagAt(log, 'excludeVerboseContent') }))
      : undefined,
    additional_authentication_provider:
      extra.length > 0 ? blocks(...extra.map((p) => ({ authentication_type: text(reqString(p, 'authenticationType')), ...authFields(p, true) }))) : undefined,
  });
}

/** The data source's settings; one block per source type (DataSource API reference). */
function dataSourceFields(request: JsonValue, apiId: string): Fields {
  const dynamo = at(request, 'dynamodbConfig');
  const lambda = at(request, 'lambdaConfig');
  const http = at(request, 'httpConfig');
  const search = at(request, 'openSearchServiceConfig');
  const bus = at(request, 'eventBridgeConfig');
  const unknown = ['elasticsearchConfig', 'relationalDatabaseConfig', 'metricsConfig'].filter((k) => at(request, k) !== undefined);
  if (unknown.length > 0) throw new UnmappedMember(unknown.join(', '));
  if (isObject(at(dynamo, 'deltaSyncConfig')) || isObject(at(http, 'authorizationConfig'))) throw new UnmappedMember('deltaSyncConfig / authorizationConfig');
  return fields({
    api_id: text(apiId),
    name: text(reqString(request, 'name')),
    type: text(reqString(request, 'type')),
    description: textAt(request, 'description'),
    service_role_arn: textAt(request, 'serviceRoleArn'),
    dynamodb_config: isObject(dynamo)
      ? blocks(fields({ table_name: text(reqString(dynamo, 'tableName')), region: textAt(dynamo, 'awsRegion'), use_caller_credentials: flagAt(dynamo, 'useCallerCredentials'), versioned: flagAt(dynamo, 'versioned') }))
      : undefined,
    lambda_config: isObject(lambda) ? blocks({ function_arn: text(reqString(lambda, 'lambdaFunctionArn')) }) : undefined,
    http_config: isObject(http) ? blocks({ endpoint: text(reqString(http, 'endpoint')) }) : undefined,
    opensearchservice_config: isObject(search) ? blocks(fields({ endpoint: text(reqString(search, 'endpoint')), region: textAt(search, 'awsRegion') })) : undefined,
    event_bridge_config: isObject(bus) ? blocks({ event_bus_arn: text(reqString(bus, 'eventBusArn')) }) : undefined,
  });
}

class UnmappedMember extends Error {}

/** `expires` in epoch seconds as the RFC 3339 time the provider holds. */
function expiresAt(value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value * 1000);
  if (Number.isNaN(date.getTime())) throw new MalformedRecordError('expires is not a time');
  return date.toISOString().replace('.000Z', 'Z');
}

const changeApi = (ctx: FoldContext, id: string): ResourceDraft => ctx.change(API, id, {});

/** Sets a data source's fields, or leaves it to the account when the record sets what is not mapped. */
function setDataSource(draft: ResourceDraft, event: MapperEvent, apiId: string): void {
  try {
    draft.fields = dataSourceFields(event.request, apiId);
  } catch (error) {
    if (!(error instanceof UnmappedMember)) throw error;
    draft.configFromAccount(`${event.eventName} set ${error.message}, which Trailform does not map yet`);
  }
}

export const appsync: ServiceMapper = {
  service: 'appsync',
  eventSource: 'appsync.amazonaws.com',
  resources: [
    {
      type: API,
      // `{api}`, not `{id}`: the ID is one segment, and the ARNs of an API's members (`apis/ID/…`) are not the API's.
      identity: { arn: 'arn:{partition}:appsync:{region}:{account}:apis/{api}', idFromArn: ({ api }) => api!, segments: (api) => ({ api }), exports: ['id', 'arn'] },
      required: ['authentication_type', 'name'],
      references: {
        'user_pool_config.user_pool_id': ['aws_cognito_user_pool'],
        'lambda_authorizer_config.authorizer_uri': ['aws_lambda_function'],
        'log_config.cloudwatch_logs_role_arn': ['aws_iam_role'],
        'additional_authentication_provider.user_pool_config.user_pool_id': ['aws_cognito_user_pool'],
      },
      events: ['CreateGraphqlApi', 'UpdateGraphqlApi', 'StartSchemaCreation', 'DeleteGraphqlApi', 'TagResource', 'UntagResource'],
    },
    {
      type: DATASOURCE,
      required: ['api_id', 'name', 'type'],
      references: {
        api_id: [API],
        service_role_arn: ['aws_iam_role'],
        'dynamodb_config.table_name': ['aws_dynamodb_table'],
        'lambda_config.function_arn': ['aws_lambda_function'],
      },
      events: ['CreateDataSource', 'UpdateDataSource', 'DeleteDataSource', 'DeleteGraphqlApi'],
    },
    {
      type: API_KEY,
      required: ['api_id'],
      references: { api_id: [API] },
      events: ['CreateApiKey', 'UpdateApiKey', 'DeleteApiKey', 'DeleteGraphqlApi'],
    },
    ...TYPES.resources,
  ],
  // TagResource / UntagResource name the API by ARN (`…:apis/<id>`).
  events: mergeHandlers(TYPES.events, taggingHandlers(() => appsync.resources, TAG_RESOURCE, { unmapped: (arn) => `tags ${arn}, an AppSync resource Trailform does not map` }), {
    CreateGraphqlApi(event, ctx) {
      const id = reqString(event.response, 'graphqlApi.apiId');
      const name = reqString(event.request, 'name');
      const draft = ctx.create(API, id, { nameHint: name, exports: { id, arn: optString(event.response, 'graphqlApi.arn') ?? apiArn(event, id) } });
      draft.fields = { ...apiFields(event.request), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) };
      const unknown = isObject(event.request) ? Object.keys(event.request).filter((k) => !API_MEMBERS.includes(k)) : [];
      if (unknown.length > 0) draft.configFromAccount(`CreateGraphqlApi set ${unknown.join(', ')}, which Trailform does not map yet`);
    },
    UpdateGraphqlApi(event, ctx) {
      const id = reqString(event.request, 'apiId');
      const draft = changeApi(ctx, id);
      // The update restates the API except what is set once (api type, visibility), its tags and schema.
      const kept = Object.fromEntries(['tags', 'schema', 'api_type', 'visibility'].flatMap((k) => (draft.fields[k] ? [[k, draft.fields[k]!]] : [])));
      draft.fields = { ...apiFields(event.request), ...kept };
    },
    StartSchemaCreation(event, ctx) {
      const draft = changeApi(ctx, reqString(event.request, 'apiId'));
      const definition = reqString(event.request, 'definition');
      // The provider never reads the schema back (graphql_api doc), so a hidden one is simply left out.
      if (/^HIDDEN_/.test(definition)) return;
      draft.fields.schema = text(Buffer.from(definition, 'base64').toString('utf8'));
      // Read never sets it (internal/service/appsync/graphql_api.go), so after import the state has none and the
      // first plan would upload the same schema again.
      draft.ignoreChanges('schema', 'the provider never reads the schema back (internal/service/appsync/graphql_api.go), so the import leaves it unset and the first plan would upload it again');
      if (!draft.created) draft.sessionChange('replaced its schema');
    },
    DeleteGraphqlApi(event, ctx) {
      const id = reqString(event.request, 'apiId');
      for (const [type, sep] of [[DATASOURCE, '-'], [API_KEY, ':']] as const) {
        for (const member of ctx.allWithIdPrefix(type, `${id}${sep}`)) ctx.remove(type, member.id);
      }
      ctx.remove(API, id);
    },
    CreateDataSource(event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const name = reqString(event.request, 'name');
      const id = `${apiId}-${name}`;
      const draft = ctx.create(DATASOURCE, id, { nameHint: name, exports: { id, name, arn: optString(event.response, 'dataSource.dataSourceArn') ?? buildArn(event, 'appsync', `apis/${apiId}/datasources/${name}`) } });
      setDataSource(draft, event, apiId);
    },
    UpdateDataSource(event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const name = reqString(event.request, 'name');
      const id = `${apiId}-${name}`;
      const draft = ctx.change(DATASOURCE, id, { nameHint: name, exports: { id, name } });
      setDataSource(draft, event, apiId);
    },
    DeleteDataSource(event, ctx) {
      ctx.remove(DATASOURCE, `${reqString(event.request, 'apiId')}-${reqString(event.request, 'name')}`);
    },
    CreateApiKey(event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const keyId = reqString(event.response, 'apiKey.id');
      const id = `${apiId}:${keyId}`;
      // AWS sets a 7-day expiry when the request names none; the response shows the one it set.
      const expires = expiresAt(optNumber(event.response, 'apiKey.expires') ?? optNumber(event.request, 'expires'));
      ctx.create(API_KEY, id, {
        nameHint: optString(event.request, 'description') ?? 'api_key',
        fields: fields({ api_id: text(apiId), description: textAt(event.request, 'description'), expires: expires === undefined ? undefined : text(expires) }),
        exports: { id },
      });
    },
    UpdateApiKey(event, ctx) {
      const apiId = reqString(event.request, 'apiId');
      const id = `${apiId}:${reqString(event.request, 'id')}`;
      const draft = ctx.change(API_KEY, id, { nameHint: 'api_key', fields: { api_id: text(apiId) }, exports: { id } });
      const description = textAt(event.request, 'description');
      const expires = expiresAt(optNumber(event.response, 'apiKey.expires') ?? optNumber(event.request, 'expires'));
      if (description) draft.fields.description = description;
      if (expires !== undefined) draft.fields.expires = text(expires);
    },
    DeleteApiKey(event, ctx) {
      ctx.remove(API_KEY, `${reqString(event.request, 'apiId')}:${reqString(event.request, 'id')}`);
    },
  }),
};
