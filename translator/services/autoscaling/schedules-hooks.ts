// Scheduled actions, lifecycle hooks and launch configurations.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, ResourceDraft } from '../mapper';
import { at, isObject, listAt, optString, reqString, stringList } from '../read';
import { blocks, fields, flagAt, maybe, number, numberAt, stringsAt, text, textAt } from '../values';
import { firstKey, groupName, HOOK, LAUNCH_CONFIGURATION, policyId, SCHEDULE } from './shared';


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
  const draft = ctx.put(SCHEDULE, id, {});
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

export const scheduleHookHandlers: Record<string, EventHandler> = {
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
    const draft = isNew ? ctx.create(HOOK, id, {}) : ctx.change(HOOK, id, {});
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
    const draft = ctx.create(LAUNCH_CONFIGURATION, name, {});
    draft.fields = { name: text(name), ...launchConfigurationFields(event.request, draft) };
    if (at(event.request, 'instanceId') !== undefined) {
      draft.note('Created from an instance (instanceId): the settings AWS copied from it are not in the event; check the first plan.');
    }
  },
  DeleteLaunchConfiguration(event, ctx) {
    ctx.remove(LAUNCH_CONFIGURATION, reqString(event.request, 'launchConfigurationName'));
  },
};
