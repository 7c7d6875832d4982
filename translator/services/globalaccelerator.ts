// AWS Global Accelerator: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/global-accelerator/latest/dg/logging-using-cloudtrail.html
// Every type imports by its ARN, which the create response holds and the delete request names.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_globalaccelerator_accelerator',
    create: 'CreateAccelerator',
    id: ['response.accelerator.acceleratorArn'],
    delete: 'DeleteAccelerator',
    deleteId: ['request.acceleratorArn'],
  },
  {
    type: 'aws_globalaccelerator_listener',
    create: 'CreateListener',
    id: ['response.listener.listenerArn'],
    delete: 'DeleteListener',
    deleteId: ['request.listenerArn'],
  },
  {
    type: 'aws_globalaccelerator_endpoint_group',
    create: 'CreateEndpointGroup',
    id: ['response.endpointGroup.endpointGroupArn'],
    delete: 'DeleteEndpointGroup',
    deleteId: ['request.endpointGroupArn'],
  },
  {
    type: 'aws_globalaccelerator_custom_routing_accelerator',
    create: 'CreateCustomRoutingAccelerator',
    id: ['response.accelerator.acceleratorArn'],
    delete: 'DeleteCustomRoutingAccelerator',
    deleteId: ['request.acceleratorArn'],
  },
]);

export const globalaccelerator: ServiceMapper = { service: 'globalaccelerator', eventSource: 'globalaccelerator.amazonaws.com', ...TYPES };
