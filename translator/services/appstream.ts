// Amazon AppStream 2.0: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/appstream2/latest/developerguide/logging-using-cloudtrail.html
// Fleets, stacks and image builders import by name.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_appstream_fleet', create: 'CreateFleet', id: ['request.name'], delete: 'DeleteFleet' },
  { type: 'aws_appstream_stack', create: 'CreateStack', id: ['request.name'], delete: 'DeleteStack' },
  { type: 'aws_appstream_image_builder', create: 'CreateImageBuilder', id: ['request.name'], delete: 'DeleteImageBuilder' },
]);

export const appstream: ServiceMapper = { service: 'appstream', eventSource: 'appstream.amazonaws.com', ...TYPES };
