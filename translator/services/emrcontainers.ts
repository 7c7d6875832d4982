// Amazon EMR on EKS: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Each is imported by its ID; REST path parameters appear in
// requestParameters. https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_emrcontainers_virtual_cluster', create: 'CreateVirtualCluster', id: ['response.id'], name: ['request.name'], delete: 'DeleteVirtualCluster', deleteId: ['request.id'] },
  { type: 'aws_emrcontainers_job_template', create: 'CreateJobTemplate', id: ['response.id'], name: ['request.name'], delete: 'DeleteJobTemplate', deleteId: ['request.id'] },
]);

export const emrContainers: ServiceMapper = { service: 'emrcontainers', eventSource: 'emr-containers.amazonaws.com', ...TYPES };
