// Amazon Detective: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/detective/latest/adminguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by the graph ARN.
  {
    type: 'aws_detective_graph',
    create: 'CreateGraph',
    id: ['response.graphArn', 'response.GraphArn'],
    delete: 'DeleteGraph',
    deleteId: ['request.graphArn', 'request.GraphArn'],
  },
]);

export const detective: ServiceMapper = { service: 'detective', eventSource: 'detective.amazonaws.com', ...TYPES };
