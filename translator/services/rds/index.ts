// Amazon RDS DB instances, Aurora / Multi-AZ DB clusters and their instances, DB subnet groups and DB
// (cluster) parameter groups. Query protocol rendered in lowerCamel with the odd
// acronym casing of the API (`dBInstanceIdentifier`, `dBSubnetGroupName`, `multiAZ`); tags are
// `[{key, value}]`; the master password is `HIDDEN_DUE_TO_SECURITY_REASONS` (or `****` in older
// records) and becomes a sensitive variable.
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/logging-using-cloudtrail.html
// Parameters: https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html

// Assembled from one file per area; mergeHandlers refuses an event two parts define.

import { mergeHandlers, type EventHandler, type ResourceTypeSpec, type ServiceMapper } from '../mapper';
import { ADD_TAGS_TO_RESOURCE, taggingHandlers } from '../tagging';
import { changeCluster, changeClusterInstance, clusterHandlers } from './clusters';
import { groupHandlers } from './groups';
import { changeInstance, completeAdopted, instanceHandlers } from './instances';
import { ACTIVITY_STREAM, restoreHandlers } from './restores';
import { CLUSTER, CLUSTER_INSTANCE, CLUSTER_PARAMETER_GROUP, INSTANCE, lower, PARAMETER_GROUP, SUBNET_GROUP } from './shared';

const ARN = 'arn:{partition}:rds:{region}:{account}';

const resources: ResourceTypeSpec[] = [
  {
    type: INSTANCE,
    identity: { arn: `${ARN}:db:{id}` },
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
    events: ['CreateDBInstance', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceFromS3', 'RestoreDBInstanceToPointInTime', 'ModifyDBInstance', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBInstance'],
  },
  {
    type: SUBNET_GROUP,
    identity: { arn: `${ARN}:subgrp:{id}`, field: 'name', exports: ['id', 'name', 'arn'] },
    required: ['subnet_ids'],
    references: { subnet_ids: ['aws_subnet'] },
    events: ['CreateDBSubnetGroup', 'ModifyDBSubnetGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBSubnetGroup'],
  },
  {
    type: CLUSTER,
    identity: { arn: `${ARN}:cluster:{id}` },
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
    events: ['CreateDBCluster', 'RestoreDBClusterFromSnapshot', 'RestoreDBClusterFromS3', 'RestoreDBClusterToPointInTime', 'ModifyDBCluster', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBCluster'],
  },
  {
    type: CLUSTER_INSTANCE,
    identity: { arn: `${ARN}:db:{id}` },
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
    identity: { arn: `${ARN}:pg:{id}`, field: 'name', exports: ['id', 'name', 'arn'] },
    required: ['family'],
    events: ['CreateDBParameterGroup', 'ModifyDBParameterGroup', 'ResetDBParameterGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBParameterGroup'],
  },
  {
    type: CLUSTER_PARAMETER_GROUP,
    identity: { arn: `${ARN}:cluster-pg:{id}`, field: 'name', exports: ['id', 'name', 'arn'] },
    required: ['family'],
    events: ['CreateDBClusterParameterGroup', 'ModifyDBClusterParameterGroup', 'ResetDBClusterParameterGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteDBClusterParameterGroup'],
  },
  { type: ACTIVITY_STREAM, required: [], importOnly: true, events: ['StartActivityStream', 'StopActivityStream'] },
];

/** The handler tables of the parts, in the order they are merged (a test checks they are disjoint). */
export const rdsParts: Readonly<Record<string, Readonly<Record<string, EventHandler>>>> = {
  instances: instanceHandlers,
  clusters: clusterHandlers,
  groups: groupHandlers,
  restores: restoreHandlers,
  tagging: taggingHandlers(resources, ADD_TAGS_TO_RESOURCE, {
    adopt: {
      // A `db:` ARN names a cluster member when the session has one by that identifier.
      [INSTANCE]: (name, event, ctx) => {
        if (ctx.find(CLUSTER_INSTANCE, lower(name))) return changeClusterInstance(event, ctx, lower(name), undefined);
        const draft = changeInstance(event, ctx, name);
        completeAdopted(draft);
        return draft;
      },
      [CLUSTER]: (name, event, ctx) => changeCluster(event, ctx, lower(name)),
    },
    unmapped: (arn) => `tags ${arn}, an RDS resource type Trailform does not map`,
    unmappedAs: 'unsupported',
  }),
};

export const rds: ServiceMapper = {
  service: 'rds',
  eventSource: 'rds.amazonaws.com',
  resources,
  events: mergeHandlers(...Object.values(rdsParts)),
};
