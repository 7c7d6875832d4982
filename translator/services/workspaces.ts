// Amazon WorkSpaces: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/workspaces/latest/adminguide/cloudtrail_logging.html
// CreateWorkspaces launches several WorkSpaces at once: each pending one in the answer is a workspace,
// imported by its ID (`ws-…`); TerminateWorkspaces ends several.

import { importOnlyTypes } from './import-only';
import type { EventHandler, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { at, isObject, listOf, optString } from './read';

const WORKSPACE = 'aws_workspaces_workspace';

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
  { type: 'aws_workspaces_connection_alias', create: 'CreateConnectionAlias', id: ['response.aliasId'], delete: 'DeleteConnectionAlias', deleteId: ['request.aliasId'] },
]);

const idsAt = (source: unknown, path: string) =>
  listOf(at(isObject(source) ? source : {}, path)).map((w) => (isObject(w) ? optString(w, 'workspaceId') : undefined)).filter((id): id is string => id !== undefined);

const createWorkspaces: EventHandler = (event, ctx) => {
  const ids = idsAt(event.response, 'pendingRequests');
  if (ids.length === 0) {
    ctx.ignore('no WorkSpace was launched (the answer lists no pending request)');
    return;
  }
  for (const id of ids) ctx.create(WORKSPACE, id, {});
};
const terminateWorkspaces: EventHandler = (event, ctx) => {
  for (const id of idsAt(event.request, 'terminateWorkspaceRequests')) ctx.remove(WORKSPACE, id);
};

export const workspaces: ServiceMapper = {
  service: 'workspaces',
  eventSource: 'workspaces.amazonaws.com',
  resources: [...TYPES.resources, { type: WORKSPACE, required: [], importOnly: true, events: ['CreateWorkspaces', 'TerminateWorkspaces'] }],
  events: mergeHandlers(TYPES.events, { CreateWorkspaces: createWorkspaces, TerminateWorkspaces: terminateWorkspaces }),
};
