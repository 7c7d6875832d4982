// Amazon RDS DB instances, Aurora / Multi-AZ DB clusters and their instances, DB subnet groups and DB
// (cluster) parameter groups. Query protocol rendered in lowerCamel with the odd
// acronym casing of the API (`dBInstanceIdentifier`, `dBSubnetGroupName`, `multiAZ`); tags are
// `[{key, value}]`; the master password is `HIDDEN_DUE_TO_SECURITY_REASONS` (or `****` in older
// records) and becomes a sensitive variable.
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/logging-using-cloudtrail.html
// Parameters: https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html

import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, maybe, number, sensitive, strings, tagsField, text } from './values';
import type { Fields } from '../model';
import { buildArn } from './arn';

const INSTANCE = 'aws_db_instance';
const SUBNET_GROUP = 'aws_db_subnet_group';
const CLUSTER = 'aws_rds_cluster';
const CLUSTER_INSTANCE = 'aws_rds_cluster_instance';
const PARAMETER_GROUP = 'aws_db_parameter_group';
const CLUSTER_PARAMETER_GROUP = 'aws_rds_cluster_parameter_group';

const CLUSTER_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster';

const INSTANCE_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/db_instance';

type Kind = 'string' | 'number' | 'bool' | 'strings' | 'lower';

/** CreateDBInstance / ModifyDBInstance request parameter → aws_db_instance argument. */
const INSTANCE_ARGUMENTS: readonly (readonly [string, string, Kind])[] = [
  ['dBInstanceClass', 'instance_class', 'string'],
  // RDS stores engine names in lower case ("MySQL" in a request is "mysql").
  ['engine', 'engine', 'lower'],
  ['engineVersion', 'engine_version', 'string'],
  ['licenseModel', 'license_model', 'string'],
  ['allocatedStorage', 'allocated_storage', 'number'],
  ['maxAllocatedStorage', 'max_allocated_storage', 'number'],
  ['storageType', 'storage_type', 'string'],
  ['iops', 'iops', 'number'],
  ['storageThroughput', 'storage_throughput', 'number'],
  ['storageEncrypted', 'storage_encrypted', 'bool'],
  ['kmsKeyId', 'kms_key_id', 'string'],
  ['dBName', 'db_name', 'string'],
  ['masterUsername', 'username', 'string'],
  ['port', 'port', 'number'],
  ['dBPortNumber', 'port', 'number'],
  ['multiAZ', 'multi_az', 'bool'],
  ['availabilityZone', 'availability_zone', 'string'],
  ['publiclyAccessible', 'publicly_accessible', 'bool'],
  ['networkType', 'network_type', 'string'],
  ['dBSubnetGroupName', 'db_subnet_group_name', 'string'],
  ['vpcSecurityGroupIds', 'vpc_security_group_ids', 'strings'],
  ['dBParameterGroupName', 'parameter_group_name', 'string'],
  ['optionGroupName', 'option_group_name', 'string'],
  ['backupRetentionPeriod', 'backup_retention_period', 'number'],
  ['preferredBackupWindow', 'backup_window', 'string'],
  ['preferredMaintenanceWindow', 'maintenance_window', 'string'],
  ['copyTagsToSnapshot', 'copy_tags_to_snapshot', 'bool'],
  ['autoMinorVersionUpgrade', 'auto_minor_version_upgrade', 'bool'],
  ['deletionProtection', 'deletion_protection', 'bool'],
  ['enableCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports', 'strings'],
  ['enableIAMDatabaseAuthentication', 'iam_database_authentication_enabled', 'bool'],
  ['enablePerformanceInsights', 'performance_insights_enabled', 'bool'],
  ['performanceInsightsKMSKeyId', 'performance_insights_kms_key_id', 'string'],
  ['performanceInsightsRetentionPeriod', 'performance_insights_retention_period', 'number'],
  ['monitoringInterval', 'monitoring_interval', 'number'],
  ['monitoringRoleArn', 'monitoring_role_arn', 'string'],
  ['cACertificateIdentifier', 'ca_cert_identifier', 'string'],
  ['caCertificateIdentifier', 'ca_cert_identifier', 'string'],
  ['characterSetName', 'character_set_name', 'string'],
  ['timezone', 'timezone', 'string'],
  ['manageMasterUserPassword', 'manage_master_user_password', 'bool'],
  ['masterUserSecretKmsKeyId', 'master_user_secret_kms_key_id', 'string'],
];

/** RDS reports these keys as key ARNs; one named by alias is left to the import (the arguments are computed). */
const KMS_KEY_ARGUMENTS = new Set(['kms_key_id', 'performance_insights_kms_key_id', 'master_user_secret_kms_key_id']);

