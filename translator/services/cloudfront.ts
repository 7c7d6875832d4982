// Amazon CloudFront distributions and origin access controls (global: logged in us-east-1).
// CloudTrail shape (REST/XML API as JSON): event names may carry the API version (`CreateDistribution2020_05_31`,
// stripped by normalization); lists are `{quantity, items}`; member names have only their first letter
// lowered (`aRN`, `hTTPPort`, `sSLSupportMethod`, `aCMCertificateArn`); the distribution `comment` is
// logged as HIDDEN_DUE_TO_SECURITY_REASONS. The response carries the whole stored DistributionConfig, with
// the defaults CloudFront filled in, so it is preferred over the request.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/logging_using_cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FieldValue, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { currentTags } from './tags';
import { TAG_RESOURCE, taggingHandlers, type TagFamily, type TaggingOptions } from './tagging';
import { importOnlyTypes } from './import-only';
import { blocks, fields, flag, number, numbers, strings, stringMap, text } from './values';

const DISTRIBUTION = 'aws_cloudfront_distribution';
const OAC = 'aws_cloudfront_origin_access_control';
const OAI = 'aws_cloudfront_origin_access_identity';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** A member whose first letter CloudTrail lowered (`hTTPPort`), or the API's own spelling. */
function member(source: JsonValue | undefined, name: string): JsonValue | undefined {
  return at(source, name[0]!.toLowerCase() + name.slice(1)) ?? at(source, name);
}
const str = (source: JsonValue | undefined, name: string) => optString({ v: member(source, name) ?? null }, 'v');
const num = (source: JsonValue | undefined, name: string) => optNumber({ v: member(source, name) ?? null }, 'v');
const bool = (source: JsonValue | undefined, name: string) => optBool({ v: member(source, name) ?? null }, 'v');
/** `{quantity, items}` lists. */
const items = (source: JsonValue | undefined, name: string) => listAt(member(source, name), 'items');
const itemStrings = (source: JsonValue | undefined, name: string) => stringList(member(source, name), 'items');

/** Optional arguments: set when CloudTrail has a non-empty value. */
function optional(out: Fields, attr: string, value: FieldValue | undefined): void {
  if (value !== undefined) out[attr] = value;
}
const maybeText = (v: string | undefined) => (v === undefined ? undefined : text(v));
const maybeNumber = (v: number | undefined) => (v === undefined ? undefined : number(v));
const maybeFlag = (v: boolean | undefined) => (v === undefined ? undefined : flag(v));
const maybeStrings = (v: string[]) => (v.length > 0 ? strings(v) : undefined);

function forwardedValues(value: JsonValue | undefined): Fields {
  const cookies = member(value, 'Cookies');
  return fields({
    query_string: flag(bool(value, 'QueryString') ?? false),
    query_string_cache_keys: maybeStrings(itemStrings(value, 'QueryStringCacheKeys')),
    headers: maybeStrings(itemStrings(value, 'Headers')),
    cookies: blocks(
      fields({
        forward: text(str(cookies, 'Forward') ?? 'none'),
        whitelisted_names: maybeStrings(itemStrings(cookies, 'WhitelistedNames')),
      }),
    ),
  });
}

/**
 * One cache behavior. The provider reads min/default/max TTL, trusted signers and associations only when
 * CloudFront returns them (distribution_configuration_structure.go flatten*CacheBehavior), so they are
 * set only when present.
 */
