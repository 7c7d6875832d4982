// AWS Systems Manager Incident Manager: types Trailform maps by their import block only; Terraform writes
// their configuration (`terraform plan -generate-config-out`). Event and field names:
// https://docs.aws.amazon.com/incident-manager/latest/userguide/logging-using-cloudtrail.html
// An account has one replication set; its provider doc imports it with any ID and gives `import`.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_ssmincidents_replication_set',
    create: 'CreateReplicationSet',
    id: ['response.arn'],
    importId: () => 'import',
    delete: 'DeleteReplicationSet',
    deleteId: ['request.arn'],
    update: ['UpdateReplicationSet'],
  },
  {
    type: 'aws_ssmincidents_response_plan',
    create: 'CreateResponsePlan',
    id: ['response.arn'],
    delete: 'DeleteResponsePlan',
    deleteId: ['request.arn'],
    update: ['UpdateResponsePlan'],
  },
]);

export const ssmincidents: ServiceMapper = { service: 'ssmincidents', eventSource: 'ssm-incidents.amazonaws.com', ...TYPES };
