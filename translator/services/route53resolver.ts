// Route 53 Resolver: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html
// Every type imports by the ID the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_route53_resolver_endpoint',
    create: 'CreateResolverEndpoint',
    id: ['response.resolverEndpoint.id'],
    delete: 'DeleteResolverEndpoint',
    deleteId: ['request.resolverEndpointId'],
  },
  {
    type: 'aws_route53_resolver_rule',
    create: 'CreateResolverRule',
    id: ['response.resolverRule.id'],
    delete: 'DeleteResolverRule',
    deleteId: ['request.resolverRuleId'],
  },
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

export const route53resolver: ServiceMapper = { service: 'route53resolver', eventSource: 'route53resolver.amazonaws.com', ...TYPES };