function cacheBehavior(value: JsonValue): Fields {
  const allowed = member(value, 'AllowedMethods');
  const out: Fields = {};
  optional(out, 'path_pattern', maybeText(str(value, 'PathPattern')));
  out.target_origin_id = text(str(value, 'TargetOriginId') ?? reqString(value, 'targetOriginId'));
  out.viewer_protocol_policy = text(str(value, 'ViewerProtocolPolicy') ?? reqString(value, 'viewerProtocolPolicy'));
  out.allowed_methods = strings(stringList(allowed, 'items'));
  out.cached_methods = strings(stringList(member(allowed, 'CachedMethods'), 'items'));
  optional(out, 'cache_policy_id', maybeText(str(value, 'CachePolicyId')));
  optional(out, 'origin_request_policy_id', maybeText(str(value, 'OriginRequestPolicyId')));
  optional(out, 'response_headers_policy_id', maybeText(str(value, 'ResponseHeadersPolicyId')));
  optional(out, 'realtime_log_config_arn', maybeText(str(value, 'RealtimeLogConfigArn')));
  optional(out, 'field_level_encryption_id', maybeText(str(value, 'FieldLevelEncryptionId')));
  optional(out, 'compress', maybeFlag(bool(value, 'Compress')));
  optional(out, 'smooth_streaming', maybeFlag(bool(value, 'SmoothStreaming')));
  optional(out, 'min_ttl', maybeNumber(num(value, 'MinTTL')));
  optional(out, 'default_ttl', maybeNumber(num(value, 'DefaultTTL')));
  optional(out, 'max_ttl', maybeNumber(num(value, 'MaxTTL')));
  optional(out, 'trusted_signers', maybeStrings(itemStrings(value, 'TrustedSigners')));
  optional(out, 'trusted_key_groups', maybeStrings(itemStrings(value, 'TrustedKeyGroups')));
  const forwarded = member(value, 'ForwardedValues');
  if (isObject(forwarded)) out.forwarded_values = blocks(forwardedValues(forwarded));
  const lambdas = items(value, 'LambdaFunctionAssociations');
  if (lambdas.length > 0) {
    out.lambda_function_association = blocks(
      ...lambdas.map((l) =>
        fields({
          event_type: text(str(l, 'EventType') ?? reqString(l, 'eventType')),
          lambda_arn: text(str(l, 'LambdaFunctionARN') ?? reqString(l, 'lambdaFunctionARN')),
          include_body: maybeFlag(bool(l, 'IncludeBody')),
        }),
      ),
    );
  }
  const functions = items(value, 'FunctionAssociations');
  if (functions.length > 0) {
    out.function_association = blocks(
      ...functions.map((f) =>
        fields({
          event_type: text(str(f, 'EventType') ?? reqString(f, 'eventType')),
          function_arn: text(str(f, 'FunctionARN') ?? reqString(f, 'functionARN')),
        }),
      ),
    );
  }
  return out;
}

function origin(value: JsonValue): Fields {
  const out: Fields = {
    origin_id: text(str(value, 'Id') ?? reqString(value, 'id')),
    domain_name: text(str(value, 'DomainName') ?? reqString(value, 'domainName')),
  };
  optional(out, 'origin_path', maybeText(str(value, 'OriginPath')));
  optional(out, 'connection_attempts', maybeNumber(num(value, 'ConnectionAttempts')));
  optional(out, 'connection_timeout', maybeNumber(num(value, 'ConnectionTimeout')));
  optional(out, 'origin_access_control_id', maybeText(str(value, 'OriginAccessControlId')));
  const headers = items(value, 'CustomHeaders');
  if (headers.length > 0) {
    out.custom_header = blocks(...headers.map((h) => ({ name: text(str(h, 'HeaderName') ?? ''), value: text(str(h, 'HeaderValue') ?? '') })));
  }
  const custom = member(value, 'CustomOriginConfig');
  if (isObject(custom)) {
    out.custom_origin_config = blocks(
      fields({
        http_port: number(num(custom, 'HTTPPort') ?? 80),
        https_port: number(num(custom, 'HTTPSPort') ?? 443),
        origin_protocol_policy: text(str(custom, 'OriginProtocolPolicy') ?? reqString(custom, 'originProtocolPolicy')),
        origin_ssl_protocols: strings(itemStrings(custom, 'OriginSslProtocols')),
        origin_read_timeout: maybeNumber(num(custom, 'OriginReadTimeout')),
        origin_keepalive_timeout: maybeNumber(num(custom, 'OriginKeepaliveTimeout')),
        ip_address_type: maybeText(str(custom, 'IpAddressType')),
      }),
    );
  }
  // The provider reads s3_origin_config only with an origin access identity, and origin_shield only
  // when enabled (FlattenOrigin), so the empty forms CloudFront echoes are left out.
  const identity = str(member(value, 'S3OriginConfig'), 'OriginAccessIdentity');
  if (identity !== undefined) out.s3_origin_config = blocks({ origin_access_identity: text(identity) });
  const shield = member(value, 'OriginShield');
  if (bool(shield, 'Enabled') === true) {
    out.origin_shield = blocks(fields({ enabled: flag(true), origin_shield_region: maybeText(str(shield, 'OriginShieldRegion')) }));
  }
  return out;
}

