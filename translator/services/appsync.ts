// AWS AppSync: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/appsync/latest/devguide/cloudtrail-logging.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// API members import as `API-ID<sep>MEMBER-ID`.
const inApi = (sep: string) => (id: string, e: MapperEvent) => `${optString(e.request, 'apiId') ?? ''}${sep}${id}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_appsync_graphql_api',
    create: 'CreateGraphqlApi',
    id: ['response.graphqlApi.apiId'],
    delete: 'DeleteGraphqlApi',
    deleteId: ['request.apiId'],
  },
  { type: 'aws_appsync_api_key', create: 'CreateApiKey', id: ['response.apiKey.id'], importId: inApi(':') },
  { type: 'aws_appsync_datasource', create: 'CreateDataSource', id: ['request.name'], importId: inApi('-') },
  { type: 'aws_appsync_function', create: 'CreateFunction', id: ['response.functionConfiguration.functionId'], importId: inApi('-') },
]);

export const appsync: ServiceMapper = { service: 'appsync', eventSource: 'appsync.amazonaws.com', ...TYPES };
