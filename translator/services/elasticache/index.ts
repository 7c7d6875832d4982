// Amazon ElastiCache (Query protocol: request members in lowerCamel, `cacheClusterId`, `aZMode`, `multiAZEnabled`;
// responseElements hold the API result object itself, as the real CreateCacheCluster record shows; the wrapped form
// `{ cacheCluster }` / `{ cacheSubnetGroup }` / `{ replicationGroup }` is read too).
// Event and field names: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/logging-using-cloudtrail.html
// API members: https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheCluster.html
//
// Subnet groups, clusters and replication groups here; parameter groups, serverless caches, users and user
// groups in ./access.ts. All are mapped in full.
// ElastiCache keeps identifiers in lower case and the provider stores them so (StateFunc ToLower on
// cluster_id, replication_group_id, the subnet and parameter group names): they are written and imported lower-cased.
// Member nodes of a replication group (`<group>-001` …) belong to the group and are never a separate cluster.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import { providerDoc, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, mergeHandlers } from '../mapper';
import { at, isObject, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { applyTags } from '../tags';
import { blocks, fields, flag, flagAt, maybe, number, numberAt, sensitive, strings, stringsAt, tagsField, text, textAt } from '../values';
import { buildArn } from '../arn';
import { accessHandlers, namedInit, PARAMETER_GROUP, SERVERLESS, USER, USER_GROUP, userGroupInit, userInit } from './access';

const SUBNET_GROUP = 'aws_elasticache_subnet_group';
const CLUSTER = 'aws_elasticache_cluster';
const REPLICATION_GROUP = 'aws_elasticache_replication_group';
const CLUSTER_DOC = providerDoc('elasticache_cluster');
const RG_DOC = providerDoc('elasticache_replication_group');



function arnOf(event: MapperEvent, kind: string, id: string): string {
  return buildArn(event, 'elasticache', `${kind}:${id}`);
}

const lower = (value: string | undefined) => value?.toLowerCase();

/** A boolean the provider holds as the string "true"/"false" (auto_minor_version_upgrade, at_rest_encryption_enabled). */
function boolTextAt(source: JsonValue | undefined, path: string) {
  const value = optBool(source, path);
  return value === undefined ? undefined : text(String(value));
}

/** Sets or (undefined) leaves an argument as it is. */
function assign(f: Fields, entries: Fields): void {
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) f[k] = v;
}

/**
 * `logDeliveryConfigurations: [{logType, destinationType, destinationDetails: {cloudWatchLogsDetails: {logGroup} |
 * kinesisFirehoseDetails: {deliveryStream}}, logFormat, enabled}]` as log_delivery_configuration blocks, keyed by
 * log type: an entry replaces the one of its type, `enabled: false` removes it (ModifyCacheCluster semantics).
 */
function applyLogDelivery(f: Fields, source: JsonValue | undefined): void {
  const entries = listAt(source, 'logDeliveryConfigurations');
  if (entries.length === 0) return;
  const existing = f.log_delivery_configuration;
  const byType = new Map<string, Fields>();
  if (existing && existing.kind === 'blocks') {
    for (const item of existing.items) {
      const t = item.log_type;
      if (t && t.kind === 'string') byType.set(t.value, item);
    }
  }
  entries.forEach((e, i) => {
    if (!isObject(e)) throw new MalformedRecordError(`logDeliveryConfigurations[${i}] should be an object`);
    const logType = reqString(e, 'logType');
    if (optBool(e, 'enabled') === false) {
      byType.delete(logType);
      return;
    }
    const destination = optString(e, 'destinationDetails.cloudWatchLogsDetails.logGroup') ?? optString(e, 'destinationDetails.kinesisFirehoseDetails.deliveryStream');
    if (destination === undefined) throw new MalformedRecordError(`logDeliveryConfigurations[${i}] names no destination`);
    byType.set(logType, {
      destination: text(destination),
      destination_type: text(reqString(e, 'destinationType')),
      log_format: text(reqString(e, 'logFormat')),
      log_type: text(logType),
    });
  });
  if (byType.size === 0) delete f.log_delivery_configuration;
  else f.log_delivery_configuration = blocks(...byType.values());
}

