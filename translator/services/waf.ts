// AWS WAF Classic (global, for CloudFront): types Trailform maps by their import block only; Terraform
// writes their configuration (`terraform plan -generate-config-out`). JSON protocol; CloudTrail lower-cases
// the first letter (`ruleId`, `rule.ruleId`): https://docs.aws.amazon.com/waf/latest/developerguide/classic-logging-using-cloudtrail.html
// Every type is imported by the ID the create call answers with; updates name it by the same ID.
// WAF Classic Regional (waf-regional.amazonaws.com, aws_wafregional_*) is another event source.

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { ServiceMapper } from './mapper';

/** `CreateByteMatchSet` answers `byteMatchSet.byteMatchSetId`; delete and update take `byteMatchSetId`. */
function row(type: string, kind: string, answer: string, idMember: string): ImportOnlyRow {
  return {
    type,
    create: `Create${kind}`,
    id: [`response.${answer}.${idMember}`],
    delete: `Delete${kind}`,
    deleteId: [`request.${idMember}`],
    update: [`Update${kind}`],
  };
}

const TYPES = importOnlyTypes([
  row('aws_waf_rule', 'Rule', 'rule', 'ruleId'),
  row('aws_waf_rate_based_rule', 'RateBasedRule', 'rule', 'ruleId'),
  row('aws_waf_rule_group', 'RuleGroup', 'ruleGroup', 'ruleGroupId'),
  row('aws_waf_web_acl', 'WebACL', 'webACL', 'webACLId'),
  row('aws_waf_ipset', 'IPSet', 'iPSet', 'iPSetId'),
  row('aws_waf_byte_match_set', 'ByteMatchSet', 'byteMatchSet', 'byteMatchSetId'),
  row('aws_waf_geo_match_set', 'GeoMatchSet', 'geoMatchSet', 'geoMatchSetId'),
  row('aws_waf_regex_match_set', 'RegexMatchSet', 'regexMatchSet', 'regexMatchSetId'),
  row('aws_waf_regex_pattern_set', 'RegexPatternSet', 'regexPatternSet', 'regexPatternSetId'),
  row('aws_waf_size_constraint_set', 'SizeConstraintSet', 'sizeConstraintSet', 'sizeConstraintSetId'),
  row('aws_waf_sql_injection_match_set', 'SqlInjectionMatchSet', 'sqlInjectionMatchSet', 'sqlInjectionMatchSetId'),
  row('aws_waf_xss_match_set', 'XssMatchSet', 'xssMatchSet', 'xssMatchSetId'),
]);

export const waf: ServiceMapper = { service: 'waf', eventSource: 'waf.amazonaws.com', ...TYPES };
