// The Terraform types the EC2 mapper produces, named once for all its parts.

export const VPC = 'aws_vpc';
export const SUBNET = 'aws_subnet';
export const IGW = 'aws_internet_gateway';
export const ROUTE_TABLE = 'aws_route_table';
export const ROUTE = 'aws_route';
export const RTB_ASSOCIATION = 'aws_route_table_association';
export const SG = 'aws_security_group';
export const INGRESS = 'aws_vpc_security_group_ingress_rule';
export const EGRESS = 'aws_vpc_security_group_egress_rule';
export const INSTANCE = 'aws_instance';
export const KEY_PAIR = 'aws_key_pair';
export const EIP = 'aws_eip';
export const NAT_GATEWAY = 'aws_nat_gateway';
export const ENI = 'aws_network_interface';
export const VOLUME = 'aws_ebs_volume';
export const ATTACHMENT = 'aws_volume_attachment';
export const FLOW_LOG = 'aws_flow_log';
export const LAUNCH_TEMPLATE = 'aws_launch_template';
export const VPC_ENDPOINT = 'aws_vpc_endpoint';
export const NACL = 'aws_network_acl';
export const NACL_RULE = 'aws_network_acl_rule';
export const PEERING = 'aws_vpc_peering_connection';
export const ACCEPTER = 'aws_vpc_peering_connection_accepter';
