// Amazon Timestream for InfluxDB: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/timestream/latest/developerguide/logging-using-cloudtrail.html
// Instances and clusters are imported by the ID the create call answers with; later calls name them by
// that ID (`identifier`, `dbClusterId`).

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_timestreaminfluxdb_db_instance',
    create: 'CreateDbInstance',
    id: ['response.id'],
    delete: 'DeleteDbInstance',
    deleteId: ['request.identifier'],
    update: ['UpdateDbInstance'],
  },
  {
    type: 'aws_timestreaminfluxdb_db_cluster',
    create: 'CreateDbCluster',
    id: ['response.dbClusterId'],
    delete: 'DeleteDbCluster',
    deleteId: ['request.dbClusterId'],
    update: ['UpdateDbCluster'],
  },
]);

export const timestreaminfluxdb: ServiceMapper = { service: 'timestreaminfluxdb', eventSource: 'timestream-influxdb.amazonaws.com', ...TYPES };
