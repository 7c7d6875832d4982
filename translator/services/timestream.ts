// Amazon Timestream for LiveAnalytics: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/timestream/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_timestreamwrite_database', create: 'CreateDatabase', id: ['request.databaseName'], delete: 'DeleteDatabase' },
  // Import ID `TABLE:DATABASE`.
  {
    type: 'aws_timestreamwrite_table',
    create: 'CreateTable',
    id: ['request.tableName'],
    importId: (id, e) => `${id}:${optString(e.request, 'databaseName') ?? ''}`,
    delete: 'DeleteTable',
  },
]);

export const timestream: ServiceMapper = { service: 'timestream', eventSource: 'timestream.amazonaws.com', ...TYPES };
