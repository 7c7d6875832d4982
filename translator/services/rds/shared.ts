// What the parts of the RDS mapper share: type names, the request-parameter tables' reader, ARNs.

import type { MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, kmsKeyArn, optBool, optNumber, optString, stringList } from '../read';
import { flag, number, strings, text } from '../values';
import { buildArn } from '../arn';

export const INSTANCE = 'aws_db_instance';
export const SUBNET_GROUP = 'aws_db_subnet_group';
export const CLUSTER = 'aws_rds_cluster';
export const CLUSTER_INSTANCE = 'aws_rds_cluster_instance';
export const PARAMETER_GROUP = 'aws_db_parameter_group';
export const CLUSTER_PARAMETER_GROUP = 'aws_rds_cluster_parameter_group';

export const CLUSTER_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster';

export const INSTANCE_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/db_instance';

export type Kind = 'string' | 'number' | 'bool' | 'strings' | 'lower';

/** RDS reports these keys as key ARNs; one named by alias is left to the import (the arguments are computed). */
const KMS_KEY_ARGUMENTS = new Set(['kms_key_id', 'performance_insights_kms_key_id', 'master_user_secret_kms_key_id']);

export function applyArguments(draft: ResourceDraft, event: MapperEvent, table: readonly (readonly [string, string, Kind])[]): void {
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

/** `arn:…:rds:region:account:KIND:NAME` (KIND db, cluster, subgrp, pg, cluster-pg). */
export function rdsArn(event: MapperEvent, kind: string, name: string): string {
  return buildArn(event, 'rds', `${kind}:${name}`);
}

/** RDS stores cluster and instance identifiers in lower case, and the provider only accepts lower case. */
export const lower = (identifier: string) => identifier.toLowerCase();

/** enableLogTypes / disableLogTypes applied to a `enabled_cloudwatch_logs_exports` set. */
export function applyLogExports(draft: ResourceDraft, event: MapperEvent): void {
  const logs = at(event.request, 'cloudwatchLogsExportConfiguration');
  if (!isObject(logs)) return;
  const current = draft.fields.enabled_cloudwatch_logs_exports;
  const enabled = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
  for (const type of stringList(logs, 'enableLogTypes')) enabled.add(type);
  for (const type of stringList(logs, 'disableLogTypes')) enabled.delete(type);
  draft.fields.enabled_cloudwatch_logs_exports = strings([...enabled].sort());
}

/**
 * With auto minor version upgrade on (the default), RDS moves the instance to newer minor versions in its
 * maintenance window, and a full version in the configuration would then plan a downgrade. A version
 * prefix (`16` for 16.4) is no way out for an imported instance: the import stores the full version the
 * API reports, and the provider (6.25.0) has no diff suppression for `engine_version` on aws_db_instance,
 * so the first plan would change "16.4" to "16" (hashicorp/terraform-provider-aws#39579, #49496). So the
 * version as RDS reports it, and the minor upgrades RDS makes on its own are ignored, as for clusters.
 */
export function ignoreAutoMinorUpgrades(draft: ResourceDraft, event: MapperEvent): void {
  if (draft.fields.engine_version?.kind !== 'string') return;
  if (optBool(event.request, 'autoMinorVersionUpgrade') === false) return;
  draft.ignoreChanges('engine_version', 'RDS applies minor version upgrades on its own (auto minor version upgrade): a newer minor version than the one created is expected, not a change to undo');
}

/**
 * A rename (`newDBInstanceIdentifier`, `newDBClusterIdentifier`): the new name becomes the identifier
 * argument, the import ID and the Terraform name, the old one still finds the resource, and the
 * exported attributes that carry the name (`exported`; an instance's `id` is its resource ID) and the
 * ARN follow it.
 */
export function rename(draft: ResourceDraft, event: MapperEvent, name: string, argument: string, arnKind: string, exported: readonly string[]): void {
  draft.fields[argument] = text(name);
  draft.importId = name;
  draft.nameHint = name;
  draft.aliases = [...draft.aliases, name];
  for (const attribute of exported) draft.exports[attribute] = name;
  draft.exports.arn = rdsArn(event, arnKind, name);
}
