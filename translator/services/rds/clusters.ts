// Aurora and Multi-AZ DB clusters and their member instances.

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, maybe, number, sensitive, strings, tagsField, text } from '../values';
import { applyArguments, applyLogExports, CLUSTER, CLUSTER_DOC, CLUSTER_INSTANCE, lower, rdsArn, type Kind, rename } from './shared';

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

export function clusterExports(event: MapperEvent, identifier: string): Record<string, string> {
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

/** An adopted cluster gets a block once its engine is known: state what the import records for skip_final_snapshot. */
function completeAdoptedCluster(draft: ResourceDraft): void {
  if (!draft.created && draft.fields.engine !== undefined && draft.fields.skip_final_snapshot === undefined) clusterSkipFinalSnapshot(draft);
}

/** resourceClusterImport (internal/service/rds/cluster.go) records skip_final_snapshot = true: no API returns it. */
function clusterSkipFinalSnapshot(draft: ResourceDraft): void {
  draft.fields.skip_final_snapshot = flag(true);
  draft.note('skip_final_snapshot = true is what the import records; set it to false with a final_snapshot_identifier to keep a snapshot on destroy.');
}

export function changeCluster(event: MapperEvent, ctx: FoldContext, identifier: string): ResourceDraft {
  const draft = ctx.change(CLUSTER, identifier, { fields: { cluster_identifier: text(identifier) }, exports: clusterExports(event, identifier) });
  if (!draft.created && draft.fields.engine === undefined) {
    // Modify responses describe the whole cluster; its engine makes the adopted block complete.
    const engine = optString(event.response, 'engine');
    if (engine !== undefined) draft.fields.engine = text(engine.toLowerCase());
  }
  return draft;
}

function clusterInstanceExports(event: MapperEvent, identifier: string): Record<string, string> {
  const exports: Record<string, string> = { id: identifier, identifier, arn: optString(event.response, 'dBInstanceArn') ?? rdsArn(event, 'db', identifier) };
  const resourceId = optString(event.response, 'dbiResourceId');
  if (resourceId !== undefined) exports.dbi_resource_id = resourceId;
  return exports;
}

/** A cluster member the session has, or one adopted with what the response says about it. */
export function changeClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string | undefined): ResourceDraft {
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

/** An Aurora (or Multi-AZ DB cluster) member: CreateDBInstance with dBClusterIdentifier. */
export function createClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string): void {
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

export function modifyClusterInstance(event: MapperEvent, ctx: FoldContext, identifier: string, cluster: string | undefined): void {
  const draft = changeClusterInstance(event, ctx, identifier, cluster);
  applyArguments(draft, event, CLUSTER_INSTANCE_ARGUMENTS);
  const renamed = optString(event.request, 'newDBInstanceIdentifier');
  if (renamed !== undefined) rename(draft, event, lower(renamed), 'identifier', 'db', ['id', 'identifier']);
  if (optBool(event.request, 'applyImmediately') !== true) {
    draft.note('The session changed it without applyImmediately: the change waits for the maintenance window, and terraform plan shows it until then.');
  }
}

export const clusterHandlers: Record<string, EventHandler> = {
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
    if (renamed !== undefined) rename(draft, event, lower(renamed), 'cluster_identifier', 'cluster', ['id', 'cluster_identifier']);
    if (optBool(event.request, 'applyImmediately') !== true) {
      draft.note('The session changed it without applyImmediately: some changes wait for the maintenance window, and terraform plan shows them until then.');
    }
  },
  DeleteDBCluster(event, ctx) {
    const identifier = lower(reqString(event.request, 'dBClusterIdentifier'));
    // Deleting a cluster needs its instances gone first; any the session still has went with it.
    for (const member of ctx.allHolding(CLUSTER_INSTANCE, 'cluster_identifier', identifier)) {
      const cluster = member.field('cluster_identifier');
      if (cluster && cluster.kind === 'string' && cluster.value === identifier) ctx.remove(CLUSTER_INSTANCE, member.id);
    }
    ctx.remove(CLUSTER, identifier);
  },
};