/** notificationTopicArn, switched off by `notificationTopicStatus: inactive` (the provider reads only an active topic). */
function applyNotification(f: Fields, r: JsonValue): void {
  const topic = optString(r, 'notificationTopicArn');
  if (optString(r, 'notificationTopicStatus') === 'inactive') delete f.notification_topic_arn;
  else if (topic !== undefined) f.notification_topic_arn = text(topic);
}

/** Arguments the provider never reads back, set on create only: ignored after import so the plan is empty. */
function ignoreUnreadable(draft: ResourceDraft, docUrl: string, names: readonly string[]): void {
  for (const name of names) {
    if (draft.fields[name] !== undefined) draft.ignoreChanges(name, `the provider does not read ${names.filter((n) => draft.fields[n] !== undefined).join(', ')} back from the API, so the import leaves them unset (${docUrl})`);
  }
}

// ---- subnet groups -------------------------------------------------------------------------------------------

function subnetGroupInit(event: MapperEvent, name: string) {
  return { importId: name, nameHint: name, exports: { name, id: name, arn: optString(result(event, 'cacheSubnetGroup'), 'aRN') ?? arnOf(event, 'subnetgroup', name) } };
}

// ---- clusters ------------------------------------------------------------------------------------------------

function clusterInit(event: MapperEvent, id: string) {
  return { importId: id, nameHint: id, exports: { id, cluster_id: id, arn: optString(result(event, 'cacheCluster'), 'aRN') ?? arnOf(event, 'cluster', id) } };
}

/** The replication group a cluster call is about when the cluster is one of its member nodes. */
function groupOfMember(event: MapperEvent, ctx: FoldContext, clusterId: string): string | undefined {
  const fromRecord = lower(optString(event.request, 'replicationGroupId') ?? optString(result(event, 'cacheCluster'), 'replicationGroupId'));
  if (fromRecord) return fromRecord;
  if (ctx.find(CLUSTER, clusterId)) return undefined;
  return ctx.find(REPLICATION_GROUP, clusterId)?.id;
}

/** Arguments CreateCacheCluster and ModifyCacheCluster share, applied over what the cluster has. */
function applyClusterSettings(draft: ResourceDraft, r: JsonValue): void {
  const f = draft.fields;
  assign(f, {
    node_type: textAt(r, 'cacheNodeType'),
    num_cache_nodes: numberAt(r, 'numCacheNodes'),
    az_mode: textAt(r, 'aZMode'),
    engine_version: textAt(r, 'engineVersion'),
    parameter_group_name: maybe(lower(optString(r, 'cacheParameterGroupName')), text),
    security_group_ids: stringsAt(r, 'securityGroupIds'),
    maintenance_window: maybe(lower(optString(r, 'preferredMaintenanceWindow')), text),
    auto_minor_version_upgrade: boolTextAt(r, 'autoMinorVersionUpgrade'),
    snapshot_retention_limit: numberAt(r, 'snapshotRetentionLimit'),
    snapshot_window: textAt(r, 'snapshotWindow'),
    ip_discovery: textAt(r, 'ipDiscovery'),
  });
  applyNotification(f, r);
  applyLogDelivery(f, r);
  if (at(r, 'authToken') !== undefined) {
    draft.note('The cluster has a Redis AUTH token (hidden in CloudTrail); aws_elasticache_cluster has no argument for it.');
  }
}

function hasPending(cluster: JsonValue): boolean {
  const pending = at(cluster, 'pendingModifiedValues');
  return isObject(pending) && Object.keys(pending).length > 0;
}

// ---- replication groups --------------------------------------------------------------------------------------

/** Responses hold the result object itself (as the CreateCacheCluster example shows), or wrapped under its name. */
function result(event: MapperEvent, wrapper: string): JsonValue {
  const wrapped = at(event.response, wrapper);
  return isObject(wrapped) ? wrapped : event.response;
}

