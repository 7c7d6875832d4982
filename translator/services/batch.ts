// AWS Batch: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/batch/latest/userguide/using_cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  {
    type: 'aws_batch_compute_environment',
    create: 'CreateComputeEnvironment',
    id: ['request.computeEnvironmentName'],
    delete: 'DeleteComputeEnvironment',
    deleteId: (e) => optString(e.request, 'computeEnvironment')?.split('/').pop(),
  },
  // Imported by ARN.
  { type: 'aws_batch_job_queue', create: 'CreateJobQueue', id: ['response.jobQueueArn'] },
  // Imported by ARN (with its revision).
  {
    type: 'aws_batch_job_definition',
    create: 'RegisterJobDefinition',
    id: ['response.jobDefinitionArn'],
    delete: 'DeregisterJobDefinition',
    deleteId: ['request.jobDefinition'],
  },
  {
    type: 'aws_batch_scheduling_policy',
    create: 'CreateSchedulingPolicy',
    id: ['response.arn'],
    delete: 'DeleteSchedulingPolicy',
    deleteId: ['request.arn'],
  },
]);

export const batch: ServiceMapper = { service: 'batch', eventSource: 'batch.amazonaws.com', ...TYPES };
