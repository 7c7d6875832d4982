// AWS Global Accelerator: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/global-accelerator/latest/dg/logging-using-cloudtrail.html
// Every type imports by its ARN, which the create response holds and the delete request names.

import { importOnlyTypes } from './import-only';
import { mergeHandlers, type EventHandler, type ServiceMapper } from './mapper';
import { reqString } from './read';

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

/** Update calls change a type mapped by its import block: the change is stated there (the account holds it). */
function update(type: string, arnMember: string, what: string): EventHandler {
  return (event, ctx) => {
    const arn = reqString(event.request, arnMember);
    ctx.change(type, arn, { nameHint: arn.split('/').pop() ?? arn }).sessionChange(`changed its ${what}`);
  };
}

const UPDATES: Readonly<Record<string, readonly [string, string, string]>> = {
  UpdateAccelerator: ['aws_globalaccelerator_accelerator', 'acceleratorArn', 'name, IP address type or enabled state'],
  UpdateListener: ['aws_globalaccelerator_listener', 'listenerArn', 'port ranges, protocol or client affinity'],
  UpdateEndpointGroup: ['aws_globalaccelerator_endpoint_group', 'endpointGroupArn', 'endpoints, traffic dial or health checks'],
};

export const globalaccelerator: ServiceMapper = {
  service: 'globalaccelerator',
  eventSource: 'globalaccelerator.amazonaws.com',
  resources: TYPES.resources.map((r) => {
    const updates = Object.entries(UPDATES).filter(([, [type]]) => type === r.type).map(([event]) => event);
    return updates.length > 0 ? { ...r, events: [...r.events, ...updates] } : r;
  }),
  events: mergeHandlers(TYPES.events, Object.fromEntries(Object.entries(UPDATES).map(([event, [type, member, what]]) => [event, update(type, member, what)]))),
};
