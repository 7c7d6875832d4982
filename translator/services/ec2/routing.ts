// EC2 mapper part: Route tables, routes and their associations (assembled in ./index.ts).

import type { Fields, FoldContext, MapperEvent } from '../mapper';
import { at, MalformedRecordError, optString, reqString } from '../read';
import { fields, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { IGW, INSTANCE, ROUTE, ROUTE_TABLE, RTB_ASSOCIATION, SUBNET } from './types';
import { createTags, labelOf, setArg, textField } from './shared';

// Routes

/** CreateRoute/ReplaceRoute target parameters and the aws_route argument each sets. */
export const ROUTE_TARGETS = [
  ['gatewayId', 'gateway_id'],
  ['natGatewayId', 'nat_gateway_id'],
  ['networkInterfaceId', 'network_interface_id'],
  ['vpcPeeringConnectionId', 'vpc_peering_connection_id'],
  ['transitGatewayId', 'transit_gateway_id'],
  ['vpcEndpointId', 'vpc_endpoint_id'],
  ['egressOnlyInternetGatewayId', 'egress_only_gateway_id'],
  ['localGatewayId', 'local_gateway_id'],
  ['carrierGatewayId', 'carrier_gateway_id'],
  ['coreNetworkArn', 'core_network_arn'],
] as const;

export const ROUTE_DESTINATIONS = [
  ['destinationCidrBlock', 'destination_cidr_block'],
  ['destinationIpv6CidrBlock', 'destination_ipv6_cidr_block'],
  ['destinationPrefixListId', 'destination_prefix_list_id'],
] as const;

export interface RouteKey {
  readonly routeTableId: string;
  readonly destination: string;
  readonly destinationArg: string;
  /** `ROUTETABLEID_DESTINATION`, the aws_route import ID. */
  readonly id: string;
}

export function routeKey(event: MapperEvent): RouteKey {
  const routeTableId = reqString(event.request, 'routeTableId');
  for (const [param, arg] of ROUTE_DESTINATIONS) {
    const destination = optString(event.request, param);
    if (destination) return { routeTableId, destination, destinationArg: arg, id: `${routeTableId}_${destination}` };
  }
  throw new MalformedRecordError('missing destinationCidrBlock, destinationIpv6CidrBlock or destinationPrefixListId');
}

/** The route's target arguments, or undefined when its only target is an instance we cannot resolve. */
export function routeTarget(event: MapperEvent, ctx: FoldContext): Fields | undefined {
  for (const [param, arg] of ROUTE_TARGETS) {
    const value = optString(event.request, param);
    if (value) return { [arg]: text(value) };
  }
  // aws_route has no instance_id in v6: a route to an instance is a route to its primary network interface.
  const instanceId = optString(event.request, 'instanceId');
  const eni = instanceId ? ctx.find(INSTANCE, instanceId)?.exports.primary_network_interface_id : undefined;
  if (eni) return { network_interface_id: text(eni) };
  if (instanceId) return undefined;
  throw new MalformedRecordError('the route has no target (gatewayId, natGatewayId, networkInterfaceId …)');
}

export function routeName(ctx: FoldContext, key: RouteKey): string {
  const destination = key.destination === '0.0.0.0/0' ? 'default' : key.destination === '::/0' ? 'default ipv6' : key.destination;
  return `${labelOf(ctx, ROUTE_TABLE, key.routeTableId)} ${destination}`;
}

/** Removes the resources of `type` whose `arg` holds `id` (dependents AWS deletes along with their parent). */
export function removeWhere(ctx: FoldContext, type: string, arg: string, id: string): void {
  for (const draft of ctx.allHolding(type, arg, id)) if (textField(draft, arg) === id) ctx.remove(type, draft.id);
}


export const routingHandlers: Record<string, EventHandler> = {
    // --- Route tables, routes, associations ------------------------------------------------
    CreateRouteTable(event, ctx) {
      const table = at(event.response, 'routeTable');
      const id = reqString(table, 'routeTableId');
      // Routes are separate aws_route resources; `route` is left unset (computed) so the two never fight.
      ctx.create(ROUTE_TABLE, id, {
        fields: fields({ vpc_id: text(reqString(event.request, 'vpcId')), tags: tagsField(createTags(event, 'route-table', table)) }),
        exports: { id },
      });
    },
    DeleteRouteTable(event, ctx) {
      const id = reqString(event.request, 'routeTableId');
      // A table's routes go with it; AWS logs no DeleteRoute for them.
      removeWhere(ctx, ROUTE, 'route_table_id', id);
      ctx.remove(ROUTE_TABLE, id);
    },
    CreateRoute(event, ctx) {
      const key = routeKey(event);
      const target = routeTarget(event, ctx);
      if (!target) {
        ctx.ignore(`the route's target is instance ${optString(event.request, 'instanceId')}, whose network interface the session does not show; aws_route needs network_interface_id`);
        return;
      }
      ctx.create(ROUTE, key.id, {
        nameHint: routeName(ctx, key),
        fields: { route_table_id: text(key.routeTableId), [key.destinationArg]: text(key.destination), ...target },
      });
    },
    ReplaceRoute(event, ctx) {
      const key = routeKey(event);
      const target = routeTarget(event, ctx);
      if (!target) {
        ctx.ignore(`the route's new target is instance ${optString(event.request, 'instanceId')}, whose network interface the session does not show`);
        return;
      }
      const body: Fields = { route_table_id: text(key.routeTableId), [key.destinationArg]: text(key.destination), ...target };
      // ReplaceRoute states the route's whole configuration, so an adopted route gets a complete block.
      const route = ctx.change(ROUTE, key.id, { nameHint: routeName(ctx, key), fields: body });
      route.fields = body;
    },
    DeleteRoute(event, ctx) {
      ctx.remove(ROUTE, routeKey(event).id);
    },
    AssociateRouteTable(event, ctx) {
      const routeTableId = reqString(event.request, 'routeTableId');
      const subnetId = optString(event.request, 'subnetId');
      const gatewayId = optString(event.request, 'gatewayId');
      const owner = subnetId ?? gatewayId;
      if (!owner) throw new MalformedRecordError('missing subnetId or gatewayId');
      const associationId = reqString(event.response, 'associationId');
      // Keyed by the subnet or gateway (each has at most one association); imported as `owner/rtb-…`.
      ctx.create(RTB_ASSOCIATION, owner, {
        importId: `${owner}/${routeTableId}`,
        nameHint: labelOf(ctx, subnetId ? SUBNET : IGW, owner),
        fields: fields({
          subnet_id: subnetId ? text(subnetId) : undefined,
          gateway_id: gatewayId ? text(gatewayId) : undefined,
          route_table_id: text(routeTableId),
        }),
        aliases: [associationId],
      });
    },
    ReplaceRouteTableAssociation(event, ctx) {
      const associationId = reqString(event.request, 'associationId');
      const routeTableId = reqString(event.request, 'routeTableId');
      const association = ctx.find(RTB_ASSOCIATION, associationId);
      if (!association) {
        // The record names only the association id, not its subnet: the import ID cannot be built.
        ctx.ignore(`association ${associationId} existed before the session and the record does not name its subnet (or it is the main route table's association)`);
        return;
      }
      const changed = ctx.change(RTB_ASSOCIATION, association.id, { importId: association.importId, nameHint: association.nameHint });
      setArg(changed, 'route_table_id', text(routeTableId));
      changed.importId = `${changed.id}/${routeTableId}`;
      const newAssociationId = optString(event.response, 'newAssociationId');
      if (newAssociationId) changed.aliases = [...changed.aliases, newAssociationId];
    },
    DisassociateRouteTable(event, ctx) {
      ctx.remove(RTB_ASSOCIATION, reqString(event.request, 'associationId'));
    },

};