function applyArguments(draft: ResourceDraft, event: MapperEvent, table: readonly (readonly [string, string, Kind])[] = INSTANCE_ARGUMENTS): void {
  const request = event.request;
  const f = draft.fields;
  for (const [key, argument, kind] of table) {
    if (kind === 'number') {
      const value = optNumber(request, key);
      if (value !== undefined) f[argument] = number(value);
    } else if (kind === 'bool') {
      const value = optBool(request, key);
      if (value !== undefined) f[argument] = flag(value);
    } else if (kind === 'strings') {
      if (at(request, key) !== undefined) f[argument] = strings(stringList(request, key));
    } else if (KMS_KEY_ARGUMENTS.has(argument)) {
      const value = optString(request, key);
      const arn = value === undefined ? undefined : kmsKeyArn(value, event.region, event.accountId);
      if (arn !== undefined) f[argument] = text(arn);
    } else {
      const value = optString(request, key);
      if (value !== undefined) f[argument] = text(kind === 'lower' ? value.toLowerCase() : value);
    }
  }
}

/** The master password is never logged; the provider cannot read it back either, so plan ignores it after import. */
function passwordVariable(draft: ResourceDraft): void {
  delete draft.fields.manage_master_user_password;
  draft.fields.password = sensitive(`Master password of the DB instance ${draft.nameHint} (CloudTrail hides it)`);
  draft.ignoreChanges('password', `the API never returns the master password, so the import cannot read it (${INSTANCE_DOC})`);
}

/**
 * The provider's importer records skip_final_snapshot = true because no API returns it
 * (resourceInstanceImport in internal/service/rds/instance.go); stating it keeps the first plan clean.
 */
function skipFinalSnapshot(draft: ResourceDraft): void {
  draft.fields.skip_final_snapshot = flag(true);
  draft.note('skip_final_snapshot = true is what the import records; set it to false with a final_snapshot_identifier to keep a snapshot on destroy.');
}

/** An adopted instance gets a block (not only an import) once its class is known: state skip_final_snapshot then. */
function completeAdopted(draft: ResourceDraft): void {
  if (!draft.created && draft.fields.instance_class !== undefined && draft.fields.skip_final_snapshot === undefined) skipFinalSnapshot(draft);
}

function instanceArn(event: MapperEvent, identifier: string): string {
  return buildArn(event, 'rds', `db:${identifier}`);
}

function instanceExports(event: MapperEvent, identifier: string): Record<string, string> {
  const exports: Record<string, string> = { identifier, arn: optString(event.response, 'dBInstanceArn') ?? instanceArn(event, identifier) };
  // Since provider v5 the instance's id is its DbiResourceId, not its identifier.
  const resourceId = optString(event.response, 'dbiResourceId');
  if (resourceId !== undefined) {
    exports.id = resourceId;
    exports.resource_id = resourceId;
  }
  return exports;
}

function subnetGroupArn(event: MapperEvent, name: string): string {
  return optString(event.response, 'dBSubnetGroupArn') ?? instanceArn(event, name).replace(/:db:[^:]+$/, `:subgrp:${name}`);
}