/** CreateReplicationGroup's response: the group, with its member clusters (`<group>-001` …). */
function groupInit(event: MapperEvent, id: string) {
  const group = result(event, 'replicationGroup');
  const members = stringList(group, 'memberClusters').map((m) => m.toLowerCase());
  return {
    importId: id,
    nameHint: id,
    exports: { id, arn: optString(group, 'aRN') ?? arnOf(event, 'replicationgroup', id) },
    aliases: members,
  };
}

/** AUTH token: CloudTrail hides it and the API never returns it, so the provider cannot read it back after import. */
function setAuthToken(draft: ResourceDraft): void {
  draft.fields.auth_token = sensitive(`Redis AUTH token of the replication group ${draft.nameHint} (CloudTrail hides it)`);
  draft.ignoreChanges('auth_token', `the API never returns the AUTH token, so the import cannot read it (${RG_DOC})`);
}

function applyGroupSettings(draft: ResourceDraft, r: JsonValue): void {
  const f = draft.fields;
  const failover = optBool(r, 'automaticFailoverEnabled');
  const multiAz = optBool(r, 'multiAZEnabled');
  assign(f, {
    description: textAt(r, 'replicationGroupDescription'),
    node_type: textAt(r, 'cacheNodeType'),
    engine_version: textAt(r, 'engineVersion'),
    parameter_group_name: maybe(lower(optString(r, 'cacheParameterGroupName')), text),
    security_group_ids: stringsAt(r, 'securityGroupIds'),
    maintenance_window: maybe(lower(optString(r, 'preferredMaintenanceWindow')), text),
    auto_minor_version_upgrade: boolTextAt(r, 'autoMinorVersionUpgrade'),
    snapshot_retention_limit: numberAt(r, 'snapshotRetentionLimit'),
    snapshot_window: textAt(r, 'snapshotWindow'),
    ip_discovery: textAt(r, 'ipDiscovery'),
    transit_encryption_enabled: flagAt(r, 'transitEncryptionEnabled'),
    transit_encryption_mode: textAt(r, 'transitEncryptionMode'),
    cluster_mode: textAt(r, 'clusterMode'),
  });
  // false is the provider's default for both: written only when true, removed when switched off.
  if (failover === true) f.automatic_failover_enabled = flag(true);
  else if (failover === false) delete f.automatic_failover_enabled;
  if (multiAz === true) f.multi_az_enabled = flag(true);
  else if (multiAz === false) delete f.multi_az_enabled;
  applyNotification(f, r);
  applyLogDelivery(f, r);
}

function changeGroup(event: MapperEvent, ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(REPLICATION_GROUP, id, { exports: { id, arn: arnOf(event, 'replicationgroup', id) } });
}

/** A member node added to or removed from a group the session wrote changes its num_cache_clusters. */
function countMembers(draft: ResourceDraft, delta: number): void {
  const current = draft.fields.num_cache_clusters;
  if (draft.created && current && current.kind === 'number') draft.fields.num_cache_clusters = number(current.value + delta);
}

// ---- tags ----------------------------------------------------------------------------------------------------

/** `arn:aws:elasticache:region:account:<kind>:<id>` → the type and the session's identifier. */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceName');
  const match = /^arn:[^:]+:elasticache:[^:]*:[^:]*:([a-z]+):(.+)$/.exec(arn);
  if (!match) throw new MalformedRecordError(`resourceName ${arn} is not an ElastiCache ARN`);
  const [, kind, raw] = match;
  const id = raw!.toLowerCase();
  if (kind === 'cluster') {
    const group = groupOfMember(event, ctx, id);
    if (group) {
      ctx.ignore(`tags ${arn}, a member node of replication group ${group}`);
      return undefined;
    }
    return ctx.change(CLUSTER, id, clusterInit(event, id));
  }
  if (kind === 'replicationgroup') return changeGroup(event, ctx, id);
  if (kind === 'subnetgroup') return ctx.change(SUBNET_GROUP, id, subnetGroupInit(event, id));
  if (kind === 'parametergroup') return ctx.change(PARAMETER_GROUP, id, namedInit(event, 'parametergroup', id));
  if (kind === 'serverlesscache') return ctx.change(SERVERLESS, raw!, namedInit(event, 'serverlesscache', raw!));
  if (kind === 'user') return ctx.change(USER, raw!, userInit(event, raw!));
  if (kind === 'usergroup') return ctx.change(USER_GROUP, raw!, userGroupInit(event, raw!));
  ctx.ignore(`tags ${arn}, which Trailform maps by its import block only (the generated configuration reads its tags)`);
  return undefined;
}

