// Amazon EC2 Auto Scaling groups, their scaling policies, scheduled actions and lifecycle hooks, and
// launch configurations. CloudTrail shape (Query protocol): request keys are the API member names with
// only the first letter lowered, so acronyms keep their capitals (`vPCZoneIdentifier`, `targetGroupARNs`,
// like ELB's `dNSName`); Create/UpdateAutoScalingGroup have no response, PutScalingPolicy returns
// `policyARN` and `alarms`.
// https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, reqString, stringList } from './read';
import { blocks, fields, flag, flagAt, maybe, number, numberAt, strings, stringsAt, text, textAt } from './values';

const ASG = 'aws_autoscaling_group';
const POLICY = 'aws_autoscaling_policy';
const SCHEDULE = 'aws_autoscaling_schedule';
const HOOK = 'aws_autoscaling_lifecycle_hook';
const LAUNCH_CONFIGURATION = 'aws_launch_configuration';


/** The first of several spellings present (acronym casing is not documented for every member). */
function firstKey(source: JsonValue, ...paths: string[]): string {
  return paths.find((p) => at(source, p) !== undefined) ?? paths[0]!;
}

function groupName(event: MapperEvent): string {
  return reqString(event.request, 'autoScalingGroupName');
}

function launchTemplateSpec(spec: JsonValue, id: string, name: string): Fields {
  return fields({ [id]: textAt(spec, 'launchTemplateId'), [name]: textAt(spec, 'launchTemplateName'), version: textAt(spec, 'version') });
}

function mixedInstancesPolicy(policy: JsonValue, draft: ResourceDraft): Fields {
  const template = at(policy, 'launchTemplate');
  const overrides = listAt(template, 'overrides');
  if (overrides.some((o) => at(o, 'instanceRequirements') !== undefined)) {
    draft.note('mixed_instances_policy overrides with instance requirements are not mapped; check the first plan.');
  }
  const distribution = at(policy, 'instancesDistribution');
  return fields({
    instances_distribution: isObject(distribution)
      ? blocks(
          fields({
            on_demand_allocation_strategy: textAt(distribution, 'onDemandAllocationStrategy'),
            on_demand_base_capacity: numberAt(distribution, 'onDemandBaseCapacity'),
            on_demand_percentage_above_base_capacity: numberAt(distribution, 'onDemandPercentageAboveBaseCapacity'),
            spot_allocation_strategy: textAt(distribution, 'spotAllocationStrategy'),
            spot_instance_pools: numberAt(distribution, 'spotInstancePools'),
            spot_max_price: textAt(distribution, 'spotMaxPrice'),
          }),
        )
      : undefined,
    launch_template: blocks(
      fields({
        launch_template_specification: blocks(launchTemplateSpec(at(template, 'launchTemplateSpecification') ?? null, 'launch_template_id', 'launch_template_name')),
        override: overrides.length > 0
          ? blocks(...overrides.map((o) => fields({ instance_type: textAt(o, 'instanceType'), weighted_capacity: textAt(o, 'weightedCapacity') })))
          : undefined,
      }),
    ),
  });
}

/** `tag` blocks from `[{key, value, propagateAtLaunch}]`. */
function tagBlocks(tags: JsonValue[]): Fields[] {
  return tags.map((t) =>
    fields({
      key: text(reqString(t, 'key')),
      value: text(optString(t, 'value') ?? ''),
      // PropagateAtLaunch is optional in the API's Tag type and false when left out.
      propagate_at_launch: flag(optBool(t, 'propagateAtLaunch') ?? false),
    }),
  );
}

