// AWS Security Hub: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-ct.html
// Security Hub records keep the API member case (`InsightArn`); the lower-case form is tried too. Every type imports by ARN.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_securityhub_insight',
    create: 'CreateInsight',
    id: ['response.InsightArn', 'response.insightArn'],
    delete: 'DeleteInsight',
    deleteId: ['request.InsightArn', 'request.insightArn'],
  },
  {
    type: 'aws_securityhub_action_target',
    create: 'CreateActionTarget',
    id: ['response.ActionTargetArn', 'response.actionTargetArn'],
    delete: 'DeleteActionTarget',
    deleteId: ['request.ActionTargetArn', 'request.actionTargetArn'],
  },
  { type: 'aws_securityhub_automation_rule', create: 'CreateAutomationRule', id: ['response.RuleArn', 'response.ruleArn'] },
]);

export const securityhub: ServiceMapper = { service: 'securityhub', eventSource: 'securityhub.amazonaws.com', ...TYPES };
