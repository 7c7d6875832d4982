// Amazon RDS DB instances and DB subnet groups. Query protocol rendered in lowerCamel with the odd
// acronym casing of the API (`dBInstanceIdentifier`, `dBSubnetGroupName`, `multiAZ`); tags are
// `[{key, value}]`; the master password is `HIDDEN_DUE_TO_SECURITY_REASONS` (or `****` in older
// records) and becomes a sensitive variable.
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/logging-using-cloudtrail.html
// Parameters: https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, kmsKeyArn, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { fields, flag, maybe, number, sensitive, strings, tagsField, text } from './values';

const doc = (name: string) => `https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${name}#import`;

const INSTANCE = 'aws_db_instance';
const SUBNET_GROUP = 'aws_db_subnet_group';

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

function applyArguments(draft: ResourceDraft, event: MapperEvent): void {
  const request = event.request;
  const f = draft.fields;
  for (const [key, argument, kind] of INSTANCE_ARGUMENTS) {
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
  const partition = event.region.startsWith('cn-') ? 'aws-cn' : event.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:rds:${event.region}:${event.accountId}:db:${identifier}`;
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

/** Aurora members are aws_rds_cluster_instance (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster_instance). */
function auroraReason(identifier: string, cluster: string): string {
  return `${identifier} is an instance of the Aurora cluster ${cluster} (aws_rds_cluster_instance), which Trailform does not map yet`;
}

function subnetGroupArn(event: MapperEvent, name: string): string {
  return optString(event.response, 'dBSubnetGroupArn') ?? instanceArn(event, name).replace(/:db:[^:]+$/, `:subgrp:${name}`);
}

/** An instance the session has (by identifier or a later name), or one adopted from the response's description. */
function changeInstance(event: MapperEvent, ctx: FoldContext, identifier: string): ResourceDraft {
  const draft = ctx.change(INSTANCE, identifier, { importId: identifier, nameHint: identifier, fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
  if (!draft.created && draft.fields.instance_class === undefined) {
    // Modify responses describe the whole instance; its class makes the adopted block complete.
    const instanceClass = optString(event.response, 'dBInstanceClass');
    if (instanceClass !== undefined) draft.fields.instance_class = text(instanceClass);
  }
  return draft;
}

/** `arn:aws:rds:region:account:db:NAME` or `…:subgrp:NAME` (AddTagsToResource, RemoveTagsFromResource). */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceName');
  const match = /:(db|subgrp):([^:]+)$/.exec(arn);
  if (!match) {
    ctx.unsupported(`tags ${arn}, an RDS resource type Trailform does not map`);
    return undefined;
  }
  const name = match[2]!;
  if (match[1] === 'db') {
    const draft = changeInstance(event, ctx, name);
    completeAdopted(draft);
    return draft;
  }
  return ctx.change(SUBNET_GROUP, name, { importId: name, nameHint: name, fields: { name: text(name) }, exports: { id: name, name, arn } });
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

export const rds: ServiceMapper = {
  service: 'rds',
  eventSource: 'rds.amazonaws.com',
  resources: [
    {
      type: INSTANCE,
      importDoc: doc('db_instance'),
      required: ['instance_class'],
      references: {
        db_subnet_group_name: [SUBNET_GROUP],
        vpc_security_group_ids: ['aws_security_group'],
        parameter_group_name: ['aws_db_parameter_group'],
        option_group_name: ['aws_db_option_group'],
        kms_key_id: ['aws_kms_key'],
        performance_insights_kms_key_id: ['aws_kms_key'],
        master_user_secret_kms_key_id: ['aws_kms_key'],
        monitoring_role_arn: ['aws_iam_role'],
      },
      events: ['CreateDBInstance', 'ModifyDBInstance', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBInstance'],
    },
    {
      type: SUBNET_GROUP,
      importDoc: doc('db_subnet_group'),
      required: ['subnet_ids'],
      references: { subnet_ids: ['aws_subnet'] },
      events: ['CreateDBSubnetGroup', 'ModifyDBSubnetGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBSubnetGroup'],
    },
  ],
  events: {
    CreateDBInstance(event, ctx) {
      const identifier = reqString(event.request, 'dBInstanceIdentifier');
      const cluster = optString(event.request, 'dBClusterIdentifier');
      if (cluster !== undefined) {
        ctx.unsupported(auroraReason(identifier, cluster));
        return;
      }
      const draft = ctx.create(INSTANCE, identifier, { importId: identifier, nameHint: identifier, fields: { identifier: text(identifier) }, exports: instanceExports(event, identifier) });
      applyArguments(draft, event);
      if (draft.fields.instance_class === undefined) throw new MalformedRecordError('missing dBInstanceClass');
      // The import reads the full version ("8.0.32" for a requested "8.0"); the response already has it.
      const actualVersion = optString(event.response, 'engineVersion');
      if (actualVersion !== undefined) draft.fields.engine_version = text(actualVersion);
      if (optBool(event.request, 'manageMasterUserPassword') !== true && at(event.request, 'masterUserPassword') !== undefined) passwordVariable(draft);
      skipFinalSnapshot(draft);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyDBInstance(event, ctx) {
      const identifier = reqString(event.request, 'dBInstanceIdentifier');
      const cluster = optString(event.response, 'dBClusterIdentifier');
      if (cluster !== undefined && !ctx.find(INSTANCE, identifier)) {
        ctx.unsupported(auroraReason(identifier, cluster));
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
      ctx.remove(INSTANCE, reqString(event.request, 'dBInstanceIdentifier'));
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
      const draft = ctx.create(SUBNET_GROUP, name, { importId: name, nameHint: name, fields: subnetGroupFields(event, name), exports: { id: name, name, arn: subnetGroupArn(event, name) } });
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyDBSubnetGroup(event, ctx) {
      const name = reqString(event.request, 'dBSubnetGroupName');
      const body = subnetGroupFields(event, name);
      const draft = ctx.change(SUBNET_GROUP, name, { importId: name, nameHint: name, fields: body, exports: { id: name, name, arn: subnetGroupArn(event, name) } });
      draft.fields.subnet_ids = body.subnet_ids;
      if (optString(event.request, 'dBSubnetGroupDescription') !== undefined) draft.fields.description = body.description;
      else if (draft.fields.description === undefined && body.description !== undefined) draft.fields.description = body.description;
    },
    DeleteDBSubnetGroup(event, ctx) {
      ctx.remove(SUBNET_GROUP, reqString(event.request, 'dBSubnetGroupName'));
    },
  },
};
