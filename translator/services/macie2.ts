// Amazon Macie: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/macie/latest/user/macie-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_macie2_classification_job', create: 'CreateClassificationJob', id: ['response.jobId'] },
]);

export const macie2: ServiceMapper = { service: 'macie2', eventSource: 'macie2.amazonaws.com', ...TYPES };