function viewerCertificate(value: JsonValue | undefined): Fields {
  const acmArn = str(value, 'ACMCertificateArn');
  const iamId = str(value, 'IAMCertificateId');
  const out: Fields = {};
  if (acmArn !== undefined) out.acm_certificate_arn = text(acmArn);
  else if (iamId !== undefined) out.iam_certificate_id = text(iamId);
  else out.cloudfront_default_certificate = flag(bool(value, 'CloudFrontDefaultCertificate') ?? true);
  if (acmArn !== undefined || iamId !== undefined) optional(out, 'ssl_support_method', maybeText(str(value, 'SSLSupportMethod')));
  optional(out, 'minimum_protocol_version', maybeText(str(value, 'MinimumProtocolVersion')));
  return out;
}

/** Every argument of the distribution that a DistributionConfig states, except tags. */
function distributionFields(config: JsonValue, draft: { ignoreChanges(attr: string, reason: string): void }): Fields {
  const out: Fields = {};
  out.enabled = flag(bool(config, 'Enabled') ?? false);
  const comment = str(config, 'Comment');
  if (comment === HIDDEN) {
    draft.ignoreChanges('comment', 'CloudTrail logs the distribution comment as HIDDEN_DUE_TO_SECURITY_REASONS, so its value is unknown');
  } else if (comment !== undefined) {
    out.comment = text(comment);
  }
  optional(out, 'aliases', maybeStrings(itemStrings(config, 'Aliases')));
  optional(out, 'default_root_object', maybeText(str(config, 'DefaultRootObject')));
  optional(out, 'http_version', maybeText(str(config, 'HttpVersion')));
  optional(out, 'is_ipv6_enabled', maybeFlag(bool(config, 'IsIPV6Enabled')));
  optional(out, 'price_class', maybeText(str(config, 'PriceClass')));
  optional(out, 'web_acl_id', maybeText(str(config, 'WebACLId')));
  optional(out, 'continuous_deployment_policy_id', maybeText(str(config, 'ContinuousDeploymentPolicyId')));
  if (bool(config, 'Staging') === true) out.staging = flag(true);

  const origins = items(config, 'Origins');
  if (origins.length === 0) throw new MalformedRecordError('distributionConfig.origins has no items');
  out.origin = blocks(...origins.map(origin));
  const groups = items(config, 'OriginGroups');
  if (groups.length > 0) {
    out.origin_group = blocks(
      ...groups.map((g) => ({
        origin_id: text(str(g, 'Id') ?? reqString(g, 'id')),
        failover_criteria: blocks({ status_codes: numbers(items(member(g, 'FailoverCriteria'), 'StatusCodes').map((c) => Number(c))) }),
        member: blocks(...items(g, 'Members').map((m) => ({ origin_id: text(str(m, 'OriginId') ?? reqString(m, 'originId')) }))),
      })),
    );
  }
  const defaultBehavior = member(config, 'DefaultCacheBehavior');
  if (!isObject(defaultBehavior)) throw new MalformedRecordError('missing distributionConfig.defaultCacheBehavior');
  out.default_cache_behavior = blocks(cacheBehavior(defaultBehavior));
  const ordered = items(config, 'CacheBehaviors');
  if (ordered.length > 0) out.ordered_cache_behavior = blocks(...ordered.map(cacheBehavior));
  const errors = items(config, 'CustomErrorResponses');
  if (errors.length > 0) {
    out.custom_error_response = blocks(
      ...errors.map((e) =>
        fields({
          error_code: number(num(e, 'ErrorCode') ?? 0),
          // ResponseCode is a string in the API and a number in the provider.
          response_code: str(e, 'ResponseCode') === undefined ? undefined : number(Number(str(e, 'ResponseCode'))),
          response_page_path: maybeText(str(e, 'ResponsePagePath')),
          error_caching_min_ttl: maybeNumber(num(e, 'ErrorCachingMinTTL')),
        }),
      ),
    );
  }
  const logging = member(config, 'Logging');
  if (bool(logging, 'Enabled') === true) {
    out.logging_config = blocks(
      fields({ bucket: maybeText(str(logging, 'Bucket')), prefix: maybeText(str(logging, 'Prefix')), include_cookies: maybeFlag(bool(logging, 'IncludeCookies')) }),
    );
  }
  const geo = member(member(config, 'Restrictions'), 'GeoRestriction');
  out.restrictions = blocks({
    geo_restriction: blocks(fields({ restriction_type: text(str(geo, 'RestrictionType') ?? 'none'), locations: maybeStrings(stringList(geo, 'items')) })),
  });
  out.viewer_certificate = blocks(viewerCertificate(member(config, 'ViewerCertificate')));
  return out;
}

