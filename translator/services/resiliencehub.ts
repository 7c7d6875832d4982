// AWS Resilience Hub: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/resilience-hub/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_resiliencehub_resiliency_policy',
    create: 'CreateResiliencyPolicy',
    id: ['response.policy.policyArn'],
    delete: 'DeleteResiliencyPolicy',
    deleteId: ['request.policyArn'],
    update: ['UpdateResiliencyPolicy'],
  },
]);

export const resiliencehub: ServiceMapper = { service: 'resiliencehub', eventSource: 'resiliencehub.amazonaws.com', ...TYPES };
