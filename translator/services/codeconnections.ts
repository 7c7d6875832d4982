// AWS CodeConnections (the successor of CodeStar Connections): connections and hosts, mapped by their import block
// only; Terraform writes their configuration (`terraform plan -generate-config-out`). Each is imported by its ARN.
// The API names its members in PascalCase; both that and the lower-camel spelling are read.
// https://docs.aws.amazon.com/dtconsole/latest/userguide/logging-connections-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_codeconnections_connection',
    create: 'CreateConnection',
    id: ['response.connectionArn', 'response.ConnectionArn'],
    name: ['request.connectionName', 'request.ConnectionName'],
    delete: 'DeleteConnection',
    deleteId: ['request.connectionArn', 'request.ConnectionArn'],
  },
  {
    type: 'aws_codeconnections_host',
    create: 'CreateHost',
    id: ['response.hostArn', 'response.HostArn'],
    name: ['request.name', 'request.Name'],
    delete: 'DeleteHost',
    deleteId: ['request.hostArn', 'request.HostArn'],
  },
]);

export const codeconnections: ServiceMapper = { service: 'codeconnections', eventSource: 'codeconnections.amazonaws.com', ...TYPES };
