// Amazon Data Lifecycle Manager: snapshot and AMI lifecycle policies, mapped by their import block only; Terraform
// writes their configuration (`terraform plan -generate-config-out`). DLM's REST API names its members in
// PascalCase (`PolicyId`); both that and the lower-camel spelling are read.
// https://docs.aws.amazon.com/ebs/latest/userguide/logging-dlm-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_dlm_lifecycle_policy',
    create: 'CreateLifecyclePolicy',
    id: ['response.PolicyId', 'response.policyId'],
    delete: 'DeleteLifecyclePolicy',
    deleteId: ['request.PolicyId', 'request.policyId'],
  },
]);

export const dlm: ServiceMapper = { service: 'dlm', eventSource: 'dlm.amazonaws.com', ...TYPES };
