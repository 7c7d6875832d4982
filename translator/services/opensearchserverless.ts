// Amazon OpenSearch Serverless: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** Import ID `NAME/TYPE` of the policies (security, access, lifecycle). */
const nameSlashType = (id: string, e: MapperEvent) => `${id}/${optString(e.request, 'type') ?? ''}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_opensearchserverless_collection',
    create: 'CreateCollection',
    id: ['response.createCollectionDetail.id'],
    delete: 'DeleteCollection',
    deleteId: ['request.id'],
  },
  {
    type: 'aws_opensearchserverless_security_policy',
    create: 'CreateSecurityPolicy',
    id: ['request.name'],
    importId: nameSlashType,
    delete: 'DeleteSecurityPolicy',
    update: ['UpdateSecurityPolicy'],
  },
  {
    type: 'aws_opensearchserverless_access_policy',
    create: 'CreateAccessPolicy',
    id: ['request.name'],
    importId: nameSlashType,
    delete: 'DeleteAccessPolicy',
    update: ['UpdateAccessPolicy'],
  },
  {
    type: 'aws_opensearchserverless_lifecycle_policy',
    create: 'CreateLifecyclePolicy',
    id: ['request.name'],
    importId: nameSlashType,
    delete: 'DeleteLifecyclePolicy',
    update: ['UpdateLifecyclePolicy'],
  },
  {
    type: 'aws_opensearchserverless_vpc_endpoint',
    create: 'CreateVpcEndpoint',
    id: ['response.createVpcEndpointDetail.id'],
    delete: 'DeleteVpcEndpoint',
    deleteId: ['request.id'],
    update: ['UpdateVpcEndpoint'],
  },
]);

export const opensearchServerless: ServiceMapper = { service: 'opensearchserverless', eventSource: 'aoss.amazonaws.com', ...TYPES };
