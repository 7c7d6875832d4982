// Amazon EC2 and VPC: networks (VPCs, subnets, internet and NAT gateways, route tables, routes and
// associations, network ACLs and their rules, VPC endpoints, peering connections), security groups and
// their rules, instances, launch templates, key pairs, Elastic IPs and EBS volumes. CloudTrail shape (EC2 Query API): lowerCamel keys, lists wrapped as
// `{ "items": [...] }` under `…Set` names, booleans that were `X.Value=true` arrive as
// `{ "value": true }`, numbers may be strings, and identifiers of new resources are only in
// responseElements. Newer operations (CreateNatGateway, ModifyVolume) wrap PascalCase bodies in
// `<Op>Request` / `<Op>Response`.
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitor-with-cloudtrail.html

// Assembled from one file per area; mergeHandlers refuses an event two parts define.

import { type ServiceMapper, mergeHandlers } from '../mapper';
import type { EventHandler } from '../mapper';
import { CIDR_ASSOCIATION, CUSTOMER_GATEWAY, DHCP_ASSOCIATION, DHCP_OPTIONS, EGRESS_ONLY_IGW, PLACEMENT_GROUP, PREFIX_LIST, TGW_ASSOCIATION, TGW_PROPAGATION, TGW_ROUTE, TGW_ROUTE_TABLE, TGW_VPC_ATTACHMENT, TRANSIT_GATEWAY, VPN_CONNECTION, VPN_GATEWAY, ACCEPTER, ATTACHMENT, EGRESS, EIP, ENI, FLOW_LOG, IGW, INGRESS, INSTANCE, KEY_PAIR, LAUNCH_TEMPLATE, NACL, NACL_RULE, NAT_GATEWAY, PEERING, ROUTE, ROUTE_TABLE, RTB_ASSOCIATION, SG, SUBNET, VOLUME, VPC, VPC_ENDPOINT } from './types';
import { ROUTE_DESTINATIONS, ROUTE_TARGETS } from './routing';
import { IMPORT_ONLY } from './import-only-types';
import { vpcHandlers } from './vpc';
import { routingHandlers } from './routing';
import { securityGroupsHandlers } from './security-groups';
import { instancesHandlers } from './instances';
import { networkInterfacesHandlers } from './network-interfaces';
import { launchTemplatesHandlers } from './launch-templates';
import { vpcEndpointsHandlers } from './vpc-endpoints';
import { networkAclsHandlers } from './network-acls';
import { peeringHandlers } from './peering';
import { taggingHandlers } from './tagging';
import { vpnHandlers } from './vpn';
import { transitGatewaysHandlers } from './transit-gateways';
import { vpcOptionsHandlers } from './vpc-options';
import { AMI, imagesHandlers, LAUNCH_PERMISSION, TRAFFIC_MIRROR_SESSION } from './images';

/** The handler tables of the parts, in the order they are merged (a test checks they are disjoint). */
export const ec2Parts: Readonly<Record<string, Readonly<Record<string, EventHandler>>>> = {
  'vpc': vpcHandlers,
  'routing': routingHandlers,
  'security-groups': securityGroupsHandlers,
  'instances': instancesHandlers,
  'network-interfaces': networkInterfacesHandlers,
  'launch-templates': launchTemplatesHandlers,
  'vpc-endpoints': vpcEndpointsHandlers,
  'network-acls': networkAclsHandlers,
  'peering': peeringHandlers,
  'tagging': taggingHandlers,
  'vpn': vpnHandlers,
  'transit-gateways': transitGatewaysHandlers,
  'vpc-options': vpcOptionsHandlers,
  'images': imagesHandlers,
};

