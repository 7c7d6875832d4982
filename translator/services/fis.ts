// AWS Fault Injection Service: experiment templates, mapped by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). https://docs.aws.amazon.com/fis/latest/userguide/monitoring-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_fis_experiment_template',
    create: 'CreateExperimentTemplate',
    id: ['response.experimentTemplate.id'],
    delete: 'DeleteExperimentTemplate',
    deleteId: ['request.id'],
  },
]);

export const fis: ServiceMapper = { service: 'fis', eventSource: 'fis.amazonaws.com', ...TYPES };
