// Amazon CloudWatch: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html
// Every type imports by its name. DeleteAlarms and DeleteDashboards name several at once and are not mapped.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_cloudwatch_metric_alarm', doc: 'cloudwatch_metric_alarm', create: 'PutMetricAlarm', id: ['request.alarmName'] },
  { type: 'aws_cloudwatch_composite_alarm', doc: 'cloudwatch_composite_alarm', create: 'PutCompositeAlarm', id: ['request.alarmName'] },
  { type: 'aws_cloudwatch_dashboard', doc: 'cloudwatch_dashboard', create: 'PutDashboard', id: ['request.dashboardName'] },
  { type: 'aws_cloudwatch_metric_stream', doc: 'cloudwatch_metric_stream', create: 'PutMetricStream', id: ['request.name'], delete: 'DeleteMetricStream' },
]);

export const cloudwatch: ServiceMapper = { service: 'cloudwatch', eventSource: 'monitoring.amazonaws.com', ...TYPES };
