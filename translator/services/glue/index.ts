// AWS Glue: Data Catalog databases, tables and connections (catalog.ts), jobs, crawlers, triggers, workflows and
// security configurations (etl.ts) mapped in full; the rarer types by their import block only (Terraform writes
// their configuration, `terraform plan -generate-config-out`).
// Event and field names: https://docs.aws.amazon.com/glue/latest/dg/monitor-cloudtrail.html

import { importOnlyTypes } from '../import-only';
import { mergeHandlers, type MapperEvent, type ServiceMapper, type TypeIdentity } from '../mapper';
import { optString } from '../read';
import { TAG_RESOURCE, taggingHandlers, type TaggedAdopter } from '../tagging';
import { text } from '../values';
import { catalogHandlers } from './catalog';
import { etlHandlers } from './etl';
import { CONNECTION, CRAWLER, DATABASE, JOB, SECURITY_CONFIGURATION, TABLE, TRIGGER, WORKFLOW, catalogOf, glueArn } from './shared';

const table = (e: MapperEvent, name: string | undefined) =>
  name === undefined ? undefined : `${catalogOf(e)}:${optString(e.request, 'databaseName') ?? ''}:${name}`;

const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_glue_user_defined_function',
    create: 'CreateUserDefinedFunction',
    id: (e) => table(e, optString(e.request, 'functionInput.functionName')),
    delete: 'DeleteUserDefinedFunction',
    deleteId: (e) => table(e, optString(e.request, 'functionName')),
  },
  { type: 'aws_glue_dev_endpoint', create: 'CreateDevEndpoint', id: ['request.endpointName'], delete: 'DeleteDevEndpoint' },
  {
    type: 'aws_glue_ml_transform',
    create: 'CreateMLTransform',
    id: ['response.transformId'],
    delete: 'DeleteMLTransform',
    deleteId: ['request.transformId'],
  },
  {
    type: 'aws_glue_data_quality_ruleset',
    create: 'CreateDataQualityRuleset',
    id: ['request.name'],
    delete: 'DeleteDataQualityRuleset',
  },
  { type: 'aws_glue_registry', create: 'CreateRegistry', id: ['response.registryArn'] },
  { type: 'aws_glue_schema', create: 'CreateSchema', id: ['response.schemaArn'] },
  // One per catalog: imported by the catalog ID.
  { type: 'aws_glue_data_catalog_encryption_settings', create: 'PutDataCatalogEncryptionSettings', id: (e) => catalogOf(e) },
  // One per region: imported by the region.
  { type: 'aws_glue_resource_policy', create: 'PutResourcePolicy', id: (e) => e.region, delete: 'DeleteResourcePolicy' },
]);

// Glue ARNs: `arn:PARTITION:glue:REGION:ACCOUNT:KIND/NAME[/TABLE]`.
const ARN = 'arn:{partition}:glue:{region}:{account}';
const lastPart = (id: string) => id.slice(id.lastIndexOf(':') + 1);
const catalogPart = (id: string) => id.slice(0, id.indexOf(':'));

/** Jobs, crawlers, triggers and workflows: keyed, named and imported by their name (`KIND/NAME`). */
const byName = (kind: string): TypeIdentity => ({ arn: `${ARN}:${kind}/{id}`, field: 'name', exports: ['id', 'name', 'arn'] });

/** Databases and connections: keyed `CATALOG:NAME` (`KIND/NAME`, the catalog is the ARN's account). */
const inCatalog = (kind: string): TypeIdentity => ({
  arn: `${ARN}:${kind}/{name}`,
  idFromArn: (s) => `${s.account!}:${s.name!}`,
  segments: (id) => ({ account: catalogPart(id), name: lastPart(id) }),
  nameHint: lastPart,
});

/** Tables: keyed `CATALOG:DATABASE:NAME` (`table/DATABASE/NAME`). */
const TABLE_IDENTITY: TypeIdentity = {
  arn: `${ARN}:table/{database}/{name}`,
  idFromArn: (s) => `${s.account!}:${s.database!}:${s.name!}`,
  segments: (id) => ({ account: catalogPart(id), database: id.split(':')[1] ?? '', name: lastPart(id) }),
  nameHint: lastPart,
  exports: ['id', 'arn'],
};

