// Amazon CloudWatch Internet Monitor: monitors, mapped by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Imported by the monitor name. Internet Monitor logs its
// members in PascalCase (`MonitorName`, as the AWS doc example record shows); the lower-camel spelling is read too.
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_internetmonitor_monitor',
    create: 'CreateMonitor',
    id: ['request.MonitorName', 'request.monitorName'],
    delete: 'DeleteMonitor',
  },
]);

export const internetmonitor: ServiceMapper = { service: 'internetmonitor', eventSource: 'internetmonitor.amazonaws.com', ...TYPES };
