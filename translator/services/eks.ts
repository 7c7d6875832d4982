// Amazon EKS clusters, managed node groups, add-ons, Fargate profiles, access entries and pod identity
// associations. CloudTrail shape (REST-JSON protocol): request keys are the API member names
// (`resourcesVpcConfig.subnetIds`, `scalingConfig.desiredSize`), path parameters appear under their own
// names (`name`, `clusterName`, `nodegroupName`, `addonName`), tags and labels are plain maps, and
// responses echo the object (`cluster`, `nodegroup`, `addon`).
// https://docs.aws.amazon.com/eks/latest/userguide/logging-using-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, flagAt, numberAt, strings, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';

const CLUSTER = 'aws_eks_cluster';
const NODE_GROUP = 'aws_eks_node_group';
const ADDON = 'aws_eks_addon';
const FARGATE = 'aws_eks_fargate_profile';
const ACCESS_ENTRY = 'aws_eks_access_entry';
const ACCESS_POLICY = 'aws_eks_access_policy_association';
const POD_IDENTITY = 'aws_eks_pod_identity_association';

const optBlock = (source: JsonValue | undefined, build: (source: JsonValue) => Fields) => (isObject(source) ? blocks(build(source)) : undefined);

/** The cluster a request names: `name` on cluster calls (the AWS doc example record says `clusterName`). */
function clusterNameOf(event: MapperEvent): string {
  const name = optString(event.request, 'name') ?? optString(event.request, 'clusterName');
  if (name === undefined) throw new MalformedRecordError('missing name');
  return name;
}

function clusterExports(event: MapperEvent, name: string) {
  const arn = optString(event.response, 'cluster.arn') ?? buildArn(event, 'eks', `cluster/${name}`);
  // `name` first: node groups and add-ons hold `cluster_name = aws_eks_cluster.x.name`.
  return { name, id: name, arn };
}

function changeCluster(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(CLUSTER, name, { fields: { name: text(name) }, exports: clusterExports(event, name) });
}

/** Log types whose `enabled` is true, after applying an update's entries to the current ones. */
function logTypes(logging: JsonValue, current: readonly string[]): string[] {
  const types = new Set(current);
  for (const entry of listAt(logging, 'clusterLogging')) {
    const enabled = optBool(entry, 'enabled') ?? false;
    for (const type of stringList(entry, 'types')) {
      if (enabled) types.add(type);
      else types.delete(type);
    }
  }
  return [...types];
}

function currentStrings(draft: ResourceDraft, attr: string): string[] {
  const value = draft.fields[attr];
  return value && value.kind === 'list' ? value.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : [];
}

function vpcConfig(config: JsonValue): Fields {
  return fields({
    subnet_ids: stringsAt(config, 'subnetIds'),
    security_group_ids: stringsAt(config, 'securityGroupIds'),
    endpoint_private_access: flagAt(config, 'endpointPrivateAccess'),
    endpoint_public_access: flagAt(config, 'endpointPublicAccess'),
    public_access_cidrs: stringsAt(config, 'publicAccessCidrs'),
  });
}

/** Arguments a CreateCluster or UpdateClusterConfig request states (an update names what it changes). */
function clusterArguments(request: JsonValue, draft: ResourceDraft): Fields {
  const network = at(request, 'kubernetesNetworkConfig');
  const logging = at(request, 'logging');
  const types = isObject(logging) ? logTypes(logging, currentStrings(draft, 'enabled_cluster_log_types')) : undefined;
  return fields({
    version: textAt(request, 'version'),
    deletion_protection: flagAt(request, 'deletionProtection'),
    enabled_cluster_log_types: types === undefined ? undefined : strings(types),
    access_config: optBlock(at(request, 'accessConfig'), (c) =>
      fields({ authentication_mode: textAt(c, 'authenticationMode'), bootstrap_cluster_creator_admin_permissions: flagAt(c, 'bootstrapClusterCreatorAdminPermissions') }),
    ),
    kubernetes_network_config: optBlock(network, (c) =>
      fields({
        service_ipv4_cidr: textAt(c, 'serviceIpv4Cidr'),
        ip_family: textAt(c, 'ipFamily'),
        elastic_load_balancing: optBlock(at(c, 'elasticLoadBalancing'), (e) => fields({ enabled: flagAt(e, 'enabled') })),
      }),
    ),
    compute_config: optBlock(at(request, 'computeConfig'), (c) =>
      fields({ enabled: flagAt(c, 'enabled'), node_pools: stringsAt(c, 'nodePools'), node_role_arn: textAt(c, 'nodeRoleArn') }),
    ),
    storage_config: optBlock(at(request, 'storageConfig'), (c) =>
      fields({ block_storage: optBlock(at(c, 'blockStorage'), (b) => fields({ enabled: flagAt(b, 'enabled') })) }),
    ),
    upgrade_policy: optBlock(at(request, 'upgradePolicy'), (c) => fields({ support_type: textAt(c, 'supportType') })),
    zonal_shift_config: optBlock(at(request, 'zonalShiftConfig'), (c) => fields({ enabled: flagAt(c, 'enabled') })),
  });
}

