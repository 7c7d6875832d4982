// Amazon EC2 Auto Scaling groups, their scaling policies, scheduled actions and lifecycle hooks, and
// launch configurations; and Application Auto Scaling targets and policies (application.ts: the same
// event source). CloudTrail shape (Query protocol): request keys are the API member names with
// only the first letter lowered, so acronyms keep their capitals (`vPCZoneIdentifier`, `targetGroupARNs`,
// like ELB's `dNSName`); Create/UpdateAutoScalingGroup have no response, PutScalingPolicy returns
// `policyARN` and `alarms`.
// https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html

// Assembled from one file per area; mergeHandlers refuses an event two parts define.

import { mergeHandlers, type EventHandler, type ResourceTypeSpec, type ServiceMapper } from '../mapper';
import { applicationHandlers, applicationResources, deleteApplicationScheduledAction, eitherService, putApplicationScalingPolicy } from './application';
import { groupHandlers } from './groups';
import { policyHandlers } from './policies';
import { scheduleHookHandlers } from './schedules-hooks';
import { ASG, HOOK, LAUNCH_CONFIGURATION, POLICY, SCHEDULE } from './shared';

const resources: ResourceTypeSpec[] = [
  {
    type: ASG,
    // `name` first: policies and attachments refer to a group as aws_autoscaling_group.x.name (its id too).
    identity: { exports: ['name', 'id'] },
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
    identity: { nameHint: (id) => id.slice(id.indexOf('/') + 1), exports: ['id'] },
    required: ['autoscaling_group_name', 'name'],
    references: { autoscaling_group_name: [ASG] },
    events: ['PutScalingPolicy', 'DeletePolicy', 'DeleteAutoScalingGroup'],
  },
  {
    type: SCHEDULE,
    identity: { nameHint: (id) => id.slice(id.indexOf('/') + 1) },
    required: ['autoscaling_group_name', 'scheduled_action_name'],
    references: { autoscaling_group_name: [ASG] },
    events: ['PutScheduledUpdateGroupAction', 'BatchPutScheduledUpdateGroupAction', 'DeleteScheduledAction', 'BatchDeleteScheduledAction', 'DeleteAutoScalingGroup'],
  },
  {
    type: HOOK,
    identity: { nameHint: (id) => id.slice(id.indexOf('/') + 1) },
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
    identity: { exports: ['name', 'id'] },
    required: ['image_id', 'instance_type'],
    references: { security_groups: ['aws_security_group'], iam_instance_profile: ['aws_iam_instance_profile'], key_name: ['aws_key_pair'] },
    events: ['CreateLaunchConfiguration', 'DeleteLaunchConfiguration'],
  },
  ...applicationResources,
];

/** The handler tables of the parts, in the order they are merged (a test checks they are disjoint). */
export const autoscalingParts: Readonly<Record<string, Readonly<Record<string, EventHandler>>>> = {
  groups: groupHandlers,
  policies: withoutShared(policyHandlers),
  'schedules-hooks': withoutShared(scheduleHookHandlers),
  application: applicationHandlers,
  // The two event names EC2 Auto Scaling and Application Auto Scaling share, dispatched by the request.
  shared: {
    PutScalingPolicy: eitherService(policyHandlers['PutScalingPolicy']!, putApplicationScalingPolicy),
    DeleteScheduledAction: eitherService(scheduleHookHandlers['DeleteScheduledAction']!, deleteApplicationScheduledAction),
  },
};

function withoutShared(table: Readonly<Record<string, EventHandler>>): Record<string, EventHandler> {
  const { PutScalingPolicy: _put, DeleteScheduledAction: _delete, ...rest } = table;
  return rest;
}

export const autoscaling: ServiceMapper = {
  service: 'autoscaling',
  eventSource: 'autoscaling.amazonaws.com',
  resources,
  events: mergeHandlers(...Object.values(autoscalingParts)),
};