/** A database or connection adopted by a tagging call: its block names it, and it exports its name (not its id). */
const adoptInCatalog = (type: string, kind: string): TaggedAdopter => (id, event, ctx) => {
  const name = lastPart(id);
  return ctx.change(type, id, { fields: { name: text(name) }, exports: { id, name, arn: glueArn({ region: event.region, accountId: catalogPart(id) }, `${kind}/${name}`) } });
};

/** TagResource (`resourceArn`, `tagsToAdd`) / UntagResource (`tagsToRemove`); other kinds (dev endpoints, ML transforms …) are import-only. */
const TAGS = taggingHandlers(() => glue.resources, { ...TAG_RESOURCE, resource: ['resourceArn'], tags: ['tagsToAdd'], keys: 'tagsToRemove' }, {
  adopt: {
    [DATABASE]: adoptInCatalog(DATABASE, 'database'),
    [CONNECTION]: adoptInCatalog(CONNECTION, 'connection'),
    [TABLE]: (id, _event, ctx) => ctx.change(TABLE, id, { fields: { name: text(lastPart(id)), database_name: text(id.split(':')[1] ?? '') } }),
  },
  unmapped: (arn) => `tags ${arn}, which is not a Glue resource Trailform maps in full`,
});

export const glue: ServiceMapper = {
  service: 'glue',
  eventSource: 'glue.amazonaws.com',
  resources: [
    { type: DATABASE, identity: inCatalog('database'), required: ['name'], events: ['CreateDatabase', 'UpdateDatabase', 'TagResource', 'UntagResource', 'DeleteDatabase'] },
    {
      type: TABLE,
      identity: TABLE_IDENTITY,
      required: ['database_name', 'name'],
      references: { database_name: [DATABASE] },
      events: ['CreateTable', 'UpdateTable', 'TagResource', 'UntagResource', 'DeleteTable', 'DeleteDatabase'],
    },
    {
      type: CONNECTION,
      identity: inCatalog('connection'),
      required: ['name'],
      references: { 'physical_connection_requirements.subnet_id': ['aws_subnet'], 'physical_connection_requirements.security_group_id_list': ['aws_security_group'] },
      events: ['CreateConnection', 'UpdateConnection', 'TagResource', 'UntagResource', 'DeleteConnection'],
    },
    {
      type: JOB,
      identity: byName('job'),
      required: ['command', 'name', 'role_arn'],
      references: { role_arn: ['aws_iam_role'], connections: [CONNECTION], security_configuration: [SECURITY_CONFIGURATION] },
      events: ['CreateJob', 'UpdateJob', 'TagResource', 'UntagResource', 'DeleteJob'],
    },
    {
      type: CRAWLER,
      identity: byName('crawler'),
      required: ['database_name', 'name', 'role'],
      references: { role: ['aws_iam_role'], database_name: [DATABASE], security_configuration: [SECURITY_CONFIGURATION], 'jdbc_target.connection_name': [CONNECTION], 's3_target.connection_name': [CONNECTION] },
      events: ['CreateCrawler', 'UpdateCrawler', 'UpdateCrawlerSchedule', 'TagResource', 'UntagResource', 'DeleteCrawler'],
    },
    {
      type: TRIGGER,
      identity: byName('trigger'),
      required: ['actions', 'name', 'type'],
      references: { workflow_name: [WORKFLOW], 'actions.job_name': [JOB], 'actions.crawler_name': [CRAWLER], 'predicate.conditions.job_name': [JOB], 'predicate.conditions.crawler_name': [CRAWLER] },
      events: ['CreateTrigger', 'UpdateTrigger', 'StartTrigger', 'StopTrigger', 'TagResource', 'UntagResource', 'DeleteTrigger', 'DeleteWorkflow'],
    },
    { type: WORKFLOW, identity: byName('workflow'), required: [], events: ['CreateWorkflow', 'UpdateWorkflow', 'TagResource', 'UntagResource', 'DeleteWorkflow'] },
    {
      type: SECURITY_CONFIGURATION,
      required: ['encryption_configuration', 'name'],
      references: {
        'encryption_configuration.s3_encryption.kms_key_arn': ['aws_kms_key'],
        'encryption_configuration.cloudwatch_encryption.kms_key_arn': ['aws_kms_key'],
        'encryption_configuration.job_bookmarks_encryption.kms_key_arn': ['aws_kms_key'],
      },
      events: ['CreateSecurityConfiguration', 'DeleteSecurityConfiguration'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, catalogHandlers, etlHandlers, TAGS),
};