function encryptionConfig(request: JsonValue): Fields | undefined {
  const config = listAt(request, 'encryptionConfig')[0];
  if (!isObject(config)) return undefined;
  return { resources: strings(stringList(config, 'resources')), provider: blocks({ key_arn: text(reqString(config, 'provider.keyArn')) }) };
}

// ---------------------------------------------------------------------------------------------
// Node groups and add-ons: `cluster:name` identifiers, like their import IDs

const childId = (cluster: string, name: string) => `${cluster}:${name}`;
/** Access policy associations are imported as `cluster#principal#policy` (eks_access_policy_association doc). */
const associationId = (cluster: string, principal: string, policy: string) => `${cluster}#${principal}#${policy}`;

function taintBlocks(taints: JsonValue[]): Fields[] {
  return taints.map((t) => fields({ key: text(reqString(t, 'key')), value: textAt(t, 'value'), effect: text(reqString(t, 'effect')) }));
}

function scalingConfig(config: JsonValue, base: Fields = {}): Fields {
  return { ...base, ...fields({ desired_size: numberAt(config, 'desiredSize'), max_size: numberAt(config, 'maxSize'), min_size: numberAt(config, 'minSize') }) };
}

function blockFields(draft: ResourceDraft, name: string): Fields {
  const value = draft.fields[name];
  return value && value.kind === 'blocks' && value.items[0] ? { ...value.items[0] } : {};
}

function labelMap(draft: ResourceDraft): Record<string, string> {
  const labels = draft.fields.labels;
  const out: Record<string, string> = {};
  if (labels && labels.kind === 'object') for (const [k, v] of labels.entries) if (v.kind === 'string') out[k] = v.value;
  return out;
}

function nodeGroupArguments(source: JsonValue): Fields {
  const taints = listAt(source, 'taints');
  const template = at(source, 'launchTemplate');
  const update = at(source, 'updateConfig');
  const remote = at(source, 'remoteAccess');
  return fields({
    ami_type: textAt(source, 'amiType'),
    capacity_type: textAt(source, 'capacityType'),
    disk_size: numberAt(source, 'diskSize'),
    instance_types: stringsAt(source, 'instanceTypes'),
    version: textAt(source, 'version'),
    release_version: textAt(source, 'releaseVersion'),
    labels: tagsField(readTags(at(source, 'labels'))),
    tags: tagsField(readTags(at(source, 'tags'))),
    scaling_config: optBlock(at(source, 'scalingConfig'), (c) => scalingConfig(c)),
    update_config: optBlock(update, (c) => fields({ max_unavailable: numberAt(c, 'maxUnavailable'), max_unavailable_percentage: numberAt(c, 'maxUnavailablePercentage') })),
    remote_access: optBlock(remote, (c) => fields({ ec2_ssh_key: textAt(c, 'ec2SshKey'), source_security_group_ids: stringsAt(c, 'sourceSecurityGroups') })),
    launch_template: optBlock(template, (c) =>
      fields({ id: textAt(c, 'id'), name: textAt(c, 'name'), version: text(reqString(c, 'version')) }),
    ),
    node_repair_config: optBlock(at(source, 'nodeRepairConfig'), (c) => fields({ enabled: flagAt(c, 'enabled') })),
    taint: taints.length > 0 ? blocks(...taintBlocks(taints)) : undefined,
  });
}

