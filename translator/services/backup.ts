// AWS Backup: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/aws-backup/latest/devguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_backup_vault', doc: 'backup_vault', create: 'CreateBackupVault', id: ['request.backupVaultName'], delete: 'DeleteBackupVault' },
  {
    type: 'aws_backup_plan',
    doc: 'backup_plan',
    create: 'CreateBackupPlan',
    id: ['response.backupPlanId'],
    delete: 'DeleteBackupPlan',
    deleteId: ['request.backupPlanId'],
  },
  // Import ID `PLAN-ID|SELECTION-ID`.
  {
    type: 'aws_backup_selection',
    doc: 'backup_selection',
    create: 'CreateBackupSelection',
    id: ['response.selectionId'],
    importId: (id, e) => `${optString(e.request, 'backupPlanId') ?? ''}|${id}`,
    delete: 'DeleteBackupSelection',
    deleteId: ['request.selectionId'],
  },
  { type: 'aws_backup_framework', doc: 'backup_framework', create: 'CreateFramework', id: ['request.frameworkName'], delete: 'DeleteFramework' },
  { type: 'aws_backup_report_plan', doc: 'backup_report_plan', create: 'CreateReportPlan', id: ['request.reportPlanName'], delete: 'DeleteReportPlan' },
]);

export const backup: ServiceMapper = { service: 'backup', eventSource: 'backup.amazonaws.com', ...TYPES };
