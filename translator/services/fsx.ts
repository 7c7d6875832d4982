// Amazon FSx: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Every FSx type is imported by its ID. One CreateFileSystem
// (or CreateVolume) call serves four (two) Terraform types, told apart by its fileSystemType (volumeType).
// Event and field names: https://docs.aws.amazon.com/fsx/latest/LustreGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import { mergeHandlers, type EventHandler, type ResourceTypeSpec, type ServiceMapper } from './mapper';
import { MalformedRecordError, optString, reqString } from './read';

const FILE_SYSTEMS: Record<string, string> = {
  LUSTRE: 'aws_fsx_lustre_file_system',
  WINDOWS: 'aws_fsx_windows_file_system',
  ONTAP: 'aws_fsx_ontap_file_system',
  OPENZFS: 'aws_fsx_openzfs_file_system',
};
const VOLUMES: Record<string, string> = { ONTAP: 'aws_fsx_ontap_volume', OPENZFS: 'aws_fsx_openzfs_volume' };

/** Import-only types one create event serves, the request member naming which, and where the ID is. */
function byKind(types: Record<string, string>, kindMember: string, idPath: string, create: string, del: string, deleteMember: string) {
  const resources: ResourceTypeSpec[] = Object.values(types).map((type) => ({ type, required: [], importOnly: true, events: [create, del] }));
  const events: Record<string, EventHandler> = {
    [create]: (event, ctx) => {
      const kind = reqString(event.request, kindMember);
      const type = types[kind];
      if (type === undefined) throw new MalformedRecordError(`${kindMember} ${kind} is not one of ${Object.keys(types).join(', ')}`);
      ctx.create(type, reqString(event.response, idPath), { nameHint: optString(event.request, 'name') });
    },
    // The delete names only the ID: whichever of the types holds it is removed.
    [del]: (event, ctx) => {
      const id = reqString(event.request, deleteMember);
      for (const type of Object.values(types)) ctx.remove(type, id);
    },
  };
  return { resources, events };
}

const FILE_SYSTEM = byKind(FILE_SYSTEMS, 'fileSystemType', 'fileSystem.fileSystemId', 'CreateFileSystem', 'DeleteFileSystem', 'fileSystemId');
const VOLUME = byKind(VOLUMES, 'volumeType', 'volume.volumeId', 'CreateVolume', 'DeleteVolume', 'volumeId');

const TYPES = importOnlyTypes([
  { type: 'aws_fsx_backup', create: 'CreateBackup', id: ['response.backup.backupId'], delete: 'DeleteBackup', deleteId: ['request.backupId'] },
  {
    type: 'aws_fsx_data_repository_association',
    create: 'CreateDataRepositoryAssociation',
    id: ['response.association.associationId'],
    delete: 'DeleteDataRepositoryAssociation',
    deleteId: ['request.associationId'],
  },
  { type: 'aws_fsx_file_cache', create: 'CreateFileCache', id: ['response.fileCache.fileCacheId'], delete: 'DeleteFileCache', deleteId: ['request.fileCacheId'] },
  {
    type: 'aws_fsx_ontap_storage_virtual_machine',
    create: 'CreateStorageVirtualMachine',
    id: ['response.storageVirtualMachine.storageVirtualMachineId'],
    name: ['request.name'],
    delete: 'DeleteStorageVirtualMachine',
    deleteId: ['request.storageVirtualMachineId'],
  },
  {
    type: 'aws_fsx_openzfs_snapshot',
    create: 'CreateSnapshot',
    id: ['response.snapshot.snapshotId'],
    name: ['request.name'],
    delete: 'DeleteSnapshot',
    deleteId: ['request.snapshotId'],
  },
]);

export const fsx: ServiceMapper = {
  service: 'fsx',
  eventSource: 'fsx.amazonaws.com',
  resources: [...FILE_SYSTEM.resources, ...VOLUME.resources, ...TYPES.resources],
  events: mergeHandlers(FILE_SYSTEM.events, VOLUME.events, TYPES.events),
};