/** The arguments a Create/UpdateAutoScalingGroup request states; Update names only what it changes. */
function groupArguments(request: JsonValue, draft: ResourceDraft): Fields {
  const zones = optString(request, firstKey(request, 'vPCZoneIdentifier', 'vpcZoneIdentifier', 'VPCZoneIdentifier'));
  const template = at(request, 'launchTemplate');
  const mixed = at(request, 'mixedInstancesPolicy');
  return fields({
    min_size: numberAt(request, 'minSize'),
    max_size: numberAt(request, 'maxSize'),
    desired_capacity: numberAt(request, 'desiredCapacity'),
    desired_capacity_type: textAt(request, 'desiredCapacityType'),
    launch_configuration: textAt(request, 'launchConfigurationName'),
    vpc_zone_identifier: zones === undefined ? undefined : strings(zones.split(',').map((s) => s.trim()).filter((s) => s !== '')),
    availability_zones: stringsAt(request, 'availabilityZones'),
    target_group_arns: stringsAt(request, firstKey(request, 'targetGroupARNs', 'targetGroupArns')),
    load_balancers: stringsAt(request, 'loadBalancerNames'),
    health_check_type: textAt(request, 'healthCheckType'),
    health_check_grace_period: numberAt(request, 'healthCheckGracePeriod'),
    default_cooldown: numberAt(request, 'defaultCooldown'),
    default_instance_warmup: numberAt(request, 'defaultInstanceWarmup'),
    max_instance_lifetime: numberAt(request, 'maxInstanceLifetime'),
    placement_group: textAt(request, 'placementGroup'),
    termination_policies: stringsAt(request, 'terminationPolicies'),
    protect_from_scale_in: flagAt(request, 'newInstancesProtectedFromScaleIn'),
    capacity_rebalance: flagAt(request, 'capacityRebalance'),
    service_linked_role_arn: textAt(request, firstKey(request, 'serviceLinkedRoleARN', 'serviceLinkedRoleArn')),
    context: textAt(request, 'context'),
    launch_template: isObject(template) ? blocks(launchTemplateSpec(template, 'id', 'name')) : undefined,
    mixed_instances_policy: isObject(mixed) ? blocks(mixedInstancesPolicy(mixed, draft)) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Scaling policies

const policyId = (group: string, name: string) => `${group}/${name}`;

/** Policy ARNs end in `:autoScalingGroupName/<group>:policyName/<name>` (DeletePolicy accepts name or ARN). */
function policyFromArn(arn: string): { group: string; name: string } | undefined {
  const match = /:autoScalingGroupName\/(.+?):policyName\/(.+)$/.exec(arn);
  return match ? { group: match[1]!, name: match[2]! } : undefined;
}

function reqNum(source: JsonValue, path: string, what: string) {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${what}`);
  return number(value);
}

const bound = (source: JsonValue, path: string) => maybe(optNumber(source, path), (n) => text(String(n)));

function dimensions(source: JsonValue, path: string): Fields[] {
  return listAt(source, path).map((d) => ({ name: text(reqString(d, 'name')), value: text(reqString(d, 'value')) }));
}

function predefined(source: JsonValue, path: string) {
  const spec = at(source, path);
  return isObject(spec)
    ? blocks(fields({ predefined_metric_type: text(reqString(spec, 'predefinedMetricType')), resource_label: textAt(spec, 'resourceLabel') }))
    : undefined;
}

function targetTracking(config: JsonValue, draft: ResourceDraft): Fields {
  const custom = at(config, 'customizedMetricSpecification');
  if (isObject(custom) && listAt(custom, 'metrics').length > 0) {
    draft.note('target tracking with metric math (customizedMetricSpecification.metrics) is not mapped; check the first plan.');
  }
  const metricDimensions = isObject(custom) ? dimensions(custom, 'dimensions') : [];
  return fields({
    target_value: reqNum(config, 'targetValue', 'targetTrackingConfiguration.targetValue'),
    disable_scale_in: flagAt(config, 'disableScaleIn'),
    predefined_metric_specification: predefined(config, 'predefinedMetricSpecification'),
    customized_metric_specification: isObject(custom)
      ? blocks(
          fields({
            metric_name: textAt(custom, 'metricName'),
            namespace: textAt(custom, 'namespace'),
            statistic: textAt(custom, 'statistic'),
            unit: textAt(custom, 'unit'),
            period: numberAt(custom, 'period'),
            metric_dimension: metricDimensions.length > 0 ? blocks(...metricDimensions) : undefined,
          }),
        )
      : undefined,
  });
}

function predictive(config: JsonValue, draft: ResourceDraft): Fields {
  const specs = listAt(config, 'metricSpecifications');
  if (specs.length === 0) throw new MalformedRecordError('missing predictiveScalingConfiguration.metricSpecifications');
  const spec = specs[0]!;
  if (['customizedScalingMetricSpecification', 'customizedLoadMetricSpecification', 'customizedCapacityMetricSpecification'].some((k) => at(spec, k) !== undefined)) {
    draft.note('predictive scaling with customized metrics is not mapped; check the first plan.');
  }
  return fields({
    mode: textAt(config, 'mode'),
    scheduling_buffer_time: maybe(optString(config, 'schedulingBufferTime'), text),
    max_capacity_breach_behavior: textAt(config, 'maxCapacityBreachBehavior'),
    max_capacity_buffer: maybe(optString(config, 'maxCapacityBuffer'), text),
    metric_specification: blocks(
      fields({
        target_value: reqNum(spec, 'targetValue', 'metricSpecifications[0].targetValue'),
        predefined_metric_pair_specification: predefined(spec, 'predefinedMetricPairSpecification'),
        predefined_load_metric_specification: predefined(spec, 'predefinedLoadMetricSpecification'),
        predefined_scaling_metric_specification: predefined(spec, 'predefinedScalingMetricSpecification'),
      }),
    ),
  });
}

function policyFields(request: JsonValue, draft: ResourceDraft): Fields {
  const steps = listAt(request, 'stepAdjustments');
  const tracking = at(request, 'targetTrackingConfiguration');
  const forecast = at(request, 'predictiveScalingConfiguration');
  return fields({
    // SimpleScaling is the API's and the provider's default policy type.
    policy_type: text(optString(request, 'policyType') ?? 'SimpleScaling'),
    adjustment_type: textAt(request, 'adjustmentType'),
    scaling_adjustment: numberAt(request, 'scalingAdjustment'),
    min_adjustment_magnitude: numberAt(request, 'minAdjustmentMagnitude'),
    cooldown: numberAt(request, 'cooldown'),
    metric_aggregation_type: textAt(request, 'metricAggregationType'),
    estimated_instance_warmup: numberAt(request, 'estimatedInstanceWarmup'),
    enabled: flagAt(request, 'enabled'),
    step_adjustment: steps.length > 0
      ? blocks(
          ...steps.map((s) =>
            fields({
              scaling_adjustment: reqNum(s, 'scalingAdjustment', 'stepAdjustments[].scalingAdjustment'),
              metric_interval_lower_bound: bound(s, 'metricIntervalLowerBound'),
              metric_interval_upper_bound: bound(s, 'metricIntervalUpperBound'),
            }),
          ),
        )
      : undefined,
    target_tracking_configuration: isObject(tracking) ? blocks(targetTracking(tracking, draft)) : undefined,
    predictive_scaling_configuration: isObject(forecast) ? blocks(predictive(forecast, draft)) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Launch configurations (immutable: every argument forces a new one)

const HIDDEN = new Set(['HIDDEN_DUE_TO_SECURITY_REASONS', '<sensitiveDataRemoved>']);

function launchConfigurationFields(request: JsonValue, draft: ResourceDraft): Fields {
  const devices = listAt(request, 'blockDeviceMappings');
  if (devices.length > 0) {
    // Which mapping is the AMI's root device decides root_block_device vs ebs_block_device on import,
    // and a wrong guess would replace the launch configuration: the account's mappings are kept.
    const names = devices.map((d) => optString(d, 'deviceName') ?? '?').join(', ');
    draft.ignoreChanges('root_block_device', `block devices: the event names ${names} but not which is the AMI's root; the import reads the mappings from the account`);
    draft.ignoreChanges('ebs_block_device', 'ebs_block_device: likewise');
    if (devices.some((d) => optString(d, 'virtualName') !== undefined)) draft.ignoreChanges('ephemeral_block_device', 'ephemeral_block_device: likewise');
  }
  const userData = optString(request, 'userData');
  if (userData !== undefined) {
    // User data may hold secrets and is never printed; the account keeps it.
    draft.ignoreChanges('user_data', HIDDEN.has(userData) ? 'CloudTrail hid the user data' : 'user data is not copied into the manifest (it may hold secrets)');
    draft.ignoreChanges('user_data_base64', 'user data is not copied into the manifest');
  }
  const metadata = at(request, 'metadataOptions');
  return fields({
    image_id: text(reqString(request, 'imageId')),
    instance_type: text(reqString(request, 'instanceType')),
    key_name: textAt(request, 'keyName'),
    security_groups: stringsAt(request, 'securityGroups'),
    iam_instance_profile: textAt(request, 'iamInstanceProfile'),
    associate_public_ip_address: flagAt(request, 'associatePublicIpAddress'),
    ebs_optimized: flagAt(request, 'ebsOptimized'),
    // Detailed monitoring is on unless the request turned it off (CreateLaunchConfiguration API reference).
    enable_monitoring: flagAt(request, 'instanceMonitoring.enabled'),
    placement_tenancy: textAt(request, 'placementTenancy'),
    spot_price: textAt(request, 'spotPrice'),
    metadata_options: isObject(metadata)
      ? blocks(
          fields({
            http_endpoint: textAt(metadata, 'httpEndpoint'),
            http_tokens: textAt(metadata, 'httpTokens'),
            http_put_response_hop_limit: numberAt(metadata, 'httpPutResponseHopLimit'),
          }),
        )
      : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Scheduled actions and lifecycle hooks: `<group>/<name>` identifiers, like their import IDs

/** The provider takes times only as `YYYY-MM-DDThh:mm:ssZ` (autoscaling_schedule doc). */
function isoTime(source: JsonValue, path: string, draft: ResourceDraft) {
  const value = optString(source, path);
  if (value === undefined) return undefined;
  // Only UTC ISO times are read: other renderings ("May 3, 2024 10:00:00 AM") carry no time zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value)) {
    draft.note(`${path} ${JSON.stringify(value)} is not a UTC ISO time; the import reads it from the account.`);
    return undefined;
  }
  return text(new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z'));
}

function putSchedule(ctx: FoldContext, group: string, action: JsonValue): void {
  const name = reqString(action, 'scheduledActionName');
  const id = policyId(group, name);
  const draft = ctx.put(SCHEDULE, id, { nameHint: name });
  draft.fields = fields({
    scheduled_action_name: text(name),
    autoscaling_group_name: text(group),
    min_size: numberAt(action, 'minSize'),
    max_size: numberAt(action, 'maxSize'),
    desired_capacity: numberAt(action, 'desiredCapacity'),
    recurrence: textAt(action, 'recurrence'),
    time_zone: textAt(action, 'timeZone'),
    start_time: isoTime(action, 'startTime', draft) ?? isoTime(action, 'time', draft),
    end_time: isoTime(action, 'endTime', draft),
  });
}

/** Children of a group (policies, schedules, hooks) go with it. */
function removeChildren(ctx: FoldContext, group: string): void {
  for (const type of [POLICY, SCHEDULE, HOOK]) {
    for (const child of ctx.all(type)) if (child.id.startsWith(`${group}/`)) ctx.remove(type, child.id);
  }
}

// ---------------------------------------------------------------------------------------------

function groupExports(name: string) {
  // `name` first: policies and attachments refer to a group as aws_autoscaling_group.x.name (its id too).
  return { name, id: name };
}

function tagDeltas(event: MapperEvent, ctx: FoldContext, apply: (draft: ResourceDraft, tag: JsonValue) => void): void {
  for (const tag of listAt(event.request, 'tags')) {
    const type = optString(tag, 'resourceType') ?? 'auto-scaling-group';
    if (type !== 'auto-scaling-group') throw new MalformedRecordError(`tag resourceType ${type} is not an Auto Scaling group`);
    const name = reqString(tag, 'resourceId');
    const draft = ctx.change(ASG, name, { exports: groupExports(name) });
    // A group from before the session stays import-only (see UpdateAutoScalingGroup).
    if (draft.created) apply(draft, tag);
  }
}

function tagItems(draft: ResourceDraft): Fields[] {
  const value = draft.fields.tag;
  return value && value.kind === 'blocks' ? value.items : [];
}

const tagKey = (item: Fields) => (item.key?.kind === 'string' ? item.key.value : '');

function setTagItems(draft: ResourceDraft, items: Fields[]): void {
  if (items.length === 0) delete draft.fields.tag;
  else draft.fields.tag = blocks(...items);
}

/**
 * A string-set argument changed by an Attach/Detach, Enable/Disable or Suspend/Resume call. Groups from
 * before the session stay import-only (their block is generated), so only the session's own are edited.
 */
function editSet(event: MapperEvent, ctx: FoldContext, attr: string, add: readonly string[], remove: readonly string[] | 'all'): ResourceDraft {
  const name = groupName(event);
  const draft = ctx.change(ASG, name, { exports: groupExports(name) });
  if (!draft.created) return draft;
  const value = draft.fields[attr];
  const current = value && value.kind === 'list' ? value.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : [];
  const next = remove === 'all' ? [] : current.filter((v) => !remove.includes(v));
  for (const v of add) if (!next.includes(v)) next.push(v);
  if (next.length > 0) draft.fields[attr] = strings(next);
  else delete draft.fields[attr];
  return draft;
}

/** Every process SuspendProcesses/ResumeProcesses act on when the request names none (API reference). */
const ALL_PROCESSES = ['Launch', 'Terminate', 'AddToLoadBalancer', 'AlarmNotification', 'AZRebalance', 'HealthCheck', 'InstanceRefresh', 'ReplaceUnhealthy', 'ScheduledActions'];

export const autoscaling: ServiceMapper = {
  service: 'autoscaling',
  eventSource: 'autoscaling.amazonaws.com',
  resources: [
    {
      type: ASG,
      required: ['max_size', 'min_size'],
      references: {
        'launch_template.id': ['aws_launch_template'],
        'launch_template.name': ['aws_launch_template'],
        'mixed_instances_policy.launch_template.launch_template_specification.launch_template_id': ['aws_launch_template'],
        'mixed_instances_policy.launch_template.launch_template_specification.launch_template_name': ['aws_launch_template'],
        launch_configuration: ['aws_launch_configuration'],
        vpc_zone_identifier: ['aws_subnet'],
        target_group_arns: ['aws_lb_target_group'],
        placement_group: ['aws_placement_group'],
        service_linked_role_arn: ['aws_iam_role'],
      },
      events: [
        'CreateAutoScalingGroup',
        'UpdateAutoScalingGroup',
        'AttachLoadBalancerTargetGroups',
        'DetachLoadBalancerTargetGroups',
        'AttachLoadBalancers',
        'DetachLoadBalancers',
        'EnableMetricsCollection',
        'DisableMetricsCollection',
        'SuspendProcesses',
        'ResumeProcesses',
        'PutWarmPool',
        'DeleteWarmPool',
        'CreateOrUpdateTags',
        'DeleteTags',
        'DeleteAutoScalingGroup',
      ],
    },
    {
      type: POLICY,
      required: ['autoscaling_group_name', 'name'],
      references: { autoscaling_group_name: [ASG] },
      events: ['PutScalingPolicy', 'DeletePolicy', 'DeleteAutoScalingGroup'],
    },
    {
      type: SCHEDULE,
      required: ['autoscaling_group_name', 'scheduled_action_name'],
      references: { autoscaling_group_name: [ASG] },
      events: ['PutScheduledUpdateGroupAction', 'BatchPutScheduledUpdateGroupAction', 'DeleteScheduledAction', 'BatchDeleteScheduledAction', 'DeleteAutoScalingGroup'],
    },
    {
      type: HOOK,
      required: ['autoscaling_group_name', 'lifecycle_transition', 'name'],
      references: {
        autoscaling_group_name: [ASG],
        notification_target_arn: ['aws_sqs_queue', 'aws_sns_topic'],
        role_arn: ['aws_iam_role'],
      },
      events: ['PutLifecycleHook', 'DeleteLifecycleHook', 'DeleteAutoScalingGroup'],
    },
    {
      type: LAUNCH_CONFIGURATION,
      required: ['image_id', 'instance_type'],
      references: { security_groups: ['aws_security_group'], iam_instance_profile: ['aws_iam_instance_profile'], key_name: ['aws_key_pair'] },
      events: ['CreateLaunchConfiguration', 'DeleteLaunchConfiguration'],
    },
  ],
  events: {
    CreateAutoScalingGroup(event, ctx) {
      const name = groupName(event);
      const draft = ctx.create(ASG, name, { exports: groupExports(name) });
      const args = groupArguments(event.request, draft);
      if (!args.min_size || !args.max_size) throw new MalformedRecordError('missing minSize or maxSize');
      const tags = tagBlocks(listAt(event.request, 'tags'));
      draft.fields = fields({
        name: text(name),
        ...args,
        // The API's default grace period is 0 seconds, the provider's is 300: state the API's when left out
        // (CreateAutoScalingGroup API reference; autoscaling_group doc, health_check_grace_period).
        health_check_grace_period: args.health_check_grace_period ?? number(0),
        tag: tags.length > 0 ? blocks(...tags) : undefined,
      });
      if (at(event.request, 'instanceId') !== undefined) {
        draft.note('Created from an instance (instanceId): the launch configuration AWS derived from it is not in the event; check the first plan.');
      }
      // Terraform-only settings with defaults: the importer passes the name through and Read never sets
      // them, so the first plan would add them (terraform-provider-aws#10334).
      draft.ignoreChanges('wait_for_capacity_timeout', 'wait_for_capacity_timeout: Terraform-only, the import never reads it, so the first plan would set its default (terraform-provider-aws#10334)');
      for (const attr of ['force_delete', 'force_delete_warm_pool', 'ignore_failed_scaling_activities']) draft.ignoreChanges(attr, `${attr}: likewise Terraform-only`);
    },
    UpdateAutoScalingGroup(event, ctx) {
      const name = groupName(event);
      const draft = ctx.change(ASG, name, { exports: groupExports(name) });
      // A group from before the session is import-only: an update names a few arguments, and a block
      // printed with only those would drop its launch template (Terraform generates the block instead).
      if (!draft.created) return;
      const args = groupArguments(event.request, draft);
      // The launch source arguments replace each other.
      if (args.launch_template || args.mixed_instances_policy || args.launch_configuration) {
        delete draft.fields.launch_template;
        delete draft.fields.mixed_instances_policy;
        delete draft.fields.launch_configuration;
      }
      Object.assign(draft.fields, args);
    },
    AttachLoadBalancerTargetGroups(event, ctx) {
      const arns = stringList(event.request, firstKey(event.request, 'targetGroupARNs', 'targetGroupArns'));
      editSet(event, ctx, 'target_group_arns', arns, []);
    },
    DetachLoadBalancerTargetGroups(event, ctx) {
      const arns = stringList(event.request, firstKey(event.request, 'targetGroupARNs', 'targetGroupArns'));
      editSet(event, ctx, 'target_group_arns', [], arns);
    },
    AttachLoadBalancers(event, ctx) {
      editSet(event, ctx, 'load_balancers', stringList(event.request, 'loadBalancerNames'), []);
    },
    DetachLoadBalancers(event, ctx) {
      editSet(event, ctx, 'load_balancers', [], stringList(event.request, 'loadBalancerNames'));
    },
    EnableMetricsCollection(event, ctx) {
      const metrics = stringList(event.request, 'metrics');
      const draft = editSet(event, ctx, 'enabled_metrics', metrics, []);
      if (!draft.created) return;
      draft.fields.metrics_granularity = text(reqString(event.request, 'granularity'));
      if (metrics.length === 0) {
        // No list means every metric, and the full list grows as AWS adds metrics.
        draft.ignoreChanges('enabled_metrics', 'EnableMetricsCollection named no metrics, which enables all of them (EnableMetricsCollection API reference); the account holds the list');
      }
    },
    DisableMetricsCollection(event, ctx) {
      const metrics = stringList(event.request, 'metrics');
      const draft = editSet(event, ctx, 'enabled_metrics', [], metrics.length === 0 ? 'all' : metrics);
      if (draft.created && draft.fields.enabled_metrics === undefined) delete draft.fields.metrics_granularity;
    },
    SuspendProcesses(event, ctx) {
      const processes = stringList(event.request, 'scalingProcesses');
      editSet(event, ctx, 'suspended_processes', processes.length === 0 ? ALL_PROCESSES : processes, []);
    },
    ResumeProcesses(event, ctx) {
      const processes = stringList(event.request, 'scalingProcesses');
      editSet(event, ctx, 'suspended_processes', [], processes.length === 0 ? 'all' : processes);
    },
    PutWarmPool(event, ctx) {
      const name = groupName(event);
      const draft = ctx.change(ASG, name, { exports: groupExports(name) });
      if (!draft.created) return;
      const reuse = optBool(event.request, 'instanceReusePolicy.reuseOnScaleIn');
      // PutWarmPool states the whole warm pool; the provider's defaults (-1, 0, Stopped) are the API's.
      draft.fields.warm_pool = blocks(
        fields({
          pool_state: textAt(event.request, 'poolState'),
          min_size: numberAt(event.request, 'minSize'),
          max_group_prepared_capacity: numberAt(event.request, 'maxGroupPreparedCapacity'),
          instance_reuse_policy: reuse === undefined ? undefined : blocks({ reuse_on_scale_in: flag(reuse) }),
        }),
      );
    },
    DeleteWarmPool(event, ctx) {
      const name = groupName(event);
      const draft = ctx.change(ASG, name, { exports: groupExports(name) });
      if (draft.created) delete draft.fields.warm_pool;
    },
    CreateOrUpdateTags(event, ctx) {
      tagDeltas(event, ctx, (draft, tag) => {
        const [item] = tagBlocks([tag]);
        setTagItems(draft, [...tagItems(draft).filter((t) => tagKey(t) !== reqString(tag, 'key')), item!]);
      });
    },
    DeleteTags(event, ctx) {
      tagDeltas(event, ctx, (draft, tag) => setTagItems(draft, tagItems(draft).filter((t) => tagKey(t) !== reqString(tag, 'key'))));
    },
    DeleteAutoScalingGroup(event, ctx) {
      const name = groupName(event);
      // Deleting a group deletes its scaling policies, scheduled actions and lifecycle hooks
      // (DeleteAutoScalingGroup API reference).
      removeChildren(ctx, name);
      ctx.remove(ASG, name);
    },

    PutScheduledUpdateGroupAction(event, ctx) {
      putSchedule(ctx, groupName(event), event.request);
    },
    BatchPutScheduledUpdateGroupAction(event, ctx) {
      const group = groupName(event);
      // The response lists the actions that failed; only the others were created.
      const failed = new Set(listAt(event.response, 'failedScheduledUpdateGroupActions').map((f) => reqString(f, 'scheduledActionName')));
      for (const action of listAt(event.request, 'scheduledUpdateGroupActions')) {
        if (!failed.has(reqString(action, 'scheduledActionName'))) putSchedule(ctx, group, action);
      }
    },
    DeleteScheduledAction(event, ctx) {
      ctx.remove(SCHEDULE, policyId(groupName(event), reqString(event.request, 'scheduledActionName')));
    },
    BatchDeleteScheduledAction(event, ctx) {
      const group = groupName(event);
      for (const name of stringList(event.request, 'scheduledActionNames')) ctx.remove(SCHEDULE, policyId(group, name));
    },
    PutLifecycleHook(event, ctx) {
      const group = groupName(event);
      const name = reqString(event.request, 'lifecycleHookName');
      const id = policyId(group, name);
      const transition = optString(event.request, 'lifecycleTransition');
      // PutLifecycleHook creates a hook (the transition is required then) or updates the arguments it names.
      const isNew = !ctx.find(HOOK, id) && transition !== undefined;
      const draft = isNew ? ctx.create(HOOK, id, { nameHint: name }) : ctx.change(HOOK, id, { nameHint: name });
      Object.assign(
        draft.fields,
        fields({
          name: text(name),
          autoscaling_group_name: text(group),
          lifecycle_transition: maybe(transition, text),
          default_result: textAt(event.request, 'defaultResult'),
          heartbeat_timeout: numberAt(event.request, 'heartbeatTimeout'),
          notification_target_arn: textAt(event.request, firstKey(event.request, 'notificationTargetARN', 'notificationTargetArn')),
          role_arn: textAt(event.request, firstKey(event.request, 'roleARN', 'roleArn')),
          notification_metadata: textAt(event.request, 'notificationMetadata'),
        }),
      );
      // A new hook without a timeout gets the API's 3600 seconds, which the import reads back
      // (PutLifecycleHook API reference); the provider has no default for heartbeat_timeout.
      if (isNew && draft.fields.heartbeat_timeout === undefined) draft.fields.heartbeat_timeout = number(3600);
    },
    DeleteLifecycleHook(event, ctx) {
      ctx.remove(HOOK, policyId(groupName(event), reqString(event.request, 'lifecycleHookName')));
    },
    CreateLaunchConfiguration(event, ctx) {
      const name = reqString(event.request, 'launchConfigurationName');
      const draft = ctx.create(LAUNCH_CONFIGURATION, name, { exports: { name, id: name } });
      draft.fields = { name: text(name), ...launchConfigurationFields(event.request, draft) };
      if (at(event.request, 'instanceId') !== undefined) {
        draft.note('Created from an instance (instanceId): the settings AWS copied from it are not in the event; check the first plan.');
      }
    },
    DeleteLaunchConfiguration(event, ctx) {
      ctx.remove(LAUNCH_CONFIGURATION, reqString(event.request, 'launchConfigurationName'));
    },

    PutScalingPolicy(event, ctx) {
      const group = groupName(event);
      const name = reqString(event.request, 'policyName');
      const id = policyId(group, name);
      const arn = optString(event.response, firstKey(event.response, 'policyARN', 'policyArn'));
      // PutScalingPolicy creates the policy or replaces its whole configuration.
      const draft = ctx.put(POLICY, id, { nameHint: name, aliases: arn ? [arn] : [], exports: arn ? { arn, id } : { id } });
      draft.fields = { name: text(name), autoscaling_group_name: text(group), ...policyFields(event.request, draft) };
    },
    DeletePolicy(event, ctx) {
      const policy = reqString(event.request, 'policyName');
      const fromArn = policyFromArn(policy);
      const group = fromArn?.group ?? optString(event.request, 'autoScalingGroupName');
      if (fromArn) ctx.remove(POLICY, policyId(fromArn.group, fromArn.name));
      else if (group !== undefined) ctx.remove(POLICY, policyId(group, policy));
      else throw new MalformedRecordError('missing autoScalingGroupName');
    },
  },
};