export const elasticache: ServiceMapper = {
  service: 'elasticache',
  eventSource: 'elasticache.amazonaws.com',
  resources: [
    {
      type: SUBNET_GROUP,
      required: ['name', 'subnet_ids'],
      references: { subnet_ids: ['aws_subnet'] },
      events: ['CreateCacheSubnetGroup', 'ModifyCacheSubnetGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteCacheSubnetGroup'],
      // A modify may name only the description or only the subnets; description defaults to "Managed by Terraform".
    },
    {
      type: CLUSTER,
      required: ['cluster_id'],
      references: {
        subnet_group_name: [SUBNET_GROUP],
        security_group_ids: ['aws_security_group'],
        notification_topic_arn: ['aws_sns_topic'],
        replication_group_id: [REPLICATION_GROUP],
        parameter_group_name: [PARAMETER_GROUP],
        'log_delivery_configuration.destination': ['aws_cloudwatch_log_group'],
      },
      events: ['CreateCacheCluster', 'ModifyCacheCluster', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteCacheCluster'],
      // Exactly one of engine and replication_group_id is required, which a modify does not state.
    },
    {
      type: REPLICATION_GROUP,
      required: ['description', 'replication_group_id'],
      references: {
        subnet_group_name: [SUBNET_GROUP],
        security_group_ids: ['aws_security_group'],
        notification_topic_arn: ['aws_sns_topic'],
        kms_key_id: ['aws_kms_key'],
        parameter_group_name: [PARAMETER_GROUP],
        user_group_ids: [USER_GROUP],
        'log_delivery_configuration.destination': ['aws_cloudwatch_log_group'],
      },
      events: ['CreateReplicationGroup', 'ModifyReplicationGroup', 'CreateCacheCluster', 'DeleteCacheCluster', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteReplicationGroup'],
      // description is required and a modify need not state it.
    },
    {
      type: PARAMETER_GROUP,
      required: ['family', 'name'],
      events: ['CreateCacheParameterGroup', 'ModifyCacheParameterGroup', 'ResetCacheParameterGroup', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteCacheParameterGroup'],
    },
    {
      type: SERVERLESS,
      required: ['engine', 'name'],
      references: { security_group_ids: ['aws_security_group'], subnet_ids: ['aws_subnet'], kms_key_id: ['aws_kms_key'], user_group_id: [USER_GROUP] },
      events: ['CreateServerlessCache', 'ModifyServerlessCache', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteServerlessCache'],
    },
    {
      type: USER,
      required: ['access_string', 'engine', 'user_id', 'user_name'],
      events: ['CreateUser', 'ModifyUser', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteUser'],
    },
    {
      type: USER_GROUP,
      required: ['engine', 'user_group_id'],
      references: { user_ids: [USER] },
      events: ['CreateUserGroup', 'ModifyUserGroup', 'DeleteUser', 'AddTagsToResource', 'RemoveTagsFromResource', 'DeleteUserGroup'],
    },
  ],
  events: mergeHandlers(accessHandlers, {

    CreateCacheSubnetGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'cacheSubnetGroupName').toLowerCase();
      const subnets = stringList(r, 'subnetIds');
      if (subnets.length === 0) throw new MalformedRecordError('missing subnetIds');
      ctx.create(SUBNET_GROUP, name, {
        ...subnetGroupInit(event, name),
        fields: fields({
          name: text(name),
          // Required by the API; the provider's default ("Managed by Terraform") would differ.
          description: text(reqString(r, 'cacheSubnetGroupDescription')),
          subnet_ids: strings(subnets),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    ModifyCacheSubnetGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'cacheSubnetGroupName').toLowerCase();
      const draft = ctx.change(SUBNET_GROUP, name, subnetGroupInit(event, name));
      assign(draft.fields, { description: textAt(r, 'cacheSubnetGroupDescription'), subnet_ids: stringsAt(r, 'subnetIds') });
    },
    DeleteCacheSubnetGroup(event, ctx) {
      ctx.remove(SUBNET_GROUP, reqString(event.request, 'cacheSubnetGroupName').toLowerCase());
    },

    CreateCacheCluster(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'cacheClusterId').toLowerCase();
      const groupId = lower(optString(r, 'replicationGroupId'));
      if (groupId) {
        // A read replica added to a replication group: a member node, which the group's num_cache_clusters counts.
        countMembers(changeGroup(event, ctx, groupId), 1);
        const group = ctx.find(REPLICATION_GROUP, groupId)!;
        group.aliases = [...group.aliases, id];
        return;
      }
      const draft = ctx.create(CLUSTER, id, {
        ...clusterInit(event, id),
        fields: fields({
          cluster_id: text(id),
          engine: textAt(r, 'engine') ?? textAt(result(event, 'cacheCluster'), 'engine'),
        }),
      });
      applyClusterSettings(draft, r);
      const f = draft.fields;
      assign(f, {
        availability_zone: textAt(r, 'preferredAvailabilityZone'),
        preferred_availability_zones: stringsAt(r, 'preferredAvailabilityZones'),
        subnet_group_name: maybe(lower(optString(r, 'cacheSubnetGroupName')), text),
        port: numberAt(r, 'port'),
        transit_encryption_enabled: flagAt(r, 'transitEncryptionEnabled'),
        network_type: textAt(r, 'networkType'),
        snapshot_arns: stringsAt(r, 'snapshotArns'),
        snapshot_name: textAt(r, 'snapshotName'),
        outpost_mode: textAt(r, 'outpostMode'),
        preferred_outpost_arn: textAt(r, 'preferredOutpostArn'),
        tags: tagsField(readTags(at(r, 'tags'))),
      });
      ignoreUnreadable(draft, CLUSTER_DOC, ['preferred_availability_zones', 'snapshot_arns', 'snapshot_name', 'outpost_mode']);
      if (stringList(r, 'cacheSecurityGroupNames').length > 0) {
        draft.note('cacheSecurityGroupNames (EC2-Classic cache security groups) has no aws_elasticache_cluster argument in provider 6.x.');
      }
    },
    ModifyCacheCluster(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'cacheClusterId').toLowerCase();
      const group = groupOfMember(event, ctx, id);
      if (group) {
        ctx.unsupported(`modifies ${id}, a member node of replication group ${group}; the group's settings are changed through ModifyReplicationGroup`);
        return;
      }
      const draft = ctx.change(CLUSTER, id, clusterInit(event, id));
      applyClusterSettings(draft, r);
      if (optBool(r, 'applyImmediately') !== true && hasPending(result(event, 'cacheCluster'))) {
        draft.note('Some changes wait for the maintenance window (ApplyImmediately was not set): the first plan shows them until they are applied.');
      }
    },
    DeleteCacheCluster(event, ctx) {
      const id = reqString(event.request, 'cacheClusterId').toLowerCase();
      const group = groupOfMember(event, ctx, id);
      if (group) {
        // Removing a member node (a read replica) shrinks the group.
        const draft = changeGroup(event, ctx, group);
        countMembers(draft, -1);
        draft.aliases = draft.aliases.filter((a) => a !== id);
        return;
      }
      ctx.remove(CLUSTER, id);
    },

    CreateReplicationGroup(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'replicationGroupId').toLowerCase();
      const draft = ctx.create(REPLICATION_GROUP, id, {
        ...groupInit(event, id),
        fields: fields({
          replication_group_id: text(id),
          description: text(reqString(r, 'replicationGroupDescription')),
          engine: textAt(r, 'engine'),
        }),
      });
      applyGroupSettings(draft, r);
      const f = draft.fields;
      const keyId = optString(r, 'kmsKeyId');
      // The provider reads the key back as its ARN (kms_key_id is replace-forcing): an ID is written as the ARN.
      const keyArn = keyId === undefined ? undefined : kmsKeyArn(keyId, event.region, event.accountId);
      const nodeGroups = optNumber(r, 'numNodeGroups');
      assign(f, {
        // num_cache_clusters for a group without shards (cluster mode disabled), num_node_groups/replicas_per_node_group with them.
        num_cache_clusters: nodeGroups === undefined ? numberAt(r, 'numCacheClusters') : undefined,
        num_node_groups: nodeGroups === undefined ? undefined : number(nodeGroups),
        replicas_per_node_group: nodeGroups === undefined ? undefined : numberAt(r, 'replicasPerNodeGroup'),
        preferred_cache_cluster_azs: stringsAt(r, 'preferredCacheClusterAZs'),
        subnet_group_name: maybe(lower(optString(r, 'cacheSubnetGroupName')), text),
        port: numberAt(r, 'port'),
        at_rest_encryption_enabled: boolTextAt(r, 'atRestEncryptionEnabled'),
        kms_key_id: keyId === undefined ? undefined : text(keyArn ?? keyId),
        user_group_ids: stringsAt(r, 'userGroupIds'),
        data_tiering_enabled: flagAt(r, 'dataTieringEnabled'),
        network_type: textAt(r, 'networkType'),
        snapshot_arns: stringsAt(r, 'snapshotArns'),
        snapshot_name: textAt(r, 'snapshotName'),
        tags: tagsField(readTags(at(r, 'tags'))),
      });
      if (keyId !== undefined && keyArn === undefined) {
        draft.ignoreChanges('kms_key_id', `the request names the key by alias, the provider reads back the key ARN (${RG_DOC})`);
      }
      if (at(r, 'authToken') !== undefined) setAuthToken(draft);
      ignoreUnreadable(draft, RG_DOC, ['preferred_cache_cluster_azs', 'snapshot_arns', 'snapshot_name']);
      if (listAt(r, 'nodeGroupConfiguration').length > 0) {
        draft.note('nodeGroupConfiguration (per-shard slots and zones) is not mapped: check node_group_configuration in the first plan.');
      }
      if (optString(r, 'primaryClusterId') !== undefined) {
        draft.note(`Built on the existing cluster ${optString(r, 'primaryClusterId')}, which is now the group's primary node.`);
      }
    },
    ModifyReplicationGroup(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'replicationGroupId').toLowerCase();
      const draft = changeGroup(event, ctx, id);
      const members = stringList(result(event, 'replicationGroup'), 'memberClusters').map((m) => m.toLowerCase());
      if (members.length > 0) draft.aliases = [...new Set([...draft.aliases, ...members])];
      applyGroupSettings(draft, r);
      const f = draft.fields;
      if (at(r, 'authToken') !== undefined) {
        if (optString(r, 'authTokenUpdateStrategy') === 'DELETE') delete f.auth_token;
        else setAuthToken(draft);
      }
      const userGroups = new Set(f.user_group_ids && f.user_group_ids.kind === 'list' ? f.user_group_ids.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
      if (optBool(r, 'removeUserGroups') === true) userGroups.clear();
      for (const g of stringList(r, 'userGroupIdsToAdd')) userGroups.add(g);
      for (const g of stringList(r, 'userGroupIdsToRemove')) userGroups.delete(g);
      if (userGroups.size > 0) f.user_group_ids = strings([...userGroups]);
      else delete f.user_group_ids;
    },
    DeleteReplicationGroup(event, ctx) {
      ctx.remove(REPLICATION_GROUP, reqString(event.request, 'replicationGroupId').toLowerCase());
    },

    AddTagsToResource(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tags')));
    },
    RemoveTagsFromResource(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
  }),
};
