// Amazon AppFlow: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/appflow/latest/userguide/appflow-cloudtrail-logs.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_appflow_flow', create: 'CreateFlow', id: ['request.flowName'], delete: 'DeleteFlow' },
]);

export const appflow: ServiceMapper = { service: 'appflow', eventSource: 'appflow.amazonaws.com', ...TYPES };
