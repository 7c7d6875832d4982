// Amazon GameLift: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/gamelift/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_gamelift_build',
    create: 'CreateBuild',
    id: ['response.build.buildId'],
    delete: 'DeleteBuild',
    deleteId: ['request.buildId'],
  },
  {
    type: 'aws_gamelift_alias',
    create: 'CreateAlias',
    id: ['response.alias.aliasId'],
    delete: 'DeleteAlias',
    deleteId: ['request.aliasId'],
  },
  {
    type: 'aws_gamelift_fleet',
    create: 'CreateFleet',
    id: ['response.fleetAttributes.fleetId'],
    name: ['request.name'],
    delete: 'DeleteFleet',
    deleteId: ['request.fleetId'],
  },
  { type: 'aws_gamelift_game_session_queue', create: 'CreateGameSessionQueue', id: ['request.name'], delete: 'DeleteGameSessionQueue' },
  {
    type: 'aws_gamelift_script',
    create: 'CreateScript',
    id: ['response.script.scriptId'],
    name: ['request.name'],
    delete: 'DeleteScript',
    deleteId: ['request.scriptId'],
  },
  {
    type: 'aws_gamelift_game_server_group',
    create: 'CreateGameServerGroup',
    id: ['request.gameServerGroupName'],
    delete: 'DeleteGameServerGroup',
  },
]);

export const gamelift: ServiceMapper = { service: 'gamelift', eventSource: 'gamelift.amazonaws.com', ...TYPES };
