// Amazon EMR: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/emr/latest/ManagementGuide/logging-using-cloudtrail.html
// TerminateJobFlows names several clusters at once and is not mapped.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // RunJobFlow returns the cluster ID (`j-…`).
  { type: 'aws_emr_cluster', create: 'RunJobFlow', id: ['response.jobFlowId'] },
]);

export const emr: ServiceMapper = { service: 'emr', eventSource: 'elasticmapreduce.amazonaws.com', ...TYPES };