function addonArguments(request: JsonValue, addon: JsonValue | undefined): Fields {
  const associations = listAt(request, 'podIdentityAssociations');
  return fields({
    // The response holds the version EKS resolved (`v1.19.0-eksbuild.1`), which the first plan compares.
    addon_version: textAt(addon, 'addonVersion') ?? textAt(request, 'addonVersion'),
    service_account_role_arn: textAt(request, 'serviceAccountRoleArn'),
    // Kept as the exact string: EKS returns it as sent, and it may be YAML as well as JSON.
    configuration_values: textAt(request, 'configurationValues'),
    pod_identity_association: associations.length > 0
      ? blocks(...associations.map((a) => ({ role_arn: text(reqString(a, 'roleArn')), service_account: text(reqString(a, 'serviceAccount')) })))
      : undefined,
  });
}

const ARN = 'arn:{partition}:eks:{region}:{account}';
/** Node groups, add-ons and Fargate profiles: `KIND/<cluster>/<name>/<uuid>`, keyed `cluster:name`. */
const child = (kind: string) => ({ arn: `${ARN}:${kind}/{cluster}/{name}/{uuid}`, idFromArn: (s: Readonly<Record<string, string>>) => childId(s.cluster!, s.name!), nameHint: (id: string) => id.slice(id.indexOf(':') + 1) });

/** TagResource / UntagResource name a cluster, node group, add-on or Fargate profile by ARN. */
const TAGGING: TaggingOptions = {
  adopt: { [CLUSTER]: (name, event, ctx) => changeCluster(event, ctx, name) },
  unmapped: (arn, event) => `${event.eventName}: ${arn} is not an EKS resource Trailform maps (identity provider configs, access entries and pod identity associations are not tagged through it)`,
};

// OIDC identity provider configs: import-only, as `CLUSTER:CONFIG-NAME` (the cluster path parameter is
// logged as `clusterName` or `name`, as on the other cluster calls).
const cluster = (e: MapperEvent) => optString(e.request, 'clusterName') ?? optString(e.request, 'name');
const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_eks_identity_provider_config',
    create: 'AssociateIdentityProviderConfig',
    id: (e) => { const c = cluster(e); const n = optString(e.request, 'oidc.identityProviderConfigName'); return c && n ? `${c}:${n}` : undefined; },
    name: ['request.oidc.identityProviderConfigName'],
    delete: 'DisassociateIdentityProviderConfig',
    deleteId: (e) => { const c = cluster(e); const n = optString(e.request, 'identityProviderConfig.name'); return c && n ? `${c}:${n}` : undefined; },
  },
]);

