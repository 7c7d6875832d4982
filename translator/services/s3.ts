// Amazon S3 buckets and their configuration sub-resources (separate resources since provider v4).
// CloudTrail shape: requestParameters hold `bucketName`, a sub-resource marker key (`"versioning": ""`)
// and the XML body as JSON in PascalCase; a list of one collapses to an object (`"Rule": {...}`).
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ServiceMapper } from './mapper';
import { at, listAt, optBool, optNumber, optString, readJsonDocument, readTags, reqString, isObject, MalformedRecordError } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, jsonDocument, number, text } from './values';

const doc = (name: string) => `https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${name}#import`;

const BUCKET = 'aws_s3_bucket';
const bucketRef = { bucket: [BUCKET] } as const;

/** Every sub-resource is identified (and imported) by its bucket name. */
const SUB_RESOURCES = [
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_ownership_controls',
] as const;

function bucketName(event: MapperEvent): string {
  return reqString(event.request, 'bucketName');
}

function bucketArn(name: string): string {
  return `arn:aws:s3:::${name}`;
}

/** The bucket resource, adopted when the session did not create it. */
function changeBucket(event: MapperEvent, ctx: FoldContext) {
  const name = bucketName(event);
  return ctx.change(BUCKET, name, { importId: name, nameHint: name, fields: { bucket: text(name) }, exports: { id: name, arn: bucketArn(name) } });
}

/** A sub-resource whose whole configuration the event states. */
function putSubResource(event: MapperEvent, ctx: FoldContext, type: string, body: Fields) {
  const name = bucketName(event);
  ctx.put(type, name, { importId: name, nameHint: name, fields: { bucket: text(name), ...body } });
}

function removeSubResource(event: MapperEvent, ctx: FoldContext, type: string) {
  ctx.remove(type, bucketName(event));
}

function lifecycleRule(rule: JsonValue): Fields {
  if (!isObject(rule)) throw new MalformedRecordError('a lifecycle Rule should be an object');
  const filter = at(rule, 'Filter');
  const filterFields: Fields = {};
  if (isObject(filter)) {
    const and = at(filter, 'And');
    if (isObject(and)) {
      filterFields.and = blocks(
        fields({
          prefix: optString(and, 'Prefix') !== undefined ? text(optString(and, 'Prefix')!) : undefined,
          object_size_greater_than: optNumber(and, 'ObjectSizeGreaterThan') !== undefined ? number(optNumber(and, 'ObjectSizeGreaterThan')!) : undefined,
          object_size_less_than: optNumber(and, 'ObjectSizeLessThan') !== undefined ? number(optNumber(and, 'ObjectSizeLessThan')!) : undefined,
        }),
      );
    } else {
      const prefix = optString(filter, 'Prefix');
      if (prefix !== undefined) filterFields.prefix = text(prefix);
      const tag = at(filter, 'Tag');
      if (isObject(tag)) filterFields.tag = blocks({ key: text(reqString(tag, 'Key')), value: text(optString(tag, 'Value') ?? '') });
      const gt = optNumber(filter, 'ObjectSizeGreaterThan');
      if (gt !== undefined) filterFields.object_size_greater_than = number(gt);
      const lt = optNumber(filter, 'ObjectSizeLessThan');
      if (lt !== undefined) filterFields.object_size_less_than = number(lt);
    }
  }
  const out: Fields = {
    id: text(optString(rule, 'ID') ?? 'rule'),
    status: text(reqString(rule, 'Status')),
  };
  // A rule without Filter applies to the whole bucket; the provider wants an empty filter block then.
  out.filter = blocks(filterFields);
  const expiration = at(rule, 'Expiration');
  if (isObject(expiration)) {
    out.expiration = blocks(
      fields({
        days: optNumber(expiration, 'Days') !== undefined ? number(optNumber(expiration, 'Days')!) : undefined,
        date: optString(expiration, 'Date') !== undefined ? text(optString(expiration, 'Date')!) : undefined,
        expired_object_delete_marker: optBool(expiration, 'ExpiredObjectDeleteMarker') !== undefined ? flag(optBool(expiration, 'ExpiredObjectDeleteMarker')!) : undefined,
      }),
    );
  }
  const transitions = listAt(rule, 'Transition');
  if (transitions.length > 0) {
    out.transition = blocks(
      ...transitions.map((t) =>
        fields({
          days: optNumber(t, 'Days') !== undefined ? number(optNumber(t, 'Days')!) : undefined,
          date: optString(t, 'Date') !== undefined ? text(optString(t, 'Date')!) : undefined,
          storage_class: text(reqString(t, 'StorageClass')),
        }),
      ),
    );
  }
  const nve = at(rule, 'NoncurrentVersionExpiration');
  if (isObject(nve)) {
    out.noncurrent_version_expiration = blocks(
      fields({
        noncurrent_days: optNumber(nve, 'NoncurrentDays') !== undefined ? number(optNumber(nve, 'NoncurrentDays')!) : undefined,
        newer_noncurrent_versions: optNumber(nve, 'NewerNoncurrentVersions') !== undefined ? number(optNumber(nve, 'NewerNoncurrentVersions')!) : undefined,
      }),
    );
  }
  const nvts = listAt(rule, 'NoncurrentVersionTransition');
  if (nvts.length > 0) {
    out.noncurrent_version_transition = blocks(
      ...nvts.map((t) =>
        fields({
          noncurrent_days: optNumber(t, 'NoncurrentDays') !== undefined ? number(optNumber(t, 'NoncurrentDays')!) : undefined,
          storage_class: text(reqString(t, 'StorageClass')),
        }),
      ),
    );
  }
  const abort = optNumber(rule, 'AbortIncompleteMultipartUpload.DaysAfterInitiation');
  if (abort !== undefined) out.abort_incomplete_multipart_upload = blocks({ days_after_initiation: number(abort) });
  return out;
}

