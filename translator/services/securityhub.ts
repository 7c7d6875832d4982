// AWS Security Hub: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). REST API whose CloudTrail members appear capitalised or
// lower-camel, so identifiers are read in either case:
// https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-ct.html
// Account-level settings are imported by the account ID. BatchEnableStandards and CreateMembers state
// several resources at once: one standards subscription (by ARN) or member (by account ID) each.

import { eitherCase, readEitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { EventHandler, MapperEvent, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { at, isObject, listOf, MalformedRecordError, optString } from './read';

const SUBSCRIPTION = 'aws_securityhub_standards_subscription';
const MEMBER = 'aws_securityhub_member';

const account = (e: MapperEvent) => e.accountId || undefined;
const read = readEitherCase;
/** The list at a member (either case); an absent member is an empty list. */
const list = (source: MapperEvent['request'], key: string) => listOf(at(source, key) ?? at(source, key.charAt(0).toUpperCase() + key.slice(1)));
const field = (item: unknown, key: string) => (isObject(item) ? optString(item, key) ?? optString(item, key.charAt(0).toUpperCase() + key.slice(1)) : undefined);
/** Target of a configuration policy association: an account, organizational unit or root ID. */
const targetOf = (e: MapperEvent) => read(e, 'request.target.accountId', 'request.target.organizationalUnitId', 'request.target.rootId');

const TYPES = importOnlyTypes([
  {
    type: 'aws_securityhub_insight',
    create: 'CreateInsight',
    id: eitherCase('response.insightArn'),
    delete: 'DeleteInsight',
    deleteId: eitherCase('request.insightArn'),
    update: ['UpdateInsight'],
  },
  {
    type: 'aws_securityhub_action_target',
    create: 'CreateActionTarget',
    id: eitherCase('response.actionTargetArn'),
    delete: 'DeleteActionTarget',
    deleteId: eitherCase('request.actionTargetArn'),
    update: ['UpdateActionTarget'],
  },
  { type: 'aws_securityhub_automation_rule', create: 'CreateAutomationRule', id: eitherCase('response.ruleArn') },
  { type: 'aws_securityhub_account', create: 'EnableSecurityHub', id: account, delete: 'DisableSecurityHub', update: ['UpdateSecurityHubConfiguration'] },
  {
    type: 'aws_securityhub_finding_aggregator',
    create: 'CreateFindingAggregator',
    id: eitherCase('response.findingAggregatorArn'),
    delete: 'DeleteFindingAggregator',
    deleteId: eitherCase('request.findingAggregatorArn'),
    update: ['UpdateFindingAggregator'],
  },
  {
    type: 'aws_securityhub_configuration_policy',
    create: 'CreateConfigurationPolicy',
    id: eitherCase('response.id'),
    delete: 'DeleteConfigurationPolicy',
    deleteId: eitherCase('request.identifier'),
    update: ['UpdateConfigurationPolicy'],
  },
  {
    type: 'aws_securityhub_configuration_policy_association',
    create: 'StartConfigurationPolicyAssociation',
    id: (e) => read(e, 'response.targetId') ?? targetOf(e),
    delete: 'StartConfigurationPolicyDisassociation',
    deleteId: targetOf,
  },
  {
    type: 'aws_securityhub_organization_admin_account',
    create: 'EnableOrganizationAdminAccount',
    id: eitherCase('request.adminAccountId'),
    delete: 'DisableOrganizationAdminAccount',
  },
  { type: 'aws_securityhub_organization_configuration', create: 'UpdateOrganizationConfiguration', id: account },
  // Import ID `PRODUCT_ARN,SUBSCRIPTION_ARN`; keyed by the subscription ARN, which the disable call names.
  {
    type: 'aws_securityhub_product_subscription',
    create: 'EnableImportFindingsForProduct',
    id: eitherCase('response.productSubscriptionArn'),
    importId: (id, e) => `${read(e, 'request.productArn') ?? ''},${id}`,
    delete: 'DisableImportFindingsForProduct',
    deleteId: eitherCase('request.productSubscriptionArn'),
  },
  // The provider's standards control manages a control that exists with its standard: a change adopts it.
  {
    type: 'aws_securityhub_standards_control',
    create: 'UpdateStandardsControl',
    id: eitherCase('request.standardsControlArn'),
    // `…:control/cis-aws-foundations-benchmark/v/1.2.0/1.10` → `cis-aws-foundations-benchmark-v-1.2.0-1.10`.
    nameHint: (arn) => arn.split('/').slice(-4).join('-'),
  },
  { type: 'aws_securityhub_invite_accepter', create: 'AcceptAdministratorInvitation', id: eitherCase('request.administratorId', 'request.masterId') },
]);

const enableStandards: EventHandler = (event, ctx) => {
  const arns = list(event.response, 'standardsSubscriptions').map((s) => field(s, 'standardsSubscriptionArn')).filter((a): a is string => a !== undefined);
  if (arns.length === 0) throw new MalformedRecordError('cannot find response.standardsSubscriptions[].standardsSubscriptionArn');
  for (const arn of arns) ctx.create(SUBSCRIPTION, arn, { nameHint: arn.split('/').slice(-3).join('-') });
};
const disableStandards: EventHandler = (event, ctx) => {
  for (const arn of list(event.request, 'standardsSubscriptionArns')) if (typeof arn === 'string') ctx.remove(SUBSCRIPTION, arn);
};
const createMembers: EventHandler = (event, ctx) => {
  const ids = list(event.request, 'accountDetails').map((d) => field(d, 'accountId')).filter((a): a is string => a !== undefined);
  if (ids.length === 0) throw new MalformedRecordError('cannot find request.accountDetails[].accountId');
  for (const id of ids) ctx.create(MEMBER, id, {});
};
const deleteMembers: EventHandler = (event, ctx) => {
  for (const id of list(event.request, 'accountIds')) if (typeof id === 'string') ctx.remove(MEMBER, id);
};

export const securityhub: ServiceMapper = {
  service: 'securityhub',
  eventSource: 'securityhub.amazonaws.com',
  resources: [
    ...TYPES.resources,
    { type: SUBSCRIPTION, required: [], importOnly: true, events: ['BatchEnableStandards', 'BatchDisableStandards'] },
    { type: MEMBER, required: [], importOnly: true, events: ['CreateMembers', 'DeleteMembers'] },
  ],
  events: mergeHandlers(TYPES.events, {
    BatchEnableStandards: enableStandards,
    BatchDisableStandards: disableStandards,
    CreateMembers: createMembers,
    DeleteMembers: deleteMembers,
  }),
};
