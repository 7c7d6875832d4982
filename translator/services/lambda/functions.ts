// Lambda functions (configuration, code, concurrency) and layer versions.
// CloudTrail never logs the zip (`code.zipFile`) nor environment variable values (`"environment": {}`).
// https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, ResourceDraft, MapperEvent } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, maybe, number, strings, tagsField, text } from '../values';
import { ALIAS, changeFunction, FUNCTION, FUNCTION_URL, functionOf, INVOKE_CONFIG, LAYER_VERSION, parseFunction, PERMISSION } from './shared';

// Why arguments are ignored after import. resourceFunctionRead in terraform-provider-aws
// (internal/service/lambda/function.go) never reads filename, s3_bucket, s3_key, s3_object_version or
// publish back, so import leaves them empty and the first plan would redeploy the code or flip publish.
const IGNORED: Record<string, string> = {
  filename: 'CloudTrail omits the uploaded zip: filename names the package to build, and the provider never reads it back after import',
  s3_bucket: 'import leaves the code\'s S3 bucket empty (the provider never reads it back), so the first plan would redeploy the code',
  s3_key: 'import leaves the code\'s S3 key empty, like the bucket',
  s3_object_version: 'import leaves the code\'s S3 object version empty, like the bucket',
  environment: 'CloudTrail never logs environment variable values (https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html)',
  publish: 'the provider never reads publish back after import, so its default would show as a change',
};

/** Arguments in the order the provider docs list them; blocks print after them and tags last. */
const ORDER = ['function_name', 'role', 'handler', 'runtime', 'description', 'memory_size', 'timeout', 'reserved_concurrent_executions', 'architectures', 'layers', 'kms_key_arn', 'package_type', 'filename', 'image_uri', 's3_bucket', 's3_key', 's3_object_version'];

function ignore(draft: ResourceDraft, attr: string): void {
  draft.ignoreChanges(attr, IGNORED[attr]!);
}

const RANK = new Map(ORDER.map((attr, i) => [attr, i]));

function rank(attr: string): number {
  return attr === 'tags' ? ORDER.length + 1 : (RANK.get(attr) ?? ORDER.length);
}

