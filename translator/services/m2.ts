// AWS Mainframe Modernization: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/m2/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_m2_application',
    create: 'CreateApplication',
    id: ['response.applicationId'],
    delete: 'DeleteApplication',
    deleteId: ['request.applicationId'],
  },
]);

export const m2: ServiceMapper = { service: 'm2', eventSource: 'm2.amazonaws.com', ...TYPES };
