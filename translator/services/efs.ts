// Amazon EFS file systems, mount targets and access points. REST-JSON API: CloudTrail keys are the API
// member names in lowerCamel (`fileSystemId`, `creationToken`, `lifecyclePolicies[].transitionToIA`),
// tags are `[{key, value}]`, and the create calls echo the new object in `responseElements`.
// Event and field names: https://docs.aws.amazon.com/efs/latest/ug/logging-using-cloudtrail.html
// API reference: https://docs.aws.amazon.com/efs/latest/ug/API_Operations.html
// Every type imports by the ID the create response returns (fs-…, fsmt-…, fsap-…).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, maybe, number, numbers, strings, tagsField, text, textAt } from './values';
import { importOnlyTypes } from './import-only';

const FILE_SYSTEM = 'aws_efs_file_system';
const MOUNT_TARGET = 'aws_efs_mount_target';
const ACCESS_POINT = 'aws_efs_access_point';

const ARN = 'arn:{partition}:elasticfilesystem:{region}:{account}';

// ---------------------------------------------------------------------------------------------
// File systems

/**
 * A file system the session did not create is printed as an import block only:
 * `throughput_mode` defaults to "bursting" in the provider and `lifecycle_policy` is not computed, so a
 * partial block would plan changes to an elastic file system or one with lifecycle policies.
 */
function changeFileSystem(ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(FILE_SYSTEM, id, {});
}

/**
 * `lifecyclePolicies: [{transitionToIA}, {transitionToArchive}, …]`, one transition per object
 * (PutLifecycleConfiguration, EFS API reference); the provider reads them back one block each, in the
 * order DescribeLifecycleConfiguration returns them, so the response's echo (the stored configuration)
 * wins over the request when the record has it.
 */
function lifecycleBlocks(event: MapperEvent) {
  const echoed = at(event.response, 'lifecyclePolicies');
  const policies = Array.isArray(echoed) ? echoed : listAt(event.request, 'lifecyclePolicies');
  return policies.map((p) => {
    if (!isObject(p)) throw new MalformedRecordError('lifecyclePolicies[] should be objects');
    const block = fields({
      transition_to_ia: textAt(p, 'transitionToIA'),
      transition_to_archive: textAt(p, 'transitionToArchive'),
      transition_to_primary_storage_class: textAt(p, 'transitionToPrimaryStorageClass'),
    });
    if (Object.keys(block).length === 0) throw new MalformedRecordError('a lifecycle policy names no transition');
    return block;
  });
}

/** throughput_mode and, for provisioned throughput only, provisioned_throughput_in_mibps. */
function applyThroughput(draft: ResourceDraft, source: JsonValue, fallback?: JsonValue): void {
  const mode = optString(source, 'throughputMode') ?? optString(fallback, 'throughputMode');
  if (mode === undefined) return;
  draft.fields.throughput_mode = text(mode);
  const mibps = optNumber(source, 'provisionedThroughputInMibps') ?? optNumber(fallback, 'provisionedThroughputInMibps');
  if (mode === 'provisioned' && mibps !== undefined) draft.fields.provisioned_throughput_in_mibps = number(mibps);
  else delete draft.fields.provisioned_throughput_in_mibps;
}

// ---------------------------------------------------------------------------------------------
// Mount targets and access points

function changeMountTarget(ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(MOUNT_TARGET, id, {});
}

function posixUser(request: JsonValue): Fields | undefined {
  const user = at(request, 'posixUser');
  if (user === undefined || user === null) return undefined;
  const uid = optNumber(user, 'uid');
  const gid = optNumber(user, 'gid');
  if (uid === undefined || gid === undefined) throw new MalformedRecordError('posixUser needs uid and gid');
  const secondary = listAt(user, 'secondaryGids').map((g, i) => {
    const n = optNumber({ g }, 'g');
    if (n === undefined) throw new MalformedRecordError(`posixUser.secondaryGids[${i}] should be a number`);
    return n;
  });
  return fields({ uid: number(uid), gid: number(gid), secondary_gids: secondary.length > 0 ? numbers(secondary) : undefined });
}