function reorder(draft: ResourceDraft): void {
  draft.fields = Object.fromEntries(Object.entries(draft.fields).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The arguments a CreateFunction or UpdateFunctionConfiguration request states (only those present). */
function configuration(source: JsonValue): Fields {
  const out: Fields = {};
  const str = (attr: string, key: string) => {
    const v = optString(source, key);
    if (v !== undefined) out[attr] = text(v);
  };
  const num = (attr: string, key: string) => {
    const v = optNumber(source, key);
    if (v !== undefined) out[attr] = number(v);
  };
  str('role', 'role');
  str('handler', 'handler');
  str('runtime', 'runtime');
  str('description', 'description');
  if (at(source, 'description') === '') out.description = undefined; // cleared
  num('memory_size', 'memorySize');
  num('timeout', 'timeout');
  str('kms_key_arn', 'kMSKeyArn');
  str('kms_key_arn', 'kmsKeyArn');
  if (at(source, 'layers') !== undefined) {
    // Requests list layer ARNs; FunctionConfiguration answers list `{arn, codeSize}` objects.
    const layers = listAt(source, 'layers').map((l) => (isObject(l) ? reqString(l, 'arn') : String(l)));
    out.layers = layers.length > 0 ? strings(layers) : undefined;
  }
  if (at(source, 'architectures') !== undefined) out.architectures = strings(stringList(source, 'architectures'));
  const vpc = at(source, 'vpcConfig');
  if (isObject(vpc)) {
    const subnets = stringList(vpc, 'subnetIds');
    const groups = stringList(vpc, 'securityGroupIds');
    const ipv6 = optBool(vpc, 'ipv6AllowedForDualStack');
    // Empty lists detach the function from its VPC (UpdateFunctionConfiguration API reference).
    if (subnets.length > 0 || groups.length > 0) {
      out.vpc_config = blocks(fields({ subnet_ids: strings(subnets), security_group_ids: strings(groups), ipv6_allowed_for_dual_stack: ipv6 ? flag(ipv6) : undefined }));
    } else {
      out.vpc_config = undefined;
    }
  }
  const dlq = optString(source, 'deadLetterConfig.targetArn');
  if (at(source, 'deadLetterConfig') !== undefined) out.dead_letter_config = dlq ? blocks({ target_arn: text(dlq) }) : undefined;
  const tracing = optString(source, 'tracingConfig.mode');
  if (tracing !== undefined) out.tracing_config = blocks({ mode: text(tracing) });
  const storage = optNumber(source, 'ephemeralStorage.size');
  if (storage !== undefined) out.ephemeral_storage = blocks({ size: number(storage) });
  const logFormat = optString(source, 'loggingConfig.logFormat');
  if (logFormat !== undefined) {
    const logging = at(source, 'loggingConfig');
    out.logging_config = blocks(
      fields({
        log_format: text(logFormat),
        log_group: maybe(optString(logging, 'logGroup'), text),
        application_log_level: maybe(optString(logging, 'applicationLogLevel'), text),
        system_log_level: maybe(optString(logging, 'systemLogLevel'), text),
      }),
    );
  }
  const image = at(source, 'imageConfig');
  if (isObject(image)) {
    const config = fields({
      command: at(image, 'command') !== undefined ? strings(stringList(image, 'command')) : undefined,
      entry_point: at(image, 'entryPoint') !== undefined ? strings(stringList(image, 'entryPoint')) : undefined,
      working_directory: maybe(optString(image, 'workingDirectory'), text),
    });
    out.image_config = Object.keys(config).length > 0 ? blocks(config) : undefined;
  }
  const fileSystems = listAt(source, 'fileSystemConfigs');
  if (at(source, 'fileSystemConfigs') !== undefined) {
    out.file_system_config = fileSystems.length > 0 ? blocks(...fileSystems.map((f) => ({ arn: text(reqString(f, 'arn')), local_mount_path: text(reqString(f, 'localMountPath')) }))) : undefined;
  }
  const snapStart = optString(source, 'snapStart.applyOn');
  if (snapStart !== undefined) out.snap_start = snapStart === 'None' ? undefined : blocks({ apply_on: text(snapStart) });
  return out;
}

/** Applies a configuration: present keys set or (undefined) clear their argument. */
function applyConfiguration(draft: ResourceDraft, config: Fields): void {
  for (const [attr, value] of Object.entries(config)) {
    if (value === undefined) delete draft.fields[attr];
    else draft.fields[attr] = value;
  }
}

/** Where the code comes from: S3 and container images literally, an uploaded zip as a placeholder file. */
function applyCode(draft: ResourceDraft, code: JsonValue | undefined): void {
  for (const attr of ['filename', 's3_bucket', 's3_key', 's3_object_version', 'image_uri']) delete draft.fields[attr];
  const imageUri = optString(code, 'imageUri');
  const bucket = optString(code, 's3Bucket');
  if (imageUri !== undefined) {
    // The provider reads image_uri back, so it needs no ignore_changes.
    draft.fields.image_uri = text(imageUri);
    draft.fields.package_type = text('Image');
  } else if (bucket !== undefined) {
    draft.fields.s3_bucket = text(bucket);
    draft.fields.s3_key = text(reqString(code, 's3Key'));
    const version = optString(code, 's3ObjectVersion');
    ignore(draft, 's3_bucket');
    ignore(draft, 's3_key');
    if (version !== undefined) {
      draft.fields.s3_object_version = text(version);
      ignore(draft, 's3_object_version');
    }
  } else {
    draft.fields.filename = text(`${draft.id}.zip`);
    ignore(draft, 'filename');
  }
}

/**
 * An adopted function becomes printable once the session states its role; it then needs a code
 * source, as the provider requires exactly one of filename, image_uri and s3_bucket.
 */
function ensureCode(draft: ResourceDraft): void {
  if (draft.fields.role === undefined) return;
  if (draft.fields.filename || draft.fields.s3_bucket || draft.fields.image_uri) return;
  applyCode(draft, undefined);
}

/** Arguments of an adopted function taken from an update's answer (the whole FunctionConfiguration). */
const FROM_RESPONSE = ['role', 'handler', 'runtime', 'description', 'memory_size', 'timeout', 'architectures', 'layers', 'kms_key_arn', 'vpc_config', 'dead_letter_config', 'file_system_config'];

const ADOPTED_NOTE = 'Its arguments come from the function configuration the update answered with; tags are not in these records: copy them from `aws lambda list-tags` before applying.';

/**
 * UpdateFunctionConfiguration and UpdateFunctionCode answer with the function's whole configuration,
 * so a function that existed before the session gets its role, handler and runtime from there (the
 * provider requires handler and runtime for zip functions). An image function stays import-only: its
 * image URI is not in the answer.
 */
function adoptFromResponse(draft: ResourceDraft, event: MapperEvent): void {
  if (draft.created || draft.fields.role !== undefined) return;
  const { response } = event;
  if (optString(response, 'role') === undefined || optString(response, 'packageType') === 'Image') return;
  const config = configuration(response);
  for (const attr of FROM_RESPONSE) {
    const value = config[attr];
    if (value !== undefined) draft.fields[attr] = value;
  }
  draft.note(ADOPTED_NOTE);
}

/** What every printed function needs: arguments CloudTrail never carries are ignored, then a stable order. */
function finish(draft: ResourceDraft): void {
  ignore(draft, 'environment');
  ignore(draft, 'publish');
  reorder(draft);
}

// PublishLayerVersion logs no zip; the provider never reads filename or the S3 location back after
// import, and both force a new version, so they are ignored after import
// (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/lambda_layer_version).
const LAYER_CODE_REASON = 'CloudTrail omits the layer zip and the provider never reads the code location back after import; a change would publish a new version';

function layerVersionFields(event: MapperEvent, name: string): { fields: Fields; ignored: string[] } {
  const { request } = event;
  const bucket = optString(request, 'content.s3Bucket');
  const key = optString(request, 'content.s3Key');
  const code: Fields = bucket !== undefined && key !== undefined
    ? fields({ s3_bucket: text(bucket), s3_key: text(key), s3_object_version: maybe(optString(request, 'content.s3ObjectVersion'), text) })
    : { filename: text(`${name}.zip`) };
  const runtimes = stringList(request, 'compatibleRuntimes');
  const architectures = stringList(request, 'compatibleArchitectures');
  return {
    fields: fields({
      layer_name: text(name),
      description: maybe(optString(request, 'description'), text),
      compatible_runtimes: runtimes.length > 0 ? strings(runtimes) : undefined,
      compatible_architectures: architectures.length > 0 ? strings(architectures) : undefined,
      license_info: maybe(optString(request, 'licenseInfo'), text),
      ...code,
    }),
    ignored: Object.keys(code),
  };
}

export const functionHandlers: Record<string, EventHandler> = {
  PublishLayerVersion(event, ctx) {
    const name = reqString(event.request, 'layerName');
    const arn = reqString(event.response, 'layerVersionArn');
    const version = optString(event.response, 'version') ?? arn.split(':').pop()!;
    const { fields: body, ignored } = layerVersionFields(event, name);
    const draft = ctx.create(LAYER_VERSION, arn, { nameHint: `${name} v${version}`, fields: body });
    for (const attr of ignored) draft.ignoreChanges(attr, LAYER_CODE_REASON);
  },
  DeleteLayerVersion(event, ctx) {
    const name = reqString(event.request, 'layerName');
    const version = reqString(event.request, 'versionNumber');
    const match = ctx.all(LAYER_VERSION).find((l) => l.id.endsWith(`:layer:${name}:${version}`) || (l.id.split(':layer:')[1] === `${name.split(':').pop()}:${version}`));
    if (match) ctx.remove(LAYER_VERSION, match.id);
    else ctx.remove(LAYER_VERSION, `${name}:${version}`);
  },
  CreateFunction(event, ctx) {
    const { request } = event;
    const { name } = parseFunction(reqString(request, 'functionName'));
    const config = configuration(request);
    if (config.role === undefined) throw new MalformedRecordError('missing role');
    const packageType = optString(request, 'packageType');
    const draft = ctx.create(FUNCTION, name, {
      fields: fields({ function_name: text(name), ...config, package_type: packageType && packageType !== 'Zip' ? text(packageType) : undefined }),
    });
    applyCode(draft, at(request, 'code'));
    const tags = tagsField(readTags(at(request, 'tags')));
    if (tags) draft.fields.tags = tags;
    finish(draft);
  },
  UpdateFunctionConfiguration(event, ctx) {
    const fn = functionOf(event);
    const draft = changeFunction(ctx, fn.name);
    adoptFromResponse(draft, event);
    applyConfiguration(draft, configuration(event.request));
    ensureCode(draft);
    finish(draft);
  },
  UpdateFunctionCode(event, ctx) {
    const fn = functionOf(event);
    const draft = changeFunction(ctx, fn.name);
    adoptFromResponse(draft, event);
    // A function adopted without its role stays import-only: the account supplies its configuration.
    if (!draft.created && draft.fields.role === undefined) return;
    applyCode(draft, event.request);
    if (at(event.request, 'architectures') !== undefined) draft.fields.architectures = strings(stringList(event.request, 'architectures'));
    finish(draft);
  },
  PutFunctionConcurrency(event, ctx) {
    const reserved = optNumber(event.request, 'reservedConcurrentExecutions') ?? optNumber(event.response, 'reservedConcurrentExecutions');
    if (reserved === undefined) throw new MalformedRecordError('missing reservedConcurrentExecutions');
    const draft = changeFunction(ctx, functionOf(event).name);
    draft.fields.reserved_concurrent_executions = number(reserved);
    reorder(draft);
  },
  DeleteFunctionConcurrency(event, ctx) {
    // Back to unreserved: the provider's default (-1).
    delete changeFunction(ctx, functionOf(event).name).fields.reserved_concurrent_executions;
  },
  PublishVersion(event, ctx) {
    // A version is an immutable snapshot; aws_lambda_function manages $LATEST (its `publish` is ignored).
    const version = optString(event.response, 'version');
    ctx.ignore(`publishes ${version ? `version ${version}` : 'a version'} of ${functionOf(event).name}: aws_lambda_function manages $LATEST`);
  },
  DeleteFunction(event, ctx) {
    const fn = functionOf(event);
    if (fn.qualifier) {
      ctx.ignore(`deletes version ${fn.qualifier} of ${fn.name}, not the function`);
      return;
    }
    // The function's resource policy, URLs, aliases and invoke settings go with it.
    for (const type of [PERMISSION, FUNCTION_URL, ALIAS, INVOKE_CONFIG]) {
      for (const draft of ctx.allWithIdPrefix(type, fn.name)) {
        if (draft.id === fn.name || draft.id.startsWith(`${fn.name}/`) || draft.id.startsWith(`${fn.name}:`)) ctx.remove(type, draft.id);
      }
    }
    ctx.remove(FUNCTION, fn.name);
  },
};
