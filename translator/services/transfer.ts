// AWS Transfer Family: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/transfer/latest/userguide/cloudtrail-logging.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  {
    type: 'aws_transfer_server',
    create: 'CreateServer',
    id: ['response.serverId'],
    delete: 'DeleteServer',
    deleteId: ['request.serverId'],
  },
  // Import ID `SERVER-ID/USER-NAME`.
  {
    type: 'aws_transfer_user',
    create: 'CreateUser',
    id: (e) => { const s = optString(e.request, 'serverId'); const u = optString(e.request, 'userName'); return s && u ? `${s}/${u}` : undefined; },
    delete: 'DeleteUser',
  },
  {
    type: 'aws_transfer_workflow',
    create: 'CreateWorkflow',
    id: ['response.workflowId'],
    delete: 'DeleteWorkflow',
    deleteId: ['request.workflowId'],
  },
  {
    type: 'aws_transfer_connector',
    create: 'CreateConnector',
    id: ['response.connectorId'],
    delete: 'DeleteConnector',
    deleteId: ['request.connectorId'],
  },
  {
    type: 'aws_transfer_profile',
    create: 'CreateProfile',
    id: ['response.profileId'],
    delete: 'DeleteProfile',
    deleteId: ['request.profileId'],
  },
]);

export const transfer: ServiceMapper = { service: 'transfer', eventSource: 'transfer.amazonaws.com', ...TYPES };
