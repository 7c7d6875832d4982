// Amazon VPC Lattice: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/vpc-lattice/latest/ug/cloudtrail-logging.html
// Every type imports by the ID the create response returns. Later calls name a resource by ID or ARN
// (`…Identifier`), so the key is the ID: the last path segment of either. Listeners import as
// `SERVICE_ID/LISTENER_ID` and rules as `SERVICE_ID/LISTENER_ID/RULE_ID`.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `svc-0123…` from `svc-0123…` or `arn:aws:vpc-lattice:…:service/svc-0123…`. */
const idOf = (value: string | undefined) => value?.split('/').pop();
const requestId = (key: string) => (e: MapperEvent) => idOf(optString(e.request, key));
const joined = (...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join('/') : undefined);

const TYPES = importOnlyTypes([
  {
    type: 'aws_vpclattice_service',
    create: 'CreateService',
    id: ['response.id'],
    delete: 'DeleteService',
    deleteId: requestId('serviceIdentifier'),
    update: ['UpdateService'],
  },
  {
    type: 'aws_vpclattice_service_network',
    create: 'CreateServiceNetwork',
    id: ['response.id'],
    delete: 'DeleteServiceNetwork',
    deleteId: requestId('serviceNetworkIdentifier'),
    update: ['UpdateServiceNetwork'],
  },
  {
    type: 'aws_vpclattice_target_group',
    create: 'CreateTargetGroup',
    id: ['response.id'],
    delete: 'DeleteTargetGroup',
    deleteId: requestId('targetGroupIdentifier'),
    update: ['UpdateTargetGroup'],
  },
  {
    type: 'aws_vpclattice_listener',
    create: 'CreateListener',
    id: (e) => joined(optString(e.response, 'serviceId') ?? idOf(optString(e.request, 'serviceIdentifier')), optString(e.response, 'id')),
    delete: 'DeleteListener',
    deleteId: (e) => joined(idOf(optString(e.request, 'serviceIdentifier')), idOf(optString(e.request, 'listenerIdentifier'))),
    update: ['UpdateListener'],
  },
  {
    type: 'aws_vpclattice_listener_rule',
    create: 'CreateRule',
    id: (e) => joined(idOf(optString(e.request, 'serviceIdentifier')), idOf(optString(e.request, 'listenerIdentifier')), optString(e.response, 'id')),
    delete: 'DeleteRule',
    deleteId: (e) => joined(idOf(optString(e.request, 'serviceIdentifier')), idOf(optString(e.request, 'listenerIdentifier')), idOf(optString(e.request, 'ruleIdentifier'))),
    update: ['UpdateRule'],
  },
  {
    type: 'aws_vpclattice_access_log_subscription',
    create: 'CreateAccessLogSubscription',
    id: ['response.id'],
    delete: 'DeleteAccessLogSubscription',
    deleteId: requestId('accessLogSubscriptionIdentifier'),
    update: ['UpdateAccessLogSubscription'],
  },
  // The provider keys the auth policy by the resource identifier it was given (ID or ARN).
  { type: 'aws_vpclattice_auth_policy', create: 'PutAuthPolicy', id: ['request.resourceIdentifier'], delete: 'DeleteAuthPolicy' },
  { type: 'aws_vpclattice_resource_policy', create: 'PutResourcePolicy', id: ['request.resourceArn'], delete: 'DeleteResourcePolicy' },
  {
    type: 'aws_vpclattice_service_network_service_association',
    create: 'CreateServiceNetworkServiceAssociation',
    id: ['response.id'],
    delete: 'DeleteServiceNetworkServiceAssociation',
    deleteId: requestId('serviceNetworkServiceAssociationIdentifier'),
  },
  {
    type: 'aws_vpclattice_service_network_vpc_association',
    create: 'CreateServiceNetworkVpcAssociation',
    id: ['response.id'],
    delete: 'DeleteServiceNetworkVpcAssociation',
    deleteId: requestId('serviceNetworkVpcAssociationIdentifier'),
    update: ['UpdateServiceNetworkVpcAssociation'],
  },
]);

export const vpcLattice: ServiceMapper = { service: 'vpclattice', eventSource: 'vpc-lattice.amazonaws.com', ...TYPES };
