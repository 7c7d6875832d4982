// EC2 mapper part: VPCs, subnets and internet gateways (assembled in ./index.ts).

import { at, optBool, optNumber, optString, reqString } from '../read';
import { fields, flag, number, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { ENI, IGW, RTB_ASSOCIATION, SUBNET, VPC } from './types';
import { attributeValue, changeById, createTags, setArg, setFlag } from './shared';
import { removeWhere } from './routing';
import { removeVpcDependents } from './vpc-options';

// VPC, subnets, internet gateways

/** CreateFlowLogs ResourceType → the aws_flow_log argument naming it and that resource's type. */
export const FLOW_LOG_RESOURCES: Record<string, readonly [string, string]> = {
  VPC: ['vpc_id', VPC],
  Subnet: ['subnet_id', SUBNET],
  NetworkInterface: ['eni_id', ENI],
  TransitGateway: ['transit_gateway_id', 'aws_ec2_transit_gateway'],
  TransitGatewayAttachment: ['transit_gateway_attachment_id', 'aws_ec2_transit_gateway_vpc_attachment'],
};

/** ModifyVpcAttribute takes one attribute per call. */
export const VPC_ATTRIBUTES = [
  ['enableDnsSupport', 'enable_dns_support'],
  ['enableDnsHostnames', 'enable_dns_hostnames'],
  ['enableNetworkAddressUsageMetrics', 'enable_network_address_usage_metrics'],
] as const;

/** ModifySubnetAttribute: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifySubnetAttribute.html */
export const SUBNET_FLAGS = [
  ['mapPublicIpOnLaunch', 'map_public_ip_on_launch'],
  ['assignIpv6AddressOnCreation', 'assign_ipv6_address_on_creation'],
  ['enableDns64', 'enable_dns64'],
  ['enableResourceNameDnsARecordOnLaunch', 'enable_resource_name_dns_a_record_on_launch'],
  ['enableResourceNameDnsAAAARecordOnLaunch', 'enable_resource_name_dns_aaaa_record_on_launch'],
  ['mapCustomerOwnedIpOnLaunch', 'map_customer_owned_ip_on_launch'],
] as const;


export const vpcHandlers: Record<string, EventHandler> = {
    // --- VPC -------------------------------------------------------------------------------
    CreateVpc(event, ctx) {
      const vpc = at(event.response, 'vpc');
      const id = reqString(vpc, 'vpcId');
      const tenancy = optString(event.request, 'instanceTenancy');
      const ipamPool = optString(event.request, 'ipv4IpamPoolId');
      const netmask = optNumber(event.request, 'ipv4NetmaskLength');
      ctx.create(VPC, id, {
        fields: fields({
          cidr_block: ipamPool ? undefined : text(optString(event.request, 'cidrBlock') ?? reqString(vpc, 'cidrBlock')),
          ipv4_ipam_pool_id: ipamPool ? text(ipamPool) : undefined,
          ipv4_netmask_length: ipamPool && netmask !== undefined ? number(netmask) : undefined,
          instance_tenancy: tenancy && tenancy !== 'default' ? text(tenancy) : undefined,
          assign_generated_ipv6_cidr_block: optBool(event.request, 'amazonProvidedIpv6CidrBlock') === true ? flag(true) : undefined,
          tags: tagsField(createTags(event, 'vpc', vpc)),
        }),
        exports: { id },
      });
    },
    ModifyVpcAttribute(event, ctx) {
      const vpc = changeById(ctx, VPC, reqString(event.request, 'vpcId'));
      for (const [key, arg] of VPC_ATTRIBUTES) setFlag(vpc, arg, optBool(event.request, key));
    },
    DeleteVpc(event, ctx) {
      const id = reqString(event.request, 'vpcId');
      removeVpcDependents(ctx, id);
      ctx.remove(VPC, id);
    },

    // --- Subnets ---------------------------------------------------------------------------
    CreateSubnet(event, ctx) {
      const subnet = at(event.response, 'subnet');
      const id = reqString(subnet, 'subnetId');
      const arn = optString(subnet, 'subnetArn');
      const ipv6 = optString(event.request, 'ipv6CidrBlock');
      ctx.create(SUBNET, id, {
        fields: fields({
          vpc_id: text(reqString(event.request, 'vpcId')),
          cidr_block: optString(subnet, 'cidrBlock') ? text(reqString(subnet, 'cidrBlock')) : undefined,
          ipv6_cidr_block: ipv6 ? text(ipv6) : undefined,
          ipv6_native: optBool(event.request, 'ipv6Native') === true ? flag(true) : undefined,
          availability_zone: optString(subnet, 'availabilityZone') ? text(reqString(subnet, 'availabilityZone')) : undefined,
          tags: tagsField(createTags(event, 'subnet', subnet)),
        }),
        exports: arn ? { id, arn } : { id },
      });
    },
    ModifySubnetAttribute(event, ctx) {
      const subnet = changeById(ctx, SUBNET, reqString(event.request, 'subnetId'));
      for (const [key, arg] of SUBNET_FLAGS) setFlag(subnet, arg, optBool(event.request, key));
      const hostnameType = attributeValue(event.request, 'privateDnsHostnameTypeOnLaunch');
      if (typeof hostnameType === 'string') setArg(subnet, 'private_dns_hostname_type_on_launch', text(hostnameType));
      const lniIndex = optNumber(event.request, 'enableLniAtDeviceIndex');
      if (lniIndex !== undefined) setArg(subnet, 'enable_lni_at_device_index', number(lniIndex));
    },
    DeleteSubnet(event, ctx) {
      const id = reqString(event.request, 'subnetId');
      // Deleting a subnet ends its route table association without a DisassociateRouteTable event.
      removeWhere(ctx, RTB_ASSOCIATION, 'subnet_id', id);
      ctx.remove(SUBNET, id);
    },

    // --- Internet gateways -----------------------------------------------------------------
    CreateInternetGateway(event, ctx) {
      const igw = at(event.response, 'internetGateway');
      const id = reqString(igw, 'internetGatewayId');
      ctx.create(IGW, id, { fields: fields({ tags: tagsField(createTags(event, 'internet-gateway', igw)) }), exports: { id } });
    },
    AttachInternetGateway(event, ctx) {
      const igw = changeById(ctx, IGW, reqString(event.request, 'internetGatewayId'));
      igw.fields = { vpc_id: text(reqString(event.request, 'vpcId')), ...igw.fields };
    },
    DetachInternetGateway(event, ctx) {
      const igw = changeById(ctx, IGW, reqString(event.request, 'internetGatewayId'));
      delete igw.fields.vpc_id;
    },
    DeleteInternetGateway(event, ctx) {
      ctx.remove(IGW, reqString(event.request, 'internetGatewayId'));
    },

};
