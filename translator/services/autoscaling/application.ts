// Application Auto Scaling (scalable targets and their scaling policies for ECS services, DynamoDB
// tables, Aurora replicas, Spot Fleets, Lambda concurrency …). CloudTrail logs it under the same event
// source as EC2 Auto Scaling, `autoscaling.amazonaws.com` (the Application Auto Scaling user guide's
// CloudTrail example, monitoring-eventbridge.md), and two event names are shared: PutScalingPolicy and
// DeleteScheduledAction. A request naming a `serviceNamespace` is Application Auto Scaling's.
// Import-only: Terraform writes the blocks (`terraform plan -generate-config-out`).
// Import IDs (provider docs): target `service-namespace/resource-id/scalable-dimension`, policy
// `service-namespace/resource-id/scalable-dimension/policy-name`.
// https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html

import type { EventHandler, MapperEvent, ResourceTypeSpec } from '../mapper';
import { optString, reqString } from '../read';

export const APP_TARGET = 'aws_appautoscaling_target';
export const APP_POLICY = 'aws_appautoscaling_policy';

export function isApplicationAutoScaling(event: MapperEvent): boolean {
  return optString(event.request, 'serviceNamespace') !== undefined;
}

function targetId(event: MapperEvent): string {
  return `${reqString(event.request, 'serviceNamespace')}/${reqString(event.request, 'resourceId')}/${reqString(event.request, 'scalableDimension')}`;
}

export const applicationResources: ResourceTypeSpec[] = [
  { type: APP_TARGET, required: [], importOnly: true, events: ['RegisterScalableTarget', 'DeregisterScalableTarget'] },
  { type: APP_POLICY, required: [], importOnly: true, events: ['PutScalingPolicy', 'DeleteScalingPolicy', 'DeregisterScalableTarget'] },
];

/** Handlers for Application Auto Scaling's own event names. */
export const applicationHandlers: Readonly<Record<string, EventHandler>> = {
  RegisterScalableTarget(event, ctx) {
    // Registering again updates the target's capacities: the account holds them, so one import covers both.
    const id = targetId(event);
    const init = { nameHint: reqString(event.request, 'resourceId') };
    if (ctx.find(APP_TARGET, id)) ctx.change(APP_TARGET, id, init);
    else ctx.create(APP_TARGET, id, init);
  },
  DeregisterScalableTarget(event, ctx) {
    const id = targetId(event);
    for (const policy of ctx.allWithIdPrefix(APP_POLICY, `${id}/`)) ctx.remove(APP_POLICY, policy.id);
    ctx.remove(APP_TARGET, id);
  },
  DeleteScalingPolicy(event, ctx) {
    ctx.remove(APP_POLICY, `${targetId(event)}/${reqString(event.request, 'policyName')}`);
  },
};

/** PutScalingPolicy of Application Auto Scaling (the name EC2 Auto Scaling uses too). */
export const putApplicationScalingPolicy: EventHandler = (event, ctx) => {
  const name = reqString(event.request, 'policyName');
  const id = `${targetId(event)}/${name}`;
  const arn = optString(event.response, 'policyARN');
  ctx.put(APP_POLICY, id, { nameHint: name, ...(arn ? { aliases: [arn], exports: { id, arn } } : {}) });
};

/** Application Auto Scaling's scheduled actions: the provider cannot import them (no Import section). */
export const deleteApplicationScheduledAction: EventHandler = (_event, ctx) => {
  ctx.unsupported('an Application Auto Scaling scheduled action: the AWS provider cannot import aws_appautoscaling_scheduled_action');
};

/** Dispatches an event name both services use by whether the request names a serviceNamespace. */
export function eitherService(ec2AutoScaling: EventHandler, application: EventHandler): EventHandler {
  return (event, ctx) => (isApplicationAutoScaling(event) ? application(event, ctx) : ec2AutoScaling(event, ctx));
}
