// Amazon EFS: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/efs/latest/ug/logging-using-cloudtrail.html
// Every type imports by the ID the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_efs_file_system',
    doc: 'efs_file_system',
    create: 'CreateFileSystem',
    id: ['response.fileSystemId'],
    delete: 'DeleteFileSystem',
    deleteId: ['request.fileSystemId'],
  },
  {
    type: 'aws_efs_mount_target',
    doc: 'efs_mount_target',
    create: 'CreateMountTarget',
    id: ['response.mountTargetId'],
    delete: 'DeleteMountTarget',
    deleteId: ['request.mountTargetId'],
  },
  {
    type: 'aws_efs_access_point',
    doc: 'efs_access_point',
    create: 'CreateAccessPoint',
    id: ['response.accessPointId'],
    delete: 'DeleteAccessPoint',
    deleteId: ['request.accessPointId'],
  },
]);

export const efs: ServiceMapper = { service: 'efs', eventSource: 'elasticfilesystem.amazonaws.com', ...TYPES };