/** The stored configuration: the response's when present (complete, with CloudFront's defaults), else the request's. */
function distributionConfig(event: MapperEvent): JsonValue {
  const config =
    at(event.response, 'distribution.distributionConfig') ??
    at(event.request, 'distributionConfig') ??
    at(event.request, 'distributionConfigWithTags.distributionConfig');
  if (!isObject(config)) throw new MalformedRecordError('missing distributionConfig');
  return config;
}

function distributionExports(id: string, event: MapperEvent): Record<string, string> {
  const out: Record<string, string> = { id };
  const arn = optString(event.response, 'distribution.aRN') ?? optString(event.response, 'distribution.ARN');
  if (arn) out.arn = arn;
  const domain = optString(event.response, 'distribution.domainName');
  if (domain) out.domain_name = domain;
  return out;
}

/** The first alias, else the first origin's host name (`my-bucket` of `my-bucket.s3.us-east-1.amazonaws.com`). */
function nameHint(config: JsonValue, id: string): string {
  const firstOrigin = str(items(config, 'Origins')[0], 'DomainName');
  return itemStrings(config, 'Aliases')[0] ?? firstOrigin?.split('.')[0] ?? id;
}

/** Tagging calls name the distribution by ARN; their removed keys are `tagKeys.items`. */
const TAGGING_CALLS: TagFamily = { ...TAG_RESOURCE, keys: 'tagKeys.items' };
const TAGGING: TaggingOptions = { types: [DISTRIBUTION], unmapped: (arn) => `tags ${arn}, a CloudFront resource Trailform does not map` };

function oacFields(config: JsonValue): Fields {
  return {
    name: text(reqString(config, 'name')),
    // The provider's default description is "Managed by Terraform"; an OAC made without one reads back "".
    description: text(optString(config, 'description') ?? ''),
    origin_access_control_origin_type: text(reqString(config, 'originAccessControlOriginType')),
    signing_behavior: text(reqString(config, 'signingBehavior')),
    signing_protocol: text(reqString(config, 'signingProtocol')),
  };
}

/** Distributions name an origin access identity by this path in `s3_origin_config.origin_access_identity`. */
function oaiExports(id: string): Record<string, string> {
  return { id, cloudfront_access_identity_path: `origin-access-identity/cloudfront/${id}` };
}

function setOaiComment(draft: ResourceDraft, config: JsonValue | undefined): void {
  const comment = optString(config, 'comment');
  if (comment === HIDDEN) draft.ignoreChanges('comment', 'CloudTrail logs CloudFront comments as HIDDEN_DUE_TO_SECURITY_REASONS, so its value is unknown');
  else if (comment !== undefined) draft.fields.comment = text(comment);
  else delete draft.fields.comment;
}

