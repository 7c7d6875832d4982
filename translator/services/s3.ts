// Amazon S3 buckets and their configuration sub-resources (separate resources since provider v4).
// CloudTrail shape: requestParameters hold `bucketName`, a sub-resource marker key (`"versioning": ""`)
// and the XML body as JSON in PascalCase; a list of one collapses to an object (`"Rule": {...}`).
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, listAt, listOf, optBool, optNumber, optString, readJsonDocument, readTags, reqString, isObject, MalformedRecordError } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, flagAt, jsonDocument, number, numberAt, strings, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';
import { mergeHandlers } from './mapper';
import { S3CONTROL_IMPORT_ONLY } from './import-only-tables/s3control';

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
  'aws_s3_bucket_cors_configuration',
  'aws_s3_bucket_website_configuration',
  'aws_s3_bucket_logging',
  'aws_s3_bucket_notification',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_replication_configuration',
] as const;

function bucketName(event: MapperEvent): string {
  return reqString(event.request, 'bucketName');
}

function bucketArn(event: MapperEvent, name: string): string {
  return buildArn(event, 's3', name, 'none');
}

/** The bucket resource, adopted when the session did not create it. */
function changeBucket(event: MapperEvent, ctx: FoldContext) {
  const name = bucketName(event);
  return ctx.change(BUCKET, name, { fields: { bucket: text(name) }, exports: { id: name, arn: bucketArn(event, name) } });
}

/** A sub-resource whose whole configuration the event states. */
function putSubResource(event: MapperEvent, ctx: FoldContext, type: string, body: Fields): ResourceDraft {
  const name = bucketName(event);
  return ctx.put(type, name, { fields: { bucket: text(name), ...body } });
}

function removeSubResource(event: MapperEvent, ctx: FoldContext, type: string) {
  ctx.remove(type, bucketName(event));
}

/** A lifecycle rule sent without ID: S3 generates one the records never show. */
class RuleWithoutId extends Error {}