export const s3: ServiceMapper = {
  service: 's3',
  eventSource: 's3.amazonaws.com',
  resources: [
    { type: BUCKET, importDoc: doc('s3_bucket'), required: [], events: ['CreateBucket', 'DeleteBucket', 'PutBucketTagging', 'DeleteBucketTagging'] },
    { type: 'aws_s3_bucket_versioning', importDoc: doc('s3_bucket_versioning'), required: ['bucket', 'versioning_configuration'], references: bucketRef, events: ['PutBucketVersioning'] },
    { type: 'aws_s3_bucket_server_side_encryption_configuration', importDoc: doc('s3_bucket_server_side_encryption_configuration'), required: ['bucket', 'rule'], references: bucketRef, events: ['PutBucketEncryption', 'DeleteBucketEncryption'] },
    { type: 'aws_s3_bucket_public_access_block', importDoc: doc('s3_bucket_public_access_block'), required: ['bucket'], references: bucketRef, events: ['PutBucketPublicAccessBlock', 'DeleteBucketPublicAccessBlock'] },
    { type: 'aws_s3_bucket_policy', importDoc: doc('s3_bucket_policy'), required: ['bucket', 'policy'], references: bucketRef, events: ['PutBucketPolicy', 'DeleteBucketPolicy'] },
    { type: 'aws_s3_bucket_lifecycle_configuration', importDoc: doc('s3_bucket_lifecycle_configuration'), required: ['bucket'], references: bucketRef, events: ['PutBucketLifecycle', 'PutBucketLifecycleConfiguration', 'DeleteBucketLifecycle'] },
    { type: 'aws_s3_bucket_ownership_controls', importDoc: doc('s3_bucket_ownership_controls'), required: ['bucket', 'rule'], references: bucketRef, events: ['PutBucketOwnershipControls', 'DeleteBucketOwnershipControls'] },
  ],
  events: {
    CreateBucket(event, ctx) {
      const name = bucketName(event);
      ctx.create(BUCKET, name, {
        importId: name,
        nameHint: name,
        fields: { bucket: text(name) },
        exports: { id: name, arn: bucketArn(name) },
      });
    },
    DeleteBucket(event, ctx) {
      const name = bucketName(event);
      for (const type of SUB_RESOURCES) ctx.remove(type, name);
      ctx.remove(BUCKET, name);
    },
    PutBucketTagging(event, ctx) {
      const bucket = changeBucket(event, ctx);
      // PutBucketTagging replaces the whole tag set.
      delete bucket.fields.tags;
      applyTags(bucket, readTags(at(event.request, 'Tagging')));
    },
    DeleteBucketTagging(event, ctx) {
      const bucket = changeBucket(event, ctx);
      delete bucket.fields.tags;
    },
    PutBucketVersioning(event, ctx) {
      const status = reqString(event.request, 'VersioningConfiguration.Status');
      const mfaDelete = optString(event.request, 'VersioningConfiguration.MfaDelete');
      putSubResource(event, ctx, 'aws_s3_bucket_versioning', {
        versioning_configuration: blocks(fields({ status: text(status), mfa_delete: mfaDelete ? text(mfaDelete) : undefined })),
      });
    },
    PutBucketEncryption(event, ctx) {
      const rules = listAt(event.request, 'ServerSideEncryptionConfiguration.Rule');
      if (rules.length === 0) throw new MalformedRecordError('missing ServerSideEncryptionConfiguration.Rule');
      putSubResource(event, ctx, 'aws_s3_bucket_server_side_encryption_configuration', {
        rule: blocks(
          ...rules.map((rule) => {
            const byDefault = at(rule, 'ApplyServerSideEncryptionByDefault');
            const keyId = optString(byDefault, 'KMSMasterKeyID');
            const bucketKey = optBool(rule, 'BucketKeyEnabled');
            return fields({
              bucket_key_enabled: bucketKey === undefined ? undefined : flag(bucketKey),
              apply_server_side_encryption_by_default: blocks(
                fields({ sse_algorithm: text(reqString(byDefault, 'SSEAlgorithm')), kms_master_key_id: keyId ? text(keyId) : undefined }),
              ),
            });
          }),
        ),
      });
    },
    DeleteBucketEncryption(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_server_side_encryption_configuration');
    },
    PutBucketPublicAccessBlock(event, ctx) {
      const config = at(event.request, 'PublicAccessBlockConfiguration');
      const body: Fields = {};
      for (const [attr, key] of [
        ['block_public_acls', 'BlockPublicAcls'],
        ['block_public_policy', 'BlockPublicPolicy'],
        ['ignore_public_acls', 'IgnorePublicAcls'],
        ['restrict_public_buckets', 'RestrictPublicBuckets'],
      ] as const) {
        const value = optBool(config, key);
        // An element left out of the request is false in S3's API.
        body[attr] = flag(value ?? false);
      }
      putSubResource(event, ctx, 'aws_s3_bucket_public_access_block', body);
    },
    DeleteBucketPublicAccessBlock(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_public_access_block');
    },
    PutBucketPolicy(event, ctx) {
      const policy = readJsonDocument(at(event.request, 'bucketPolicy') ?? at(event.request, 'policy'), 'bucketPolicy');
      if (policy === undefined || policy === '') throw new MalformedRecordError('missing bucketPolicy');
      putSubResource(event, ctx, 'aws_s3_bucket_policy', { policy: jsonDocument(policy) });
    },
    DeleteBucketPolicy(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_policy');
    },
    PutBucketLifecycle(event, ctx) {
      const rules = listAt(event.request, 'LifecycleConfiguration.Rule');
      if (rules.length === 0) throw new MalformedRecordError('missing LifecycleConfiguration.Rule');
      putSubResource(event, ctx, 'aws_s3_bucket_lifecycle_configuration', { rule: blocks(...rules.map(lifecycleRule)) });
    },
    PutBucketLifecycleConfiguration(event, ctx) {
      s3.events.PutBucketLifecycle!(event, ctx);
    },
    DeleteBucketLifecycle(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_lifecycle_configuration');
    },
    PutBucketOwnershipControls(event, ctx) {
      const ownership = reqString(event.request, 'OwnershipControls.Rule.ObjectOwnership');
      putSubResource(event, ctx, 'aws_s3_bucket_ownership_controls', { rule: blocks({ object_ownership: text(ownership) }) });
    },
    DeleteBucketOwnershipControls(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_ownership_controls');
    },
  },
};
