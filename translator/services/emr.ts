// Amazon EMR: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/emr/latest/ManagementGuide/logging-using-cloudtrail.html
// TerminateJobFlows names several clusters at once and is not mapped.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // RunJobFlow returns the cluster ID (`j-…`).
  { type: 'aws_emr_cluster', create: 'RunJobFlow', id: ['response.jobFlowId'] },
  { type: 'aws_emr_security_configuration', create: 'CreateSecurityConfiguration', id: ['request.name'], delete: 'DeleteSecurityConfiguration' },
  { type: 'aws_emr_studio', create: 'CreateStudio', id: ['response.studioId'], name: ['request.name'], delete: 'DeleteStudio', deleteId: ['request.studioId'] },
  // Import ID `CLUSTER-ID/INSTANCE-FLEET-ID`.
  {
    type: 'aws_emr_instance_fleet',
    create: 'AddInstanceFleet',
    id: (e) => { const c = optString(e.response, 'clusterId'); const f = optString(e.response, 'instanceFleetId'); return c && f ? `${c}/${f}` : undefined; },
    name: ['request.instanceFleet.name'],
  },
  // One per cluster, imported by the cluster ID.
  { type: 'aws_emr_managed_scaling_policy', create: 'PutManagedScalingPolicy', id: ['request.clusterId'], delete: 'RemoveManagedScalingPolicy' },
]);

export const emr: ServiceMapper = { service: 'emr', eventSource: 'elasticmapreduce.amazonaws.com', ...TYPES };
