// Amazon Location Service: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/location/latest/developerguide/logging-using-cloudtrail.html
// Every type imports by its name.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_location_map', create: 'CreateMap', id: ['request.mapName'], delete: 'DeleteMap' },
  { type: 'aws_location_place_index', create: 'CreatePlaceIndex', id: ['request.indexName'], delete: 'DeletePlaceIndex' },
  { type: 'aws_location_tracker', create: 'CreateTracker', id: ['request.trackerName'], delete: 'DeleteTracker' },
  {
    type: 'aws_location_geofence_collection',
    create: 'CreateGeofenceCollection',
    id: ['request.collectionName'],
    delete: 'DeleteGeofenceCollection',
  },
]);

export const location: ServiceMapper = { service: 'location', eventSource: 'geo.amazonaws.com', ...TYPES };
