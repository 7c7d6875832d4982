// Systems Manager types Trailform maps by their import block only (../ssm.ts merges them into its mapper);
// Terraform writes their configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel
// members in CloudTrail: https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html
// Maintenance window targets and tasks are imported as `WINDOW_ID/TARGET_OR_TASK_ID`, patch groups as
// `PATCH_GROUP,BASELINE_ID`, service settings by ARN.

import { buildArn } from '../arn';
import { importOnlyTypes } from '../import-only';
import type { MapperEvent } from '../mapper';
import { optString } from '../read';

const req = (e: MapperEvent, key: string) => optString(e.request, key);
const joined = (sep: string, ...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join(sep) : undefined);
/** `SettingId` is a path (`/ssm/parameter-store/high-throughput-enabled`) or already the ARN. */
const settingArn = (e: MapperEvent) => {
  const id = req(e, 'settingId');
  return id === undefined || id.startsWith('arn:') ? id : buildArn(e, 'ssm', `servicesetting${id.startsWith('/') ? '' : '/'}${id}`);
};

export const SSM_IMPORT_ONLY = importOnlyTypes([
  { type: 'aws_ssm_document', create: 'CreateDocument', id: ['request.name'], delete: 'DeleteDocument', update: ['UpdateDocument', 'UpdateDocumentDefaultVersion'] },
  {
    type: 'aws_ssm_maintenance_window',
    create: 'CreateMaintenanceWindow',
    id: ['response.windowId'],
    delete: 'DeleteMaintenanceWindow',
    deleteId: ['request.windowId'],
    update: ['UpdateMaintenanceWindow'],
  },
  {
    type: 'aws_ssm_maintenance_window_target',
    create: 'RegisterTargetWithMaintenanceWindow',
    id: (e) => joined('/', req(e, 'windowId'), optString(e.response, 'windowTargetId')),
    delete: 'DeregisterTargetFromMaintenanceWindow',
    deleteId: (e) => joined('/', req(e, 'windowId'), req(e, 'windowTargetId')),
    update: ['UpdateMaintenanceWindowTarget'],
  },
  {
    type: 'aws_ssm_maintenance_window_task',
    create: 'RegisterTaskWithMaintenanceWindow',
    id: (e) => joined('/', req(e, 'windowId'), optString(e.response, 'windowTaskId')),
    delete: 'DeregisterTaskFromMaintenanceWindow',
    deleteId: (e) => joined('/', req(e, 'windowId'), req(e, 'windowTaskId')),
    update: ['UpdateMaintenanceWindowTask'],
  },
  {
    type: 'aws_ssm_patch_baseline',
    create: 'CreatePatchBaseline',
    id: ['response.baselineId'],
    delete: 'DeletePatchBaseline',
    deleteId: ['request.baselineId'],
    update: ['UpdatePatchBaseline'],
  },
  {
    type: 'aws_ssm_patch_group',
    create: 'RegisterPatchBaselineForPatchGroup',
    id: (e) => joined(',', req(e, 'patchGroup'), req(e, 'baselineId')),
    delete: 'DeregisterPatchBaselineForPatchGroup',
  },
  { type: 'aws_ssm_default_patch_baseline', create: 'RegisterDefaultPatchBaseline', id: ['request.baselineId'] },
  {
    type: 'aws_ssm_association',
    create: 'CreateAssociation',
    id: ['response.associationDescription.associationId'],
    delete: 'DeleteAssociation',
    deleteId: ['request.associationId'],
    update: ['UpdateAssociation'],
  },
  { type: 'aws_ssm_resource_data_sync', create: 'CreateResourceDataSync', id: ['request.syncName'], delete: 'DeleteResourceDataSync', update: ['UpdateResourceDataSync'] },
  { type: 'aws_ssm_activation', create: 'CreateActivation', id: ['response.activationId'], delete: 'DeleteActivation', deleteId: ['request.activationId'] },
  { type: 'aws_ssm_service_setting', create: 'UpdateServiceSetting', id: settingArn, delete: 'ResetServiceSetting' },
]);
