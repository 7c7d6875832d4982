// Amazon ElastiCache: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_elasticache_cluster', doc: 'elasticache_cluster', create: 'CreateCacheCluster', id: ['request.cacheClusterId'], delete: 'DeleteCacheCluster' },
  {
    type: 'aws_elasticache_replication_group',
    doc: 'elasticache_replication_group',
    create: 'CreateReplicationGroup',
    id: ['request.replicationGroupId'],
    delete: 'DeleteReplicationGroup',
  },
  {
    type: 'aws_elasticache_subnet_group',
    doc: 'elasticache_subnet_group',
    create: 'CreateCacheSubnetGroup',
    id: ['request.cacheSubnetGroupName'],
    delete: 'DeleteCacheSubnetGroup',
  },
  {
    type: 'aws_elasticache_parameter_group',
    doc: 'elasticache_parameter_group',
    create: 'CreateCacheParameterGroup',
    id: ['request.cacheParameterGroupName'],
    delete: 'DeleteCacheParameterGroup',
  },
  { type: 'aws_elasticache_user', doc: 'elasticache_user', create: 'CreateUser', id: ['request.userId'], delete: 'DeleteUser' },
  { type: 'aws_elasticache_user_group', doc: 'elasticache_user_group', create: 'CreateUserGroup', id: ['request.userGroupId'], delete: 'DeleteUserGroup' },
  {
    type: 'aws_elasticache_serverless_cache',
    doc: 'elasticache_serverless_cache',
    create: 'CreateServerlessCache',
    id: ['request.serverlessCacheName'],
    delete: 'DeleteServerlessCache',
  },
]);

export const elasticache: ServiceMapper = { service: 'elasticache', eventSource: 'elasticache.amazonaws.com', ...TYPES };
