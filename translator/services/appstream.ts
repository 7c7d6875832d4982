// Amazon AppStream 2.0: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/appstream2/latest/developerguide/logging-using-cloudtrail.html
// Fleets, stacks and image builders import by name.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `a/b` from two request members, or undefined when one is missing. */
const slashed = (first: string, second: string) => (e: MapperEvent) => {
  const a = optString(e.request, first);
  const b = optString(e.request, second);
  return a && b ? `${a}/${b}` : undefined;
};

const TYPES = importOnlyTypes([
  { type: 'aws_appstream_fleet', create: 'CreateFleet', id: ['request.name'], delete: 'DeleteFleet' },
  { type: 'aws_appstream_stack', create: 'CreateStack', id: ['request.name'], delete: 'DeleteStack' },
  { type: 'aws_appstream_image_builder', create: 'CreateImageBuilder', id: ['request.name'], delete: 'DeleteImageBuilder' },
  { type: 'aws_appstream_directory_config', create: 'CreateDirectoryConfig', id: ['request.directoryName'], delete: 'DeleteDirectoryConfig' },
  // Import ID `FLEET/STACK`.
  { type: 'aws_appstream_fleet_stack_association', create: 'AssociateFleet', id: slashed('fleetName', 'stackName'), delete: 'DisassociateFleet' },
  // Import ID `USER-NAME/AUTHENTICATION-TYPE`.
  { type: 'aws_appstream_user', create: 'CreateUser', id: slashed('userName', 'authenticationType'), name: ['request.userName'], delete: 'DeleteUser' },
]);

export const appstream: ServiceMapper = { service: 'appstream', eventSource: 'appstream.amazonaws.com', ...TYPES };
