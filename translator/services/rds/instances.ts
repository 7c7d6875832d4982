// RDS DB instances (not cluster members): creation, modification, renames, the hidden master password.

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, MalformedRecordError, optBool, optString, readTags, reqString } from '../read';
import { flag, sensitive, tagsField, text } from '../values';
import { applyArguments, applyLogExports, CLUSTER_INSTANCE, INSTANCE, INSTANCE_DOC, type Kind, lower, rdsArn, ignoreAutoMinorUpgrades, rename } from './shared';
import { createClusterInstance, modifyClusterInstance } from './clusters';

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
export function completeAdopted(draft: ResourceDraft): void {
  if (!draft.created && draft.fields.instance_class !== undefined && draft.fields.skip_final_snapshot === undefined) skipFinalSnapshot(draft);
}

export function instanceExports(event: MapperEvent, identifier: string): Record<string, string> {
  const exports: Record<string, string> = { identifier, arn: optString(event.response, 'dBInstanceArn') ?? rdsArn(event, 'db', identifier) };
  // Since provider v5 the instance's id is its DbiResourceId, not its identifier.
  const resourceId = optString(event.response, 'dbiResourceId');
  if (resourceId !== undefined) {
    exports.id = resourceId;
    exports.resource_id = resourceId;
  }
  return exports;
}

/** An instance the session has (by identifier or a later name), or one adopted from the response's description. */
export function changeInstance(event: MapperEvent, ctx: FoldContext, identifier: string): ResourceDraft {
  const draft = ctx.change(INSTANCE, identifier, { fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
  if (!draft.created && draft.fields.instance_class === undefined) {
    // Modify responses describe the whole instance; its class makes the adopted block complete.
    const instanceClass = optString(event.response, 'dBInstanceClass');
    if (instanceClass !== undefined) draft.fields.instance_class = text(instanceClass);
  }
  return draft;
}

export const instanceHandlers: Record<string, EventHandler> = {
  CreateDBInstance(event, ctx) {
    const identifier = reqString(event.request, 'dBInstanceIdentifier');
    const cluster = optString(event.request, 'dBClusterIdentifier');
    if (cluster !== undefined) {
      createClusterInstance(event, ctx, lower(identifier), lower(cluster));
      return;
    }
    const draft = ctx.create(INSTANCE, identifier, { fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
    applyArguments(draft, event, INSTANCE_ARGUMENTS);
    if (draft.fields.instance_class === undefined) throw new MalformedRecordError('missing dBInstanceClass');
    // Left out of the request, RDS decides it (public in a default VPC with an internet gateway) and the
    // response says what it chose; the provider's default false would otherwise make the instance private.
    const publiclyAccessible = optBool(event.response, 'publiclyAccessible');
    if (draft.fields.publicly_accessible === undefined && publiclyAccessible === true) draft.fields.publicly_accessible = flag(true);
    // The import reads the full version ("8.0.32" for a requested "8.0"); the response already has it.
    const actualVersion = optString(event.response, 'engineVersion');
    if (actualVersion !== undefined) draft.fields.engine_version = text(actualVersion);
    ignoreAutoMinorUpgrades(draft, event);
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
    applyArguments(draft, event, INSTANCE_ARGUMENTS);
    completeAdopted(draft);
    applyLogExports(draft, event);
    if (optBool(event.request, 'manageMasterUserPassword') === true) {
      delete draft.fields.password;
    } else if (at(event.request, 'masterUserPassword') !== undefined) {
      passwordVariable(draft);
    }
    const renamed = optString(event.request, 'newDBInstanceIdentifier');
    if (renamed !== undefined) rename(draft, event, renamed, 'identifier', 'db', ['identifier']);
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
};
