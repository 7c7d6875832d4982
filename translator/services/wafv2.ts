// AWS WAF (v2): types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/waf/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Import ID `ID/NAME/SCOPE`; the create response's summary holds the ID, the request the name and scope.
const idNameScope = (id: string, e: MapperEvent) => `${id}/${optString(e.request, 'name') ?? ''}/${optString(e.request, 'scope') ?? ''}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_wafv2_web_acl',
    create: 'CreateWebACL',
    id: ['response.summary.id'],
    importId: idNameScope,
    delete: 'DeleteWebACL',
    deleteId: ['request.id'],
  },
  {
    type: 'aws_wafv2_ip_set',
    create: 'CreateIPSet',
    id: ['response.summary.id'],
    importId: idNameScope,
    delete: 'DeleteIPSet',
    deleteId: ['request.id'],
  },
  {
    type: 'aws_wafv2_regex_pattern_set',
    create: 'CreateRegexPatternSet',
    id: ['response.summary.id'],
    importId: idNameScope,
    delete: 'DeleteRegexPatternSet',
    deleteId: ['request.id'],
  },
  {
    type: 'aws_wafv2_rule_group',
    create: 'CreateRuleGroup',
    id: ['response.summary.id'],
    importId: idNameScope,
    delete: 'DeleteRuleGroup',
    deleteId: ['request.id'],
  },
]);

export const wafv2: ServiceMapper = { service: 'wafv2', eventSource: 'wafv2.amazonaws.com', ...TYPES };
