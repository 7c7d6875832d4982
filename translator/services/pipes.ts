// Amazon EventBridge Pipes: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-logging.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_pipes_pipe', create: 'CreatePipe', id: ['request.name'], delete: 'DeletePipe' },
]);

export const pipes: ServiceMapper = { service: 'pipes', eventSource: 'pipes.amazonaws.com', ...TYPES };
