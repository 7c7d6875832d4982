// AWS Lambda functions, their resource-policy statements (permissions), aliases, function URLs and event
// source mappings.
// CloudTrail shape (REST/JSON): event names carry API versions (`CreateFunction20150331`, removed by
// normalization), request members in lowerCamel, tags as a map. CloudTrail never logs the zip
// (`code.zipFile`) nor environment variable values (`"environment": {}`).
// https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { object } from '../hcl/ast';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { tagResourceHandlers } from './tags';
import { blocks, fields, flag, maybe, number, strings, tagsField, text } from './values';

const FUNCTION = 'aws_lambda_function';
const PERMISSION = 'aws_lambda_permission';
const MAPPING = 'aws_lambda_event_source_mapping';
const FUNCTION_URL = 'aws_lambda_function_url';
const ALIAS = 'aws_lambda_alias';
const INVOKE_CONFIG = 'aws_lambda_function_event_invoke_config';

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

function reorder(draft: ResourceDraft): void {
  const rank = (attr: string) => (attr === 'tags' ? ORDER.length + 1 : ORDER.includes(attr) ? ORDER.indexOf(attr) : ORDER.length);
  draft.fields = Object.fromEntries(Object.entries(draft.fields).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * The function name from `name`, `name:qualifier`, a partial ARN (`account:function:name`) or a full ARN,
 * with its qualifier (version or alias) — the forms the API accepts for FunctionName.
 */
function parseFunction(value: string): { name: string; qualifier?: string } {
  const parts = value.split(':');
  if (parts.length === 1) return { name: value };
  const index = parts.indexOf('function');
  if (index < 0 && parts.length === 2) return { name: parts[0]!, qualifier: parts[1]! };
  const name = index >= 0 ? parts[index + 1] : undefined;
  if (!name) throw new MalformedRecordError(`functionName ${value} is not a function name or ARN`);
  const qualifier = parts[index + 2];
  return qualifier ? { name, qualifier } : { name };
}

function functionOf(event: MapperEvent): { name: string; qualifier?: string } {
  const parsed = parseFunction(reqString(event.request, 'functionName'));
  const qualifier = optString(event.request, 'qualifier') ?? parsed.qualifier;
  return qualifier ? { name: parsed.name, qualifier } : { name: parsed.name };
}

function functionArn(event: MapperEvent): string | undefined {
  const arn = optString(event.response, 'functionArn');
  // UpdateFunctionCode with publish answers with the new version's ARN (`…:function:name:2`).
  return arn ? arn.split(':').slice(0, 7).join(':') : undefined;
}

/** The function, adopted when the session did not create it (import-only until its role is known). */
function changeFunction(event: MapperEvent, ctx: FoldContext, name: string, knownArn?: string): ResourceDraft {
  const arn = functionArn(event) ?? knownArn;
  return ctx.change(FUNCTION, name, {
    fields: { function_name: text(name) },
    exports: arn ? { function_name: name, arn, id: name } : { function_name: name, id: name },
    aliases: arn ? [arn] : [],
  });
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

function permissionId(fn: { name: string; qualifier?: string }, statementId: string): string {
  return `${fn.qualifier ? `${fn.name}:${fn.qualifier}` : fn.name}/${statementId}`;
}

/** `arn:aws:lambda:region:account:function:name` → the function name; undefined for other Lambda resources. */
function functionFromResourceArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts[5] === 'function' && parts[6] ? parts[6] : undefined;
}

function taggedFunction(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resource');
  const name = functionFromResourceArn(arn);
  if (name === undefined) {
    ctx.ignore(`tags ${arn}, which is not a function Trailform maps`);
    return undefined;
  }
  return changeFunction(event, ctx, name, arn);
}

// ---------------------------------------------------------------- aliases

function aliasKey(event: MapperEvent): { fn: string; name: string; id: string } {
  const fn = parseFunction(reqString(event.request, 'functionName')).name;
  const name = reqString(event.request, 'name');
  return { fn, name, id: `${fn}/${name}` };
}

/** `routing_config { additional_version_weights = { "2" = 0.1 } }`: weights are numbers keyed by version. */
function routingConfig(source: JsonValue | undefined) {
  const weights = at(source, 'additionalVersionWeights');
  if (!isObject(weights) || Object.keys(weights).length === 0) return undefined;
  const entries = Object.keys(weights).map((version) => [version, number(optNumber(weights, version) ?? 0)] as const);
  return blocks({ additional_version_weights: object(entries) });
}

function applyAliasConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const version = optString(request, 'functionVersion');
  if (version !== undefined) draft.fields.function_version = text(version);
  if (at(request, 'description') !== undefined) {
    const description = optString(request, 'description');
    if (description === undefined) delete draft.fields.description;
    else draft.fields.description = text(description);
  }
  if (at(request, 'routingConfig') !== undefined) {
    const routing = routingConfig(at(request, 'routingConfig'));
    if (routing) draft.fields.routing_config = routing;
    else delete draft.fields.routing_config;
  }
}

// ---------------------------------------------------------------- asynchronous invocation

/** `function_name` or `function_name:qualifier`: the invoke config's identity and import ID. */
function invokeConfigId(fn: { name: string; qualifier?: string }): string {
  return fn.qualifier ? `${fn.name}:${fn.qualifier}` : fn.name;
}

/** Retry, age and destination settings of Put/UpdateFunctionEventInvokeConfig (present keys only). */
function applyInvokeConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const age = optNumber(request, 'maximumEventAgeInSeconds');
  if (age !== undefined) draft.fields.maximum_event_age_in_seconds = number(age);
  const retries = optNumber(request, 'maximumRetryAttempts');
  if (retries !== undefined) draft.fields.maximum_retry_attempts = number(retries);
  if (at(request, 'destinationConfig') !== undefined) {
    const onSuccess = optString(request, 'destinationConfig.onSuccess.destination');
    const onFailure = optString(request, 'destinationConfig.onFailure.destination');
    const config = fields({
      on_failure: onFailure ? blocks({ destination: text(onFailure) }) : undefined,
      on_success: onSuccess ? blocks({ destination: text(onSuccess) }) : undefined,
    });
    if (Object.keys(config).length > 0) draft.fields.destination_config = blocks(config);
    else delete draft.fields.destination_config;
  }
}

