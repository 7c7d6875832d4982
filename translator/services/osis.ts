// Amazon OpenSearch Ingestion: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). REST API: the body's `PipelineName` and the
// path's `pipelineName` are read in either case: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/osis-logging-using-cloudtrail.html
// A pipeline is imported by its name (provider doc, aws_osis_pipeline, Import).

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_osis_pipeline', create: 'CreatePipeline', id: eitherCase('request.pipelineName'), delete: 'DeletePipeline', update: ['UpdatePipeline'] },
]);

export const osis: ServiceMapper = { service: 'osis', eventSource: 'osis.amazonaws.com', ...TYPES };
