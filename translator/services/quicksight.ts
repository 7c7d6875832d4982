// Amazon QuickSight: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). REST API: path members are lower-camel (`awsAccountId`,
// `analysisId`), body members capitalised (`DataSetId`), so identifiers are read in either case:
// https://docs.aws.amazon.com/quicksight/latest/user/logging-using-cloudtrail.html
// Import IDs join the account and the object's IDs as each provider doc gives them: most with commas
// (`ACCOUNT,ID`), data sources, groups and group memberships with slashes; account-level settings are
// imported by the account ID.

import { readEitherCase } from './member-case';
import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';

const account = (e: MapperEvent) => readEitherCase(e, 'request.awsAccountId') ?? (e.accountId || undefined);
/** The account and these members (either case, request then response), joined; undefined if one is missing. */
const ids = (sep: string, ...members: string[]) => (e: MapperEvent) => {
  const parts = [account(e), ...members.map((m) => readEitherCase(e, `request.${m}`, `response.${m}`))];
  return parts.every((p) => p !== undefined && p !== '') ? parts.join(sep) : undefined;
};
/** The last part of an `ACCOUNT,…,NAME` identifier names the resource. */
const last = (id: string) => id.split(/[,/]/).pop() ?? id;

/** `CreateAnalysis` / `DeleteAnalysis` / `UpdateAnalysis`, identified by the account and `analysisId`. */
const object = (type: string, kind: string, idMember: string, sep = ','): ImportOnlyRow => ({
  type,
  create: `Create${kind}`,
  id: ids(sep, idMember),
  delete: `Delete${kind}`,
  update: [`Update${kind}`],
  nameHint: last,
});

const TYPES = importOnlyTypes([
  object('aws_quicksight_analysis', 'Analysis', 'analysisId'),
  object('aws_quicksight_dashboard', 'Dashboard', 'dashboardId'),
  object('aws_quicksight_data_set', 'DataSet', 'dataSetId'),
  object('aws_quicksight_data_source', 'DataSource', 'dataSourceId', '/'),
  object('aws_quicksight_folder', 'Folder', 'folderId'),
  object('aws_quicksight_template', 'Template', 'templateId'),
  object('aws_quicksight_theme', 'Theme', 'themeId'),
  object('aws_quicksight_vpc_connection', 'VPCConnection', 'vPCConnectionId'),
  { type: 'aws_quicksight_namespace', create: 'CreateNamespace', id: ids(',', 'namespace'), delete: 'DeleteNamespace', nameHint: last },
  { type: 'aws_quicksight_group', create: 'CreateGroup', id: ids('/', 'namespace', 'groupName'), delete: 'DeleteGroup', update: ['UpdateGroup'], nameHint: last },
  { type: 'aws_quicksight_group_membership', create: 'CreateGroupMembership', id: ids('/', 'namespace', 'groupName', 'memberName'), delete: 'DeleteGroupMembership', nameHint: last },
  {
    type: 'aws_quicksight_folder_membership',
    create: 'CreateFolderMembership',
    id: ids(',', 'folderId', 'memberType', 'memberId'),
    delete: 'DeleteFolderMembership',
    nameHint: last,
  },
  {
    type: 'aws_quicksight_iam_policy_assignment',
    create: 'CreateIAMPolicyAssignment',
    id: ids(',', 'namespace', 'assignmentName'),
    delete: 'DeleteIAMPolicyAssignment',
    update: ['UpdateIAMPolicyAssignment'],
    nameHint: last,
  },
  {
    type: 'aws_quicksight_refresh_schedule',
    create: 'CreateRefreshSchedule',
    id: ids(',', 'dataSetId', 'schedule.scheduleId'),
    delete: 'DeleteRefreshSchedule',
    deleteId: ids(',', 'dataSetId', 'scheduleId'),
    update: ['UpdateRefreshSchedule'],
    nameHint: last,
  },
  {
    type: 'aws_quicksight_template_alias',
    create: 'CreateTemplateAlias',
    id: ids(',', 'templateId', 'aliasName'),
    delete: 'DeleteTemplateAlias',
    update: ['UpdateTemplateAlias'],
    nameHint: last,
  },
  { type: 'aws_quicksight_account_subscription', create: 'CreateAccountSubscription', id: account, delete: 'DeleteAccountSubscription' },
  { type: 'aws_quicksight_account_settings', create: 'UpdateAccountSettings', id: account },
  { type: 'aws_quicksight_ip_restriction', create: 'UpdateIpRestriction', id: account },
  { type: 'aws_quicksight_key_registration', create: 'UpdateKeyRegistration', id: account },
]);

export const quicksight: ServiceMapper = { service: 'quicksight', eventSource: 'quicksight.amazonaws.com', ...TYPES };
