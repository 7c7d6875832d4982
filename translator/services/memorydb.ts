// Amazon MemoryDB: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/memorydb/latest/devguide/logging-using-cloudtrail.html
// Every type imports by its name.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_memorydb_cluster', create: 'CreateCluster', id: ['request.clusterName'], delete: 'DeleteCluster' },
  {
    type: 'aws_memorydb_subnet_group',
    create: 'CreateSubnetGroup',
    id: ['request.subnetGroupName'],
    delete: 'DeleteSubnetGroup',
  },
  {
    type: 'aws_memorydb_parameter_group',
    create: 'CreateParameterGroup',
    id: ['request.parameterGroupName'],
    delete: 'DeleteParameterGroup',
  },
  { type: 'aws_memorydb_user', create: 'CreateUser', id: ['request.userName'], delete: 'DeleteUser' },
  { type: 'aws_memorydb_acl', create: 'CreateACL', id: ['request.aCLName'], delete: 'DeleteACL' },
  {
    type: 'aws_memorydb_multi_region_cluster',
    create: 'CreateMultiRegionCluster',
    id: ['response.multiRegionCluster.multiRegionClusterName'],
    delete: 'DeleteMultiRegionCluster',
    deleteId: ['request.multiRegionClusterName'],
    update: ['UpdateMultiRegionCluster'],
  },
]);

export const memorydb: ServiceMapper = { service: 'memorydb', eventSource: 'memorydb.amazonaws.com', ...TYPES };
