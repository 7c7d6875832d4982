// EC2 mapper part: EC2 types mapped by their import block only (assembled in ./index.ts).

import { reqString } from '../read';
import { importOnlyTypes } from '../import-only';
import { unwrap } from './shared';

// Types mapped by their import block only: Terraform writes their configuration from the account.
// New-style operations wrap request and response (`<Op>Request` / `<Op>Response`, real
// CreateTransitGateway and traffic-mirror records); the bare forms are tried too.

export const wrappedOrBare = (op: string, side: 'request' | 'response', path: string) => [`${side}.${op}${side === 'request' ? 'Request' : 'Response'}.${path}`, `${side}.${path}`];

export const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_ec2_transit_gateway',
    create: 'CreateTransitGateway',
    id: wrappedOrBare('CreateTransitGateway', 'response', 'transitGateway.transitGatewayId'),
    delete: 'DeleteTransitGateway',
    deleteId: wrappedOrBare('DeleteTransitGateway', 'request', 'TransitGatewayId'),
  },
  {
    type: 'aws_ec2_transit_gateway_vpc_attachment',
    create: 'CreateTransitGatewayVpcAttachment',
    id: wrappedOrBare('CreateTransitGatewayVpcAttachment', 'response', 'transitGatewayVpcAttachment.transitGatewayAttachmentId'),
    delete: 'DeleteTransitGatewayVpcAttachment',
    // The real record abbreviates the request wrapper (`DelTGwVpcAttachReq`); the response names the attachment.
    deleteId: wrappedOrBare('DeleteTransitGatewayVpcAttachment', 'response', 'transitGatewayVpcAttachment.transitGatewayAttachmentId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_filter',
    create: 'CreateTrafficMirrorFilter',
    id: wrappedOrBare('CreateTrafficMirrorFilter', 'response', 'trafficMirrorFilter.trafficMirrorFilterId'),
    delete: 'DeleteTrafficMirrorFilter',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilter', 'request', 'TrafficMirrorFilterId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_filter_rule',
    create: 'CreateTrafficMirrorFilterRule',
    id: wrappedOrBare('CreateTrafficMirrorFilterRule', 'response', 'trafficMirrorFilterRule.trafficMirrorFilterRuleId'),
    // Import ID `FILTER_ID:RULE_ID`.
    importId: (id, event) => `${reqString(unwrap(event).response, 'trafficMirrorFilterRule.trafficMirrorFilterId')}:${id}`,
    delete: 'DeleteTrafficMirrorFilterRule',
    deleteId: wrappedOrBare('DeleteTrafficMirrorFilterRule', 'request', 'TrafficMirrorFilterRuleId'),
  },
  {
    type: 'aws_ec2_traffic_mirror_target',
    create: 'CreateTrafficMirrorTarget',
    id: wrappedOrBare('CreateTrafficMirrorTarget', 'response', 'trafficMirrorTarget.trafficMirrorTargetId'),
    delete: 'DeleteTrafficMirrorTarget',
    deleteId: wrappedOrBare('DeleteTrafficMirrorTarget', 'request', 'TrafficMirrorTargetId'),
  },
  {
    type: 'aws_egress_only_internet_gateway',
    create: 'CreateEgressOnlyInternetGateway',
    id: wrappedOrBare('CreateEgressOnlyInternetGateway', 'response', 'egressOnlyInternetGateway.egressOnlyInternetGatewayId'),
    delete: 'DeleteEgressOnlyInternetGateway',
    deleteId: [...wrappedOrBare('DeleteEgressOnlyInternetGateway', 'request', 'EgressOnlyInternetGatewayId'), 'request.egressOnlyInternetGatewayId'],
  },
  { type: 'aws_vpc_dhcp_options', create: 'CreateDhcpOptions', id: ['response.dhcpOptions.dhcpOptionsId'], delete: 'DeleteDhcpOptions', deleteId: ['request.dhcpOptionsId'] },
  { type: 'aws_vpn_gateway', create: 'CreateVpnGateway', id: ['response.vpnGateway.vpnGatewayId'], delete: 'DeleteVpnGateway', deleteId: ['request.vpnGatewayId'] },
  { type: 'aws_customer_gateway', create: 'CreateCustomerGateway', id: ['response.customerGateway.customerGatewayId'], delete: 'DeleteCustomerGateway', deleteId: ['request.customerGatewayId'] },
  { type: 'aws_placement_group', create: 'CreatePlacementGroup', id: ['request.groupName'], delete: 'DeletePlacementGroup', deleteId: ['request.groupName'] },
]);