/** An instance the session has (by identifier or a later name), or one adopted from the response's description. */
function changeInstance(event: MapperEvent, ctx: FoldContext, identifier: string): ResourceDraft {
  const draft = ctx.change(INSTANCE, identifier, { fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
  if (!draft.created && draft.fields.instance_class === undefined) {
    // Modify responses describe the whole instance; its class makes the adopted block complete.
    const instanceClass = optString(event.response, 'dBInstanceClass');
    if (instanceClass !== undefined) draft.fields.instance_class = text(instanceClass);
  }
  return draft;
}

/**
 * `arn:aws:rds:region:account:KIND:NAME` with KIND db, cluster, subgrp, pg or cluster-pg
 * (AddTagsToResource, RemoveTagsFromResource).
 */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceName');
  const match = /:(db|cluster|subgrp|pg|cluster-pg):([^:]+)$/.exec(arn);
  if (!match) {
    ctx.unsupported(`tags ${arn}, an RDS resource type Trailform does not map`);
    return undefined;
  }
  const name = match[2]!;
  switch (match[1]) {
    case 'db': {
      if (ctx.find(CLUSTER_INSTANCE, lower(name))) return changeClusterInstance(event, ctx, lower(name), undefined);
      const draft = changeInstance(event, ctx, name);
      completeAdopted(draft);
      return draft;
    }
    case 'cluster':
      return changeCluster(event, ctx, lower(name));
    case 'pg':
      return ctx.change(PARAMETER_GROUP, name, { ...parameterGroupInit(event, DB_PG, name), exports: { id: name, name, arn } });
    case 'cluster-pg':
      return ctx.change(CLUSTER_PARAMETER_GROUP, name, { ...parameterGroupInit(event, CLUSTER_PG, name), exports: { id: name, name, arn } });
    default:
      return ctx.change(SUBNET_GROUP, name, { fields: { name: text(name) }, exports: { id: name, name, arn } });
  }
}

function subnetGroupFields(event: MapperEvent, name: string) {
  const description = optString(event.request, 'dBSubnetGroupDescription') ?? optString(event.response, 'dBSubnetGroupDescription');
  return fields({
    name: text(name),
    // Left out, description would default to "Managed by Terraform" and differ from the group's.
    description: maybe(description, text),
    subnet_ids: strings(stringList(event.request, 'subnetIds')),
  });
}

/** CreateDBCluster / ModifyDBCluster request parameter → aws_rds_cluster argument. */
const CLUSTER_ARGUMENTS: readonly (readonly [string, string, Kind])[] = [
  ['engine', 'engine', 'lower'],
  ['engineMode', 'engine_mode', 'string'],
  ['engineVersion', 'engine_version', 'string'],
  ['engineLifecycleSupport', 'engine_lifecycle_support', 'string'],
  ['databaseName', 'database_name', 'string'],
  ['masterUsername', 'master_username', 'string'],
  ['port', 'port', 'number'],
  ['dBSubnetGroupName', 'db_subnet_group_name', 'string'],
  ['vpcSecurityGroupIds', 'vpc_security_group_ids', 'strings'],
  ['networkType', 'network_type', 'string'],
  ['dBClusterParameterGroupName', 'db_cluster_parameter_group_name', 'string'],
  ['dBClusterInstanceClass', 'db_cluster_instance_class', 'string'],
  ['allocatedStorage', 'allocated_storage', 'number'],
  ['storageType', 'storage_type', 'string'],
  ['iops', 'iops', 'number'],
  ['storageEncrypted', 'storage_encrypted', 'bool'],
  ['kmsKeyId', 'kms_key_id', 'string'],
  ['backupRetentionPeriod', 'backup_retention_period', 'number'],
  ['preferredBackupWindow', 'preferred_backup_window', 'string'],
  ['preferredMaintenanceWindow', 'preferred_maintenance_window', 'string'],
  ['backtrackWindow', 'backtrack_window', 'number'],
  ['copyTagsToSnapshot', 'copy_tags_to_snapshot', 'bool'],
  ['deletionProtection', 'deletion_protection', 'bool'],
  ['enableCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports', 'strings'],
  ['enableIAMDatabaseAuthentication', 'iam_database_authentication_enabled', 'bool'],
  ['enableHttpEndpoint', 'enable_http_endpoint', 'bool'],
  ['enableGlobalWriteForwarding', 'enable_global_write_forwarding', 'bool'],
  ['enableLocalWriteForwarding', 'enable_local_write_forwarding', 'bool'],
  ['globalClusterIdentifier', 'global_cluster_identifier', 'string'],
  ['replicationSourceIdentifier', 'replication_source_identifier', 'string'],
  ['enablePerformanceInsights', 'performance_insights_enabled', 'bool'],
  ['performanceInsightsKMSKeyId', 'performance_insights_kms_key_id', 'string'],
  ['performanceInsightsRetentionPeriod', 'performance_insights_retention_period', 'number'],
  ['monitoringInterval', 'monitoring_interval', 'number'],
  ['monitoringRoleArn', 'monitoring_role_arn', 'string'],
  ['domain', 'domain', 'string'],
  ['domainIAMRoleName', 'domain_iam_role_name', 'string'],
  ['cACertificateIdentifier', 'ca_certificate_identifier', 'string'],
  ['caCertificateIdentifier', 'ca_certificate_identifier', 'string'],
  ['dBSystemId', 'db_system_id', 'string'],
  ['manageMasterUserPassword', 'manage_master_user_password', 'bool'],
  ['masterUserSecretKmsKeyId', 'master_user_secret_kms_key_id', 'string'],
];

/** CreateDBInstance / ModifyDBInstance of an Aurora member → aws_rds_cluster_instance argument (storage, backups, users are the cluster's). */
const CLUSTER_INSTANCE_ARGUMENTS: readonly (readonly [string, string, Kind])[] = [
  ['dBInstanceClass', 'instance_class', 'string'],
  ['engine', 'engine', 'lower'],
  ['engineVersion', 'engine_version', 'string'],
  ['availabilityZone', 'availability_zone', 'string'],
  ['dBSubnetGroupName', 'db_subnet_group_name', 'string'],
  ['dBParameterGroupName', 'db_parameter_group_name', 'string'],
  ['publiclyAccessible', 'publicly_accessible', 'bool'],
  ['promotionTier', 'promotion_tier', 'number'],
  ['preferredMaintenanceWindow', 'preferred_maintenance_window', 'string'],
  ['copyTagsToSnapshot', 'copy_tags_to_snapshot', 'bool'],
  ['autoMinorVersionUpgrade', 'auto_minor_version_upgrade', 'bool'],
  ['enablePerformanceInsights', 'performance_insights_enabled', 'bool'],
  ['performanceInsightsKMSKeyId', 'performance_insights_kms_key_id', 'string'],
  ['performanceInsightsRetentionPeriod', 'performance_insights_retention_period', 'number'],
  ['monitoringInterval', 'monitoring_interval', 'number'],
  ['monitoringRoleArn', 'monitoring_role_arn', 'string'],
  ['cACertificateIdentifier', 'ca_cert_identifier', 'string'],
  ['caCertificateIdentifier', 'ca_cert_identifier', 'string'],
  ['customIamInstanceProfile', 'custom_iam_instance_profile', 'string'],
];

function rdsArn(event: MapperEvent, kind: string, name: string): string {
  return instanceArn(event, name).replace(/:db:[^:]+$/, `:${kind}:${name}`);
}

/** RDS stores cluster and instance identifiers in lower case, and the provider only accepts lower case. */
const lower = (identifier: string) => identifier.toLowerCase();

function clusterExports(event: MapperEvent, identifier: string): Record<string, string> {
  const exports: Record<string, string> = { id: identifier, cluster_identifier: identifier, arn: optString(event.response, 'dBClusterArn') ?? rdsArn(event, 'cluster', identifier) };
  const resourceId = optString(event.response, 'dbClusterResourceId');
  if (resourceId !== undefined) exports.cluster_resource_id = resourceId;
  return exports;
}

/** The master password is never logged and never returned, so plan ignores it after import. */
function clusterPasswordVariable(draft: ResourceDraft): void {
  delete draft.fields.manage_master_user_password;
  draft.fields.master_password = sensitive(`Master password of the DB cluster ${draft.nameHint} (CloudTrail hides it)`);
  draft.ignoreChanges('master_password', `the API never returns the master password, so the import cannot read it (${CLUSTER_DOC})`);
}

/** Serverless v2 capacity: `serverlessV2ScalingConfiguration { minCapacity, maxCapacity, secondsUntilAutoPause }`. */
function applyScaling(draft: ResourceDraft, event: MapperEvent): void {
  const v2 = at(event.request, 'serverlessV2ScalingConfiguration');
  if (isObject(v2)) {
    const min = optNumber(v2, 'minCapacity');
    const max = optNumber(v2, 'maxCapacity');
    if (min === undefined || max === undefined) throw new MalformedRecordError('serverlessV2ScalingConfiguration needs minCapacity and maxCapacity');
    draft.fields.serverlessv2_scaling_configuration = blocks(
      fields({ min_capacity: number(min), max_capacity: number(max), seconds_until_auto_pause: maybe(optNumber(v2, 'secondsUntilAutoPause'), number) }),
    );
  }
  const v1 = at(event.request, 'scalingConfiguration');
  if (isObject(v1)) {
    draft.fields.scaling_configuration = blocks(
      fields({
        auto_pause: maybe(optBool(v1, 'autoPause'), flag),
        min_capacity: maybe(optNumber(v1, 'minCapacity'), number),
        max_capacity: maybe(optNumber(v1, 'maxCapacity'), number),
        seconds_until_auto_pause: maybe(optNumber(v1, 'secondsUntilAutoPause'), number),
        seconds_before_timeout: maybe(optNumber(v1, 'secondsBeforeTimeout'), number),
        timeout_action: maybe(optString(v1, 'timeoutAction'), text),
      }),
    );
  }
}

/** enableLogTypes / disableLogTypes applied to a `enabled_cloudwatch_logs_exports` set. */
function applyLogExports(draft: ResourceDraft, event: MapperEvent): void {
  const logs = at(event.request, 'cloudwatchLogsExportConfiguration');
  if (!isObject(logs)) return;
  const current = draft.fields.enabled_cloudwatch_logs_exports;
  const enabled = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
  for (const type of stringList(logs, 'enableLogTypes')) enabled.add(type);
  for (const type of stringList(logs, 'disableLogTypes')) enabled.delete(type);
  draft.fields.enabled_cloudwatch_logs_exports = strings([...enabled].sort());
}

/** An adopted cluster gets a block once its engine is known: state what the import records for skip_final_snapshot. */
function completeAdoptedCluster(draft: ResourceDraft): void {
  if (!draft.created && draft.fields.engine !== undefined && draft.fields.skip_final_snapshot === undefined) clusterSkipFinalSnapshot(draft);
}

/** resourceClusterImport (internal/service/rds/cluster.go) records skip_final_snapshot = true: no API returns it. */
function clusterSkipFinalSnapshot(draft: ResourceDraft): void {
  draft.fields.skip_final_snapshot = flag(true);
  draft.note('skip_final_snapshot = true is what the import records; set it to false with a final_snapshot_identifier to keep a snapshot on destroy.');
}

function changeCluster(event: MapperEvent, ctx: FoldContext, identifier: string): ResourceDraft {
  const draft = ctx.change(CLUSTER, identifier, { fields: { cluster_identifier: text(identifier) }, exports: clusterExports(event, identifier) });
  if (!draft.created && draft.fields.engine === undefined) {
    // Modify responses describe the whole cluster; its engine makes the adopted block complete.
    const engine = optString(event.response, 'engine');
    if (engine !== undefined) draft.fields.engine = text(engine.toLowerCase());
  }
  return draft;
}

function clusterInstanceExports(event: MapperEvent, identifier: string): Record<string, string> {
  const exports: Record<string, string> = { id: identifier, identifier, arn: optString(event.response, 'dBInstanceArn') ?? instanceArn(event, identifier) };
  const resourceId = optString(event.response, 'dbiResourceId');
  if (resourceId !== undefined) exports.dbi_resource_id = resourceId;
  return exports;
}

/** A cluster member the session has, or one adopted with what the response says about it. */
function changeClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string | undefined): ResourceDraft {
  const draft = ctx.change(CLUSTER_INSTANCE, identifier, { fields: { identifier: text(identifier) }, exports: clusterInstanceExports(event, identifier) });
  if (!draft.created) {
    const f = draft.fields;
    if (f.cluster_identifier === undefined && cluster !== undefined) f.cluster_identifier = text(lower(cluster));
    const engine = optString(event.response, 'engine');
    if (f.engine === undefined && engine !== undefined) f.engine = text(engine.toLowerCase());
    const instanceClass = optString(event.response, 'dBInstanceClass');
    if (f.instance_class === undefined && instanceClass !== undefined) f.instance_class = text(instanceClass);
  }
  return draft;
}