export const eks: ServiceMapper = {
  service: 'eks',
  eventSource: 'eks.amazonaws.com',
  resources: [
    {
      type: CLUSTER,
      identity: { arn: `${ARN}:cluster/{id}` },
      required: ['name', 'role_arn', 'vpc_config'],
      references: {
        role_arn: ['aws_iam_role'],
        'vpc_config.subnet_ids': ['aws_subnet'],
        'vpc_config.security_group_ids': ['aws_security_group'],
        'encryption_config.provider.key_arn': ['aws_kms_key'],
        'compute_config.node_role_arn': ['aws_iam_role'],
      },
      events: ['CreateCluster', 'UpdateClusterConfig', 'UpdateClusterVersion', 'AssociateEncryptionConfig', 'TagResource', 'UntagResource', 'DeleteCluster'],
    },
    {
      type: NODE_GROUP,
      identity: child('nodegroup'),
      required: ['cluster_name', 'node_role_arn', 'scaling_config', 'subnet_ids'],
      references: {
        cluster_name: [CLUSTER],
        node_role_arn: ['aws_iam_role'],
        subnet_ids: ['aws_subnet'],
        'launch_template.id': ['aws_launch_template'],
        'launch_template.name': ['aws_launch_template'],
        'remote_access.source_security_group_ids': ['aws_security_group'],
        'remote_access.ec2_ssh_key': ['aws_key_pair'],
      },
      events: ['CreateNodegroup', 'UpdateNodegroupConfig', 'UpdateNodegroupVersion', 'TagResource', 'UntagResource', 'DeleteNodegroup', 'DeleteCluster'],
    },
    {
      type: ADDON,
      identity: child('addon'),
      required: ['addon_name', 'cluster_name'],
      references: {
        cluster_name: [CLUSTER],
        service_account_role_arn: ['aws_iam_role'],
        'pod_identity_association.role_arn': ['aws_iam_role'],
      },
      events: ['CreateAddon', 'UpdateAddon', 'TagResource', 'UntagResource', 'DeleteAddon', 'DeleteCluster'],
    },
    {
      type: FARGATE,
      identity: child('fargateprofile'),
      required: ['cluster_name', 'fargate_profile_name', 'pod_execution_role_arn', 'selector'],
      references: { cluster_name: [CLUSTER], pod_execution_role_arn: ['aws_iam_role'], subnet_ids: ['aws_subnet'] },
      events: ['CreateFargateProfile', 'TagResource', 'UntagResource', 'DeleteFargateProfile', 'DeleteCluster'],
    },
    {
      type: ACCESS_ENTRY,
      required: ['cluster_name', 'principal_arn'],
      references: { cluster_name: [CLUSTER], principal_arn: ['aws_iam_role', 'aws_iam_user'] },
      events: ['CreateAccessEntry', 'UpdateAccessEntry', 'DeleteAccessEntry', 'DeleteCluster'],
    },
    {
      type: ACCESS_POLICY,
      required: ['access_scope', 'cluster_name', 'policy_arn', 'principal_arn'],
      references: { cluster_name: [CLUSTER], principal_arn: ['aws_iam_role', 'aws_iam_user'] },
      events: ['AssociateAccessPolicy', 'DisassociateAccessPolicy', 'DeleteAccessEntry', 'DeleteCluster'],
    },
    {
      type: POD_IDENTITY,
      required: ['cluster_name', 'namespace', 'role_arn', 'service_account'],
      references: { cluster_name: [CLUSTER], role_arn: ['aws_iam_role'], target_role_arn: ['aws_iam_role'] },
      events: ['CreatePodIdentityAssociation', 'UpdatePodIdentityAssociation', 'DeletePodIdentityAssociation', 'DeleteCluster'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(taggingHandlers(() => eks.resources, TAG_RESOURCE, TAGGING), IMPORT_ONLY.events, {
    CreateCluster(event, ctx) {
      const name = clusterNameOf(event);
      const draft = ctx.create(CLUSTER, name, { exports: clusterExports(event, name) });
      const vpc = at(event.request, 'resourcesVpcConfig');
      if (!isObject(vpc) || stringList(vpc, 'subnetIds').length === 0) throw new MalformedRecordError('missing resourcesVpcConfig.subnetIds');
      const encryption = encryptionConfig(event.request);
      const bootstrap = optBool(event.request, 'bootstrapSelfManagedAddons');
      draft.fields = fields({
        name: text(name),
        role_arn: text(reqString(event.request, 'roleArn')),
        ...clusterArguments(event.request, draft),
        // The version EKS chose when the request named none (the response's `cluster.version`).
        version: textAt(event.request, 'version') ?? textAt(event.response, 'cluster.version'),
        bootstrap_self_managed_addons: bootstrap === false ? flag(false) : undefined,
        tags: tagsField(readTags(at(event.request, 'tags'))),
        vpc_config: blocks(vpcConfig(vpc)),
        encryption_config: encryption ? blocks(encryption) : undefined,
      });
      // The provider never reads bootstrap_cluster_creator_admin_permissions from AWS: an import sets it to
      // true (flattenAccessConfigResponse), the API's default too, and a change forces a new cluster.
      const admin = optBool(event.request, 'accessConfig.bootstrapClusterCreatorAdminPermissions');
      const access = draft.fields.access_config;
      if (access?.kind === 'blocks' && access.items[0] && admin === undefined) access.items[0].bootstrap_cluster_creator_admin_permissions = flag(true);
      if (admin === false) {
        draft.ignoreChanges(
          'access_config[0].bootstrap_cluster_creator_admin_permissions',
          'bootstrap_cluster_creator_admin_permissions: the import assumes true (the provider cannot read it back) and a change forces a new cluster',
        );
      }
      // Every cluster: whatever the request said, the import cannot read it back.
      draft.ignoreChanges(
        'bootstrap_self_managed_addons',
        'bootstrap_self_managed_addons: DescribeCluster does not return it and it forces a new cluster (eks_cluster doc); an import planned a replacement over it (terraform-provider-aws#39058)',
      );
    },
    UpdateClusterConfig(event, ctx) {
      const draft = changeCluster(event, ctx, clusterNameOf(event));
      // An update names only what it changes, inside blocks too (accessConfig.authenticationMode alone).
      for (const [name, value] of Object.entries(clusterArguments(event.request, draft))) {
        draft.fields[name] = value?.kind === 'blocks' && value.items[0] ? blocks({ ...blockFields(draft, name), ...value.items[0] }) : value;
      }
      const vpc = at(event.request, 'resourcesVpcConfig');
      // A cluster from before the session gets no vpc_config here: it stays import-only.
      if (isObject(vpc) && draft.created) draft.fields.vpc_config = blocks({ ...blockFields(draft, 'vpc_config'), ...vpcConfig(vpc) });
    },
    UpdateClusterVersion(event, ctx) {
      changeCluster(event, ctx, clusterNameOf(event)).fields.version = text(reqString(event.request, 'version'));
    },
    AssociateEncryptionConfig(event, ctx) {
      const encryption = encryptionConfig(event.request);
      if (!encryption) throw new MalformedRecordError('missing encryptionConfig');
      changeCluster(event, ctx, clusterNameOf(event)).fields.encryption_config = blocks(encryption);
    },
    DeleteCluster(event, ctx) {
      const name = clusterNameOf(event);
      // Node groups and Fargate profiles must be gone before a cluster can be deleted, and its add-ons and
      // access entries go with it (DeleteCluster API reference).
      for (const type of [NODE_GROUP, ADDON, FARGATE, ACCESS_ENTRY, POD_IDENTITY]) {
        for (const child of ctx.allWithIdPrefix(type, `${name}:`)) ctx.remove(type, child.id);
      }
      for (const child of ctx.allWithIdPrefix(ACCESS_POLICY, `${name}#`)) ctx.remove(ACCESS_POLICY, child.id);
      ctx.remove(CLUSTER, name);
    },

    CreateNodegroup(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'nodegroupName');
      const id = childId(cluster, name);
      const nodegroup = at(event.response, 'nodegroup');
      const arn = optString(nodegroup, 'nodegroupArn');
      const draft = ctx.create(NODE_GROUP, id, { nameHint: name, exports: arn ? { arn, id } : { id } });
      const subnets = stringList(event.request, 'subnets');
      if (subnets.length === 0) throw new MalformedRecordError('missing subnets');
      const args = nodeGroupArguments(event.request);
      if (!args.scaling_config) throw new MalformedRecordError('missing scalingConfig');
      draft.fields = fields({
        cluster_name: text(cluster),
        node_group_name: text(name),
        node_role_arn: text(reqString(event.request, 'nodeRole')),
        subnet_ids: strings(subnets),
        ...args,
        // The AMI release and Kubernetes version EKS picked when the request named none.
        version: args.version ?? textAt(nodegroup, 'version'),
        release_version: args.release_version ?? textAt(nodegroup, 'releaseVersion'),
      });
    },
    UpdateNodegroupConfig(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'nodegroupName');
      const draft = ctx.change(NODE_GROUP, childId(cluster, name), { nameHint: name });
      const request = event.request;
      const scaling = at(request, 'scalingConfig');
      if (isObject(scaling)) draft.fields.scaling_config = blocks(scalingConfig(scaling, blockFields(draft, 'scaling_config')));
      const update = nodeGroupArguments({ updateConfig: at(request, 'updateConfig') ?? null, nodeRepairConfig: at(request, 'nodeRepairConfig') ?? null });
      Object.assign(draft.fields, update);
      // Labels and taints arrive as deltas: addOrUpdate… and remove….
      const labels = at(request, 'labels');
      if (isObject(labels)) {
        const merged = { ...labelMap(draft), ...readTags(at(labels, 'addOrUpdateLabels')) };
        for (const key of stringList(labels, 'removeLabels')) delete merged[key];
        const value = tagsField(merged);
        if (value) draft.fields.labels = value;
        else delete draft.fields.labels;
      }
      const taints = at(request, 'taints');
      if (isObject(taints)) {
        const removed = new Set(listAt(taints, 'removeTaints').map((t) => reqString(t, 'key')));
        const added = taintBlocks(listAt(taints, 'addOrUpdateTaints'));
        const addedKeys = new Set(listAt(taints, 'addOrUpdateTaints').map((t) => reqString(t, 'key')));
        const current = draft.fields.taint?.kind === 'blocks' ? draft.fields.taint.items : [];
        const keyOf = (t: Fields) => (t.key?.kind === 'string' ? t.key.value : '');
        const kept = current.filter((t) => !removed.has(keyOf(t)) && !addedKeys.has(keyOf(t)));
        if (kept.length + added.length > 0) draft.fields.taint = blocks(...kept, ...added);
        else delete draft.fields.taint;
      }
    },
    UpdateNodegroupVersion(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'nodegroupName');
      const draft = ctx.change(NODE_GROUP, childId(cluster, name), { nameHint: name });
      Object.assign(draft.fields, fields({ version: textAt(event.request, 'version'), release_version: textAt(event.request, 'releaseVersion') }));
      const template = at(event.request, 'launchTemplate');
      if (isObject(template)) {
        draft.fields.launch_template = blocks(fields({ id: textAt(template, 'id'), name: textAt(template, 'name'), version: text(reqString(template, 'version')) }));
      }
    },
    DeleteNodegroup(event, ctx) {
      ctx.remove(NODE_GROUP, childId(reqString(event.request, 'clusterName'), reqString(event.request, 'nodegroupName')));
    },

    CreateAddon(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'addonName');
      const id = childId(cluster, name);
      const addon = at(event.response, 'addon');
      const arn = optString(addon, 'addonArn');
      const draft = ctx.create(ADDON, id, { nameHint: name, exports: arn ? { arn, id } : { id } });
      // resolveConflicts only steers the create call; the provider does not read it back, so it is left out.
      draft.fields = fields({
        cluster_name: text(cluster),
        addon_name: text(name),
        ...addonArguments(event.request, addon),
        tags: tagsField(readTags(at(event.request, 'tags'))),
      });
    },
    UpdateAddon(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'addonName');
      const draft = ctx.change(ADDON, childId(cluster, name), { nameHint: name });
      // UpdateAddon answers with an update record, not the add-on: only the request's values apply.
      Object.assign(draft.fields, addonArguments(event.request, undefined));
    },
    DeleteAddon(event, ctx) {
      ctx.remove(ADDON, childId(reqString(event.request, 'clusterName'), reqString(event.request, 'addonName')));
    },

    CreateFargateProfile(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const name = reqString(event.request, 'fargateProfileName');
      const id = childId(cluster, name);
      const arn = optString(event.response, 'fargateProfile.fargateProfileArn');
      const selectors = listAt(event.request, 'selectors');
      if (selectors.length === 0) throw new MalformedRecordError('missing selectors');
      // A Fargate profile cannot be updated (there is no Update call): create states it whole.
      ctx.create(FARGATE, id, {
        nameHint: name,
        exports: arn ? { arn, id } : { id },
        fields: fields({
          cluster_name: text(cluster),
          fargate_profile_name: text(name),
          pod_execution_role_arn: text(reqString(event.request, 'podExecutionRoleArn')),
          subnet_ids: stringsAt(event.request, 'subnets'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
          selector: blocks(...selectors.map((sel) => fields({ namespace: text(reqString(sel, 'namespace')), labels: tagsField(readTags(at(sel, 'labels'))) }))),
        }),
      });
    },
    DeleteFargateProfile(event, ctx) {
      ctx.remove(FARGATE, childId(reqString(event.request, 'clusterName'), reqString(event.request, 'fargateProfileName')));
    },

    CreateAccessEntry(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const principal = reqString(event.request, 'principalArn');
      const id = childId(cluster, principal);
      const entry = at(event.response, 'accessEntry');
      const arn = optString(entry, 'accessEntryArn');
      ctx.create(ACCESS_ENTRY, id, {
        nameHint: `${cluster}_${principal.split('/').pop() ?? principal}`,
        exports: arn ? { access_entry_arn: arn, id } : { id },
        fields: fields({
          cluster_name: text(cluster),
          principal_arn: text(principal),
          // type defaults to STANDARD and forces a new entry: stated as EKS recorded it.
          type: textAt(event.request, 'type') ?? textAt(entry, 'type'),
          kubernetes_groups: stringsAt(event.request, 'kubernetesGroups'),
          user_name: textAt(event.request, 'username'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    UpdateAccessEntry(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const principal = reqString(event.request, 'principalArn');
      const id = childId(cluster, principal);
      // An entry from before the session lacks principal_arn here and stays import-only.
      const draft = ctx.change(ACCESS_ENTRY, id, { nameHint: `${cluster}_${principal.split('/').pop() ?? principal}` });
      if (!draft.created) return;
      Object.assign(draft.fields, fields({ kubernetes_groups: stringsAt(event.request, 'kubernetesGroups'), user_name: textAt(event.request, 'username') }));
    },
    DeleteAccessEntry(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const principal = reqString(event.request, 'principalArn');
      // Deleting an access entry removes its access policy associations (DeleteAccessEntry API reference).
      for (const child of ctx.allWithIdPrefix(ACCESS_POLICY, `${cluster}#${principal}#`)) ctx.remove(ACCESS_POLICY, child.id);
      ctx.remove(ACCESS_ENTRY, childId(cluster, principal));
    },
    AssociateAccessPolicy(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const principal = reqString(event.request, 'principalArn');
      const policy = reqString(event.request, 'policyArn');
      const id = associationId(cluster, principal, policy);
      // Associating the same policy again replaces its scope.
      ctx.put(ACCESS_POLICY, id, {
        nameHint: `${cluster}_${policy.split('/').pop() ?? policy}`,
        fields: {
          cluster_name: text(cluster),
          principal_arn: text(principal),
          policy_arn: text(policy),
          access_scope: blocks(fields({ type: text(reqString(event.request, 'accessScope.type')), namespaces: stringsAt(event.request, 'accessScope.namespaces') })),
        },
      });
    },
    DisassociateAccessPolicy(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      ctx.remove(ACCESS_POLICY, associationId(cluster, reqString(event.request, 'principalArn'), reqString(event.request, 'policyArn')));
    },

    CreatePodIdentityAssociation(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const association = at(event.response, 'association');
      // Imported as `cluster,association-id` (eks_pod_identity_association doc); the ID is in the response.
      const associationId = reqString(association, 'associationId');
      const serviceAccount = reqString(event.request, 'serviceAccount');
      const arn = optString(association, 'associationArn');
      ctx.create(POD_IDENTITY, childId(cluster, associationId), {
        importId: `${cluster},${associationId}`,
        nameHint: `${cluster}_${serviceAccount}`,
        exports: arn ? { association_arn: arn } : {},
        fields: fields({
          cluster_name: text(cluster),
          namespace: text(reqString(event.request, 'namespace')),
          service_account: text(serviceAccount),
          role_arn: text(reqString(event.request, 'roleArn')),
          target_role_arn: textAt(event.request, 'targetRoleArn'),
          disable_session_tags: flagAt(event.request, 'disableSessionTags'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    UpdatePodIdentityAssociation(event, ctx) {
      const cluster = reqString(event.request, 'clusterName');
      const associationId = reqString(event.request, 'associationId');
      const draft = ctx.change(POD_IDENTITY, childId(cluster, associationId), { importId: `${cluster},${associationId}`, nameHint: `${cluster}_${associationId}` });
      // An association from before the session lacks its namespace here and stays import-only.
      Object.assign(
        draft.fields,
        fields({ role_arn: textAt(event.request, 'roleArn'), target_role_arn: textAt(event.request, 'targetRoleArn'), disable_session_tags: flagAt(event.request, 'disableSessionTags') }),
      );
    },
    DeletePodIdentityAssociation(event, ctx) {
      ctx.remove(POD_IDENTITY, childId(reqString(event.request, 'clusterName'), reqString(event.request, 'associationId')));
    },

  }),
};
