// CloudWatch RUM: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). REST API with capitalised wire names, read in either case:
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html
// The app monitor is imported by its name, its metrics destination by the app monitor name.

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_rum_app_monitor', create: 'CreateAppMonitor', id: eitherCase('request.name'), delete: 'DeleteAppMonitor', update: ['UpdateAppMonitor'] },
  { type: 'aws_rum_metrics_destination', create: 'PutRumMetricsDestination', id: eitherCase('request.appMonitorName'), delete: 'DeleteRumMetricsDestination' },
]);

export const rum: ServiceMapper = { service: 'rum', eventSource: 'rum.amazonaws.com', ...TYPES };
