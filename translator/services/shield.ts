// AWS Shield Advanced: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/waf/latest/developerguide/shd-logging-using-cloudtrail.html
// Account-level settings (the subscription, the DRT role, proactive engagement) are imported by the
// account ID; disabling proactive engagement is a change of aws_shield_proactive_engagement (`enabled`).

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const account = (e: MapperEvent) => e.accountId || undefined;

const TYPES = importOnlyTypes([
  {
    type: 'aws_shield_protection',
    create: 'CreateProtection',
    id: ['response.protectionId'],
    delete: 'DeleteProtection',
    deleteId: ['request.protectionId'],
  },
  {
    type: 'aws_shield_protection_group',
    create: 'CreateProtectionGroup',
    id: ['request.protectionGroupId'],
    delete: 'DeleteProtectionGroup',
    update: ['UpdateProtectionGroup'],
  },
  { type: 'aws_shield_subscription', create: 'CreateSubscription', id: account, delete: 'DeleteSubscription', update: ['UpdateSubscription'] },
  { type: 'aws_shield_drt_access_role_arn_association', create: 'AssociateDRTRole', id: account, delete: 'DisassociateDRTRole' },
  { type: 'aws_shield_drt_access_log_bucket_association', create: 'AssociateDRTLogBucket', id: ['request.logBucket'], delete: 'DisassociateDRTLogBucket' },
  {
    type: 'aws_shield_proactive_engagement',
    create: 'EnableProactiveEngagement',
    id: account,
    update: ['DisableProactiveEngagement', 'AssociateProactiveEngagementDetails', 'UpdateEmergencyContactSettings'],
  },
  // Import ID `PROTECTION_ID+HEALTH_CHECK_ARN`.
  {
    type: 'aws_shield_protection_health_check_association',
    create: 'AssociateHealthCheck',
    id: (e) => {
      const protection = optString(e.request, 'protectionId');
      const check = optString(e.request, 'healthCheckArn');
      return protection && check ? `${protection}+${check}` : undefined;
    },
    delete: 'DisassociateHealthCheck',
  },
]);

export const shield: ServiceMapper = { service: 'shield', eventSource: 'shield.amazonaws.com', ...TYPES };
