// Amazon Keyspaces: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/keyspaces/latest/devguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_keyspaces_keyspace', create: 'CreateKeyspace', id: ['request.keyspaceName'], delete: 'DeleteKeyspace' },
  // Import ID `KEYSPACE/TABLE`.
  {
    type: 'aws_keyspaces_table',
    create: 'CreateTable',
    id: (e) => { const k = optString(e.request, 'keyspaceName'); const t = optString(e.request, 'tableName'); return k && t ? `${k}/${t}` : undefined; },
    delete: 'DeleteTable',
  },
]);

export const keyspaces: ServiceMapper = { service: 'keyspaces', eventSource: 'cassandra.amazonaws.com', ...TYPES };