type ParameterGroupKind = { readonly type: string; readonly nameKey: string; readonly arnKey: string; readonly arnKind: string };
const DB_PG: ParameterGroupKind = { type: PARAMETER_GROUP, nameKey: 'dBParameterGroupName', arnKey: 'dBParameterGroupArn', arnKind: 'pg' };
const CLUSTER_PG: ParameterGroupKind = { type: CLUSTER_PARAMETER_GROUP, nameKey: 'dBClusterParameterGroupName', arnKey: 'dBClusterParameterGroupArn', arnKind: 'cluster-pg' };

function parameterGroupInit(event: MapperEvent, kind: ParameterGroupKind, name: string) {
  return { importId: name, nameHint: name, fields: { name: text(name) }, exports: { id: name, name, arn: optString(event.response, kind.arnKey) ?? rdsArn(event, kind.arnKind, name) } };
}

function parameterList(draft: ResourceDraft): Fields[] {
  const current = draft.fields.parameter;
  return current && current.kind === 'blocks' ? current.items : [];
}

const parameterName = (item: Fields): string => {
  const name = item.name;
  return name && name.kind === 'string' ? name.value : '';
};

/**
 * `parameters: [{parameterName, parameterValue, applyMethod}]` merged into `parameter` blocks by name. The
 * provider reads back only user-set parameters, names lower-cased and apply_method as RDS stores it.
 */
