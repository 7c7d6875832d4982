// AWS Network Firewall: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/network-firewall/latest/developerguide/logging-cloudtrail.html
// Every type imports by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_networkfirewall_firewall',
    create: 'CreateFirewall',
    id: ['response.firewall.firewallArn'],
    delete: 'DeleteFirewall',
    deleteId: ['request.firewallArn'],
  },
  {
    type: 'aws_networkfirewall_firewall_policy',
    create: 'CreateFirewallPolicy',
    id: ['response.firewallPolicyResponse.firewallPolicyArn'],
    delete: 'DeleteFirewallPolicy',
    deleteId: ['request.firewallPolicyArn'],
  },
  {
    type: 'aws_networkfirewall_rule_group',
    create: 'CreateRuleGroup',
    id: ['response.ruleGroupResponse.ruleGroupArn'],
    delete: 'DeleteRuleGroup',
    deleteId: ['request.ruleGroupArn'],
  },
]);

export const networkFirewall: ServiceMapper = { service: 'networkfirewall', eventSource: 'network-firewall.amazonaws.com', ...TYPES };