function rootDirectory(request: JsonValue): Fields | undefined {
  const root = at(request, 'rootDirectory');
  if (!isObject(root)) return undefined;
  const info = at(root, 'creationInfo');
  let creationInfo: Fields | undefined;
  if (isObject(info)) {
    const ownerUid = optNumber(info, 'ownerUid');
    const ownerGid = optNumber(info, 'ownerGid');
    if (ownerUid === undefined || ownerGid === undefined) throw new MalformedRecordError('rootDirectory.creationInfo needs ownerUid and ownerGid');
    creationInfo = { owner_uid: number(ownerUid), owner_gid: number(ownerGid), permissions: text(reqString(info, 'permissions')) };
  }
  const out = fields({ path: textAt(root, 'path'), creation_info: creationInfo ? blocks(creationInfo) : undefined });
  return Object.keys(out).length > 0 ? out : undefined;
}

/** TagResource / UntagResource name a file system or access point by ID or ARN. */
const TAGGING: TaggingOptions = { unmapped: (resourceId, event) => `${event.eventName} on ${resourceId}, which is not a file system or access point` };

// Backup policies, file system policies and replication configurations: import-only, each imported by
// the (source) file system's ID.
const IMPORT_ONLY = importOnlyTypes([
  { type: 'aws_efs_backup_policy', create: 'PutBackupPolicy', id: ['request.fileSystemId'] },
  { type: 'aws_efs_file_system_policy', create: 'PutFileSystemPolicy', id: ['request.fileSystemId'], delete: 'DeleteFileSystemPolicy' },
  {
    type: 'aws_efs_replication_configuration',
    create: 'CreateReplicationConfiguration',
    id: ['request.sourceFileSystemId'],
    delete: 'DeleteReplicationConfiguration',
  },
]);

