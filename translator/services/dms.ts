// AWS Database Migration Service: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Monitoring.html#logging-using-cloudtrail
// Every type imports by its identifier; the delete calls name an ARN, and their response holds the identifier.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_dms_replication_instance',
    create: 'CreateReplicationInstance',
    id: ['request.replicationInstanceIdentifier'],
    delete: 'DeleteReplicationInstance',
    deleteId: ['response.replicationInstance.replicationInstanceIdentifier'],
  },
  {
    type: 'aws_dms_endpoint',
    create: 'CreateEndpoint',
    id: ['request.endpointIdentifier'],
    delete: 'DeleteEndpoint',
    deleteId: ['response.endpoint.endpointIdentifier'],
  },
  {
    type: 'aws_dms_replication_task',
    create: 'CreateReplicationTask',
    id: ['request.replicationTaskIdentifier'],
    delete: 'DeleteReplicationTask',
    deleteId: ['response.replicationTask.replicationTaskIdentifier'],
  },
  {
    type: 'aws_dms_replication_subnet_group',
    create: 'CreateReplicationSubnetGroup',
    id: ['request.replicationSubnetGroupIdentifier'],
    delete: 'DeleteReplicationSubnetGroup',
  },
]);

export const dms: ServiceMapper = { service: 'dms', eventSource: 'dms.amazonaws.com', ...TYPES };
