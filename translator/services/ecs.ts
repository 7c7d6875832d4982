// Amazon ECS clusters, task definitions and services. CloudTrail shape (JSON protocol): request keys are
// the API member names (`clusterName`, `containerDefinitions`, `networkConfiguration.awsvpcConfiguration`),
// tags are `[{key, value}]`, and responses echo the object (`cluster`, `taskDefinition`, `service`).
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/logging-using-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { HIDDEN_VALUE } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, flagAt, number, numberAt, ownSecret, strings, stringsAt, tagsField, text, textAt } from './values';
import { call, fromJson, type Expr } from '../hcl/ast';
import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';

const CLUSTER = 'aws_ecs_cluster';
const TASK = 'aws_ecs_task_definition';
const SERVICE = 'aws_ecs_service';
const CAPACITY = 'aws_ecs_cluster_capacity_providers';
const ACCOUNT_SETTING = 'aws_ecs_account_setting_default';


/** The last path segment of an ECS ARN (`…:cluster/name`), or the value itself when it is a name. */
const lastSegment = (value: string) => (value.startsWith('arn:') ? value.split('/').pop()! : value);

const clusterArn = (event: MapperEvent, name: string) => buildArn(event, 'ecs', `cluster/${name}`);

// ---------------------------------------------------------------------------------------------
// Clusters

function clusterExports(arn: string, name: string) {
  // The cluster's id is its ARN (ecs_cluster doc); services hold it as `cluster = aws_ecs_cluster.x.id`.
  return { id: arn, arn, name };
}

function changeCluster(event: MapperEvent, ctx: FoldContext, nameOrArn: string): ResourceDraft {
  const name = lastSegment(nameOrArn);
  const arn = nameOrArn.startsWith('arn:') ? nameOrArn : clusterArn(event, name);
  return ctx.change(CLUSTER, name, { exports: clusterExports(arn, name) });
}

function settingBlocks(source: JsonValue): Fields[] {
  return listAt(source, 'settings').map((s) => ({ name: text(reqString(s, 'name')), value: text(reqString(s, 'value')) }));
}

function clusterConfiguration(config: JsonValue): Fields {
  const exec = at(config, 'executeCommandConfiguration');
  const log = at(exec, 'logConfiguration');
  const storage = at(config, 'managedStorageConfiguration');
  return fields({
    execute_command_configuration: isObject(exec)
      ? blocks(
          fields({
            kms_key_id: textAt(exec, 'kmsKeyId'),
            logging: textAt(exec, 'logging'),
            log_configuration: isObject(log)
              ? blocks(
                  fields({
                    cloud_watch_encryption_enabled: flagAt(log, 'cloudWatchEncryptionEnabled'),
                    cloud_watch_log_group_name: textAt(log, 'cloudWatchLogGroupName'),
                    s3_bucket_encryption_enabled: flagAt(log, 's3EncryptionEnabled'),
                    s3_bucket_name: textAt(log, 's3BucketName'),
                    s3_key_prefix: textAt(log, 's3KeyPrefix'),
                  }),
                )
              : undefined,
          }),
        )
      : undefined,
    managed_storage_configuration: isObject(storage)
      ? blocks(fields({ kms_key_id: textAt(storage, 'kmsKeyId'), fargate_ephemeral_storage_kms_key_id: textAt(storage, 'fargateEphemeralStorageKmsKeyId') }))
      : undefined,
  });
}

/** Arguments CreateCluster/UpdateCluster state; an update names only what it changes. */
function clusterArguments(request: JsonValue): Fields {
  const settings = settingBlocks(request);
  const config = at(request, 'configuration');
  const namespace = optString(request, 'serviceConnectDefaults.namespace');
  return fields({
    setting: settings.length > 0 ? blocks(...settings) : undefined,
    configuration: isObject(config) ? blocks(clusterConfiguration(config)) : undefined,
    service_connect_defaults: namespace === undefined ? undefined : blocks({ namespace: text(namespace) }),
  });
}

/**
 * A cluster's capacity providers are their own resource (ecs_cluster_capacity_providers doc), stated
 * whole by CreateCluster or PutClusterCapacityProviders; both lists empty means there are none.
 */
