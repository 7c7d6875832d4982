// AWS Network Manager (Cloud WAN and the global network): types Trailform maps by their import block only;
// Terraform writes their configuration (`terraform plan -generate-config-out`). REST API with capitalised
// wire names, so identifiers are read in either case. Sites, devices, links and connections are imported
// by ARN (`arn:…:networkmanager::ACCOUNT:site/GLOBAL_NETWORK/SITE`), which their delete calls do not
// carry: the ARN is built from the two IDs. Every attachment kind is deleted by one DeleteAttachment.
// https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-cloudtrail.html

import { buildArn } from './arn';
import { eitherCase, readEitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { EventHandler, MapperEvent, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { MalformedRecordError } from './read';

const read = readEitherCase;

/** ARN of a global-network child (`site`, `device`, `link`, `connection`): the create answer's, or built from the delete call's IDs. */
function childArn(kind: string) {
  const cap = kind.charAt(0).toUpperCase() + kind.slice(1);
  return (e: MapperEvent): string | undefined => {
    const answered = read(e, `response.${kind}.${kind}Arn`);
    if (answered) return answered;
    const network = read(e, 'request.globalNetworkId');
    const id = read(e, `request.${kind}Id`, `response.${kind}.${kind}Id`, `response.${cap}.${cap}Id`);
    return network && id ? buildArn(e, 'networkmanager', `${kind}/${network}/${id}`, 'account-only') : undefined;
  };
}

const ATTACHMENTS = [
  ['aws_networkmanager_vpc_attachment', 'CreateVpcAttachment', 'vpcAttachment'],
  ['aws_networkmanager_connect_attachment', 'CreateConnectAttachment', 'connectAttachment'],
  ['aws_networkmanager_site_to_site_vpn_attachment', 'CreateSiteToSiteVpnAttachment', 'siteToSiteVpnAttachment'],
  ['aws_networkmanager_transit_gateway_route_table_attachment', 'CreateTransitGatewayRouteTableAttachment', 'transitGatewayRouteTableAttachment'],
] as const;

const TYPES = importOnlyTypes([
  {
    type: 'aws_networkmanager_global_network',
    create: 'CreateGlobalNetwork',
    id: eitherCase('response.globalNetwork.globalNetworkId'),
    delete: 'DeleteGlobalNetwork',
    deleteId: eitherCase('request.globalNetworkId'),
    update: ['UpdateGlobalNetwork'],
  },
  { type: 'aws_networkmanager_site', create: 'CreateSite', id: childArn('site'), delete: 'DeleteSite', update: ['UpdateSite'] },
  { type: 'aws_networkmanager_device', create: 'CreateDevice', id: childArn('device'), delete: 'DeleteDevice', update: ['UpdateDevice'] },
  { type: 'aws_networkmanager_link', create: 'CreateLink', id: childArn('link'), delete: 'DeleteLink', update: ['UpdateLink'] },
  { type: 'aws_networkmanager_connection', create: 'CreateConnection', id: childArn('connection'), delete: 'DeleteConnection', update: ['UpdateConnection'] },
  {
    type: 'aws_networkmanager_core_network',
    create: 'CreateCoreNetwork',
    id: eitherCase('response.coreNetwork.coreNetworkId'),
    delete: 'DeleteCoreNetwork',
    deleteId: eitherCase('request.coreNetworkId'),
    update: ['UpdateCoreNetwork'],
  },
  // Import ID: the core network ID (the policy attached to it).
  { type: 'aws_networkmanager_core_network_policy_attachment', create: 'PutCoreNetworkPolicy', id: eitherCase('request.coreNetworkId') },
  {
    type: 'aws_networkmanager_connect_peer',
    create: 'CreateConnectPeer',
    id: eitherCase('response.connectPeer.connectPeerId'),
    delete: 'DeleteConnectPeer',
    deleteId: eitherCase('request.connectPeerId'),
  },
  {
    type: 'aws_networkmanager_transit_gateway_peering',
    create: 'CreateTransitGatewayPeering',
    id: eitherCase('response.transitGatewayPeering.peering.peeringId'),
    delete: 'DeletePeering',
    deleteId: eitherCase('request.peeringId'),
  },
  // Import ID `GLOBAL_NETWORK_ID,TRANSIT_GATEWAY_ARN`.
  {
    type: 'aws_networkmanager_transit_gateway_registration',
    create: 'RegisterTransitGateway',
    id: (e) => {
      const network = read(e, 'request.globalNetworkId');
      const tgw = read(e, 'request.transitGatewayArn');
      return network && tgw ? `${network},${tgw}` : undefined;
    },
    delete: 'DeregisterTransitGateway',
  },
  // Import ID `GLOBAL_NETWORK_ID,CUSTOMER_GATEWAY_ARN`.
  {
    type: 'aws_networkmanager_customer_gateway_association',
    create: 'AssociateCustomerGateway',
    id: (e) => {
      const network = read(e, 'request.globalNetworkId');
      const cgw = read(e, 'request.customerGatewayArn');
      return network && cgw ? `${network},${cgw}` : undefined;
    },
    delete: 'DisassociateCustomerGateway',
  },
  // Import ID `GLOBAL_NETWORK_ID,LINK_ID,DEVICE_ID`.
  {
    type: 'aws_networkmanager_link_association',
    create: 'AssociateLink',
    id: (e) => {
      const [network, link, device] = [read(e, 'request.globalNetworkId'), read(e, 'request.linkId'), read(e, 'request.deviceId')];
      return network && link && device ? `${network},${link},${device}` : undefined;
    },
    delete: 'DisassociateLink',
  },
  // Import ID `GLOBAL_NETWORK_ID,CONNECT_PEER_ARN`.
  {
    type: 'aws_networkmanager_transit_gateway_connect_peer_association',
    create: 'AssociateTransitGatewayConnectPeer',
    id: (e) => {
      const network = read(e, 'request.globalNetworkId');
      const peer = read(e, 'request.transitGatewayConnectPeerArn');
      return network && peer ? `${network},${peer}` : undefined;
    },
    delete: 'DisassociateTransitGatewayConnectPeer',
  },
  ...ATTACHMENTS.map(([type, create, answer]) => ({ type, create, id: eitherCase(`response.${answer}.attachment.attachmentId`) })),
]);

const deleteAttachment: EventHandler = (event, ctx) => {
  const id = read(event, 'request.attachmentId');
  if (id === undefined) throw new MalformedRecordError('cannot find the attachment identifier in request.attachmentId');
  for (const [type] of ATTACHMENTS) ctx.remove(type, id);
};

const ATTACHMENT_TYPES = new Set<string>(ATTACHMENTS.map(([type]) => type));

export const networkmanager: ServiceMapper = {
  service: 'networkmanager',
  eventSource: 'networkmanager.amazonaws.com',
  resources: TYPES.resources.map((spec) => (ATTACHMENT_TYPES.has(spec.type) ? { ...spec, events: [...spec.events, 'DeleteAttachment'] } : spec)),
  events: mergeHandlers(TYPES.events, { DeleteAttachment: deleteAttachment }),
};
