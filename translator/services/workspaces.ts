// Amazon WorkSpaces: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/workspaces/latest/adminguide/cloudtrail_logging.html
// CreateWorkspaces creates several WorkSpaces at once and is not mapped.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_workspaces_directory',
    create: 'RegisterWorkspaceDirectory',
    id: ['request.directoryId', 'response.directoryId'],
    delete: 'DeregisterWorkspaceDirectory',
  },
  {
    type: 'aws_workspaces_ip_group',
    create: 'CreateIpGroup',
    id: ['response.groupId'],
    delete: 'DeleteIpGroup',
    deleteId: ['request.groupId'],
  },
]);

export const workspaces: ServiceMapper = { service: 'workspaces', eventSource: 'workspaces.amazonaws.com', ...TYPES };
