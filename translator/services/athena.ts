// Amazon Athena workgroups, named queries, prepared statements and data catalogs.
// CloudTrail shape (JSON protocol): the API members with a lower-case first letter (`name`, `configuration:
// {resultConfiguration: {outputLocation, encryptionConfiguration: {encryptionOption, kmsKey}}, …}`, `workGroup`,
// `queryString`), tags `[{key, value}]`; CreateNamedQuery answers `{namedQueryId}`.
// https://docs.aws.amazon.com/athena/latest/ug/monitor-with-cloudtrail.html
// API members: https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateWorkGroup.html, API_UpdateWorkGroup.html,
// API_CreateNamedQuery.html, API_CreateDataCatalog.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, numberAt, stringMap, tagsField, text, textAt } from './values';

const WORKGROUP = 'aws_athena_workgroup';
const NAMED_QUERY = 'aws_athena_named_query';
const DATA_CATALOG = 'aws_athena_data_catalog';

const PREPARED_STATEMENT = 'aws_athena_prepared_statement';

function objectAt(source: JsonValue | undefined, path: string): JsonValue | undefined {
  const value = at(source, path);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${path} should be an object`);
  return value;
}

const ARN = 'arn:{partition}:athena:{region}:{account}';

/** A flag argument that is left out when it equals the provider's default. */
const flagUnlessDefault = (source: JsonValue | undefined, member: string, providerDefault: boolean) => {
  const value = optBool(source, member);
  return value === undefined || value === providerDefault ? undefined : flag(value);
};

/** `resultConfiguration` (create) or `resultConfigurationUpdates` (update) as result_configuration. */
function resultConfiguration(result: JsonValue | undefined): Fields {
  const encryption = objectAt(result, 'encryptionConfiguration');
  const acl = optString(result, 'aclConfiguration.s3AclOption');
  return fields({
    output_location: textAt(result, 'outputLocation'),
    expected_bucket_owner: textAt(result, 'expectedBucketOwner'),
    encryption_configuration: encryption
      ? blocks(fields({ encryption_option: textAt(encryption, 'encryptionOption'), kms_key_arn: textAt(encryption, 'kmsKey') }))
      : undefined,
    acl_configuration: acl === undefined ? undefined : blocks({ s3_acl_option: text(acl) }),
  });
}

/**
 * The workgroup `configuration` block. Provider defaults are left out (enforce_workgroup_configuration and
 * publish_cloudwatch_metrics_enabled true, requester_pays_enabled false, engine version AUTO).
 */
function workgroupConfiguration(config: JsonValue | undefined, resultMember: string): Fields {
  const result = resultConfiguration(objectAt(config, resultMember));
  const engine = optString(config, 'engineVersion.selectedEngineVersion');
  const managed = objectAt(config, 'managedQueryResultsConfiguration');
  return fields({
    bytes_scanned_cutoff_per_query: numberAt(config, 'bytesScannedCutoffPerQuery'),
    enforce_workgroup_configuration: flagUnlessDefault(config, 'enforceWorkGroupConfiguration', true),
    publish_cloudwatch_metrics_enabled: flagUnlessDefault(config, 'publishCloudWatchMetricsEnabled', true),
    requester_pays_enabled: flagUnlessDefault(config, 'requesterPaysEnabled', false),
    execution_role: textAt(config, 'executionRole'),
    engine_version: engine === undefined || engine === 'AUTO' ? undefined : blocks({ selected_engine_version: text(engine) }),
    result_configuration: Object.keys(result).length > 0 ? blocks(result) : undefined,
    managed_query_results_configuration: managed
      ? blocks(fields({ enabled: flagUnlessDefault(managed, 'enabled', false), encryption_configuration: optString(managed, 'encryptionConfiguration.kmsKey') === undefined ? undefined : blocks({ kms_key: text(optString(managed, 'encryptionConfiguration.kmsKey')!) }) }))
      : undefined,
  });
}

/** The block's fields as they stand, to merge an update into. */
function blockFields(draft: ResourceDraft, argument: string): Fields {
  const value = draft.fields[argument];
  return value?.kind === 'blocks' ? { ...value.items[0] } : {};
}

/**
 * UpdateWorkGroup's `configurationUpdates`: what it names replaces the setting, `remove*` flags clear one;
 * settings it does not name stay.
 */
function updateConfiguration(draft: ResourceDraft, updates: JsonValue): void {
  const config = blockFields(draft, 'configuration');
  const named = workgroupConfiguration(updates, 'resultConfigurationUpdates');
  const resultUpdates = objectAt(updates, 'resultConfigurationUpdates');
  const result = { ...(config.result_configuration?.kind === 'blocks' ? config.result_configuration.items[0] : {}) };
  Object.assign(result, resultConfiguration(resultUpdates));
  const removals: readonly (readonly [string, string])[] = [
    ['removeOutputLocation', 'output_location'],
    ['removeEncryptionConfiguration', 'encryption_configuration'],
    ['removeExpectedBucketOwner', 'expected_bucket_owner'],
    ['removeAclConfiguration', 'acl_configuration'],
  ];
  for (const [member, argument] of removals) if (optBool(resultUpdates, member) === true) delete result[argument];
  delete named.result_configuration;
  Object.assign(config, named);
  // A value equal to the provider's default is the default again: the argument goes.
  for (const [member, argument, providerDefault] of [
    ['enforceWorkGroupConfiguration', 'enforce_workgroup_configuration', true],
    ['publishCloudWatchMetricsEnabled', 'publish_cloudwatch_metrics_enabled', true],
    ['requesterPaysEnabled', 'requester_pays_enabled', false],
  ] as const) {
    if (optBool(updates, member) === providerDefault) delete config[argument];
  }
  if (optString(updates, 'engineVersion.selectedEngineVersion') === 'AUTO') delete config.engine_version;
  if (optBool(updates, 'removeBytesScannedCutoffPerQuery') === true) delete config.bytes_scanned_cutoff_per_query;
  if (Object.keys(result).length > 0) config.result_configuration = blocks(result);
  else delete config.result_configuration;
  if (Object.keys(config).length > 0) draft.fields.configuration = blocks(config);
  else delete draft.fields.configuration;
}

function catalogFields(event: MapperEvent): Fields {
  const parameters = at(event.request, 'parameters');
  if (parameters !== undefined && parameters !== null && !isObject(parameters)) throw new MalformedRecordError('parameters should be a map');
  return fields({
    type: textAt(event.request, 'type'),
    description: textAt(event.request, 'description'),
    parameters: isObject(parameters) ? stringMap(Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, String(v)]))) : undefined,
  });
}

/** Import ID `WORKGROUP/STATEMENT`. */
function putPreparedStatement(event: MapperEvent, ctx: FoldContext): void {
  const r = event.request;
  const workgroup = reqString(r, 'workGroup');
  const name = reqString(r, 'statementName');
  ctx.put(PREPARED_STATEMENT, `${workgroup}/${name}`, {
    fields: fields({ name: text(name), workgroup: text(workgroup), query_statement: text(reqString(r, 'queryStatement')), description: textAt(r, 'description') }),
  });
}

export const athena: ServiceMapper = {
  service: 'athena',
  eventSource: 'athena.amazonaws.com',
  resources: [
    {
      type: WORKGROUP,
      identity: { arn: `${ARN}:workgroup/{id}`, field: 'name', exports: ['id', 'name', 'arn'] },
      required: ['name'],
      references: { 'configuration.execution_role': ['aws_iam_role'], 'configuration.result_configuration.encryption_configuration.kms_key_arn': ['aws_kms_key'] },
      events: ['CreateWorkGroup', 'UpdateWorkGroup', 'TagResource', 'UntagResource', 'DeleteWorkGroup'],
    },
    {
      type: NAMED_QUERY,
      identity: { exports: ['id'] },
      required: ['database', 'name', 'query'],
      references: { workgroup: [WORKGROUP] },
      events: ['CreateNamedQuery', 'UpdateNamedQuery', 'DeleteNamedQuery'],
    },
    {
      type: DATA_CATALOG,
      identity: { arn: `${ARN}:datacatalog/{id}`, exports: ['id', 'name', 'arn'] },
      required: ['description', 'name', 'parameters', 'type'],
      events: ['CreateDataCatalog', 'UpdateDataCatalog', 'TagResource', 'UntagResource', 'DeleteDataCatalog'],
    },
    {
      type: PREPARED_STATEMENT,
      // Keyed and imported as `WORKGROUP/STATEMENT`.
      identity: { nameHint: (id) => id.slice(id.indexOf('/') + 1) },
      required: ['name', 'query_statement', 'workgroup'],
      references: { workgroup: [WORKGROUP] },
      events: ['CreatePreparedStatement', 'UpdatePreparedStatement', 'DeletePreparedStatement', 'DeleteWorkGroup'],
    },
  ],
  // TagResource names a workgroup (`…:workgroup/NAME`) or a data catalog (`…:datacatalog/NAME`) by ARN.
  events: mergeHandlers(taggingHandlers(() => athena.resources, TAG_RESOURCE, { unmapped: (arn) => `tags ${arn}, which is not an Athena workgroup or data catalog` }), {
    CreateWorkGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'name');
      const config = workgroupConfiguration(objectAt(r, 'configuration'), 'resultConfiguration');
      ctx.create(WORKGROUP, name, {
        fields: fields({
          name: text(name),
          description: textAt(r, 'description'),
          configuration: Object.keys(config).length > 0 ? blocks(config) : undefined,
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    UpdateWorkGroup(event, ctx) {
      const r = event.request;
      const draft = ctx.change(WORKGROUP, reqString(r, 'workGroup'), {});
      const description = optString(r, 'description');
      if (description !== undefined) draft.fields.description = text(description);
      const state = optString(r, 'state');
      // ENABLED is the provider's default.
      if (state === 'ENABLED' && draft.created) delete draft.fields.state;
      else if (state !== undefined) draft.fields.state = text(state);
      const updates = objectAt(r, 'configurationUpdates');
      if (updates) updateConfiguration(draft, updates);
    },
    DeleteWorkGroup(event, ctx) {
      const name = reqString(event.request, 'workGroup');
      // Its prepared statements go with it (named queries stay: they only name the workgroup).
      for (const statement of ctx.allWithIdPrefix(PREPARED_STATEMENT, `${name}/`)) ctx.remove(PREPARED_STATEMENT, statement.id);
      ctx.remove(WORKGROUP, name);
    },
    CreatePreparedStatement(event, ctx) {
      putPreparedStatement(event, ctx);
    },
    UpdatePreparedStatement(event, ctx) {
      // States the statement whole (query and description), as CreatePreparedStatement does.
      putPreparedStatement(event, ctx);
    },
    DeletePreparedStatement(event, ctx) {
      ctx.remove(PREPARED_STATEMENT, `${reqString(event.request, 'workGroup')}/${reqString(event.request, 'statementName')}`);
    },
    CreateNamedQuery(event, ctx) {
      const r = event.request;
      const id = reqString(event.response, 'namedQueryId');
      const workgroup = optString(r, 'workGroup');
      ctx.create(NAMED_QUERY, id, {
        nameHint: reqString(r, 'name'),
        fields: fields({
          name: text(reqString(r, 'name')),
          database: text(reqString(r, 'database')),
          query: text(reqString(r, 'queryString')),
          description: textAt(r, 'description'),
          // primary is the provider's (and the API's) default workgroup.
          workgroup: workgroup === undefined || workgroup === 'primary' ? undefined : text(workgroup),
        }),
      });
    },
    UpdateNamedQuery(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'namedQueryId');
      const draft = ctx.change(NAMED_QUERY, id, {});
      Object.assign(draft.fields, fields({ name: textAt(r, 'name'), query: textAt(r, 'queryString'), description: textAt(r, 'description') }));
      if (at(r, 'description') !== undefined && optString(r, 'description') === undefined) delete draft.fields.description;
    },
    DeleteNamedQuery(event, ctx) {
      ctx.remove(NAMED_QUERY, reqString(event.request, 'namedQueryId'));
    },
    CreateDataCatalog(event, ctx) {
      const name = reqString(event.request, 'name');
      const draft = ctx.create(DATA_CATALOG, name, {
        fields: { name: text(name), ...catalogFields(event), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
      });
      if (!draft.fields.type) throw new MalformedRecordError('missing type');
      // The provider requires a description and parameters the API may leave out.
      if (!draft.fields.description || !draft.fields.parameters) draft.configFromAccount('the record has no description or no parameters, which aws_athena_data_catalog requires');
    },
    UpdateDataCatalog(event, ctx) {
      const draft = ctx.change(DATA_CATALOG, reqString(event.request, 'name'), {});
      Object.assign(draft.fields, catalogFields(event));
    },
    DeleteDataCatalog(event, ctx) {
      ctx.remove(DATA_CATALOG, reqString(event.request, 'name'));
    },
  }),
};
