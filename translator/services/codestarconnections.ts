// AWS CodeConnections (CodeStar Connections): types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/dtconsole/latest/userguide/logging-connections-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by ARN.
  {
    type: 'aws_codestarconnections_connection',
    create: 'CreateConnection',
    id: ['response.connectionArn'],
    delete: 'DeleteConnection',
    deleteId: ['request.connectionArn'],
  },
]);

export const codestarConnections: ServiceMapper = { service: 'codestarconnections', eventSource: 'codestar-connections.amazonaws.com', ...TYPES };