function applyParameters(draft: ResourceDraft, event: MapperEvent): void {
  const byName = new Map(parameterList(draft).map((item) => [parameterName(item), item] as const));
  listAt(event.request, 'parameters').forEach((raw, i) => {
    const name = optString(raw, 'parameterName');
    if (name === undefined) throw new MalformedRecordError(`parameters[${i}] has no parameterName`);
    const value = optString(raw, 'parameterValue') ?? '';
    const method = optString(raw, 'applyMethod');
    byName.set(name.toLowerCase(), fields({ name: text(name.toLowerCase()), value: text(value), apply_method: maybe(method?.toLowerCase(), text) }));
  });
  setParameters(draft, [...byName.values()]);
}

function setParameters(draft: ResourceDraft, items: Fields[]): void {
  if (items.length === 0) delete draft.fields.parameter;
  else draft.fields.parameter = blocks(...[...items].sort((a, b) => parameterName(a).localeCompare(parameterName(b))));
}

function createParameterGroup(event: MapperEvent, ctx: FoldContext, kind: ParameterGroupKind): void {
  const name = reqString(event.request, kind.nameKey);
  const init = parameterGroupInit(event, kind, name);
  const draft = ctx.create(kind.type, name, init);
  draft.fields.family = text(reqString(event.request, 'dBParameterGroupFamily'));
  // Left out, description would default to "Managed by Terraform" and force a new group.
  draft.fields.description = text(reqString(event.request, 'description'));
  const tags = tagsField(readTags(at(event.request, 'tags')));
  if (tags) draft.fields.tags = tags;
}

function modifyParameterGroup(event: MapperEvent, ctx: FoldContext, kind: ParameterGroupKind): void {
  const name = reqString(event.request, kind.nameKey);
  applyParameters(ctx.change(kind.type, name, parameterGroupInit(event, kind, name)), event);
}

function resetParameterGroup(event: MapperEvent, ctx: FoldContext, kind: ParameterGroupKind): void {
  const name = reqString(event.request, kind.nameKey);
  const draft = ctx.change(kind.type, name, parameterGroupInit(event, kind, name));
  if (optBool(event.request, 'resetAllParameters') === true) {
    setParameters(draft, []);
    return;
  }
  const reset = new Set(listAt(event.request, 'parameters').map((raw) => optString(raw, 'parameterName')?.toLowerCase()));
  setParameters(draft, parameterList(draft).filter((item) => !reset.has(parameterName(item))));
}

