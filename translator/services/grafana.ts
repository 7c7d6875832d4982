// Amazon Managed Grafana: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/grafana/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_grafana_workspace',
    create: 'CreateWorkspace',
    id: ['response.workspace.id'],
    delete: 'DeleteWorkspace',
    deleteId: ['request.workspaceId'],
  },
]);

export const grafana: ServiceMapper = { service: 'grafana', eventSource: 'grafana.amazonaws.com', ...TYPES };
