// EventBridge Schema Registry: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-logging-monitoring.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_schemas_registry', create: 'CreateRegistry', id: ['request.registryName'], delete: 'DeleteRegistry' },
  {
    type: 'aws_schemas_discoverer',
    create: 'CreateDiscoverer',
    id: ['response.discovererId'],
    delete: 'DeleteDiscoverer',
    deleteId: ['request.discovererId'],
  },
  // Import ID `SCHEMA/REGISTRY`.
  {
    type: 'aws_schemas_schema',
    create: 'CreateSchema',
    id: ['request.schemaName'],
    importId: (id, e) => `${id}/${optString(e.request, 'registryName') ?? ''}`,
    delete: 'DeleteSchema',
  },
]);

export const schemas: ServiceMapper = { service: 'schemas', eventSource: 'schemas.amazonaws.com', ...TYPES };
