// Amazon MWAA: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/mwaa/latest/userguide/monitoring-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_mwaa_environment', create: 'CreateEnvironment', id: ['request.name'], delete: 'DeleteEnvironment' },
]);

export const mwaa: ServiceMapper = { service: 'mwaa', eventSource: 'airflow.amazonaws.com', ...TYPES };