// Policies, functions and keys a distribution uses: import-only, each imported by the ID (or name) the
// create response returns; the delete calls name it by `id` in the path.
const byId = (type: string, create: string, id: string, del: string, name?: string) => ({
  type, global: true, create, id: [`response.${id}`], name: name === undefined ? undefined : [`request.${name}`], delete: del, deleteId: ['request.id'],
});
const IMPORT_ONLY = importOnlyTypes([
  byId('aws_cloudfront_cache_policy', 'CreateCachePolicy', 'cachePolicy.id', 'DeleteCachePolicy', 'cachePolicyConfig.name'),
  byId('aws_cloudfront_origin_request_policy', 'CreateOriginRequestPolicy', 'originRequestPolicy.id', 'DeleteOriginRequestPolicy', 'originRequestPolicyConfig.name'),
  byId('aws_cloudfront_response_headers_policy', 'CreateResponseHeadersPolicy', 'responseHeadersPolicy.id', 'DeleteResponseHeadersPolicy', 'responseHeadersPolicyConfig.name'),
  byId('aws_cloudfront_key_group', 'CreateKeyGroup', 'keyGroup.id', 'DeleteKeyGroup', 'keyGroupConfig.name'),
  byId('aws_cloudfront_public_key', 'CreatePublicKey', 'publicKey.id', 'DeletePublicKey', 'publicKeyConfig.name'),
  byId('aws_cloudfront_continuous_deployment_policy', 'CreateContinuousDeploymentPolicy', 'continuousDeploymentPolicy.id', 'DeleteContinuousDeploymentPolicy'),
  byId('aws_cloudfront_field_level_encryption_config', 'CreateFieldLevelEncryptionConfig', 'fieldLevelEncryption.id', 'DeleteFieldLevelEncryptionConfig'),
  byId('aws_cloudfront_field_level_encryption_profile', 'CreateFieldLevelEncryptionProfile', 'fieldLevelEncryptionProfile.id', 'DeleteFieldLevelEncryptionProfile', 'fieldLevelEncryptionProfileConfig.name'),
  byId('aws_cloudfront_vpc_origin', 'CreateVpcOrigin', 'vpcOrigin.id', 'DeleteVpcOrigin', 'vpcOriginEndpointConfig.name'),
  // Functions and key value stores are imported by name; a monitoring subscription by its distribution's ID.
  { type: 'aws_cloudfront_function', global: true, create: 'CreateFunction', id: ['request.name'], delete: 'DeleteFunction' },
  { type: 'aws_cloudfront_key_value_store', global: true, create: 'CreateKeyValueStore', id: ['request.name'], delete: 'DeleteKeyValueStore' },
  {
    type: 'aws_cloudfront_monitoring_subscription',
    global: true,
    create: 'CreateMonitoringSubscription',
    id: ['request.distributionId'],
    delete: 'DeleteMonitoringSubscription',
  },
  // Imported by ARN; the delete call may name it by name instead, so only the create is mapped.
  { type: 'aws_cloudfront_realtime_log_config', global: true, create: 'CreateRealtimeLogConfig', id: ['response.realtimeLogConfig.aRN'] },
]);

