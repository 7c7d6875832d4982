// Auto Scaling groups: their arguments, the Attach/Detach, Enable/Disable and Suspend/Resume calls that
// edit one set each, warm pools, and tags (blocks with propagate_at_launch, not a tags map).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, reqString, stringList } from '../read';
import { blocks, fields, flag, flagAt, number, numberAt, strings, stringsAt, text, textAt } from '../values';
import { ASG, firstKey, groupName, removeChildren } from './shared';

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


function tagDeltas(event: MapperEvent, ctx: FoldContext, apply: (draft: ResourceDraft, tag: JsonValue) => void): void {
  for (const tag of listAt(event.request, 'tags')) {
    const type = optString(tag, 'resourceType') ?? 'auto-scaling-group';
    if (type !== 'auto-scaling-group') throw new MalformedRecordError(`tag resourceType ${type} is not an Auto Scaling group`);
    const name = reqString(tag, 'resourceId');
    const draft = ctx.change(ASG, name, {});
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
  const draft = ctx.change(ASG, name, {});
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

export const groupHandlers: Record<string, EventHandler> = {
  CreateAutoScalingGroup(event, ctx) {
    const name = groupName(event);
    const draft = ctx.create(ASG, name, {});
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
    const draft = ctx.change(ASG, name, {});
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
    const draft = ctx.change(ASG, name, {});
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
    const draft = ctx.change(ASG, name, {});
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
};
