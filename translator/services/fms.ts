// AWS Firewall Manager: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/waf/latest/developerguide/fms-logging-using-cloudtrail.html
// PutPolicy without a policy ID creates a policy; the response holds its ID.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_fms_policy', create: 'PutPolicy', id: ['response.policy.policyId'], delete: 'DeletePolicy', deleteId: ['request.policyId'] },
]);

export const fms: ServiceMapper = { service: 'fms', eventSource: 'fms.amazonaws.com', ...TYPES };
