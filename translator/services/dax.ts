// DynamoDB Accelerator (DAX): types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_dax_cluster', create: 'CreateCluster', id: ['request.clusterName'], delete: 'DeleteCluster' },
  { type: 'aws_dax_subnet_group', create: 'CreateSubnetGroup', id: ['request.subnetGroupName'], delete: 'DeleteSubnetGroup' },
  {
    type: 'aws_dax_parameter_group',
    create: 'CreateParameterGroup',
    id: ['request.parameterGroupName'],
    delete: 'DeleteParameterGroup',
  },
]);

export const dax: ServiceMapper = { service: 'dax', eventSource: 'dax.amazonaws.com', ...TYPES };