function putCapacityProviders(ctx: FoldContext, cluster: string, request: JsonValue): void {
  const providers = stringList(request, 'capacityProviders');
  const strategy = listAt(request, 'defaultCapacityProviderStrategy');
  if (providers.length === 0 && strategy.length === 0) {
    ctx.remove(CAPACITY, cluster);
    return;
  }
  ctx.put(CAPACITY, cluster, {
    fields: fields({
      cluster_name: text(cluster),
      capacity_providers: strings(providers),
      default_capacity_provider_strategy: strategy.length > 0
        ? blocks(...strategy.map((s) => fields({ capacity_provider: text(reqString(s, 'capacityProvider')), weight: numberAt(s, 'weight'), base: numberAt(s, 'base') })))
        : undefined,
    }),
  });
}

// ---------------------------------------------------------------------------------------------
// Task definitions: one resource per family holding the latest revision the session registered

function taskArn(event: MapperEvent, ref: string): string {
  return ref.startsWith('arn:') ? ref : buildArn(event, 'ecs', `task-definition/${ref}`);
}

/** `…:task-definition/family:3` → family. */
const familyOf = (arnOrRef: string) => lastSegment(arnOrRef).replace(/:\d+$/, '');

function volumeFields(volume: JsonValue): Fields {
  const dockerVolume = at(volume, 'dockerVolumeConfiguration');
  const efs = at(volume, 'efsVolumeConfiguration');
  return fields({
    name: text(reqString(volume, 'name')),
    host_path: textAt(volume, 'host.sourcePath'),
    configure_at_launch: flagAt(volume, 'configuredAtLaunch'),
    docker_volume_configuration: isObject(dockerVolume)
      ? blocks(
          fields({
            scope: textAt(dockerVolume, 'scope'),
            autoprovision: flagAt(dockerVolume, 'autoprovision'),
            driver: textAt(dockerVolume, 'driver'),
            driver_opts: tagsField(readTags(at(dockerVolume, 'driverOpts'))),
            labels: tagsField(readTags(at(dockerVolume, 'labels'))),
          }),
        )
      : undefined,
    efs_volume_configuration: isObject(efs)
      ? blocks(
          fields({
            file_system_id: text(reqString(efs, 'fileSystemId')),
            root_directory: textAt(efs, 'rootDirectory'),
            transit_encryption: textAt(efs, 'transitEncryption'),
            transit_encryption_port: numberAt(efs, 'transitEncryptionPort'),
            authorization_config: isObject(at(efs, 'authorizationConfig'))
              ? blocks(fields({ access_point_id: textAt(efs, 'authorizationConfig.accessPointId'), iam: textAt(efs, 'authorizationConfig.iam') }))
              : undefined,
          }),
        )
      : undefined,
  });
}

/** True when CloudTrail replaced some value in the document with its redaction marker. */
function hasHiddenValue(value: JsonValue): boolean {
  if (value === HIDDEN_VALUE) return true;
  if (Array.isArray(value)) return value.some(hasHiddenValue);
  if (isObject(value)) return Object.values(value).some(hasHiddenValue);
  return false;
}

// Environment names that usually hold a secret. ECS environment values are plain text in the task
// definition (secrets belong in `secrets` with valueFrom), so CloudTrail logs them; the manifest must not.
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth|signing[_-]?key|\bdsn\b|connection[_-]?string)/i;

/** Container definitions with secret-looking environment values turned into the task definition's sensitive variables. */
function containerDefinitionsExpr(containers: JsonValue[]): Expr {
  const doc = fromJson(containers);
  if (doc.kind !== 'list') return call('jsonencode', doc);
  const items = doc.items.map((container, i) => {
    if (container.kind !== 'object') return container;
    const containerName = optString(containers[i], 'name') ?? `container${i}`;
    return {
      ...container,
      entries: container.entries.map(([key, value]) => {
        if (key !== 'environment' || value.kind !== 'list') return [key, value] as const;
        return [key, { kind: 'list' as const, items: value.items.map((entry) => secretEnvironmentEntry(entry, containerName)) }] as const;
      }),
    };
  });
  return call('jsonencode', { kind: 'list', items });
}

function secretEnvironmentEntry(entry: Expr, containerName: string): Expr {
  if (entry.kind !== 'object') return entry;
  const name = entry.entries.find(([k]) => k === 'name')?.[1];
  const value = entry.entries.find(([k]) => k === 'value')?.[1];
  if (name?.kind !== 'string' || value?.kind !== 'string' || value.value === HIDDEN_VALUE || !SECRET_NAME.test(name.value)) return entry;
  const suffix = `${containerName}_${name.value}`.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return { ...entry, entries: entry.entries.map(([k, v]) => [k, k === 'value' ? ownSecret(suffix) : v] as const) };
}