export const cloudfront: ServiceMapper = {
  service: 'cloudfront',
  eventSource: 'cloudfront.amazonaws.com',
  resources: [
    {
      type: DISTRIBUTION,
      identity: { arn: 'arn:{partition}:cloudfront::{account}:distribution/{id}', exports: ['id', 'arn'] },
      required: ['default_cache_behavior', 'enabled', 'origin', 'restrictions', 'viewer_certificate'],
      global: true,
      references: {
        'origin.origin_access_control_id': [OAC],
        'origin.s3_origin_config.origin_access_identity': [OAI],
        'viewer_certificate.acm_certificate_arn': ['aws_acm_certificate'],
        'default_cache_behavior.lambda_function_association.lambda_arn': ['aws_lambda_function'],
        'ordered_cache_behavior.lambda_function_association.lambda_arn': ['aws_lambda_function'],
      },
      events: ['CreateDistribution', 'CreateDistributionWithTags', 'UpdateDistribution', 'TagResource', 'UntagResource', 'DeleteDistribution', 'CreateInvalidation'],
    },
    {
      type: OAC,
      required: ['name', 'origin_access_control_origin_type', 'signing_behavior', 'signing_protocol'],
      global: true,
      events: ['CreateOriginAccessControl', 'UpdateOriginAccessControl', 'DeleteOriginAccessControl'],
    },
    {
      type: OAI,
      required: [],
      global: true,
      events: ['CreateCloudFrontOriginAccessIdentity', 'UpdateCloudFrontOriginAccessIdentity', 'DeleteCloudFrontOriginAccessIdentity'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(taggingHandlers(() => cloudfront.resources, TAGGING_CALLS, TAGGING), IMPORT_ONLY.events, {
    CreateDistribution(event, ctx) {
      const id = reqString(event.response, 'distribution.id');
      const config = distributionConfig(event);
      const draft = ctx.create(DISTRIBUTION, id, { nameHint: nameHint(config, id), exports: distributionExports(id, event) });
      draft.fields = distributionFields(config, draft);
      const tags = readTags(at(event.request, 'distributionConfigWithTags.tags'));
      if (Object.keys(tags).length > 0) draft.fields.tags = stringMap(tags);
    },
    CreateDistributionWithTags(event, ctx) {
      cloudfront.events.CreateDistribution!(event, ctx);
    },
    UpdateDistribution(event, ctx) {
      // UpdateDistribution states the whole configuration, so even a distribution made before the session
      // gets a complete block.
      const id = reqString(event.request, 'id');
      const config = distributionConfig(event);
      const draft = ctx.change(DISTRIBUTION, id, { nameHint: nameHint(config, id), exports: distributionExports(id, event) });
      Object.assign(draft.exports, distributionExports(id, event));
      const tags = currentTags(draft);
      draft.fields = distributionFields(config, draft);
      if (Object.keys(tags).length > 0) draft.fields.tags = stringMap(tags);
    },
    DeleteDistribution(event, ctx) {
      ctx.remove(DISTRIBUTION, reqString(event.request, 'id'));
    },
    CreateInvalidation(_event, ctx) {
      ctx.ignore('invalidates cached objects: not configuration');
    },
    CreateOriginAccessControl(event, ctx) {
      const id = reqString(event.response, 'originAccessControl.id');
      const config = at(event.response, 'originAccessControl.originAccessControlConfig') ?? at(event.request, 'originAccessControlConfig');
      ctx.create(OAC, id, { nameHint: reqString(config, 'name'), fields: oacFields(config ?? null), exports: { id } });
    },
    UpdateOriginAccessControl(event, ctx) {
      const id = reqString(event.request, 'id');
      const config = at(event.request, 'originAccessControlConfig');
      const draft = ctx.change(OAC, id, { nameHint: reqString(config, 'name'), exports: { id } });
      draft.fields = oacFields(config ?? null);
    },
    DeleteOriginAccessControl(event, ctx) {
      ctx.remove(OAC, reqString(event.request, 'id'));
    },
    CreateCloudFrontOriginAccessIdentity(event, ctx) {
      const id = reqString(event.response, 'cloudFrontOriginAccessIdentity.id');
      const config = at(event.response, 'cloudFrontOriginAccessIdentity.cloudFrontOriginAccessIdentityConfig') ?? at(event.request, 'cloudFrontOriginAccessIdentityConfig');
      const draft = ctx.create(OAI, id, { nameHint: `oai ${id}`, exports: oaiExports(id) });
      setOaiComment(draft, config);
    },
    UpdateCloudFrontOriginAccessIdentity(event, ctx) {
      const id = reqString(event.request, 'id');
      const draft = ctx.change(OAI, id, { nameHint: `oai ${id}`, exports: oaiExports(id) });
      setOaiComment(draft, at(event.request, 'cloudFrontOriginAccessIdentityConfig'));
    },
    DeleteCloudFrontOriginAccessIdentity(event, ctx) {
      ctx.remove(OAI, reqString(event.request, 'id'));
    },
  }),
};