function lifecycleRule(rule: JsonValue): Fields {
  if (!isObject(rule)) throw new MalformedRecordError('a lifecycle Rule should be an object');
  const filter = at(rule, 'Filter');
  const filterFields: Fields = {};
  if (isObject(filter)) {
    const and = at(filter, 'And');
    if (isObject(and)) {
      filterFields.and = blocks(
        fields({
          prefix: textAt(and, 'Prefix'),
          object_size_greater_than: numberAt(and, 'ObjectSizeGreaterThan'),
          object_size_less_than: numberAt(and, 'ObjectSizeLessThan'),
          // Dropping the tags would widen the rule to every object under the prefix.
          tags: tagsField(Object.fromEntries(listAt(and, 'Tag').map((t) => [reqString(t, 'Key'), optString(t, 'Value') ?? '']))),
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
  const id = optString(rule, 'ID');
  if (id === undefined) throw new RuleWithoutId();
  const out: Fields = { id: text(id), status: text(reqString(rule, 'Status')) };
  const legacyPrefix = optString(rule, 'Prefix');
  if (!isObject(filter) && legacyPrefix !== undefined) {
    // The V1 API's rule-level Prefix: S3 keeps it as such and the provider reads it into rule.prefix; a
    // `filter {}` instead would widen the rule to the whole bucket.
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html (Prefix, deprecated)
    out.prefix = text(legacyPrefix);
  } else {
    // A rule with Filter {} (or none) applies to the whole bucket; the provider wants an empty filter block then.
    out.filter = blocks(filterFields);
  }
  const expiration = at(rule, 'Expiration');
  if (isObject(expiration)) {
    out.expiration = blocks(
      fields({
        days: numberAt(expiration, 'Days'),
        date: textAt(expiration, 'Date'),
        expired_object_delete_marker: flagAt(expiration, 'ExpiredObjectDeleteMarker'),
      }),
    );
  }
  const transitions = listAt(rule, 'Transition');
  if (transitions.length > 0) {
    out.transition = blocks(
      ...transitions.map((t) =>
        fields({
          days: numberAt(t, 'Days'),
          date: textAt(t, 'Date'),
          storage_class: text(reqString(t, 'StorageClass')),
        }),
      ),
    );
  }
  const nve = at(rule, 'NoncurrentVersionExpiration');
  if (isObject(nve)) {
    out.noncurrent_version_expiration = blocks(
      fields({
        noncurrent_days: numberAt(nve, 'NoncurrentDays'),
        newer_noncurrent_versions: numberAt(nve, 'NewerNoncurrentVersions'),
      }),
    );
  }
  const nvts = listAt(rule, 'NoncurrentVersionTransition');
  if (nvts.length > 0) {
    out.noncurrent_version_transition = blocks(
      ...nvts.map((t) =>
        fields({
          noncurrent_days: numberAt(t, 'NoncurrentDays'),
          storage_class: text(reqString(t, 'StorageClass')),
        }),
      ),
    );
  }
  const abort = optNumber(rule, 'AbortIncompleteMultipartUpload.DaysAfterInitiation');
  if (abort !== undefined) out.abort_incomplete_multipart_upload = blocks({ days_after_initiation: number(abort) });
  return out;
}


function corsRule(rule: JsonValue): Fields {
  return fields({
    id: textAt(rule, 'ID'),
    allowed_headers: stringsAt(rule, 'AllowedHeader'),
    allowed_methods: strings(listAt(rule, 'AllowedMethod').map(String)),
    allowed_origins: strings(listAt(rule, 'AllowedOrigin').map(String)),
    expose_headers: stringsAt(rule, 'ExposeHeader'),
    max_age_seconds: numberAt(rule, 'MaxAgeSeconds'),
  });
}

function routingRule(rule: JsonValue): Fields {
  const condition = at(rule, 'Condition');
  return fields({
    condition: isObject(condition)
      ? blocks(fields({ http_error_code_returned_equals: textAt(condition, 'HttpErrorCodeReturnedEquals'), key_prefix_equals: textAt(condition, 'KeyPrefixEquals') }))
      : undefined,
    redirect: blocks(
      fields({
        host_name: textAt(rule, 'Redirect.HostName'),
        http_redirect_code: textAt(rule, 'Redirect.HttpRedirectCode'),
        protocol: textAt(rule, 'Redirect.Protocol'),
        replace_key_prefix_with: textAt(rule, 'Redirect.ReplaceKeyPrefixWith'),
        replace_key_with: textAt(rule, 'Redirect.ReplaceKeyWith'),
      }),
    ),
  });
}

/** S3 names the filter rules `prefix` / `suffix` (any case) inside Filter.S3Key.FilterRule. */
function notificationFilter(config: JsonValue): Fields {
  const out: Fields = {};
  for (const rule of listAt(config, 'Filter.S3Key.FilterRule')) {
    const name = (optString(rule, 'Name') ?? '').toLowerCase();
    const value = optString(rule, 'Value');
    if (value !== undefined && (name === 'prefix' || name === 'suffix')) out[`filter_${name}`] = text(value);
  }
  return out;
}

function notificationTargets(config: JsonValue | undefined, key: string, arnKeys: readonly string[], arnAttr: string): Fields[] {
  return listAt(config, key).map((target) => {
    const arn = arnKeys.map((k) => optString(target, k)).find((v) => v !== undefined);
    if (arn === undefined) throw new MalformedRecordError(`${key} has no ${arnKeys.join(' or ')}`);
    return fields({ id: textAt(target, 'Id'), [arnAttr]: text(arn), events: strings(listAt(target, 'Event').map(String)), ...notificationFilter(target) });
  });
}

function grant(entry: JsonValue): Fields {
  const grantee = at(entry, 'Grantee');
  return {
    permission: text(reqString(entry, 'Permission')),
    grantee: blocks(
      fields({
        type: text(reqString(grantee, 'xsi:type')),
        id: textAt(grantee, 'ID'),
        uri: textAt(grantee, 'URI'),
        email_address: textAt(grantee, 'EmailAddress'),
      }),
    ),
  };
}

function replicationRule(rule: JsonValue): Fields {
  const destination = at(rule, 'Destination');
  const filter = at(rule, 'Filter');
  return fields({
    id: textAt(rule, 'ID'),
    priority: numberAt(rule, 'Priority'),
    status: text(reqString(rule, 'Status')),
    // S3 returns the prefix it was given, even empty, so an empty one is stated to keep plan clean.
    filter: isObject(filter) ? blocks(fields({ prefix: typeof filter.Prefix === 'string' ? text(filter.Prefix) : undefined })) : undefined,
    delete_marker_replication: optString(rule, 'DeleteMarkerReplication.Status') !== undefined ? blocks({ status: text(reqString(rule, 'DeleteMarkerReplication.Status')) }) : undefined,
    destination: blocks(
      fields({
        bucket: text(reqString(destination, 'Bucket')),
        storage_class: textAt(destination, 'StorageClass'),
        account: textAt(destination, 'Account'),
        encryption_configuration: optString(destination, 'EncryptionConfiguration.ReplicaKmsKeyID') !== undefined
          ? blocks({ replica_kms_key_id: text(reqString(destination, 'EncryptionConfiguration.ReplicaKmsKeyID')) })
          : undefined,
      }),
    ),
  });
}

/** The canned ACL of a request, from the `x-amz-acl` header CloudTrail records (a string or a list of one). */
function cannedAcl(event: MapperEvent): string | undefined {
  const header = listOf(at(event.request, 'x-amz-acl'));
  return typeof header[0] === 'string' && header[0] !== '' ? header[0] : undefined;
}

function putNotification(event: MapperEvent, ctx: FoldContext): void {
  const config = at(event.request, 'NotificationConfiguration');
  const body: Fields = {};
  // The XML element for a Lambda target is CloudFunction (LambdaFunctionConfiguration), older CloudFunctionConfiguration too.
  const lambdas = [
    ...notificationTargets(config, 'LambdaFunctionConfiguration', ['CloudFunction', 'LambdaFunctionArn'], 'lambda_function_arn'),
    ...notificationTargets(config, 'CloudFunctionConfiguration', ['CloudFunction', 'LambdaFunctionArn'], 'lambda_function_arn'),
  ];
  const queues = notificationTargets(config, 'QueueConfiguration', ['Queue', 'QueueArn'], 'queue_arn');
  const topics = notificationTargets(config, 'TopicConfiguration', ['Topic', 'TopicArn'], 'topic_arn');
  if (at(config, 'EventBridgeConfiguration') !== undefined) body.eventbridge = flag(true);
  if (lambdas.length > 0) body.lambda_function = blocks(...lambdas);
  if (queues.length > 0) body.queue = blocks(...queues);
  if (topics.length > 0) body.topic = blocks(...topics);
  // An empty configuration turns notifications off: nothing left to manage.
  if (Object.keys(body).length === 0) removeSubResource(event, ctx, 'aws_s3_bucket_notification');
  else putSubResource(event, ctx, 'aws_s3_bucket_notification', body);
}

export const s3: ServiceMapper = {
  service: 's3',
  eventSource: 's3.amazonaws.com',
  resources: [
    { type: BUCKET, required: [], events: ['CreateBucket', 'DeleteBucket', 'PutBucketTagging', 'DeleteBucketTagging'] },
    { type: 'aws_s3_bucket_versioning', required: ['bucket', 'versioning_configuration'], references: bucketRef, events: ['PutBucketVersioning'] },
    { type: 'aws_s3_bucket_server_side_encryption_configuration', required: ['bucket', 'rule'], references: bucketRef, events: ['PutBucketEncryption', 'DeleteBucketEncryption'] },
    { type: 'aws_s3_bucket_public_access_block', required: ['bucket'], references: bucketRef, events: ['PutBucketPublicAccessBlock', 'DeleteBucketPublicAccessBlock'] },
    { type: 'aws_s3_bucket_policy', required: ['bucket', 'policy'], references: bucketRef, events: ['PutBucketPolicy', 'DeleteBucketPolicy'] },
    { type: 'aws_s3_bucket_lifecycle_configuration', required: ['bucket'], references: bucketRef, events: ['PutBucketLifecycle', 'PutBucketLifecycleConfiguration', 'DeleteBucketLifecycle'] },
    { type: 'aws_s3_bucket_ownership_controls', required: ['bucket', 'rule'], references: bucketRef, events: ['PutBucketOwnershipControls', 'DeleteBucketOwnershipControls'] },
    { type: 'aws_s3_bucket_cors_configuration', required: ['bucket', 'cors_rule'], references: bucketRef, events: ['PutBucketCors', 'DeleteBucketCors'] },
    { type: 'aws_s3_bucket_website_configuration', required: ['bucket'], references: bucketRef, events: ['PutBucketWebsite', 'DeleteBucketWebsite'] },
    { type: 'aws_s3_bucket_logging', required: ['bucket', 'target_bucket', 'target_prefix'], references: { bucket: [BUCKET], target_bucket: [BUCKET] }, events: ['PutBucketLogging'] },
    {
      type: 'aws_s3_bucket_notification',
      required: ['bucket'],
      references: { bucket: [BUCKET], 'lambda_function.lambda_function_arn': ['aws_lambda_function'], 'queue.queue_arn': ['aws_sqs_queue'], 'topic.topic_arn': ['aws_sns_topic'] },
      events: ['PutBucketNotification', 'PutBucketNotificationConfiguration'],
    },
    { type: 'aws_s3_bucket_acl', required: ['bucket'], references: bucketRef, events: ['PutBucketAcl'] },
    {
      type: 'aws_s3_bucket_replication_configuration',
      required: ['bucket', 'role', 'rule'],
      references: { bucket: [BUCKET], role: ['aws_iam_role'], 'rule.destination.bucket': [BUCKET] },
      events: ['PutBucketReplication', 'DeleteBucketReplication'],
    },
    {
      type: 'aws_s3_bucket_intelligent_tiering_configuration',
      required: ['bucket', 'name', 'tiering'],
      references: bucketRef,
      events: ['PutBucketIntelligentTieringConfiguration', 'DeleteBucketIntelligentTieringConfiguration'],
    },
    ...S3CONTROL_IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(S3CONTROL_IMPORT_ONLY.events, {
    CreateBucket(event, ctx) {
      const name = bucketName(event);
      ctx.create(BUCKET, name, {
        fields: { bucket: text(name) },
        exports: { id: name, arn: bucketArn(event, name) },
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
      let mapped: Fields[] | undefined;
      try {
        mapped = rules.map(lifecycleRule);
      } catch (error) {
        if (!(error instanceof RuleWithoutId)) throw error;
      }
      const draft = putSubResource(event, ctx, 'aws_s3_bucket_lifecycle_configuration', mapped ? { rule: blocks(...mapped) } : {});
      // Without the ID S3 generated, a printed rule would plan to rename it; Terraform reads it on import.
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html (ID: optional)
      if (!mapped) draft.configFromAccount('a lifecycle rule was sent without an ID, so S3 generated one the records do not show: Terraform writes the rules from the account.');
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
    PutBucketCors(event, ctx) {
      const rules = listAt(event.request, 'CORSConfiguration.CORSRule');
      if (rules.length === 0) throw new MalformedRecordError('missing CORSConfiguration.CORSRule');
      putSubResource(event, ctx, 'aws_s3_bucket_cors_configuration', { cors_rule: blocks(...rules.map(corsRule)) });
    },
    DeleteBucketCors(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_cors_configuration');
    },
    PutBucketWebsite(event, ctx) {
      const config = at(event.request, 'WebsiteConfiguration');
      if (!isObject(config)) throw new MalformedRecordError('missing WebsiteConfiguration');
      const redirect = at(config, 'RedirectAllRequestsTo');
      const rules = listAt(config, 'RoutingRules.RoutingRule');
      putSubResource(
        event,
        ctx,
        'aws_s3_bucket_website_configuration',
        fields({
          index_document: optString(config, 'IndexDocument.Suffix') !== undefined ? blocks({ suffix: text(reqString(config, 'IndexDocument.Suffix')) }) : undefined,
          error_document: optString(config, 'ErrorDocument.Key') !== undefined ? blocks({ key: text(reqString(config, 'ErrorDocument.Key')) }) : undefined,
          redirect_all_requests_to: isObject(redirect) ? blocks(fields({ host_name: text(reqString(redirect, 'HostName')), protocol: textAt(redirect, 'Protocol') })) : undefined,
          routing_rule: rules.length > 0 ? blocks(...rules.map(routingRule)) : undefined,
        }),
      );
    },
    DeleteBucketWebsite(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_website_configuration');
    },
    PutBucketLogging(event, ctx) {
      const enabled = at(event.request, 'BucketLoggingStatus.LoggingEnabled');
      // An empty BucketLoggingStatus turns logging off (PutBucketLogging API reference).
      if (!isObject(enabled)) {
        removeSubResource(event, ctx, 'aws_s3_bucket_logging');
        return;
      }
      putSubResource(event, ctx, 'aws_s3_bucket_logging', {
        target_bucket: text(reqString(enabled, 'TargetBucket')),
        target_prefix: text(optString(enabled, 'TargetPrefix') ?? ''),
      });
    },
    // CloudTrail logs PutBucketNotificationConfiguration as PutBucketNotification.
    PutBucketNotification: putNotification,
    PutBucketNotificationConfiguration: putNotification,
    PutBucketAcl(event, ctx) {
      const canned = cannedAcl(event);
      const name = bucketName(event);
      if (canned !== undefined) {
        // A canned ACL imports as `bucket,acl` (aws_s3_bucket_acl import section).
        ctx.put('aws_s3_bucket_acl', name, { importId: `${name},${canned}`, nameHint: name, fields: { bucket: text(name), acl: text(canned) } });
        return;
      }
      const policy = at(event.request, 'AccessControlPolicy');
      if (!isObject(policy)) throw new MalformedRecordError('missing AccessControlPolicy or x-amz-acl');
      const grants = listAt(policy, 'AccessControlList.Grant');
      putSubResource(event, ctx, 'aws_s3_bucket_acl', {
        access_control_policy: blocks({
          ...(grants.length > 0 ? { grant: blocks(...grants.map(grant)) } : {}),
          owner: blocks({ id: text(reqString(policy, 'Owner.ID')) }),
        }),
      });
    },
    PutBucketReplication(event, ctx) {
      const config = at(event.request, 'ReplicationConfiguration');
      const rules = listAt(config, 'Rule');
      if (rules.length === 0) throw new MalformedRecordError('missing ReplicationConfiguration.Rule');
      putSubResource(event, ctx, 'aws_s3_bucket_replication_configuration', { role: text(reqString(config, 'Role')), rule: blocks(...rules.map(replicationRule)) });
    },
    DeleteBucketReplication(event, ctx) {
      removeSubResource(event, ctx, 'aws_s3_bucket_replication_configuration');
    },
    PutBucketIntelligentTieringConfiguration(event, ctx) {
      const bucket = bucketName(event);
      const config = at(event.request, 'IntelligentTieringConfiguration');
      const name = optString(event.request, 'id') ?? reqString(config, 'Id');
      const tiers = listAt(config, 'Tiering');
      if (tiers.length === 0) throw new MalformedRecordError('missing IntelligentTieringConfiguration.Tiering');
      const prefix = optString(config, 'Filter.Prefix');
      ctx.put('aws_s3_bucket_intelligent_tiering_configuration', `${bucket}:${name}`, {
        importId: `${bucket}:${name}`,
        nameHint: `${bucket}_${name}`,
        fields: fields({
          bucket: text(bucket),
          name: text(name),
          status: textAt(config, 'Status'),
          filter: prefix !== undefined ? blocks({ prefix: text(prefix) }) : undefined,
          tiering: blocks(...tiers.map((t) => ({ access_tier: text(reqString(t, 'AccessTier')), days: number(optNumber(t, 'Days') ?? 0) }))),
        }),
      });
    },
    DeleteBucketIntelligentTieringConfiguration(event, ctx) {
      ctx.remove('aws_s3_bucket_intelligent_tiering_configuration', `${bucketName(event)}:${reqString(event.request, 'id')}`);
    },
  }),
};