/**
 * With auto minor version upgrade on (the default), RDS moves the instance to newer minor versions in its
 * maintenance window, and a full version in the configuration would then plan a downgrade. The provider
 * accepts a version prefix and compares it with the actual version
 * (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/db_instance#engine_version):
 * so the major version only, `16` for PostgreSQL 16.4, `8.0` for MySQL 8.0.35.
 */
function versionPrefixWhenAutoUpgraded(draft: ResourceDraft, event: MapperEvent): void {
  const version = draft.fields.engine_version;
  const engine = draft.fields.engine;
  if (version?.kind !== 'string' || engine?.kind !== 'string') return;
  if (optBool(event.request, 'autoMinorVersionUpgrade') === false) return;
  const parts = version.value.split('.');
  const postgres = /postgres/.test(engine.value) && Number(parts[0]) >= 10;
  const keep = postgres ? 1 : /mysql|mariadb/.test(engine.value) ? 2 : 0;
  if (keep === 0 || parts.length <= keep) return;
  draft.fields.engine_version = text(parts.slice(0, keep).join('.'));
  draft.note(`engine_version is the major version ${parts.slice(0, keep).join('.')} (created as ${version.value}): auto minor version upgrade moves the minor version, and the provider matches the prefix against the actual version.`);
}

/** An Aurora (or Multi-AZ DB cluster) member: CreateDBInstance with dBClusterIdentifier. */
function createClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string): void {
  const draft = ctx.create(CLUSTER_INSTANCE, identifier, {
    fields: { identifier: text(identifier), cluster_identifier: text(cluster) },
    exports: clusterInstanceExports(event, identifier),
  });
  applyArguments(draft, event, CLUSTER_INSTANCE_ARGUMENTS);
  if (draft.fields.instance_class === undefined) throw new MalformedRecordError('missing dBInstanceClass');
  if (draft.fields.engine === undefined) throw new MalformedRecordError('missing engine');
  // A member's version is the cluster's: stated only when asked for, as the response reports it.
  const actualVersion = optString(event.response, 'engineVersion');
  if (draft.fields.engine_version !== undefined && actualVersion !== undefined) draft.fields.engine_version = text(actualVersion);
  if (draft.fields.promotion_tier === undefined) {
    // RDS defaults the failover priority to 1, the provider's promotion_tier to 0: state what RDS set.
    draft.fields.promotion_tier = number(optNumber(event.response, 'promotionTier') ?? 1);
  }
  const tags = tagsField(readTags(at(event.request, 'tags')));
  if (tags) draft.fields.tags = tags;
}

function modifyClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string | undefined): void {
  const draft = changeClusterInstance(event, ctx, identifier, cluster);
  applyArguments(draft, event, CLUSTER_INSTANCE_ARGUMENTS);
  const renamed = optString(event.request, 'newDBInstanceIdentifier');
  if (renamed !== undefined) {
    const name = lower(renamed);
    draft.fields.identifier = text(name);
    draft.importId = name;
    draft.nameHint = name;
    draft.aliases = [...draft.aliases, name];
    draft.exports.id = name;
    draft.exports.identifier = name;
    draft.exports.arn = instanceArn(event, name);
  }
  if (optBool(event.request, 'applyImmediately') !== true) {
    draft.note('The session changed it without applyImmediately: the change waits for the maintenance window, and terraform plan shows it until then.');
  }
}

