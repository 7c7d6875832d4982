// OpenSearch Serverless: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  {
    type: 'aws_opensearchserverless_collection',
    create: 'CreateCollection',
    id: ['response.createCollectionDetail.id'],
    delete: 'DeleteCollection',
    deleteId: ['request.id'],
  },
  // Import ID `NAME/TYPE`.
  {
    type: 'aws_opensearchserverless_security_policy',
    create: 'CreateSecurityPolicy',
    id: ['request.name'],
    importId: (id, e) => `${id}/${optString(e.request, 'type') ?? ''}`,
    delete: 'DeleteSecurityPolicy',
  },
]);

export const opensearchServerless: ServiceMapper = { service: 'opensearchserverless', eventSource: 'aoss.amazonaws.com', ...TYPES };
