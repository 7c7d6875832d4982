// AWS Data Pipeline: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_datapipeline_pipeline',
    create: 'CreatePipeline',
    id: ['response.pipelineId'],
    delete: 'DeletePipeline',
    deleteId: ['request.pipelineId'],
  },
]);

export const datapipeline: ServiceMapper = { service: 'datapipeline', eventSource: 'datapipeline.amazonaws.com', ...TYPES };
