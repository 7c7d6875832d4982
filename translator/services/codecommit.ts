// AWS CodeCommit: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/codecommit/latest/userguide/integ-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_codecommit_repository', create: 'CreateRepository', id: ['request.repositoryName'], delete: 'DeleteRepository' },
  {
    type: 'aws_codecommit_approval_rule_template',
    create: 'CreateApprovalRuleTemplate',
    id: ['request.approvalRuleTemplateName'],
    delete: 'DeleteApprovalRuleTemplate',
  },
]);

export const codecommit: ServiceMapper = { service: 'codecommit', eventSource: 'codecommit.amazonaws.com', ...TYPES };
