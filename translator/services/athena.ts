// Amazon Athena: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/athena/latest/ug/monitor-with-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const inWorkGroup = (name: string, e: MapperEvent) => `${optString(e.request, 'workGroup') ?? ''}/${name}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_athena_named_query',
    create: 'CreateNamedQuery',
    id: ['response.namedQueryId'],
    delete: 'DeleteNamedQuery',
    deleteId: ['request.namedQueryId'],
  },
  {
    type: 'aws_athena_workgroup',
    create: 'CreateWorkGroup',
    id: ['request.name'],
    delete: 'DeleteWorkGroup',
    deleteId: ['request.workGroup'],
  },
  { type: 'aws_athena_data_catalog', create: 'CreateDataCatalog', id: ['request.name'], delete: 'DeleteDataCatalog' },
  // Import ID `WORKGROUP/STATEMENT`.
  {
    type: 'aws_athena_prepared_statement',
    create: 'CreatePreparedStatement',
    id: ['request.statementName'],
    importId: inWorkGroup,
  },
]);

export const athena: ServiceMapper = { service: 'athena', eventSource: 'athena.amazonaws.com', ...TYPES };
