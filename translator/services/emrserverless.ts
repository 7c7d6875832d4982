// EMR Serverless: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_emrserverless_application',
    create: 'CreateApplication',
    id: ['response.applicationId'],
    delete: 'DeleteApplication',
    deleteId: ['request.applicationId'],
  },
]);

export const emrServerless: ServiceMapper = { service: 'emrserverless', eventSource: 'emr-serverless.amazonaws.com', ...TYPES };
