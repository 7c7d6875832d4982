// Amazon Lightsail: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/lightsail/latest/userguide/logging-lightsail-api-calls-using-aws-cloudtrail.html
// CreateInstances names several instances at once and is not mapped.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_lightsail_database',
    create: 'CreateRelationalDatabase',
    id: ['request.relationalDatabaseName'],
    delete: 'DeleteRelationalDatabase',
  },
  { type: 'aws_lightsail_static_ip', create: 'AllocateStaticIp', id: ['request.staticIpName'], delete: 'ReleaseStaticIp' },
]);

export const lightsail: ServiceMapper = { service: 'lightsail', eventSource: 'lightsail.amazonaws.com', ...TYPES };