export const efs: ServiceMapper = {
  service: 'efs',
  eventSource: 'elasticfilesystem.amazonaws.com',
  resources: [
    {
      type: FILE_SYSTEM,
      identity: { arn: `${ARN}:file-system/{id}`, idPrefix: 'fs-', exports: ['id', 'arn'] },
      required: [],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateFileSystem', 'UpdateFileSystem', 'PutLifecycleConfiguration', 'UpdateFileSystemProtection', 'CreateTags', 'DeleteTags', 'TagResource', 'UntagResource', 'DeleteFileSystem'],
    },
    {
      type: MOUNT_TARGET,
      identity: { exports: ['id'] },
      required: ['file_system_id', 'subnet_id'],
      references: { file_system_id: [FILE_SYSTEM], subnet_id: ['aws_subnet'], security_groups: ['aws_security_group'] },
      events: ['CreateMountTarget', 'ModifyMountTargetSecurityGroups', 'DeleteMountTarget'],
    },
    {
      type: ACCESS_POINT,
      identity: { arn: `${ARN}:access-point/{id}`, idPrefix: 'fsap-', exports: ['id', 'arn'] },
      required: ['file_system_id'],
      references: { file_system_id: [FILE_SYSTEM] },
      events: ['CreateAccessPoint', 'TagResource', 'UntagResource', 'DeleteAccessPoint'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(taggingHandlers(() => efs.resources, TAG_RESOURCE, TAGGING), IMPORT_ONLY.events, {
    CreateFileSystem(event, ctx) {
      const r = event.request;
      const fs = event.response;
      const id = reqString(fs, 'fileSystemId');
      const requestedKey = optString(r, 'kmsKeyId');
      // kms_key_id must be an ARN (provider validation); the response reports the key ARN.
      const keyArn = requestedKey === undefined ? undefined : (optString(fs, 'kmsKeyId') ?? kmsKeyArn(requestedKey, event.region, event.accountId));
      if (requestedKey !== undefined && keyArn === undefined) {
        throw new MalformedRecordError(`kmsKeyId ${requestedKey} is an alias and the response does not name the key ARN`);
      }
      const encrypted = optBool(fs, 'encrypted') ?? optBool(r, 'encrypted');
      const draft = ctx.create(FILE_SYSTEM, id, {
        fields: fields({
          // The request always carries the token (the console generates one); it forces replacement.
          creation_token: text(optString(r, 'creationToken') ?? reqString(fs, 'creationToken')),
          performance_mode: textAt(fs, 'performanceMode') ?? textAt(r, 'performanceMode'),
          availability_zone_name: textAt(r, 'availabilityZoneName'),
          encrypted: maybe(encrypted, flag),
          kms_key_id: maybe(keyArn, text),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
      applyThroughput(draft, fs, r);
      if (optBool(r, 'backup') === true) {
        draft.note('Automatic backups were turned on (backup = true): that is an aws_efs_backup_policy, which Trailform does not map.');
      }
    },
    UpdateFileSystem(event, ctx) {
      const draft = changeFileSystem(ctx, reqString(event.request, 'fileSystemId'));
      // The response is the whole file system description, with what AWS applied.
      applyThroughput(draft, event.request, event.response);
    },
    PutLifecycleConfiguration(event, ctx) {
      const draft = changeFileSystem(ctx, reqString(event.request, 'fileSystemId'));
      const policies = lifecycleBlocks(event);
      // An empty list removes the lifecycle configuration.
      if (policies.length === 0) delete draft.fields.lifecycle_policy;
      else draft.fields.lifecycle_policy = blocks(...policies);
    },
    UpdateFileSystemProtection(event, ctx) {
      const draft = changeFileSystem(ctx, reqString(event.request, 'fileSystemId'));
      const value = optString(event.response, 'replicationOverwriteProtection') ?? reqString(event.request, 'replicationOverwriteProtection');
      draft.fields.protection = blocks({ replication_overwrite: text(value) });
    },
    CreateTags(event, ctx) {
      // The older tagging call, file systems only.
      applyTags(changeFileSystem(ctx, reqString(event.request, 'fileSystemId')), readTags(at(event.request, 'tags')));
    },
    DeleteTags(event, ctx) {
      const keys = stringList(event.request, 'tagKeys');
      if (keys.length === 0) {
        ctx.ignore('removes no tag keys');
        return;
      }
      applyTags(changeFileSystem(ctx, reqString(event.request, 'fileSystemId')), {}, keys);
    },
    DeleteFileSystem(event, ctx) {
      ctx.remove(FILE_SYSTEM, reqString(event.request, 'fileSystemId'));
    },

    CreateMountTarget(event, ctx) {
      const r = event.request;
      const mt = event.response;
      const id = reqString(mt, 'mountTargetId');
      const fileSystemId = reqString(r, 'fileSystemId');
      const zone = optString(mt, 'availabilityZoneName');
      const securityGroups = stringList(r, 'securityGroups');
      ctx.create(MOUNT_TARGET, id, {
        nameHint: zone ? `${fileSystemId}_${zone}` : id,
        fields: fields({
          file_system_id: text(fileSystemId),
          subnet_id: text(reqString(r, 'subnetId')),
          // Left out when not requested: AWS picks the address and the VPC's default group (both computed).
          ip_address: textAt(r, 'ipAddress'),
          ip_address_type: textAt(r, 'ipAddressType'),
          ipv6_address: textAt(r, 'ipv6Address'),
          security_groups: securityGroups.length > 0 ? strings(securityGroups) : undefined,
        }),
      });
    },
    ModifyMountTargetSecurityGroups(event, ctx) {
      const draft = changeMountTarget(ctx, reqString(event.request, 'mountTargetId'));
      const groups = stringList(event.request, 'securityGroups');
      if (groups.length > 0) draft.fields.security_groups = strings(groups);
      else delete draft.fields.security_groups;
    },
    DeleteMountTarget(event, ctx) {
      ctx.remove(MOUNT_TARGET, reqString(event.request, 'mountTargetId'));
    },

    CreateAccessPoint(event, ctx) {
      const r = event.request;
      const id = reqString(event.response, 'accessPointId');
      const user = posixUser(r);
      const root = rootDirectory(r);
      ctx.create(ACCESS_POINT, id, {
        fields: fields({
          file_system_id: text(reqString(r, 'fileSystemId')),
          tags: tagsField(readTags(at(r, 'tags'))),
          posix_user: user ? blocks(user) : undefined,
          root_directory: root ? blocks(root) : undefined,
        }),
      });
    },
    DeleteAccessPoint(event, ctx) {
      ctx.remove(ACCESS_POINT, reqString(event.request, 'accessPointId'));
    },
  }),
};
