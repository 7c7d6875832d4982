// EC2 mapper part: CreateTags / DeleteTags on any EC2 type the mapper has (assembled in ./index.ts).

import type { FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, listAt, optString, readTags, reqString } from '../read';
import { applyTags, currentTags } from '../tags';
import type { EventHandler } from '../mapper';
import { CUSTOMER_GATEWAY, DHCP_OPTIONS, EGRESS_ONLY_IGW, PLACEMENT_GROUP, PREFIX_LIST, TGW_ROUTE_TABLE, TGW_VPC_ATTACHMENT, TRANSIT_GATEWAY, VPN_CONNECTION, VPN_GATEWAY, ACCEPTER, EGRESS, EIP, ENI, IGW, INGRESS, INSTANCE, KEY_PAIR, LAUNCH_TEMPLATE, NACL, NAT_GATEWAY, PEERING, ROUTE_TABLE, SG, SUBNET, VOLUME, VPC, VPC_ENDPOINT } from './types';
import { changeById } from './shared';
import { USER_DATA_REASON } from './instances';

// Tags on any of the types above

/** Resource id prefixes CreateTags/DeleteTags name, and the type that id belongs to. */
export const TAGGABLE: readonly (readonly [string, string])[] = [
  ['vpc-', VPC],
  ['subnet-', SUBNET],
  ['igw-', IGW],
  ['rtb-', ROUTE_TABLE],
  ['sg-', SG],
  ['i-', INSTANCE],
  ['eipalloc-', EIP],
  ['vol-', VOLUME],
  ['eni-', ENI],
  ['lt-', LAUNCH_TEMPLATE],
  ['vpce-', VPC_ENDPOINT],
  ['acl-', NACL],
  ['pcx-', PEERING],
  ['cgw-', CUSTOMER_GATEWAY],
  ['vgw-', VPN_GATEWAY],
  ['vpn-', VPN_CONNECTION],
  ['tgw-rtb-', TGW_ROUTE_TABLE],
  ['tgw-', TRANSIT_GATEWAY],
  ['eigw-', EGRESS_ONLY_IGW],
  ['dopt-', DHCP_OPTIONS],
  ['pl-', PREFIX_LIST],
];

/** Prefixes of ids the session's own resources may have but that name no one type (a tgw-attach- may be a VPN or peering attachment, a pg- id is an alias of the group's name). */
const SESSION_ONLY: readonly (readonly [string, string])[] = [
  ['tgw-attach-', TGW_VPC_ATTACHMENT],
  ['pg-', PLACEMENT_GROUP],
];

/** The session's resource with this EC2 id (a key pair by its key- id alias, a rule by its sgr- id). */
export function sessionResource(ctx: FoldContext, id: string): ResourceDraft | undefined {
  if (id.startsWith('sgr-')) return ctx.find(INGRESS, id) ?? ctx.find(EGRESS, id);
  if (id.startsWith('key-')) return ctx.find(KEY_PAIR, id);
  if (id.startsWith('nat-')) return ctx.find(NAT_GATEWAY, id);
  if (id.startsWith('pcx-')) return ctx.find(PEERING, id) ?? ctx.find(ACCEPTER, id);
  const only = SESSION_ONLY.find(([prefix]) => id.startsWith(prefix))?.[1];
  if (only) return ctx.find(only, id);
  const type = TAGGABLE.find(([prefix]) => id.startsWith(prefix))?.[1];
  return type ? ctx.find(type, id) : undefined;
}

/** The session's resource with this id, or, for a type we can import by its id, that resource adopted. */
export function taggable(ctx: FoldContext, id: string): ResourceDraft | undefined {
  const existing = sessionResource(ctx, id);
  if (existing) return ctx.change(existing.type, existing.id, { importId: existing.importId, nameHint: existing.nameHint });
  if (SESSION_ONLY.some(([prefix]) => id.startsWith(prefix))) return undefined;
  const type = TAGGABLE.find(([prefix]) => id.startsWith(prefix))?.[1];
  if (!type) return undefined;
  const adopted = changeById(ctx, type, id);
  // Arguments the session never saw would otherwise plan a change on a resource we only tagged.
  if (type === SG) adopted.ignoreChanges('description', 'the group existed before the session, whose records do not carry its description (a change would replace it)');
  if (type === INSTANCE) adopted.ignoreChanges('user_data', USER_DATA_REASON);
  return adopted;
}

export function resourceIds(event: MapperEvent): string[] {
  return listAt(event.request, 'resourcesSet').map((r) => (typeof r === 'string' ? r : reqString(r, 'resourceId')));
}


export const taggingHandlers: Record<string, EventHandler> = {
    // --- Tags ------------------------------------------------------------------------------
    CreateTags(event, ctx) {
      const tags = readTags(at(event.request, 'tagSet'));
      let tagged = false;
      for (const id of resourceIds(event)) {
        const draft = taggable(ctx, id);
        if (draft) applyTags(draft, tags);
        tagged ||= draft !== undefined;
      }
      if (!tagged) ctx.ignore('tags only resources Trailform does not map (AMIs, snapshots, network interfaces …)');
    },
    DeleteTags(event, ctx) {
      const entries = listAt(event.request, 'tagSet');
      let untagged = false;
      for (const id of resourceIds(event)) {
        // Only the session's own resources: removing tags from one we never saw states nothing to manage.
        const draft = sessionResource(ctx, id);
        if (!draft) continue;
        untagged = true;
        const current = currentTags(draft);
        // A tag given with a value is deleted only when the value matches (DeleteTags API).
        const remove = entries
          .filter((e) => optString(e, 'value') === undefined || current[reqString(e, 'key')] === optString(e, 'value'))
          .map((e) => reqString(e, 'key'));
        applyTags(ctx.change(draft.type, draft.id, { importId: draft.importId, nameHint: draft.nameHint }), {}, remove);
      }
      if (!untagged) ctx.ignore('untags only resources the session does not have');
    },
};
