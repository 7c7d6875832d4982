// Route 53 Resolver: endpoints, forwarding rules and their VPC associations mapped in full; query logging and
// DNS Firewall types by their import block only (Terraform writes their configuration,
// `terraform plan -generate-config-out`). Every type imports by the ID the create response returns.
// CloudTrail shape (JSON protocol): lowerCamel API members (`vPCId` for VPCId, as the API's casing gives),
// tags `[{key,value}]`, the created object under its name in the response (the real CreateResolverEndpoint
// record in the Route 53 developer guide). Event names:
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html
// API members: https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverRule.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, number, strings, tagsField, text } from './values';
import { parseArn } from './arn';

const ENDPOINT = 'aws_route53_resolver_endpoint';
const RULE = 'aws_route53_resolver_rule';
const RULE_ASSOCIATION = 'aws_route53_resolver_rule_association';

const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_route53_resolver_query_log_config',
    create: 'CreateResolverQueryLogConfig',
    id: ['response.resolverQueryLogConfig.id'],
    delete: 'DeleteResolverQueryLogConfig',
    deleteId: ['request.resolverQueryLogConfigId'],
  },
  {
    type: 'aws_route53_resolver_firewall_rule_group',
    create: 'CreateFirewallRuleGroup',
    id: ['response.firewallRuleGroup.id'],
    delete: 'DeleteFirewallRuleGroup',
    deleteId: ['request.firewallRuleGroupId'],
  },
  {
    type: 'aws_route53_resolver_firewall_domain_list',
    create: 'CreateFirewallDomainList',
    id: ['response.firewallDomainList.id'],
    delete: 'DeleteFirewallDomainList',
    deleteId: ['request.firewallDomainListId'],
  },
]);

const textOf = (value: string | undefined) => (value === undefined ? undefined : text(value));
/** The provider stores a rule's domain without the trailing dot the API echoes. */
const domainOf = (value: string) => (value.length > 1 ? value.replace(/\.$/, '') : value);

/** Sets the arguments that are defined, keeping `tags` last. */
function assign(draft: ResourceDraft, entries: Fields): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = { ...rest, ...entries };
  if (tags) draft.fields.tags = tags;
}

// ---- endpoints -------------------------------------------------------------------------------------------


/** An IpAddressRequest as an ip_address block: the subnet, and the address only when one was chosen. */
function ipAddressBlock(entry: JsonValue, i: number): Fields {
  if (!isObject(entry)) throw new MalformedRecordError(`ipAddresses[${i}] should be an object`);
  return fields({ subnet_id: text(reqString(entry, 'subnetId')), ip: textOf(optString(entry, 'ip')), ipv6: textOf(optString(entry, 'ipv6')) });
}

const sameAddress = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The provider tells ip_address blocks apart by subnet and address (its set hash), and no record carries an
 * address AWS chose: a block without one would plan to replace the live one, so the blocks are then
 * ignored after import.
 */
function ignoreChosenAddresses(draft: ResourceDraft): void {
  if (endpointAddresses(draft).some((a) => a.ip === undefined && a.ipv6 === undefined)) {
    draft.ignoreChanges('ip_address', 'AWS chose some addresses, which no CloudTrail record carries, and the provider matches ip_address blocks by subnet and address (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/route53_resolver_endpoint#ip_address)');
  }
}

function endpointAddresses(draft: ResourceDraft): Fields[] {
  const current = draft.fields.ip_address;
  return current && current.kind === 'blocks' ? [...current.items] : [];
}

// ---- rules -----------------------------------------------------------------------------------------------


/** TargetAddress entries as target_ip blocks, the provider's defaults (port 53, protocol Do53) left out. */
function targetIps(source: JsonValue | undefined): Fields | undefined {
  const targets = listAt(source, 'targetIps');
  if (targets.length === 0) return undefined;
  return {
    target_ip: blocks(...targets.map((t) => {
      const port = optNumber(t, 'port');
      const protocol = optString(t, 'protocol');
      return fields({
        ip: textOf(optString(t, 'ip')),
        ipv6: textOf(optString(t, 'ipv6')),
        port: port === undefined || port === 53 ? undefined : number(port),
        protocol: protocol === undefined || protocol === 'Do53' ? undefined : text(protocol),
      });
    })),
  };
}