// ---------------------------------------------------------------- function URLs

/** `function_name` or `function_name/qualifier`: the function URL's identity and import ID. */
function urlId(fn: { name: string; qualifier?: string }): string {
  return fn.qualifier ? `${fn.name}/${fn.qualifier}` : fn.name;
}

/** The `cors` block from a request's `cors` member; an empty one means no CORS. */
function corsBlock(cors: JsonValue | undefined) {
  if (!isObject(cors)) return undefined;
  const list = (key: string) => (at(cors, key) !== undefined && stringList(cors, key).length > 0 ? strings(stringList(cors, key)) : undefined);
  const config = fields({
    allow_credentials: maybe(optBool(cors, 'allowCredentials'), flag),
    allow_headers: list('allowHeaders'),
    allow_methods: list('allowMethods'),
    allow_origins: list('allowOrigins'),
    expose_headers: list('exposeHeaders'),
    max_age: maybe(optNumber(cors, 'maxAge'), number),
  });
  return Object.keys(config).length > 0 ? blocks(config) : undefined;
}

function applyUrlConfiguration(draft: ResourceDraft, request: JsonValue): void {
  const authType = optString(request, 'authType');
  if (authType !== undefined) draft.fields.authorization_type = text(authType);
  const invokeMode = optString(request, 'invokeMode');
  if (invokeMode !== undefined) draft.fields.invoke_mode = text(invokeMode);
  if (at(request, 'cors') !== undefined) {
    const cors = corsBlock(at(request, 'cors'));
    if (cors) draft.fields.cors = cors;
    else delete draft.fields.cors;
  }
}