export const ec2: ServiceMapper = {
  service: 'ec2',
  eventSource: 'ec2.amazonaws.com',
  resources: [
    {
      // A tag the session added to a resource from before the session, managed on its own (pipeline/tag-resources.ts).
      type: 'aws_ec2_tag',
      required: ['key', 'resource_id', 'value'],
      events: ['CreateTags'],
      // The tagging call states the tag's key and value and names what it tags: all the resource has.
      completeFrom: { events: ['CreateTags'], mapped: ['resource_id', 'key', 'value'], unmapped: {} },
    },
    { type: VPC, required: [], events: ['CreateVpc', 'ModifyVpcAttribute', 'DeleteVpc', 'CreateTags', 'DeleteTags'] },
    { type: SUBNET, required: ['vpc_id'], references: { vpc_id: [VPC] }, events: ['CreateSubnet', 'ModifySubnetAttribute', 'DeleteSubnet', 'CreateTags', 'DeleteTags'] },
    { type: IGW, required: [], references: { vpc_id: [VPC] }, events: ['CreateInternetGateway', 'AttachInternetGateway', 'DetachInternetGateway', 'DeleteInternetGateway', 'CreateTags', 'DeleteTags'] },
    { type: ROUTE_TABLE, required: ['vpc_id'], references: { vpc_id: [VPC] }, events: ['CreateRouteTable', 'DeleteRouteTable', 'CreateTags', 'DeleteTags'] },
    {
      type: ROUTE,
      required: ['route_table_id'],
      references: {
        route_table_id: [ROUTE_TABLE],
        gateway_id: [IGW, 'aws_vpn_gateway'],
        nat_gateway_id: ['aws_nat_gateway'],
        network_interface_id: [INSTANCE, ENI],
        vpc_peering_connection_id: [PEERING, ACCEPTER],
        transit_gateway_id: ['aws_ec2_transit_gateway'],
        vpc_endpoint_id: ['aws_vpc_endpoint'],
        egress_only_gateway_id: ['aws_egress_only_internet_gateway'],
      },
      events: ['CreateRoute', 'ReplaceRoute', 'DeleteRoute'],
      // ReplaceRoute states the route's destination and its one target: the whole route
      // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ReplaceRoute.html).
      completeFrom: {
        events: ['ReplaceRoute'],
        mapped: ['route_table_id', ...ROUTE_DESTINATIONS.map(([, arg]) => arg), ...ROUTE_TARGETS.map(([, arg]) => arg)],
        unmapped: { timeouts: 'Terraform-side operation timeouts, not stored in AWS' },
      },
    },
    {
      type: RTB_ASSOCIATION,
      required: ['route_table_id'],
      references: { route_table_id: [ROUTE_TABLE], subnet_id: [SUBNET], gateway_id: [IGW, 'aws_vpn_gateway'] },
      events: ['AssociateRouteTable', 'ReplaceRouteTableAssociation', 'DisassociateRouteTable'],
    },
    { type: SG, required: [], references: { vpc_id: [VPC] }, events: ['CreateSecurityGroup', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsIngress', 'UpdateSecurityGroupRuleDescriptionsEgress', 'DeleteSecurityGroup', 'CreateTags', 'DeleteTags'] },
    {
      type: INGRESS,
      required: ['ip_protocol', 'security_group_id'],
      references: { security_group_id: [SG], referenced_security_group_id: [SG] },
      events: ['AuthorizeSecurityGroupIngress', 'RevokeSecurityGroupIngress', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsIngress', 'DeleteSecurityGroup'],
    },
    {
      type: EGRESS,
      required: ['ip_protocol', 'security_group_id'],
      references: { security_group_id: [SG], referenced_security_group_id: [SG] },
      events: ['AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupEgress', 'ModifySecurityGroupRules', 'UpdateSecurityGroupRuleDescriptionsEgress', 'DeleteSecurityGroup'],
    },
    {
      type: INSTANCE,
      required: [],
      references: { subnet_id: [SUBNET], vpc_security_group_ids: [SG], key_name: [KEY_PAIR], iam_instance_profile: ['aws_iam_instance_profile'] },
      events: [
        'RunInstances',
        'ModifyInstanceAttribute',
        'ModifyInstanceMetadataOptions',
        'ModifyInstanceCreditSpecification',
        'AssociateIamInstanceProfile',
        'ReplaceIamInstanceProfileAssociation',
        'DisassociateIamInstanceProfile',
        'TerminateInstances',
        'CreateTags',
        'DeleteTags',
      ],
    },
    { type: KEY_PAIR, required: ['public_key'], events: ['CreateKeyPair', 'ImportKeyPair', 'DeleteKeyPair', 'CreateTags', 'DeleteTags'] },
    {
      type: EIP,
      required: [],
      references: { instance: [INSTANCE], network_interface: [ENI] },
      events: ['AllocateAddress', 'AssociateAddress', 'DisassociateAddress', 'ReleaseAddress', 'CreateTags', 'DeleteTags'],
    },
    {
      type: ENI,
      required: ['subnet_id'],
      references: { subnet_id: [SUBNET], security_groups: [SG] },
      events: ['CreateNetworkInterface', 'ModifyNetworkInterfaceAttribute', 'DeleteNetworkInterface', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NAT_GATEWAY,
      required: [],
      references: { subnet_id: [SUBNET], allocation_id: [EIP], secondary_allocation_ids: [EIP] },
      events: ['CreateNatGateway', 'DeleteNatGateway', 'CreateTags', 'DeleteTags'],
    },
    {
      type: VOLUME,
      required: ['availability_zone'],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateVolume', 'ModifyVolume', 'DeleteVolume', 'CreateTags', 'DeleteTags'],
    },
    {
      type: FLOW_LOG,
      required: [],
      references: {
        vpc_id: [VPC],
        subnet_id: [SUBNET],
        eni_id: [ENI],
        iam_role_arn: ['aws_iam_role'],
        log_destination: ['aws_cloudwatch_log_group', 'aws_s3_bucket'],
      },
      events: ['CreateFlowLogs', 'DeleteFlowLogs'],
    },
    {
      type: ATTACHMENT,
      required: ['device_name', 'instance_id', 'volume_id'],
      references: { volume_id: [VOLUME], instance_id: [INSTANCE] },
      events: ['AttachVolume', 'DetachVolume', 'TerminateInstances'],
    },
    {
      type: LAUNCH_TEMPLATE,
      required: [],
      references: {
        vpc_security_group_ids: [SG],
        key_name: [KEY_PAIR],
        'iam_instance_profile.name': ['aws_iam_instance_profile'],
        'iam_instance_profile.arn': ['aws_iam_instance_profile'],
        'network_interfaces.subnet_id': [SUBNET],
        'network_interfaces.security_groups': [SG],
        'network_interfaces.network_interface_id': [ENI],
        'block_device_mappings.ebs.kms_key_id': ['aws_kms_key'],
      },
      events: ['CreateLaunchTemplate', 'CreateLaunchTemplateVersion', 'ModifyLaunchTemplate', 'DeleteLaunchTemplate', 'CreateTags', 'DeleteTags'],
      // The provider reads every argument from the latest version: a block holding only what the session
      // changed would plan a new version without the rest, so an adopted template gets only its import.
    },
    {
      type: VPC_ENDPOINT,
      required: ['vpc_id'],
      references: { vpc_id: [VPC], route_table_ids: [ROUTE_TABLE], subnet_ids: [SUBNET], security_group_ids: [SG] },
      events: ['CreateVpcEndpoint', 'ModifyVpcEndpoint', 'DeleteVpcEndpoints', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NACL,
      required: ['vpc_id'],
      references: { vpc_id: [VPC] },
      events: ['CreateNetworkAcl', 'ReplaceNetworkAclAssociation', 'DeleteNetworkAcl', 'CreateTags', 'DeleteTags'],
    },
    {
      type: NACL_RULE,
      required: ['network_acl_id', 'protocol', 'rule_action', 'rule_number'],
      references: { network_acl_id: [NACL] },
      events: ['CreateNetworkAclEntry', 'ReplaceNetworkAclEntry', 'DeleteNetworkAclEntry', 'DeleteNetworkAcl'],
    },
    {
      type: PEERING,
      required: ['peer_vpc_id', 'vpc_id'],
      references: { vpc_id: [VPC], peer_vpc_id: [VPC] },
      events: ['CreateVpcPeeringConnection', 'AcceptVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'CreateTags', 'DeleteTags'],
      // An accepted connection from before the session: its tags and options come from the account.
    },
    {
      type: ACCEPTER,
      required: ['vpc_peering_connection_id'],
      references: { vpc_peering_connection_id: [PEERING] },
      events: ['AcceptVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'CreateTags', 'DeleteTags'],
    },
    { type: CUSTOMER_GATEWAY, required: ['type'], events: ['CreateCustomerGateway', 'DeleteCustomerGateway', 'CreateTags', 'DeleteTags'] },
    { type: VPN_GATEWAY, required: [], references: { vpc_id: [VPC] }, events: ['CreateVpnGateway', 'AttachVpnGateway', 'DetachVpnGateway', 'DeleteVpnGateway', 'CreateTags', 'DeleteTags'] },
    {
      type: VPN_CONNECTION,
      required: ['customer_gateway_id', 'type'],
      references: {
        customer_gateway_id: [CUSTOMER_GATEWAY],
        vpn_gateway_id: [VPN_GATEWAY],
        transit_gateway_id: [TRANSIT_GATEWAY],
        transport_transit_gateway_attachment_id: [TGW_VPC_ATTACHMENT],
        'tunnel1_log_options.cloudwatch_log_options.log_group_arn': ['aws_cloudwatch_log_group'],
        'tunnel2_log_options.cloudwatch_log_options.log_group_arn': ['aws_cloudwatch_log_group'],
      },
      events: ['CreateVpnConnection', 'ModifyVpnConnection', 'ModifyVpnConnectionOptions', 'CreateVpnConnectionRoute', 'DeleteVpnConnectionRoute', 'DeleteVpnConnection', 'CreateTags', 'DeleteTags'],
    },
    { type: TRANSIT_GATEWAY, required: [], events: ['CreateTransitGateway', 'ModifyTransitGateway', 'DeleteTransitGateway', 'CreateTags', 'DeleteTags'] },
    {
      type: TGW_VPC_ATTACHMENT,
      required: ['subnet_ids', 'transit_gateway_id', 'vpc_id'],
      references: { subnet_ids: [SUBNET], transit_gateway_id: [TRANSIT_GATEWAY], vpc_id: [VPC] },
      events: ['CreateTransitGatewayVpcAttachment', 'ModifyTransitGatewayVpcAttachment', 'DeleteTransitGatewayVpcAttachment', 'CreateTags', 'DeleteTags'],
    },
    { type: TGW_ROUTE_TABLE, required: ['transit_gateway_id'], references: { transit_gateway_id: [TRANSIT_GATEWAY] }, events: ['CreateTransitGatewayRouteTable', 'DeleteTransitGatewayRouteTable', 'CreateTags', 'DeleteTags'] },
    {
      type: TGW_ROUTE,
      required: ['destination_cidr_block', 'transit_gateway_route_table_id'],
      references: { transit_gateway_route_table_id: [TGW_ROUTE_TABLE], transit_gateway_attachment_id: [TGW_VPC_ATTACHMENT] },
      events: ['CreateTransitGatewayRoute', 'ReplaceTransitGatewayRoute', 'DeleteTransitGatewayRoute', 'DeleteTransitGatewayRouteTable', 'DeleteTransitGatewayVpcAttachment'],
    },
    {
      type: TGW_ASSOCIATION,
      required: ['transit_gateway_attachment_id', 'transit_gateway_route_table_id'],
      references: { transit_gateway_route_table_id: [TGW_ROUTE_TABLE], transit_gateway_attachment_id: [TGW_VPC_ATTACHMENT] },
      events: ['AssociateTransitGatewayRouteTable', 'DisassociateTransitGatewayRouteTable', 'DeleteTransitGatewayRouteTable', 'DeleteTransitGatewayVpcAttachment'],
    },
    {
      type: TGW_PROPAGATION,
      required: ['transit_gateway_attachment_id', 'transit_gateway_route_table_id'],
      references: { transit_gateway_route_table_id: [TGW_ROUTE_TABLE], transit_gateway_attachment_id: [TGW_VPC_ATTACHMENT] },
      events: ['EnableTransitGatewayRouteTablePropagation', 'DisableTransitGatewayRouteTablePropagation', 'DeleteTransitGatewayRouteTable', 'DeleteTransitGatewayVpcAttachment'],
    },
    { type: EGRESS_ONLY_IGW, required: ['vpc_id'], references: { vpc_id: [VPC] }, events: ['CreateEgressOnlyInternetGateway', 'DeleteEgressOnlyInternetGateway', 'CreateTags', 'DeleteTags'] },
    { type: DHCP_OPTIONS, required: [], events: ['CreateDhcpOptions', 'DeleteDhcpOptions', 'CreateTags', 'DeleteTags'] },
    {
      type: DHCP_ASSOCIATION,
      required: ['dhcp_options_id', 'vpc_id'],
      references: { dhcp_options_id: [DHCP_OPTIONS], vpc_id: [VPC] },
      // AssociateDhcpOptions names both arguments, all the association has: it is stated whole (put).
      events: ['AssociateDhcpOptions', 'DeleteVpc'],
    },
    {
      type: CIDR_ASSOCIATION,
      required: ['vpc_id'],
      references: { vpc_id: [VPC] },
      events: ['AssociateVpcCidrBlock', 'DisassociateVpcCidrBlock', 'DeleteVpc'],
    },
    { type: PREFIX_LIST, required: ['address_family', 'max_entries', 'name'], events: ['CreateManagedPrefixList', 'ModifyManagedPrefixList', 'DeleteManagedPrefixList', 'CreateTags', 'DeleteTags'] },
    { type: PLACEMENT_GROUP, required: ['name', 'strategy'], events: ['CreatePlacementGroup', 'DeletePlacementGroup', 'CreateTags', 'DeleteTags'] },
    // Its block devices and snapshots are the account's: Terraform writes its block from the image.
    { type: AMI, required: [], importOnly: true, events: ['CreateImage', 'RegisterImage', 'ModifyImageAttribute', 'DeregisterImage'] },
    {
      type: LAUNCH_PERMISSION,
      required: ['image_id'],
      references: { image_id: [AMI] },
      events: ['ModifyImageAttribute', 'DeregisterImage'],
    },
    // ModifyTrafficMirrorSession (./images.ts) changes a session mapped by its import block only.
    ...IMPORT_ONLY.resources.map((r) => (r.type === TRAFFIC_MIRROR_SESSION ? { ...r, events: [...r.events, 'ModifyTrafficMirrorSession'] } : r)),
  ],
  events: mergeHandlers(IMPORT_ONLY.events, ...Object.values(ec2Parts)),
};
