// AWS Glue: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/glue/latest/dg/monitor-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Data Catalog objects import with the catalog ID first; it defaults to the account.
const catalog = (e: MapperEvent) => optString(e.request, 'catalogId') ?? e.accountId;
const inCatalog = (name: string, e: MapperEvent) => `${catalog(e)}:${name}`;
const table = (e: MapperEvent, name: string | undefined) =>
  name === undefined ? undefined : `${catalog(e)}:${optString(e.request, 'databaseName') ?? ''}:${name}`;

const TYPES = importOnlyTypes([
  // Import ID `CATALOG-ID:NAME`.
  {
    type: 'aws_glue_connection',
    create: 'CreateConnection',
    id: ['request.connectionInput.name'],
    importId: inCatalog,
    delete: 'DeleteConnection',
    deleteId: ['request.connectionName'],
  },
  {
    type: 'aws_glue_catalog_database',
    create: 'CreateDatabase',
    id: ['request.databaseInput.name'],
    importId: inCatalog,
    delete: 'DeleteDatabase',
    deleteId: ['request.name'],
  },
  // Import ID `CATALOG-ID:DATABASE:TABLE`.
  {
    type: 'aws_glue_catalog_table',
    create: 'CreateTable',
    id: (e) => table(e, optString(e.request, 'tableInput.name')),
    delete: 'DeleteTable',
    deleteId: (e) => table(e, optString(e.request, 'name')),
  },
  {
    type: 'aws_glue_user_defined_function',
    create: 'CreateUserDefinedFunction',
    id: (e) => table(e, optString(e.request, 'functionInput.functionName')),
    delete: 'DeleteUserDefinedFunction',
    deleteId: (e) => table(e, optString(e.request, 'functionName')),
  },
  { type: 'aws_glue_crawler', create: 'CreateCrawler', id: ['request.name'], delete: 'DeleteCrawler' },
  { type: 'aws_glue_job', create: 'CreateJob', id: ['request.name'], delete: 'DeleteJob', deleteId: ['request.jobName'] },
  { type: 'aws_glue_trigger', create: 'CreateTrigger', id: ['request.name'], delete: 'DeleteTrigger' },
  { type: 'aws_glue_workflow', create: 'CreateWorkflow', id: ['request.name'], delete: 'DeleteWorkflow' },
  {
    type: 'aws_glue_security_configuration',
    create: 'CreateSecurityConfiguration',
    id: ['request.name'],
    delete: 'DeleteSecurityConfiguration',
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
  {
    type: 'aws_glue_data_catalog_encryption_settings',
    create: 'PutDataCatalogEncryptionSettings',
    id: (e) => catalog(e),
  },
  // One per region: imported by the region.
  { type: 'aws_glue_resource_policy', create: 'PutResourcePolicy', id: (e) => e.region, delete: 'DeleteResourcePolicy' },
]);

export const glue: ServiceMapper = { service: 'glue', eventSource: 'glue.amazonaws.com', ...TYPES };