// ---------------------------------------------------------------- event source mappings

/** The mapping's UUID: CloudTrail spells the UUID member `uUID` (Lambda developer guide sample). */
function mappingId(source: JsonValue | undefined): string | undefined {
  return optString(source, 'uUID') ?? optString(source, 'uuid') ?? optString(source, 'UUID');
}

// "FilterCriteria shows up as empty ({}) because the function uses event filtering ... If the function
// doesn't use event filtering, CloudTrail won't display the FilterCriteria field at all."
// https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html
const FILTER_REASON = 'CloudTrail logs filter criteria as {} whatever the patterns (Lambda event filtering docs); the account has them';

/** A readable name for an event source: the queue, table or stream name in its ARN. */
function sourceName(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  const match = /^(?:table|stream)\/([^/]+)/.exec(resource);
  return match ? match[1]! : resource;
}

/** The arguments a CreateEventSourceMapping or UpdateEventSourceMapping request states. */
function mappingConfiguration(request: JsonValue, draft: ResourceDraft): void {
  const set = (attr: string, value: ReturnType<typeof text> | ReturnType<typeof blocks> | undefined) => {
    if (value === undefined) delete draft.fields[attr];
    else draft.fields[attr] = value;
  };
  const num = (attr: string, key: string, omitWhen?: number) => {
    const v = optNumber(request, key);
    if (v !== undefined) set(attr, v === omitWhen ? undefined : number(v));
  };
  const functionName = optString(request, 'functionName');
  // A qualified name (`fn:alias` or an alias ARN) maps the alias, so it stays as given.
  if (functionName !== undefined) set('function_name', text(parseFunction(functionName).qualifier ? functionName : parseFunction(functionName).name));
  const enabled = optBool(request, 'enabled');
  if (enabled !== undefined) set('enabled', enabled ? undefined : flag(false)); // true is the default
  num('batch_size', 'batchSize');
  num('maximum_batching_window_in_seconds', 'maximumBatchingWindowInSeconds', 0);
  num('maximum_retry_attempts', 'maximumRetryAttempts');
  num('maximum_record_age_in_seconds', 'maximumRecordAgeInSeconds');
  num('parallelization_factor', 'parallelizationFactor');
  num('tumbling_window_in_seconds', 'tumblingWindowInSeconds', 0);
  const bisect = optBool(request, 'bisectBatchOnFunctionError');
  if (bisect !== undefined) set('bisect_batch_on_function_error', bisect ? flag(true) : undefined);
  const kms = optString(request, 'kMSKeyArn') ?? optString(request, 'kmsKeyArn');
  if (kms !== undefined) set('kms_key_arn', text(kms));
  if (at(request, 'functionResponseTypes') !== undefined) {
    const types = stringList(request, 'functionResponseTypes');
    set('function_response_types', types.length > 0 ? strings(types) : undefined);
  }
  if (isObject(at(request, 'scalingConfig'))) {
    const max = optNumber(request, 'scalingConfig.maximumConcurrency');
    set('scaling_config', max === undefined ? undefined : blocks({ maximum_concurrency: number(max) }));
  }
  const onFailure = optString(request, 'destinationConfig.onFailure.destination');
  if (at(request, 'destinationConfig') !== undefined) set('destination_config', onFailure ? blocks({ on_failure: blocks({ destination_arn: text(onFailure) }) }) : undefined);
  const filters = at(request, 'filterCriteria');
  if (isObject(filters)) {
    const patterns = listAt(filters, 'filters').map((f) => optString(f, 'pattern'));
    if (patterns.length === 0) draft.ignoreChanges('filter_criteria', FILTER_REASON);
    else set('filter_criteria', blocks({ filter: blocks(...patterns.map((p) => fields({ pattern: maybe(p, text) }))) }));
  }
}

const LAYER_VERSION = 'aws_lambda_layer_version';

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

