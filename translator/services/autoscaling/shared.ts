// What the parts of the Auto Scaling mapper share: type names, the group a request names, and the
// `<group>/<name>` identifiers of policies, scheduled actions and lifecycle hooks (their import IDs too).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { FoldContext, MapperEvent } from '../mapper';
import { at, reqString } from '../read';

export const ASG = 'aws_autoscaling_group';
export const POLICY = 'aws_autoscaling_policy';
export const SCHEDULE = 'aws_autoscaling_schedule';
export const HOOK = 'aws_autoscaling_lifecycle_hook';
export const LAUNCH_CONFIGURATION = 'aws_launch_configuration';

/** The first of several spellings present (acronym casing is not documented for every member). */
export function firstKey(source: JsonValue, ...paths: string[]): string {
  return paths.find((p) => at(source, p) !== undefined) ?? paths[0]!;
}

export function groupName(event: MapperEvent): string {
  return reqString(event.request, 'autoScalingGroupName');
}

export const policyId = (group: string, name: string) => `${group}/${name}`;

/** Children of a group (policies, schedules, hooks) go with it. */
export function removeChildren(ctx: FoldContext, group: string): void {
  for (const type of [POLICY, SCHEDULE, HOOK]) {
    for (const child of ctx.allWithIdPrefix(type, `${group}/`)) ctx.remove(type, child.id);
  }
}