export const rds: ServiceMapper = {
  service: 'rds',
  eventSource: 'rds.amazonaws.com',
  resources: [
    {
      type: INSTANCE,
      required: ['instance_class'],
      references: {
        db_subnet_group_name: [SUBNET_GROUP],
        vpc_security_group_ids: ['aws_security_group'],
        parameter_group_name: ['aws_db_parameter_group'],
        kms_key_id: ['aws_kms_key'],
        performance_insights_kms_key_id: ['aws_kms_key'],
        master_user_secret_kms_key_id: ['aws_kms_key'],
        monitoring_role_arn: ['aws_iam_role'],
      },
      events: ['CreateDBInstance', 'ModifyDBInstance', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBInstance'],
    },
    {
      type: SUBNET_GROUP,
      required: ['subnet_ids'],
      references: { subnet_ids: ['aws_subnet'] },
      events: ['CreateDBSubnetGroup', 'ModifyDBSubnetGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBSubnetGroup'],
    },
    {
      type: CLUSTER,
      required: ['engine'],
      references: {
        db_subnet_group_name: [SUBNET_GROUP],
        vpc_security_group_ids: ['aws_security_group'],
        db_cluster_parameter_group_name: [CLUSTER_PARAMETER_GROUP],
        kms_key_id: ['aws_kms_key'],
        performance_insights_kms_key_id: ['aws_kms_key'],
        master_user_secret_kms_key_id: ['aws_kms_key'],
        monitoring_role_arn: ['aws_iam_role'],
      },
      events: ['CreateDBCluster', 'ModifyDBCluster', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBCluster'],
    },
    {
      type: CLUSTER_INSTANCE,
      required: ['cluster_identifier', 'engine', 'instance_class'],
      references: {
        cluster_identifier: [CLUSTER],
        db_subnet_group_name: [SUBNET_GROUP],
        db_parameter_group_name: [PARAMETER_GROUP],
        performance_insights_kms_key_id: ['aws_kms_key'],
        monitoring_role_arn: ['aws_iam_role'],
      },
      events: ['CreateDBInstance', 'ModifyDBInstance', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBInstance'],
    },
    {
      type: PARAMETER_GROUP,
      required: ['family'],
      events: ['CreateDBParameterGroup', 'ModifyDBParameterGroup', 'ResetDBParameterGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBParameterGroup'],
    },
    {
      type: CLUSTER_PARAMETER_GROUP,
      required: ['family'],
      events: ['CreateDBClusterParameterGroup', 'ModifyDBClusterParameterGroup', 'ResetDBClusterParameterGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBClusterParameterGroup'],
    },
  ],
  events: {
    CreateDBInstance(event, ctx) {
      const identifier = reqString(event.request, 'dBInstanceIdentifier');
      const cluster = optString(event.request, 'dBClusterIdentifier');
      if (cluster !== undefined) {
        createClusterInstance(event, ctx, lower(identifier), lower(cluster));
        return;
      }
      const draft = ctx.create(INSTANCE, identifier, { fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
      applyArguments(draft, event);
      if (draft.fields.instance_class === undefined) throw new MalformedRecordError('missing dBInstanceClass');
      // The import reads the full version ("8.0.32" for a requested "8.0"); the response already has it.
      const actualVersion = optString(event.response, 'engineVersion');
      if (actualVersion !== undefined) draft.fields.engine_version = text(actualVersion);
      versionPrefixWhenAutoUpgraded(draft, event);
      if (optBool(event.request, 'manageMasterUserPassword') !== true && at(event.request, 'masterUserPassword') !== undefined) passwordVariable(draft);
      skipFinalSnapshot(draft);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyDBInstance(event, ctx) {
      const identifier = reqString(event.request, 'dBInstanceIdentifier');
      const cluster = optString(event.response, 'dBClusterIdentifier');
      if (ctx.find(CLUSTER_INSTANCE, lower(identifier)) || (cluster !== undefined && !ctx.find(INSTANCE, identifier))) {
        modifyClusterInstance(event, ctx, lower(identifier), cluster);
        return;
      }
      const draft = changeInstance(event, ctx, identifier);
      applyArguments(draft, event);
      completeAdopted(draft);
      const logs = at(event.request, 'cloudwatchLogsExportConfiguration');
      if (isObject(logs)) {
        const current = draft.fields.enabled_cloudwatch_logs_exports;
        const enabled = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
        for (const type of stringList(logs, 'enableLogTypes')) enabled.add(type);
        for (const type of stringList(logs, 'disableLogTypes')) enabled.delete(type);
        draft.fields.enabled_cloudwatch_logs_exports = strings([...enabled].sort());
      }
      if (optBool(event.request, 'manageMasterUserPassword') === true) {
        delete draft.fields.password;
      } else if (at(event.request, 'masterUserPassword') !== undefined) {
        passwordVariable(draft);
      }
      const renamed = optString(event.request, 'newDBInstanceIdentifier');
      if (renamed !== undefined) {
        draft.fields.identifier = text(renamed);
        draft.importId = renamed;
        draft.nameHint = renamed;
        draft.aliases = [...draft.aliases, renamed];
        draft.exports.identifier = renamed;
        draft.exports.arn = instanceArn(event, renamed);
      }
      if (optBool(event.request, 'applyImmediately') !== true) {
        draft.note('The session changed it without applyImmediately: the change waits for the maintenance window, and terraform plan shows it until then.');
      }
    },
    DeleteDBInstance(event, ctx) {
      const identifier = reqString(event.request, 'dBInstanceIdentifier');
      if (ctx.find(CLUSTER_INSTANCE, lower(identifier)) || (optString(event.response, 'dBClusterIdentifier') !== undefined && !ctx.find(INSTANCE, identifier))) {
        ctx.remove(CLUSTER_INSTANCE, lower(identifier));
      } else {
        ctx.remove(INSTANCE, identifier);
      }
    },
    CreateDBCluster(event, ctx) {
      const identifier = lower(reqString(event.request, 'dBClusterIdentifier'));
      const draft = ctx.create(CLUSTER, identifier, { fields: { cluster_identifier: text(identifier) }, exports: clusterExports(event, identifier) });
      applyArguments(draft, event, CLUSTER_ARGUMENTS);
      if (draft.fields.engine === undefined) throw new MalformedRecordError('missing engine');
      // The import reads the full version ("16.4" for a requested "16"); the response already has it.
      const actualVersion = optString(event.response, 'engineVersion');
      if (actualVersion !== undefined) draft.fields.engine_version = text(actualVersion);
      // RDS upgrades minor versions in maintenance windows (Aurora by default), so the version the
      // session saw drifts; a plan would then try to downgrade it.
      if (draft.fields.engine_version !== undefined && optBool(event.request, 'autoMinorVersionUpgrade') !== false) {
        draft.ignoreChanges('engine_version', 'RDS applies minor version upgrades on its own (auto minor version upgrade): a newer minor version than the one created is expected, not a change to undo');
      }
      // availability_zones forces a new cluster and RDS adds zones to the ones asked for: only what the
      // response reports is stated, otherwise the import's value stands (it is computed).
      const zones = at(event.response, 'availabilityZones');
      if (zones !== undefined) draft.fields.availability_zones = strings(stringList(event.response, 'availabilityZones').sort());
      applyScaling(draft, event);
      if (optBool(event.request, 'manageMasterUserPassword') !== true && at(event.request, 'masterUserPassword') !== undefined) clusterPasswordVariable(draft);
      clusterSkipFinalSnapshot(draft);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyDBCluster(event, ctx) {
      const identifier = lower(reqString(event.request, 'dBClusterIdentifier'));
      const draft = changeCluster(event, ctx, identifier);
      applyArguments(draft, event, CLUSTER_ARGUMENTS);
      applyScaling(draft, event);
      applyLogExports(draft, event);
      completeAdoptedCluster(draft);
      if (optBool(event.request, 'manageMasterUserPassword') === true) {
        delete draft.fields.master_password;
        draft.fields.manage_master_user_password = flag(true);
      } else if (at(event.request, 'masterUserPassword') !== undefined) {
        clusterPasswordVariable(draft);
      }
      const renamed = optString(event.request, 'newDBClusterIdentifier');
      if (renamed !== undefined) {
        const name = lower(renamed);
        draft.fields.cluster_identifier = text(name);
        draft.importId = name;
        draft.nameHint = name;
        draft.aliases = [...draft.aliases, name];
        draft.exports.id = name;
        draft.exports.cluster_identifier = name;
        draft.exports.arn = rdsArn(event, 'cluster', name);
      }
      if (optBool(event.request, 'applyImmediately') !== true) {
        draft.note('The session changed it without applyImmediately: some changes wait for the maintenance window, and terraform plan shows them until then.');
      }
    },
    DeleteDBCluster(event, ctx) {
      const identifier = lower(reqString(event.request, 'dBClusterIdentifier'));
      // Deleting a cluster needs its instances gone first; any the session still has went with it.
      for (const member of ctx.all(CLUSTER_INSTANCE)) {
        const cluster = member.fields.cluster_identifier;
        if (cluster && cluster.kind === 'string' && cluster.value === identifier) ctx.remove(CLUSTER_INSTANCE, member.id);
      }
      ctx.remove(CLUSTER, identifier);
    },
    CreateDBParameterGroup(event, ctx) {
      createParameterGroup(event, ctx, DB_PG);
    },
    ModifyDBParameterGroup(event, ctx) {
      modifyParameterGroup(event, ctx, DB_PG);
    },
    ResetDBParameterGroup(event, ctx) {
      resetParameterGroup(event, ctx, DB_PG);
    },
    DeleteDBParameterGroup(event, ctx) {
      ctx.remove(PARAMETER_GROUP, reqString(event.request, DB_PG.nameKey));
    },
    CreateDBClusterParameterGroup(event, ctx) {
      createParameterGroup(event, ctx, CLUSTER_PG);
    },
    ModifyDBClusterParameterGroup(event, ctx) {
      modifyParameterGroup(event, ctx, CLUSTER_PG);
    },
    ResetDBClusterParameterGroup(event, ctx) {
      resetParameterGroup(event, ctx, CLUSTER_PG);
    },
    DeleteDBClusterParameterGroup(event, ctx) {
      ctx.remove(CLUSTER_PARAMETER_GROUP, reqString(event.request, CLUSTER_PG.nameKey));
    },
    AddTagsToResource(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tags')));
    },
    RemoveTagsFromResource(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
    CreateDBSubnetGroup(event, ctx) {
      const name = reqString(event.request, 'dBSubnetGroupName');
      const draft = ctx.create(SUBNET_GROUP, name, { fields: subnetGroupFields(event, name), exports: { id: name, name, arn: subnetGroupArn(event, name) } });
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyDBSubnetGroup(event, ctx) {
      const name = reqString(event.request, 'dBSubnetGroupName');
      const body = subnetGroupFields(event, name);
      const draft = ctx.change(SUBNET_GROUP, name, { fields: body, exports: { id: name, name, arn: subnetGroupArn(event, name) } });
      draft.fields.subnet_ids = body.subnet_ids;
      if (optString(event.request, 'dBSubnetGroupDescription') !== undefined) draft.fields.description = body.description;
      else if (draft.fields.description === undefined && body.description !== undefined) draft.fields.description = body.description;
    },
    DeleteDBSubnetGroup(event, ctx) {
      ctx.remove(SUBNET_GROUP, reqString(event.request, 'dBSubnetGroupName'));
    },
  },
};
