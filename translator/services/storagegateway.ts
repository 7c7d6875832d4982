// AWS Storage Gateway: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). JSON protocol; CloudTrail lower-cases the first
// letter only (`gatewayARN`, `fileShareARN`): https://docs.aws.amazon.com/storagegateway/latest/userguide/logging-using-cloudtrail.html
// File shares and volumes are imported by ARN; NFS and SMB shares share DeleteFileShare. A gateway's
// cache, upload buffer and working storage are one resource per local disk (`GATEWAY_ARN:DISK_ID`).

import { importOnlyTypes } from './import-only';
import type { EventHandler, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { MalformedRecordError, reqString, stringList } from './read';

const NFS = 'aws_storagegateway_nfs_file_share';
const SMB = 'aws_storagegateway_smb_file_share';
const DISK_TYPES = [
  ['aws_storagegateway_cache', 'AddCache'],
  ['aws_storagegateway_upload_buffer', 'AddUploadBuffer'],
  ['aws_storagegateway_working_storage', 'AddWorkingStorage'],
] as const;

const TYPES = importOnlyTypes([
  // Imported by the gateway ARN.
  {
    type: 'aws_storagegateway_gateway',
    create: 'ActivateGateway',
    id: ['response.gatewayARN'],
    delete: 'DeleteGateway',
    deleteId: ['request.gatewayARN'],
  },
  { type: NFS, create: 'CreateNFSFileShare', id: ['response.fileShareARN'], update: ['UpdateNFSFileShare'] },
  { type: SMB, create: 'CreateSMBFileShare', id: ['response.fileShareARN'], update: ['UpdateSMBFileShare'] },
  { type: 'aws_storagegateway_tape_pool', create: 'CreateTapePool', id: ['response.poolARN'], delete: 'DeleteTapePool', deleteId: ['request.poolARN'] },
  { type: 'aws_storagegateway_stored_iscsi_volume', create: 'CreateStorediSCSIVolume', id: ['response.volumeARN'], delete: 'DeleteVolume', deleteId: ['request.volumeARN'] },
  {
    type: 'aws_storagegateway_file_system_association',
    create: 'AssociateFileSystem',
    id: ['response.fileSystemAssociationARN'],
    delete: 'DisassociateFileSystem',
    deleteId: ['request.fileSystemAssociationARN'],
    update: ['UpdateFileSystemAssociation'],
  },
]);

const deleteFileShare: EventHandler = (event, ctx) => {
  const arn = reqString(event.request, 'fileShareARN');
  ctx.remove(NFS, arn);
  ctx.remove(SMB, arn);
};

function addDisks(type: string): EventHandler {
  return (event, ctx) => {
    const gateway = reqString(event.request, 'gatewayARN');
    const disks = stringList(event.request, 'diskIds');
    if (disks.length === 0) throw new MalformedRecordError('cannot find request.diskIds');
    for (const disk of disks) ctx.create(type, `${gateway}:${disk}`, { nameHint: disk });
  };
}

export const storagegateway: ServiceMapper = {
  service: 'storagegateway',
  eventSource: 'storagegateway.amazonaws.com',
  resources: [
    ...TYPES.resources.map((spec) => (spec.type === NFS || spec.type === SMB ? { ...spec, events: [...spec.events, 'DeleteFileShare'] } : spec)),
    ...DISK_TYPES.map(([type, create]) => ({ type, required: [], importOnly: true, events: [create] })),
  ],
  events: mergeHandlers(TYPES.events, { DeleteFileShare: deleteFileShare }, Object.fromEntries(DISK_TYPES.map(([type, create]) => [create, addDisks(type)]))),
};
