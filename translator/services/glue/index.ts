// AWS Glue: Data Catalog databases, tables and connections (catalog.ts), jobs, crawlers, triggers, workflows and
// security configurations (etl.ts) mapped in full; the rarer types by their import block only (Terraform writes
// their configuration, `terraform plan -generate-config-out`).
// Event and field names: https://docs.aws.amazon.com/glue/latest/dg/monitor-cloudtrail.html

import { importOnlyTypes } from '../import-only';
import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from '../mapper';
import { optString, reqString } from '../read';
import { tagResourceHandlers } from '../tags';
import { text } from '../values';
import { catalogHandlers } from './catalog';
import { etlHandlers } from './etl';
import { CONNECTION, CRAWLER, DATABASE, JOB, SECURITY_CONFIGURATION, TABLE, TRIGGER, WORKFLOW, catalogOf } from './shared';

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

/** Tagged Glue resources by ARN kind; other kinds (dev endpoints, ML transforms …) are import-only. */
const TAGGED: Readonly<Record<string, string>> = { job: JOB, crawler: CRAWLER, trigger: TRIGGER, workflow: WORKFLOW, database: DATABASE, connection: CONNECTION, table: TABLE };

/** TagResource (`resourceArn`, `tagsToAdd`) / UntagResource (`tagsToRemove`): `…:glue:R:A:KIND/NAME[/TABLE]`. */
function tagged(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceArn');
  const m = /^arn:[^:]+:glue:[^:]*:([^:]*):([a-z]+)\/(.+)$/.exec(arn);
  const type = m ? TAGGED[m[2]!] : undefined;
  if (!m || type === undefined) {
    ctx.ignore(`tags ${arn}, which is not a Glue resource Trailform maps in full`);
    return undefined;
  }
  const [, account, kind, name] = m as unknown as [string, string, string, string];
  if (kind === 'table') {
    const [database, tableName] = name.split('/') as [string, string | undefined];
    const id = `${account}:${database}:${tableName ?? ''}`;
    return ctx.change(TABLE, id, { nameHint: tableName ?? id, fields: { name: text(tableName ?? ''), database_name: text(database) }, exports: { id, arn } });
  }
  if (kind === 'database' || kind === 'connection') {
    const id = `${account}:${name}`;
    return ctx.change(type, id, { nameHint: name, fields: { name: text(name) }, exports: { id, name, arn } });
  }
  return ctx.change(type, name, { fields: { name: text(name) }, exports: { id: name, name, arn } });
}

export const glue: ServiceMapper = {
  service: 'glue',
  eventSource: 'glue.amazonaws.com',
  resources: [
    { type: DATABASE, required: ['name'], events: ['CreateDatabase', 'UpdateDatabase', 'TagResource', 'UntagResource', 'DeleteDatabase'] },
    {
      type: TABLE,
      required: ['database_name', 'name'],
      references: { database_name: [DATABASE] },
      events: ['CreateTable', 'UpdateTable', 'TagResource', 'UntagResource', 'DeleteTable', 'DeleteDatabase'],
    },
    {
      type: CONNECTION,
      required: ['name'],
      references: { 'physical_connection_requirements.subnet_id': ['aws_subnet'], 'physical_connection_requirements.security_group_id_list': ['aws_security_group'] },
      events: ['CreateConnection', 'UpdateConnection', 'TagResource', 'UntagResource', 'DeleteConnection'],
    },
    {
      type: JOB,
      required: ['command', 'name', 'role_arn'],
      references: { role_arn: ['aws_iam_role'], connections: [CONNECTION], security_configuration: [SECURITY_CONFIGURATION] },
      events: ['CreateJob', 'UpdateJob', 'TagResource', 'UntagResource', 'DeleteJob'],
    },
    {
      type: CRAWLER,
      required: ['database_name', 'name', 'role'],
      references: { role: ['aws_iam_role'], database_name: [DATABASE], security_configuration: [SECURITY_CONFIGURATION], 'jdbc_target.connection_name': [CONNECTION], 's3_target.connection_name': [CONNECTION] },
      events: ['CreateCrawler', 'UpdateCrawler', 'UpdateCrawlerSchedule', 'TagResource', 'UntagResource', 'DeleteCrawler'],
    },
    {
      type: TRIGGER,
      required: ['actions', 'name', 'type'],
      references: { workflow_name: [WORKFLOW], 'actions.job_name': [JOB], 'actions.crawler_name': [CRAWLER], 'predicate.conditions.job_name': [JOB], 'predicate.conditions.crawler_name': [CRAWLER] },
      events: ['CreateTrigger', 'UpdateTrigger', 'StartTrigger', 'StopTrigger', 'TagResource', 'UntagResource', 'DeleteTrigger', 'DeleteWorkflow'],
    },
    { type: WORKFLOW, required: [], events: ['CreateWorkflow', 'UpdateWorkflow', 'TagResource', 'UntagResource', 'DeleteWorkflow'] },
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
  events: mergeHandlers(IMPORT_ONLY.events, catalogHandlers, etlHandlers, tagResourceHandlers(tagged, { tags: ['tagsToAdd'], keys: 'tagsToRemove' })),
};
