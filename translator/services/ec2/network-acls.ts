// EC2 mapper part: Network ACLs and their rules (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent } from '../mapper';
import { at, MalformedRecordError, optBool, optNumber, optString, reqString } from '../read';
import { fields, flag, number, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { NACL, NACL_RULE } from './types';
import { changeById, createTags, labelOf } from './shared';
import { removeWhere } from './routing';
import { optNum } from './launch-templates';

// Network ACLs and their rules (Query API: `aclProtocol`, `portRange: { from, to }`, `icmpTypeCode: { type, code }`)

export const NACL_DEFAULT_RULES_NOTE =
  'AWS gives every network ACL a final rule numbered 32767 (deny all, IPv4 and IPv6, both directions) with no CloudTrail event. It cannot be changed or deleted, and the provider leaves it out of ingress/egress, so it is neither declared nor planned. ingress/egress stay unset here, because each rule the session added is its own aws_network_acl_rule (mixing inline and standalone rules makes them fight; https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/network_acl).';

export interface AclRule {
  /** `acl-…:RULE_NUMBER:EGRESS`: a rule's identity (the protocol may change on replace). */
  readonly key: string;
  readonly importId: string;
  readonly nameHint: string;
  readonly body: Fields;
}

export function aclRuleKey(request: JsonValue): { aclId: string; ruleNumber: number; egress: boolean; key: string } {
  const aclId = reqString(request, 'networkAclId');
  const ruleNumber = optNumber(request, 'ruleNumber');
  if (ruleNumber === undefined) throw new MalformedRecordError('missing ruleNumber');
  const egress = optBool(request, 'egress') ?? false;
  return { aclId, ruleNumber, egress, key: `${aclId}:${ruleNumber}:${egress}` };
}

export function aclRule(event: MapperEvent, ctx: FoldContext): AclRule {
  const request = event.request;
  const { aclId, ruleNumber, egress, key } = aclRuleKey(request);
  // CloudTrail names the Protocol parameter `aclProtocol`; the API takes (and the provider reads back) the number.
  const protocol = optString(request, 'aclProtocol') ?? reqString(request, 'protocol');
  const ports = protocol === '6' || protocol === '17';
  const icmp = protocol === '1' || protocol === '58';
  const cidr = optString(request, 'cidrBlock');
  const ipv6 = optString(request, 'ipv6CidrBlock');
  if (!cidr && !ipv6) throw new MalformedRecordError('missing cidrBlock or ipv6CidrBlock');
  const body = fields({
    network_acl_id: text(aclId),
    rule_number: number(ruleNumber),
    egress: egress ? flag(true) : undefined,
    protocol: text(protocol),
    rule_action: text(reqString(request, 'ruleAction')),
    cidr_block: cidr ? text(cidr) : undefined,
    ipv6_cidr_block: ipv6 ? text(ipv6) : undefined,
    from_port: ports ? optNum(request, 'portRange.from') : undefined,
    to_port: ports ? optNum(request, 'portRange.to') : undefined,
    icmp_type: icmp ? optNum(request, 'icmpTypeCode.type') : undefined,
    icmp_code: icmp ? optNum(request, 'icmpTypeCode.code') : undefined,
  });
  return {
    key,
    // Import ID `NETWORK_ACL_ID:RULE_NUMBER:PROTOCOL:EGRESS`.
    importId: `${aclId}:${ruleNumber}:${protocol}:${egress}`,
    nameHint: `${labelOf(ctx, NACL, aclId)} ${egress ? 'egress' : 'ingress'} ${ruleNumber}`,
    body,
  };
}


export const networkAclsHandlers: Record<string, EventHandler> = {
    // --- Network ACLs ----------------------------------------------------------------------
    CreateNetworkAcl(event, ctx) {
      const acl = at(event.response, 'networkAcl');
      const id = reqString(acl, 'networkAclId');
      const draft = ctx.create(NACL, id, {
        fields: fields({ vpc_id: text(optString(event.request, 'vpcId') ?? reqString(acl, 'vpcId')), tags: tagsField(createTags(event, 'network-acl', acl)) }),
        exports: { id },
      });
      draft.note(NACL_DEFAULT_RULES_NOTE);
    },
    ReplaceNetworkAclAssociation(event, ctx) {
      const id = reqString(event.request, 'networkAclId');
      // The record names the subnet's old association (aclassoc-…), not the subnet, so subnet_ids (optional,
      // computed) is left to the account rather than stated wrongly.
      changeById(ctx, NACL, id).note(
        `The session moved a subnet to this ACL (ReplaceNetworkAclAssociation, event ${event.eventID}); the record names only the association, so subnet_ids is left unset and read from the account.`,
      );
    },
    DeleteNetworkAcl(event, ctx) {
      const id = reqString(event.request, 'networkAclId');
      // An ACL's rules go with it, without DeleteNetworkAclEntry events.
      removeWhere(ctx, NACL_RULE, 'network_acl_id', id);
      ctx.remove(NACL, id);
    },
    CreateNetworkAclEntry(event, ctx) {
      const rule = aclRule(event, ctx);
      ctx.create(NACL_RULE, rule.key, { importId: rule.importId, nameHint: rule.nameHint, fields: rule.body });
    },
    ReplaceNetworkAclEntry(event, ctx) {
      const rule = aclRule(event, ctx);
      // The replacement states the whole rule, so an adopted rule gets a complete block too.
      const draft = ctx.change(NACL_RULE, rule.key, { importId: rule.importId, nameHint: rule.nameHint, fields: rule.body });
      draft.fields = rule.body;
      draft.importId = rule.importId;
    },
    DeleteNetworkAclEntry(event, ctx) {
      ctx.remove(NACL_RULE, aclRuleKey(event.request).key);
    },

};
