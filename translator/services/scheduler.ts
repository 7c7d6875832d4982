// Amazon EventBridge Scheduler: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/scheduler/latest/UserGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Schedules import as `GROUP/NAME`; without a group they are in `default`.
const schedule = (e: MapperEvent) => {
  const name = optString(e.request, 'name');
  return name === undefined ? undefined : `${optString(e.request, 'groupName') ?? 'default'}/${name}`;
};

const TYPES = importOnlyTypes([
  { type: 'aws_scheduler_schedule', create: 'CreateSchedule', id: schedule, delete: 'DeleteSchedule' },
  { type: 'aws_scheduler_schedule_group', create: 'CreateScheduleGroup', id: ['request.name'], delete: 'DeleteScheduleGroup' },
]);

export const scheduler: ServiceMapper = { service: 'scheduler', eventSource: 'scheduler.amazonaws.com', ...TYPES };
