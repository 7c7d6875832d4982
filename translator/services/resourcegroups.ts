// AWS Resource Groups: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ARG/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_resourcegroups_group',
    create: 'CreateGroup',
    id: ['request.name'],
    delete: 'DeleteGroup',
    deleteId: ['request.groupName', 'request.group'],
  },
]);

export const resourceGroups: ServiceMapper = { service: 'resourcegroups', eventSource: 'resource-groups.amazonaws.com', ...TYPES };