const ARN = 'arn:{partition}:route53resolver:{region}:{account}';

/** `…:resolver-endpoint/<id>` or `…:resolver-rule/<id>` → the resource (adopted by its id when new to the session). */
const TAGS = taggingHandlers(() => route53resolver.resources, TAG_RESOURCE, {
  unmapped: (arn) => {
    if (parseArn(arn) === undefined) throw new MalformedRecordError(`resourceArn ${arn} is not an ARN`);
    return `tags ${arn}, which Trailform maps by its import block only (the generated configuration reads its tags)`;
  },
});

export const route53resolver: ServiceMapper = {
  service: 'route53resolver',
  eventSource: 'route53resolver.amazonaws.com',
  resources: [
    {
      type: ENDPOINT,
      identity: { arn: `${ARN}:resolver-endpoint/{id}`, exports: ['id', 'arn'] },
      required: ['direction', 'ip_address', 'security_group_ids'],
      references: { security_group_ids: ['aws_security_group'], 'ip_address.subnet_id': ['aws_subnet'] },
      events: ['CreateResolverEndpoint', 'UpdateResolverEndpoint', 'AssociateResolverEndpointIpAddress', 'DisassociateResolverEndpointIpAddress', 'TagResource', 'UntagResource', 'DeleteResolverEndpoint'],
    },
    {
      type: RULE,
      identity: { arn: `${ARN}:resolver-rule/{id}`, exports: ['id', 'arn'] },
      required: ['domain_name', 'rule_type'],
      references: { resolver_endpoint_id: [ENDPOINT] },
      events: ['CreateResolverRule', 'UpdateResolverRule', 'TagResource', 'UntagResource', 'DeleteResolverRule'],
    },
    {
      type: RULE_ASSOCIATION,
      required: ['resolver_rule_id', 'vpc_id'],
      references: { resolver_rule_id: [RULE], vpc_id: ['aws_vpc'] },
      events: ['AssociateResolverRule', 'DisassociateResolverRule', 'DeleteResolverRule'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, TAGS, {
    CreateResolverEndpoint(event, ctx) {
      const r = event.request;
      const id = reqString(event.response, 'resolverEndpoint.id');
      const addresses = listAt(r, 'ipAddresses').map(ipAddressBlock);
      if (addresses.length === 0) throw new MalformedRecordError('missing ipAddresses');
      const protocols = stringList(r, 'protocols');
      const type = optString(r, 'resolverEndpointType');
      const draft = ctx.create(ENDPOINT, id, {
        nameHint: optString(r, 'name'),
        fields: fields({
          name: textOf(optString(r, 'name')),
          direction: text(reqString(r, 'direction')),
          security_group_ids: strings(stringList(r, 'securityGroupIds')),
          ip_address: blocks(...addresses),
          resolver_endpoint_type: type === undefined || type === 'IPV4' ? undefined : text(type),
          protocols: protocols.length > 0 ? strings(protocols) : undefined,
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
      ignoreChosenAddresses(draft);
    },
    UpdateResolverEndpoint(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'resolverEndpointId');
      const draft = ctx.change(ENDPOINT, id, {});
      const protocols = stringList(r, 'protocols');
      assign(draft, fields({
        name: textOf(optString(r, 'name')),
        resolver_endpoint_type: textOf(optString(r, 'resolverEndpointType')),
        protocols: protocols.length > 0 ? strings(protocols) : undefined,
      }));
      if (optString(r, 'resolverEndpointType') === 'IPV4') delete draft.fields.resolver_endpoint_type;
    },
    AssociateResolverEndpointIpAddress(event, ctx) {
      const id = reqString(event.request, 'resolverEndpointId');
      const draft = ctx.change(ENDPOINT, id, {});
      const added = ipAddressBlock(at(event.request, 'ipAddress') ?? null, 0);
      if (draft.created) {
        assign(draft, { ip_address: blocks(...endpointAddresses(draft), added) });
        ignoreChosenAddresses(draft);
      } else draft.sessionChange(`added an IP address in ${reqString(event.request, 'ipAddress.subnetId')}`);
    },
    DisassociateResolverEndpointIpAddress(event, ctx) {
      const id = reqString(event.request, 'resolverEndpointId');
      const draft = ctx.change(ENDPOINT, id, {});
      const removed = ipAddressBlock(at(event.request, 'ipAddress') ?? null, 0);
      if (!draft.created) {
        draft.sessionChange(`removed an IP address from ${reqString(event.request, 'ipAddress.subnetId')}`);
        return;
      }
      const current = endpointAddresses(draft);
      // The call names the address by subnet (and IP when known): the first entry it matches goes.
      let index = current.findIndex((a) => sameAddress(a, removed));
      if (index < 0) index = current.findIndex((a) => a.subnet_id?.kind === 'string' && a.subnet_id.value === reqString(event.request, 'ipAddress.subnetId'));
      if (index < 0) {
        draft.configFromAccount(`DisassociateResolverEndpointIpAddress removed an address the session's records do not show (${JSON.stringify(at(event.request, 'ipAddress'))})`);
        return;
      }
      current.splice(index, 1);
      assign(draft, { ip_address: blocks(...current) });
    },
    DeleteResolverEndpoint(event, ctx) {
      ctx.remove(ENDPOINT, reqString(event.request, 'resolverEndpointId'));
    },

    CreateResolverRule(event, ctx) {
      const r = event.request;
      const id = reqString(event.response, 'resolverRule.id');
      ctx.create(RULE, id, {
        nameHint: optString(r, 'name'),
        fields: fields({
          name: textOf(optString(r, 'name')),
          domain_name: text(domainOf(reqString(r, 'domainName'))),
          rule_type: text(reqString(r, 'ruleType')),
          resolver_endpoint_id: textOf(optString(r, 'resolverEndpointId')),
          ...targetIps(r),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    UpdateResolverRule(event, ctx) {
      const id = reqString(event.request, 'resolverRuleId');
      const config = at(event.request, 'config');
      const draft = ctx.change(RULE, id, {});
      assign(draft, fields({ name: textOf(optString(config, 'name')), resolver_endpoint_id: textOf(optString(config, 'resolverEndpointId')), ...targetIps(config) }));
    },
    DeleteResolverRule(event, ctx) {
      const id = reqString(event.request, 'resolverRuleId');
      for (const association of ctx.allHolding(RULE_ASSOCIATION, 'resolver_rule_id', id)) {
        const rule = association.field('resolver_rule_id');
        if (rule?.kind === 'string' && rule.value === id) ctx.remove(RULE_ASSOCIATION, association.id);
      }
      ctx.remove(RULE, id);
    },

    AssociateResolverRule(event, ctx) {
      const r = event.request;
      const association = at(event.response, 'resolverRuleAssociation');
      const id = reqString(association, 'id');
      const ruleId = reqString(r, 'resolverRuleId');
      const vpcId = optString(r, 'vPCId') ?? optString(r, 'vpcId') ?? reqString(association, 'vPCId');
      ctx.create(RULE_ASSOCIATION, id, {
        nameHint: optString(r, 'name') ?? `${ctx.find(RULE, ruleId)?.nameHint ?? ruleId} ${vpcId}`,
        fields: fields({ name: textOf(optString(r, 'name')), resolver_rule_id: text(ruleId), vpc_id: text(vpcId) }),
        exports: { id },
      });
    },
    DisassociateResolverRule(event, ctx) {
      const id = optString(event.response, 'resolverRuleAssociation.id');
      if (id !== undefined) {
        ctx.remove(RULE_ASSOCIATION, id);
        return;
      }
      // Without the response, the association is the session's one of this rule and VPC.
      const ruleId = reqString(event.request, 'resolverRuleId');
      const vpcId = optString(event.request, 'vPCId') ?? reqString(event.request, 'vpcId');
      for (const a of ctx.allHolding(RULE_ASSOCIATION, 'resolver_rule_id', ruleId)) {
        const rule = a.field('resolver_rule_id');
        const vpc = a.field('vpc_id');
        if (rule?.kind === 'string' && rule.value === ruleId && vpc?.kind === 'string' && vpc.value === vpcId) ctx.remove(RULE_ASSOCIATION, a.id);
      }
    },
  }),
};