function taskDefinitionFields(request: JsonValue, draft: ResourceDraft): Fields {
  const containers = at(request, 'containerDefinitions');
  if (!Array.isArray(containers) || containers.length === 0) throw new MalformedRecordError('missing containerDefinitions');
  if (hasHiddenValue(containers)) {
    draft.ignoreChanges('container_definitions', 'CloudTrail hid a value in containerDefinitions (HIDDEN_DUE_TO_SECURITY_REASONS); the account holds the real one');
    draft.note('A container definition value was hidden by CloudTrail and is printed as its marker: replace it before changing container_definitions.');
  }
  const volumes = listAt(request, 'volumes');
  const constraints = listAt(request, 'placementConstraints');
  const proxy = at(request, 'proxyConfiguration');
  const platform = at(request, 'runtimePlatform');
  const storage = optNumber(request, 'ephemeralStorage.sizeInGiB');
  if (listAt(request, 'inferenceAccelerators').length > 0) draft.note('inferenceAccelerators are not mapped (retired by AWS); check the first plan.');
  return fields({
    family: text(reqString(request, 'family')),
    // The provider compares container definitions as JSON (ecs_task_definition doc): the request's
    // list, as the user wrote it in the console, printed as jsonencode.
    container_definitions: containerDefinitionsExpr(containers),
    requires_compatibilities: stringsAt(request, 'requiresCompatibilities'),
    network_mode: textAt(request, 'networkMode'),
    cpu: textAt(request, 'cpu'),
    memory: textAt(request, 'memory'),
    task_role_arn: textAt(request, 'taskRoleArn'),
    execution_role_arn: textAt(request, 'executionRoleArn'),
    pid_mode: textAt(request, 'pidMode'),
    ipc_mode: textAt(request, 'ipcMode'),
    enable_fault_injection: flagAt(request, 'enableFaultInjection'),
    tags: tagsField(readTags(at(request, 'tags'))),
    ephemeral_storage: storage === undefined ? undefined : blocks({ size_in_gib: number(storage) }),
    runtime_platform: isObject(platform)
      ? blocks(fields({ cpu_architecture: textAt(platform, 'cpuArchitecture'), operating_system_family: textAt(platform, 'operatingSystemFamily') }))
      : undefined,
    proxy_configuration: isObject(proxy)
      ? blocks(
          fields({
            container_name: text(reqString(proxy, 'containerName')),
            type: textAt(proxy, 'type'),
            properties: tagsField(Object.fromEntries(listAt(proxy, 'properties').map((p) => [reqString(p, 'name'), optString(p, 'value') ?? '']))),
          }),
        )
      : undefined,
    placement_constraints: constraints.length > 0 ? blocks(...constraints.map((c) => fields({ type: text(reqString(c, 'type')), expression: textAt(c, 'expression') }))) : undefined,
    volume: volumes.length > 0 ? blocks(...volumes.map(volumeFields)) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Services

const serviceId = (cluster: string, name: string) => `${cluster}/${name}`;

/** Service references are a name or an ARN (`service/cluster/name`, or the old `service/name`). */
function serviceKey(event: MapperEvent): { cluster: string; name: string } {
  const service = reqString(event.request, 'service');
  const parts = service.startsWith('arn:') ? service.split(':').slice(5).join(':').split('/') : [];
  const name = lastSegment(service);
  // No cluster means the default cluster (UpdateService / DeleteService API reference).
  const cluster = lastSegment(optString(event.request, 'cluster') ?? (parts.length === 3 ? parts[1]! : 'default'));
  return { cluster, name };
}

function loadBalancerBlocks(source: JsonValue): Fields[] {
  return listAt(source, 'loadBalancers').map((lb, i) => {
    const port = optNumber(lb, 'containerPort');
    if (port === undefined) throw new MalformedRecordError(`loadBalancers[${i}].containerPort missing`);
    return fields({
      container_name: text(reqString(lb, 'containerName')),
      container_port: number(port),
      target_group_arn: textAt(lb, 'targetGroupArn'),
      elb_name: textAt(lb, 'loadBalancerName'),
    });
  });
}

/**
 * The arguments a service object (UpdateService/CreateService response) or request states. The response
 * echoes defaults AWS filled in (deployment percentages, scheduling strategy), so it is read first.
 */
function serviceArguments(source: JsonValue): Fields {
  const vpc = at(source, 'networkConfiguration.awsvpcConfiguration');
  const deployment = at(source, 'deploymentConfiguration');
  const breaker = at(deployment, 'deploymentCircuitBreaker');
  const alarms = at(deployment, 'alarms');
  const strategy = listAt(source, 'capacityProviderStrategy');
  const placement = listAt(source, 'placementStrategy');
  const constraints = listAt(source, 'placementConstraints');
  const registries = listAt(source, 'serviceRegistries');
  const lbs = loadBalancerBlocks(source);
  const publicIp = optString(vpc, 'assignPublicIp');
  const propagate = optString(source, 'propagateTags');
  const controller = optString(source, 'deploymentController.type');
  return fields({
    task_definition: textAt(source, 'taskDefinition'),
    desired_count: numberAt(source, 'desiredCount'),
    launch_type: textAt(source, 'launchType'),
    platform_version: textAt(source, 'platformVersion'),
    scheduling_strategy: textAt(source, 'schedulingStrategy'),
    deployment_maximum_percent: numberAt(deployment, 'maximumPercent'),
    deployment_minimum_healthy_percent: numberAt(deployment, 'minimumHealthyPercent'),
    health_check_grace_period_seconds: numberAt(source, 'healthCheckGracePeriodSeconds'),
    enable_ecs_managed_tags: flagAt(source, 'enableECSManagedTags'),
    enable_execute_command: flagAt(source, 'enableExecuteCommand'),
    // NONE is the API's way of saying "not set", which the provider reads back as no value.
    propagate_tags: propagate === undefined || propagate === 'NONE' ? undefined : text(propagate),
    iam_role: textAt(source, 'role'),
    availability_zone_rebalancing: textAt(source, 'availabilityZoneRebalancing'),
    deployment_circuit_breaker: isObject(breaker)
      ? blocks({ enable: flag(optBool(breaker, 'enable') ?? false), rollback: flag(optBool(breaker, 'rollback') ?? false) })
      : undefined,
    deployment_controller: controller === undefined ? undefined : blocks({ type: text(controller) }),
    // DescribeServices echoes deploymentConfiguration.alarms, and the provider reads it back when present.
    alarms: isObject(alarms)
      ? blocks({ alarm_names: strings(stringList(alarms, 'alarmNames')), enable: flag(optBool(alarms, 'enable') ?? false), rollback: flag(optBool(alarms, 'rollback') ?? false) })
      : undefined,
    network_configuration: isObject(vpc)
      ? blocks(
          fields({
            subnets: strings(stringList(vpc, 'subnets')),
            security_groups: stringsAt(vpc, 'securityGroups'),
            assign_public_ip: publicIp === undefined ? undefined : flag(publicIp === 'ENABLED'),
          }),
        )
      : undefined,
    load_balancer: lbs.length > 0 ? blocks(...lbs) : undefined,
    capacity_provider_strategy: strategy.length > 0
      ? blocks(...strategy.map((s) => fields({ capacity_provider: text(reqString(s, 'capacityProvider')), weight: numberAt(s, 'weight'), base: numberAt(s, 'base') })))
      : undefined,
    ordered_placement_strategy: placement.length > 0 ? blocks(...placement.map((p) => fields({ type: text(reqString(p, 'type')), field: textAt(p, 'field') }))) : undefined,
    placement_constraints: constraints.length > 0 ? blocks(...constraints.map((c) => fields({ type: text(reqString(c, 'type')), expression: textAt(c, 'expression') }))) : undefined,
    service_registries: registries.length > 0
      ? blocks(
          fields({
            registry_arn: text(reqString(registries[0]!, 'registryArn')),
            port: numberAt(registries[0]!, 'port'),
            container_name: textAt(registries[0]!, 'containerName'),
            container_port: numberAt(registries[0]!, 'containerPort'),
          }),
        )
      : undefined,
  });
}

/** Values from the response object win; the request fills what the response left out. */
function merged(request: JsonValue, response: JsonValue | undefined): Fields {
  const fromRequest = serviceArguments(request);
  return isObject(response) ? { ...fromRequest, ...serviceArguments(response) } : fromRequest;
}

function untaggedServiceNote(draft: ResourceDraft): void {
  draft.note('Adopted from the UpdateService response, which carries no tags: check the first plan for tags.');
}

/** Service settings Trailform does not map yet: named in a note so the first plan is read with care. */
const UNMAPPED_SERVICE_SETTINGS = ['serviceConnectConfiguration', 'volumeConfigurations', 'vpcLatticeConfigurations'];

function noteUnmapped(request: JsonValue, draft: ResourceDraft): void {
  const present = UNMAPPED_SERVICE_SETTINGS.filter((key) => at(request, key) !== undefined && at(request, key) !== null);
  if (present.length > 0) draft.note(`Not mapped: ${present.join(', ')}; check the first plan.`);
}

// ---------------------------------------------------------------------------------------------
// Tags: TagResource / UntagResource name a cluster, service or task definition by ARN

const ARN = 'arn:{partition}:ecs:{region}:{account}';
const notHeld = (arn: string, event: MapperEvent) => `${event.eventName}: ${arn} is not a cluster, or a service or task definition revision this session holds`;

/** A service or task definition revision the session holds (a revision: the one tagged), or the call is ignored. */
function held(event: MapperEvent, ctx: FoldContext, type: string, id: string): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceArn');
  const found = ctx.find(type, id);
  if (found && (type !== TASK || found.importId === arn)) return ctx.change(type, id, {});
  ctx.ignore(notHeld(arn, event));
  return undefined;
}

const TAGGING: TaggingOptions = {
  adopt: {
    // A cluster is adopted with the ARN tagged as its id (clusterExports).
    [CLUSTER]: (_name, event, ctx) => changeCluster(event, ctx, reqString(event.request, 'resourceArn')),
    // `service/CLUSTER/NAME`, or `service/NAME` (the old format) in the default cluster.
    [SERVICE]: (id, event, ctx) => held(event, ctx, SERVICE, id.split('/').length === 2 ? id : serviceId('default', id.split('/').pop()!)),
    [TASK]: (family, event, ctx) => held(event, ctx, TASK, family),
  },
  unmapped: notHeld,
};

// Capacity providers and task sets: import-only. A capacity provider is imported by its ARN (the delete
// response holds it too); a task set as `TASK-SET-ID,SERVICE-ARN,CLUSTER-ARN`, all in either response.
const taskSetId = (e: MapperEvent) => {
  const parts = ['taskSet.id', 'taskSet.serviceArn', 'taskSet.clusterArn'].map((p) => optString(e.response, p));
  return parts.every((p) => p !== undefined) ? parts.join(',') : undefined;
};
const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_ecs_capacity_provider',
    create: 'CreateCapacityProvider',
    id: ['response.capacityProvider.capacityProviderArn'],
    name: ['request.name'],
    delete: 'DeleteCapacityProvider',
  },
  { type: 'aws_ecs_task_set', create: 'CreateTaskSet', id: taskSetId, delete: 'DeleteTaskSet' },
]);

