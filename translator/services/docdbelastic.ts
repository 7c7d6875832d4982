// Amazon DocumentDB elastic clusters: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/documentdb/latest/developerguide/logging-with-cloudtrail.html
// Instance-based DocumentDB uses the RDS API (rds.amazonaws.com); elastic clusters have their own event source.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by ARN.
  {
    type: 'aws_docdbelastic_cluster',
    create: 'CreateCluster',
    id: ['response.cluster.clusterArn'],
    delete: 'DeleteCluster',
    deleteId: ['request.clusterArn'],
  },
]);

export const docdbElastic: ServiceMapper = { service: 'docdbelastic', eventSource: 'docdb-elastic.amazonaws.com', ...TYPES };
