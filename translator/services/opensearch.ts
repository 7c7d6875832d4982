// Amazon OpenSearch Service: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudtrailauditing.html
// The OpenSearch API (CreateDomain) and the older Elasticsearch API (CreateElasticsearchDomain) share the event source.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_opensearch_domain', create: 'CreateDomain', id: ['request.domainName'], delete: 'DeleteDomain' },
  {
    type: 'aws_elasticsearch_domain',
    create: 'CreateElasticsearchDomain',
    id: ['request.domainName'],
    delete: 'DeleteElasticsearchDomain',
  },
]);

export const opensearch: ServiceMapper = { service: 'opensearch', eventSource: 'es.amazonaws.com', ...TYPES };
