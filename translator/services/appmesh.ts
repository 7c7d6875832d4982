// AWS App Mesh: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/app-mesh/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Mesh members import as `MESH/NAME`, routes as `MESH/ROUTER-OR-GATEWAY/NAME`.
const inMesh = (...fields: string[]) => (e: MapperEvent) => {
  const parts = ['meshName', ...fields].map((f) => optString(e.request, f));
  return parts.every((p) => p !== undefined) ? parts.join('/') : undefined;
};

const TYPES = importOnlyTypes([
  { type: 'aws_appmesh_mesh', create: 'CreateMesh', id: ['request.meshName'], delete: 'DeleteMesh' },
  {
    type: 'aws_appmesh_virtual_gateway',
    create: 'CreateVirtualGateway',
    id: inMesh('virtualGatewayName'),
    delete: 'DeleteVirtualGateway',
  },
  { type: 'aws_appmesh_virtual_node', create: 'CreateVirtualNode', id: inMesh('virtualNodeName'), delete: 'DeleteVirtualNode' },
  {
    type: 'aws_appmesh_virtual_router',
    create: 'CreateVirtualRouter',
    id: inMesh('virtualRouterName'),
    delete: 'DeleteVirtualRouter',
  },
  { type: 'aws_appmesh_route', create: 'CreateRoute', id: inMesh('virtualRouterName', 'routeName'), delete: 'DeleteRoute' },
  {
    type: 'aws_appmesh_virtual_service',
    create: 'CreateVirtualService',
    id: inMesh('virtualServiceName'),
    delete: 'DeleteVirtualService',
  },
  {
    type: 'aws_appmesh_gateway_route',
    create: 'CreateGatewayRoute',
    id: inMesh('virtualGatewayName', 'gatewayRouteName'),
    delete: 'DeleteGatewayRoute',
  },
]);

export const appmesh: ServiceMapper = { service: 'appmesh', eventSource: 'appmesh.amazonaws.com', ...TYPES };