export const lambda: ServiceMapper = {
  service: 'lambda',
  eventSource: 'lambda.amazonaws.com',
  // Updates of mappings, URLs, aliases and invoke settings state only what they change, so one the session
  // did not create gets an import block only and Terraform generates its block. A
  // function keeps a block built from its update's answer: a generated one would lack a code source.
  resources: [
    {
      type: FUNCTION,
      required: ['function_name', 'role'],
      references: {
        role: ['aws_iam_role'],
        kms_key_arn: ['aws_kms_key'],
        'vpc_config.subnet_ids': ['aws_subnet'],
        'vpc_config.security_group_ids': ['aws_security_group'],
        'dead_letter_config.target_arn': ['aws_sqs_queue', 'aws_sns_topic'],
        s3_bucket: ['aws_s3_bucket'],
        layers: [LAYER_VERSION],
      },
      events: ['CreateFunction', 'UpdateFunctionConfiguration', 'UpdateFunctionCode', 'PutFunctionConcurrency', 'DeleteFunctionConcurrency', 'PublishVersion', 'TagResource', 'UntagResource', 'DeleteFunction'],
    },
    {
      type: ALIAS,
      required: ['function_name', 'function_version', 'name'],
      references: { function_name: [FUNCTION] },
      events: ['CreateAlias', 'UpdateAlias', 'DeleteAlias'],
    },
    {
      type: INVOKE_CONFIG,
      required: ['function_name'],
      references: {
        function_name: [FUNCTION],
        'destination_config.on_success.destination': ['aws_sqs_queue', 'aws_sns_topic', FUNCTION, 'aws_cloudwatch_event_bus'],
        'destination_config.on_failure.destination': ['aws_sqs_queue', 'aws_sns_topic', FUNCTION, 'aws_cloudwatch_event_bus'],
      },
      events: ['PutFunctionEventInvokeConfig', 'UpdateFunctionEventInvokeConfig', 'DeleteFunctionEventInvokeConfig'],
    },
    {
      type: FUNCTION_URL,
      required: ['authorization_type', 'function_name'],
      references: { function_name: [FUNCTION] },
      events: ['CreateFunctionUrlConfig', 'UpdateFunctionUrlConfig', 'DeleteFunctionUrlConfig'],
    },
    {
      type: MAPPING,
      required: ['function_name'],
      references: {
        function_name: [FUNCTION, ALIAS],
        event_source_arn: ['aws_sqs_queue', 'aws_dynamodb_table', 'aws_kinesis_stream'],
        kms_key_arn: ['aws_kms_key'],
        'destination_config.on_failure.destination_arn': ['aws_sqs_queue', 'aws_sns_topic'],
      },
      events: ['CreateEventSourceMapping', 'UpdateEventSourceMapping', 'DeleteEventSourceMapping'],
    },
    {
      type: PERMISSION,
      required: ['action', 'function_name', 'principal'],
      // Console triggers add these statements with the source's ARN (S3 bucket, SNS topic, EventBridge rule).
      references: { function_name: [FUNCTION], source_arn: ['aws_s3_bucket', 'aws_sns_topic', 'aws_cloudwatch_event_rule'] },
      events: ['AddPermission', 'RemovePermission'],
    },
    {
      type: LAYER_VERSION,
      required: ['layer_name'],
      references: { s3_bucket: ['aws_s3_bucket'] },
      events: ['PublishLayerVersion', 'DeleteLayerVersion'],
    },
  ],
  events: mergeHandlers(tagResourceHandlers(taggedFunction), {
    PublishLayerVersion(event, ctx) {
      const name = reqString(event.request, 'layerName');
      const arn = reqString(event.response, 'layerVersionArn');
      const version = optString(event.response, 'version') ?? arn.split(':').pop()!;
      const { fields: body, ignored } = layerVersionFields(event, name);
      const draft = ctx.create(LAYER_VERSION, arn, { nameHint: `${name} v${version}`, fields: body, exports: { arn, id: arn } });
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
      const arn = functionArn(event);
      const config = configuration(request);
      if (config.role === undefined) throw new MalformedRecordError('missing role');
      const packageType = optString(request, 'packageType');
      const draft = ctx.create(FUNCTION, name, {
        fields: fields({ function_name: text(name), ...config, package_type: packageType && packageType !== 'Zip' ? text(packageType) : undefined }),
        exports: arn ? { function_name: name, arn, id: name } : { function_name: name, id: name },
        aliases: arn ? [arn] : [],
      });
      applyCode(draft, at(request, 'code'));
      const tags = tagsField(readTags(at(request, 'tags')));
      if (tags) draft.fields.tags = tags;
      finish(draft);
    },
    UpdateFunctionConfiguration(event, ctx) {
      const fn = functionOf(event);
      const draft = changeFunction(event, ctx, fn.name);
      adoptFromResponse(draft, event);
      applyConfiguration(draft, configuration(event.request));
      ensureCode(draft);
      finish(draft);
    },
    UpdateFunctionCode(event, ctx) {
      const fn = functionOf(event);
      const draft = changeFunction(event, ctx, fn.name);
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
      const draft = changeFunction(event, ctx, functionOf(event).name);
      draft.fields.reserved_concurrent_executions = number(reserved);
      reorder(draft);
    },
    DeleteFunctionConcurrency(event, ctx) {
      // Back to unreserved: the provider's default (-1).
      delete changeFunction(event, ctx, functionOf(event).name).fields.reserved_concurrent_executions;
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
        for (const draft of ctx.all(type)) {
          if (draft.id === fn.name || draft.id.startsWith(`${fn.name}/`) || draft.id.startsWith(`${fn.name}:`)) ctx.remove(type, draft.id);
        }
      }
      ctx.remove(FUNCTION, fn.name);
    },
    CreateAlias(event, ctx) {
      const { fn, name, id } = aliasKey(event);
      const arn = optString(event.response, 'aliasArn');
      const draft = ctx.create(ALIAS, id, {
        nameHint: `${fn}-${name}`,
        fields: { name: text(name), function_name: text(fn) },
        exports: arn ? { id, arn } : { id },
      });
      applyAliasConfiguration(draft, event.request);
      if (draft.fields.function_version === undefined) throw new MalformedRecordError('missing functionVersion');
    },
    UpdateAlias(event, ctx) {
      const { fn, name, id } = aliasKey(event);
      const arn = optString(event.response, 'aliasArn');
      const draft = ctx.change(ALIAS, id, { nameHint: `${fn}-${name}`, exports: arn ? { id, arn } : { id } });
      applyAliasConfiguration(draft, event.request);
    },
    DeleteAlias(event, ctx) {
      ctx.remove(ALIAS, aliasKey(event).id);
    },
    PutFunctionEventInvokeConfig(event, ctx) {
      // Put states the whole configuration (PutFunctionEventInvokeConfig API reference).
      const fn = functionOf(event);
      const id = invokeConfigId(fn);
      const draft = ctx.put(INVOKE_CONFIG, id, { nameHint: fn.qualifier ? `${fn.name}-${fn.qualifier}` : fn.name, fields: fields({ function_name: text(fn.name), qualifier: maybe(fn.qualifier, text) }) });
      applyInvokeConfiguration(draft, event.request);
    },
    UpdateFunctionEventInvokeConfig(event, ctx) {
      const fn = functionOf(event);
      const id = invokeConfigId(fn);
      const draft = ctx.change(INVOKE_CONFIG, id, { nameHint: fn.qualifier ? `${fn.name}-${fn.qualifier}` : fn.name });
      applyInvokeConfiguration(draft, event.request);
    },
    DeleteFunctionEventInvokeConfig(event, ctx) {
      ctx.remove(INVOKE_CONFIG, invokeConfigId(functionOf(event)));
    },
    CreateFunctionUrlConfig(event, ctx) {
      const fn = functionOf(event);
      const id = urlId(fn);
      const url = optString(event.response, 'functionUrl');
      const draft = ctx.create(FUNCTION_URL, id, {
        nameHint: fn.qualifier ? `${fn.name}-${fn.qualifier}` : fn.name,
        fields: fields({ function_name: text(fn.name), qualifier: maybe(fn.qualifier, text) }),
        exports: url ? { id, function_url: url } : { id },
      });
      applyUrlConfiguration(draft, event.request);
      if (draft.fields.authorization_type === undefined) throw new MalformedRecordError('missing authType');
    },
    UpdateFunctionUrlConfig(event, ctx) {
      const fn = functionOf(event);
      const id = urlId(fn);
      const draft = ctx.change(FUNCTION_URL, id, { nameHint: fn.qualifier ? `${fn.name}-${fn.qualifier}` : fn.name, exports: { id } });
      applyUrlConfiguration(draft, event.request);
    },
    DeleteFunctionUrlConfig(event, ctx) {
      ctx.remove(FUNCTION_URL, urlId(functionOf(event)));
    },
    CreateEventSourceMapping(event, ctx) {
      const id = mappingId(event.response);
      if (id === undefined) throw new MalformedRecordError('missing responseElements.uUID');
      const source = optString(event.request, 'eventSourceArn');
      const given = reqString(event.request, 'functionName');
      const { name, qualifier } = parseFunction(given);
      const draft = ctx.create(MAPPING, id, {
        nameHint: `${name}-${source ? sourceName(source) : 'source'}`,
        fields: fields({ function_name: text(qualifier ? given : name), event_source_arn: maybe(source, text), starting_position: maybe(optString(event.request, 'startingPosition'), text) }),
        exports: { id, uuid: id, ...(optString(event.response, 'eventSourceMappingArn') ? { arn: reqString(event.response, 'eventSourceMappingArn') } : {}) },
      });
      mappingConfiguration(event.request, draft);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    UpdateEventSourceMapping(event, ctx) {
      const id = mappingId(event.request) ?? mappingId(event.response);
      if (id === undefined) throw new MalformedRecordError('missing requestParameters.uUID');
      // The answer names the function and source: a readable name for a mapping the session did not create.
      const source = optString(event.response, 'eventSourceArn');
      const fn = optString(event.response, 'functionArn');
      const nameHint = source && fn ? `${parseFunction(fn).name}-${sourceName(source)}` : `mapping-${id.slice(0, 8)}`;
      const draft = ctx.change(MAPPING, id, { nameHint, exports: { id, uuid: id } });
      mappingConfiguration(event.request, draft);
    },
    DeleteEventSourceMapping(event, ctx) {
      const id = mappingId(event.request) ?? mappingId(event.response);
      if (id === undefined) throw new MalformedRecordError('missing requestParameters.uUID');
      ctx.remove(MAPPING, id);
    },
    AddPermission(event, ctx) {
      const { request } = event;
      const fn = functionOf(event);
      const statementId = reqString(request, 'statementId');
      const id = permissionId(fn, statementId);
      const opt = (key: string) => (optString(request, key) !== undefined ? text(optString(request, key)!) : undefined);
      ctx.put(PERMISSION, id, {
        nameHint: `${fn.name}-${statementId}`,
        fields: fields({
          statement_id: text(statementId),
          function_name: text(fn.name),
          qualifier: fn.qualifier ? text(fn.qualifier) : undefined,
          action: text(reqString(request, 'action')),
          principal: text(reqString(request, 'principal')),
          source_arn: opt('sourceArn'),
          source_account: opt('sourceAccount'),
          principal_org_id: opt('principalOrgID'),
          event_source_token: opt('eventSourceToken'),
          function_url_auth_type: opt('functionUrlAuthType'),
        }),
      });
    },
    RemovePermission(event, ctx) {
      ctx.remove(PERMISSION, permissionId(functionOf(event), reqString(event.request, 'statementId')));
    },
  }),
};
