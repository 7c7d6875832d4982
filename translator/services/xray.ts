// AWS X-Ray: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/xray/latest/devguide/xray-api-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by ARN.
  { type: 'aws_xray_group', create: 'CreateGroup', id: ['response.group.groupARN'], delete: 'DeleteGroup', deleteId: ['request.groupARN'] },
  {
    type: 'aws_xray_sampling_rule',
    create: 'CreateSamplingRule',
    id: ['request.samplingRule.ruleName'],
    delete: 'DeleteSamplingRule',
    deleteId: ['request.ruleName'],
  },
]);

export const xray: ServiceMapper = { service: 'xray', eventSource: 'xray.amazonaws.com', ...TYPES };