export const ecs: ServiceMapper = {
  service: 'ecs',
  eventSource: 'ecs.amazonaws.com',
  resources: [
    {
      // A tag the session added to a cluster or task definition from before the session, managed on its own (pipeline/tag-resources.ts).
      type: 'aws_ecs_tag',
      required: ['key', 'resource_arn', 'value'],
      events: ['TagResource'],
      // The tagging call states the tag's key and value and names what it tags: all the resource has.
      completeFrom: { events: ['TagResource'], mapped: ['resource_arn', 'key', 'value'], unmapped: {} },
    },
    {
      type: CLUSTER,
      // Keyed by name; exports give its ARN as its id too (clusterExports).
      identity: { arn: `${ARN}:cluster/{id}`, field: 'name' },
      required: ['name'],
      references: {
        'configuration.execute_command_configuration.kms_key_id': ['aws_kms_key'],
        'configuration.execute_command_configuration.log_configuration.cloud_watch_log_group_name': ['aws_cloudwatch_log_group'],
        'configuration.execute_command_configuration.log_configuration.s3_bucket_name': ['aws_s3_bucket'],
        'configuration.managed_storage_configuration.kms_key_id': ['aws_kms_key'],
      },
      events: ['CreateCluster', 'UpdateCluster', 'UpdateClusterSettings', 'TagResource', 'UntagResource', 'DeleteCluster'],
    },
    {
      type: ACCOUNT_SETTING,
      required: ['name', 'value'],
      events: ['PutAccountSettingDefault'],
    },
    {
      type: CAPACITY,
      required: ['cluster_name'],
      references: { cluster_name: [CLUSTER] },
      events: ['CreateCluster', 'PutClusterCapacityProviders', 'DeleteCluster'],
    },
    {
      type: TASK,
      // One resource per family: the ARN names a revision (`task-definition/FAMILY:3`).
      identity: { arn: `${ARN}:task-definition/{id}:{revision}` },
      required: ['container_definitions', 'family'],
      references: {
        task_role_arn: ['aws_iam_role'],
        execution_role_arn: ['aws_iam_role'],
        'volume.efs_volume_configuration.file_system_id': ['aws_efs_file_system'],
      },
      events: ['RegisterTaskDefinition', 'TagResource', 'UntagResource', 'DeregisterTaskDefinition', 'DeleteTaskDefinitions'],
    },
    {
      type: SERVICE,
      // Keyed `CLUSTER/NAME`, as the ARN names it (`service/NAME` in the default cluster, the old format).
      identity: { arn: `${ARN}:service/{id}` },
      required: ['name'],
      references: {
        cluster: [CLUSTER],
        task_definition: [TASK],
        iam_role: ['aws_iam_role'],
        'load_balancer.target_group_arn': ['aws_lb_target_group'],
        'network_configuration.subnets': ['aws_subnet'],
        'network_configuration.security_groups': ['aws_security_group'],
        'alarms.alarm_names': ['aws_cloudwatch_metric_alarm'],
      },
      events: ['CreateService', 'UpdateService', 'TagResource', 'UntagResource', 'DeleteService', 'DeleteCluster'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(taggingHandlers(() => ecs.resources, TAG_RESOURCE, TAGGING), IMPORT_ONLY.events, {
    CreateCluster(event, ctx) {
      const name = optString(event.request, 'clusterName') ?? 'default';
      const arn = optString(event.response, 'cluster.clusterArn') ?? clusterArn(event, name);
      const draft = ctx.create(CLUSTER, name, { exports: clusterExports(arn, name) });
      draft.fields = fields({ name: text(name), ...clusterArguments(event.request), tags: tagsField(readTags(at(event.request, 'tags'))) });
      if (listAt(event.request, 'capacityProviders').length > 0 || listAt(event.request, 'defaultCapacityProviderStrategy').length > 0) {
        putCapacityProviders(ctx, name, event.request);
      }
    },
    UpdateCluster(event, ctx) {
      const draft = changeCluster(event, ctx, reqString(event.request, 'cluster'));
      Object.assign(draft.fields, clusterArguments(event.request));
    },
    UpdateClusterSettings(event, ctx) {
      const draft = changeCluster(event, ctx, reqString(event.request, 'cluster'));
      const settings = settingBlocks(event.request);
      if (settings.length === 0) throw new MalformedRecordError('missing settings');
      // Settings are merged by name: UpdateClusterSettings names only the ones it changes.
      const current = draft.fields.setting?.kind === 'blocks' ? draft.fields.setting.items : [];
      const named = (item: Fields) => (item.name?.kind === 'string' ? item.name.value : '');
      const names = new Set(settings.map(named));
      draft.fields.setting = blocks(...current.filter((s) => !names.has(named(s))), ...settings);
    },
    PutAccountSettingDefault(event, ctx) {
      // The account-wide default of one setting (imported by its name); PutAccountSetting, which sets it
      // for one principal, is a different thing and is not mapped.
      const name = reqString(event.request, 'name');
      ctx.put(ACCOUNT_SETTING, name, { fields: { name: text(name), value: text(reqString(event.request, 'value')) } });
    },
    PutClusterCapacityProviders(event, ctx) {
      putCapacityProviders(ctx, lastSegment(reqString(event.request, 'cluster')), event.request);
    },
    DeleteCluster(event, ctx) {
      const name = lastSegment(reqString(event.request, 'cluster'));
      if (ctx.find(CAPACITY, name)) ctx.remove(CAPACITY, name);
      // A cluster can only be deleted once its services are gone (DeleteCluster API reference).
      for (const service of ctx.allWithIdPrefix(SERVICE, `${name}/`)) ctx.remove(SERVICE, service.id);
      ctx.remove(CLUSTER, name);
    },

    RegisterTaskDefinition(event, ctx) {
      const family = reqString(event.request, 'family');
      const arn = reqString(event.response, 'taskDefinition.taskDefinitionArn');
      const existing = ctx.find(TASK, family);
      // A new revision of a family the session registered replaces it in the manifest: Terraform manages
      // one revision per resource (ecs_task_definition doc), and the older one stays registered in AWS.
      const draft = ctx.put(TASK, family, { importId: arn, exports: { arn, arn_without_revision: arn.replace(/:\d+$/, '') } });
      draft.importId = arn;
      draft.fields = taskDefinitionFields(event.request, draft);
      // skip_destroy is Terraform-only (default false) and the provider's Read never sets it.
      draft.ignoreChanges('skip_destroy', 'Terraform-only setting the import never reads, so the first plan would set its default');
      if (existing) draft.note(`Holds revision ${arn.split(':').pop()}; earlier revisions the session registered stay registered in AWS.`);
    },
    DeregisterTaskDefinition(event, ctx) {
      const arn = optString(event.response, 'taskDefinition.taskDefinitionArn') ?? taskArn(event, reqString(event.request, 'taskDefinition'));
      const draft = ctx.find(TASK, familyOf(arn));
      if (draft && draft.importId === arn) ctx.remove(TASK, familyOf(arn));
      else ctx.ignore(`deregisters ${arn}, a revision the manifest does not hold`);
    },
    DeleteTaskDefinitions(event, ctx) {
      let removed = false;
      for (const ref of stringList(event.request, 'taskDefinitions')) {
        const arn = taskArn(event, ref);
        const draft = ctx.find(TASK, familyOf(arn));
        if (draft && draft.importId === arn) {
          ctx.remove(TASK, familyOf(arn));
          removed = true;
        }
      }
      if (!removed) ctx.ignore('deletes task definition revisions the manifest does not hold');
    },

    CreateService(event, ctx) {
      const name = reqString(event.request, 'serviceName');
      const service = at(event.response, 'service');
      const cluster = lastSegment(optString(event.request, 'cluster') ?? 'default');
      const id = serviceId(cluster, name);
      const arn = optString(service, 'serviceArn');
      const draft = ctx.create(SERVICE, id, { nameHint: name, exports: arn ? { arn, id: arn } : {} });
      draft.fields = fields({
        name: text(name),
        cluster: text(optString(service, 'clusterArn') ?? clusterArn(event, cluster)),
        ...merged(event.request, service),
        tags: tagsField(readTags(at(event.request, 'tags'))),
      });
      noteUnmapped(event.request, draft);
      // wait_for_steady_state is Terraform-only (default false); the importer sets only name and cluster.
      draft.ignoreChanges('wait_for_steady_state', 'Terraform-only setting the import never reads, so the first plan would set its default');
    },
    UpdateService(event, ctx) {
      const { cluster, name } = serviceKey(event);
      const id = serviceId(cluster, name);
      const service = at(event.response, 'service');
      const known = ctx.find(SERVICE, id);
      if (!known && !isObject(service)) {
        // Without the echoed service, a block with only the changed arguments would drop its task definition.
        ctx.ignore(`UpdateService changes ${id}, which existed before the session, and the record has no response to adopt it from`);
        return;
      }
      const draft = ctx.change(SERVICE, id, { nameHint: name, fields: { name: text(name) } });
      if (!known) {
        draft.fields = fields({ name: text(name), cluster: text(optString(service, 'clusterArn') ?? clusterArn(event, cluster)), ...merged({}, service) });
        untaggedServiceNote(draft);
        return;
      }
      // Only what the request names changes (the response also holds deployment state, not configuration).
      Object.assign(draft.fields, serviceArguments(event.request));
      noteUnmapped(event.request, draft);
      if (isObject(service) && optString(service, 'taskDefinition')) draft.fields.task_definition = text(optString(service, 'taskDefinition')!);
    },
    DeleteService(event, ctx) {
      const { cluster, name } = serviceKey(event);
      ctx.remove(SERVICE, serviceId(cluster, name));
    },

  }),
};
