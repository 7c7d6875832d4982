// Amazon SES (v1 and v2 APIs): types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ses/latest/dg/logging-using-cloudtrail.html
// Both API versions log under ses.amazonaws.com. CreateConfigurationSet is the same event name in both: the v2
// request names `configurationSetName`, the v1 request `configurationSet.name`; either imports the same set by name.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_ses_domain_identity', create: 'VerifyDomainIdentity', id: ['request.domain'] },
  { type: 'aws_ses_email_identity', create: 'VerifyEmailIdentity', id: ['request.emailAddress'] },
  {
    type: 'aws_ses_template',
    create: 'CreateTemplate',
    id: ['request.template.templateName'],
    delete: 'DeleteTemplate',
    deleteId: ['request.templateName'],
  },
  {
    type: 'aws_ses_receipt_rule_set',
    create: 'CreateReceiptRuleSet',
    id: ['request.ruleSetName'],
    delete: 'DeleteReceiptRuleSet',
  },
  // Import ID `RULE-SET:RULE`.
  {
    type: 'aws_ses_receipt_rule',
    create: 'CreateReceiptRule',
    id: (e) => { const s = optString(e.request, 'ruleSetName'); const r = optString(e.request, 'rule.name'); return s && r ? `${s}:${r}` : undefined; },
  },
  {
    type: 'aws_ses_receipt_filter',
    create: 'CreateReceiptFilter',
    id: ['request.filter.name'],
    delete: 'DeleteReceiptFilter',
    deleteId: ['request.filterName'],
  },
  {
    type: 'aws_sesv2_configuration_set',
    create: 'CreateConfigurationSet',
    id: ['request.configurationSetName', 'request.configurationSet.name'],
    delete: 'DeleteConfigurationSet',
    deleteId: ['request.configurationSetName'],
  },
  {
    type: 'aws_sesv2_email_identity',
    create: 'CreateEmailIdentity',
    id: ['request.emailIdentity'],
    delete: 'DeleteEmailIdentity',
  },
  { type: 'aws_sesv2_contact_list', create: 'CreateContactList', id: ['request.contactListName'], delete: 'DeleteContactList' },
  {
    type: 'aws_sesv2_dedicated_ip_pool',
    create: 'CreateDedicatedIpPool',
    id: ['request.poolName'],
    delete: 'DeleteDedicatedIpPool',
  },
]);

export const ses: ServiceMapper = { service: 'ses', eventSource: 'ses.amazonaws.com', ...TYPES };
