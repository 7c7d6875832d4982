// Amazon Macie: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/macie/latest/user/macie-cloudtrail.html
// Account-level settings are imported by the account ID (EnableMacie, the organization admin, members)
// or the Region (the classification export configuration), as their provider docs give.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';

const account = (e: MapperEvent) => e.accountId || undefined;

const TYPES = importOnlyTypes([
  { type: 'aws_macie2_classification_job', create: 'CreateClassificationJob', id: ['response.jobId'] },
  { type: 'aws_macie2_account', create: 'EnableMacie', id: account, delete: 'DisableMacie', update: ['UpdateMacieSession'] },
  { type: 'aws_macie2_member', create: 'CreateMember', id: ['request.account.accountId'], delete: 'DeleteMember', deleteId: ['request.id'] },
  {
    type: 'aws_macie2_organization_admin_account',
    create: 'EnableOrganizationAdminAccount',
    id: ['request.adminAccountId'],
    delete: 'DisableOrganizationAdminAccount',
  },
  { type: 'aws_macie2_invitation_accepter', create: 'AcceptInvitation', id: ['request.administratorAccountId', 'request.masterAccount'] },
  { type: 'aws_macie2_classification_export_configuration', create: 'PutClassificationExportConfiguration', id: (e) => e.region || undefined },
  {
    type: 'aws_macie2_custom_data_identifier',
    create: 'CreateCustomDataIdentifier',
    id: ['response.customDataIdentifierId'],
    delete: 'DeleteCustomDataIdentifier',
    deleteId: ['request.id'],
  },
  { type: 'aws_macie2_findings_filter', create: 'CreateFindingsFilter', id: ['response.id'], delete: 'DeleteFindingsFilter', deleteId: ['request.id'], update: ['UpdateFindingsFilter'] },
]);

export const macie2: ServiceMapper = { service: 'macie2', eventSource: 'macie2.amazonaws.com', ...TYPES };
