// EC2 mapper part: VPC peering connections (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, MapperEvent } from '../mapper';
import { at, optString, readTags, reqString } from '../read';
import { fields, flag, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { ACCEPTER, PEERING } from './types';
import { createTags } from './shared';

// VPC peering connections (Query API)

export const ACCEPTER_AUTO_ACCEPT_REASON =
  'EC2 has no API that reads auto_accept back, so an imported accepter always differs on it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/vpc_peering_connection_accepter#import)';

export function peeringFields(event: MapperEvent, connection: JsonValue | undefined): Fields {
  const peerOwner = optString(event.request, 'peerOwnerId');
  const peerRegion = optString(event.request, 'PeerRegion') ?? optString(event.request, 'peerRegion');
  return fields({
    vpc_id: text(optString(event.request, 'vpcId') ?? reqString(connection, 'requesterVpcInfo.vpcId')),
    peer_vpc_id: text(optString(event.request, 'peerVpcId') ?? reqString(connection, 'accepterVpcInfo.vpcId')),
    peer_owner_id: peerOwner ? text(peerOwner) : undefined,
    peer_region: peerRegion ? text(peerRegion) : undefined,
    tags: tagsField(createTags(event, 'vpc-peering-connection', connection)),
  });
}


export const peeringHandlers: Record<string, EventHandler> = {
    // --- VPC peering connections -----------------------------------------------------------
    CreateVpcPeeringConnection(event, ctx) {
      const connection = at(event.response, 'vpcPeeringConnection');
      const id = reqString(connection, 'vpcPeeringConnectionId');
      ctx.create(PEERING, id, { fields: peeringFields(event, connection), exports: { id } });
    },
    AcceptVpcPeeringConnection(event, ctx) {
      const connection = at(event.response, 'vpcPeeringConnection');
      const id = optString(event.request, 'vpcPeeringConnectionId') ?? reqString(connection, 'vpcPeeringConnectionId');
      const known = ctx.find(PEERING, id);
      const requesterOwner = optString(connection, 'requesterVpcInfo.ownerId');
      const requesterRegion = optString(connection, 'requesterVpcInfo.region');
      if (!known && ((requesterOwner && event.accountId && requesterOwner !== event.accountId) || (requesterRegion && requesterRegion !== event.region))) {
        // Another account's (or Region's) request: this side of the connection is the accepter.
        const accepter = ctx.create(ACCEPTER, id, {
          nameHint: `${id} accepter`,
          fields: fields({ vpc_peering_connection_id: text(id), auto_accept: flag(true), tags: tagsField(readTags(at(connection, 'tagSet'))) }),
          exports: { id },
        });
        accepter.ignoreChanges('auto_accept', ACCEPTER_AUTO_ACCEPT_REASON);
        return;
      }
      const requesterVpc = optString(connection, 'requesterVpcInfo.vpcId');
      const accepterVpc = optString(connection, 'accepterVpcInfo.vpcId');
      const draft = ctx.change(PEERING, id, {
        // The response names both VPCs: an adopted connection gets its required arguments from it.
        fields: requesterVpc && accepterVpc ? { vpc_id: text(requesterVpc), peer_vpc_id: text(accepterVpc) } : {},
        exports: { id },
      });
      // auto_accept stays unset: the provider does not read it back, so setting it would plan a change after import.
      draft.note(`Accepted in the session (AcceptVpcPeeringConnection, event ${event.eventID}); auto_accept is left unset because the provider does not read it back.`);
    },
    DeleteVpcPeeringConnection(event, ctx) {
      const id = reqString(event.request, 'vpcPeeringConnectionId');
      // Routes through the connection stay in their tables as blackhole routes; they are not removed here.
      ctx.remove(PEERING, id);
      ctx.remove(ACCEPTER, id);
    },

};
