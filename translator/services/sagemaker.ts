// Amazon SageMaker AI. CloudTrail shape (JSON protocol): the API members with a lower-case first letter
// (`notebookInstanceName`, `volumeSizeInGB`, `primaryContainer.image`, `productionVariants[]`).
// https://docs.aws.amazon.com/sagemaker/latest/dg/logging-using-cloudtrail.html
// Notebook instances and their lifecycle configurations, models, endpoint configurations and endpoints
// are mapped in full; the other types by their import block only (Terraform writes their configuration
// with `terraform plan -generate-config-out`). Their import ID is the name, except user profiles (ARN).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { object, str, type Expr } from '../hcl/ast';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { blocks, fields, flag, flagAt, number, numberAt, ownSecret, sensitive, strings, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const NOTEBOOK = 'aws_sagemaker_notebook_instance';
const LIFECYCLE = 'aws_sagemaker_notebook_instance_lifecycle_configuration';
const MODEL = 'aws_sagemaker_model';
const ENDPOINT_CONFIG = 'aws_sagemaker_endpoint_configuration';
const ENDPOINT = 'aws_sagemaker_endpoint';

const HIDDEN = /^HIDDEN_/;

const TYPES = importOnlyTypes([
  {
    type: 'aws_sagemaker_domain',
    create: 'CreateDomain',
    id: (e) => optString(e.response, 'domainArn')?.split('/').pop(),
    delete: 'DeleteDomain',
    deleteId: ['request.domainId'],
  },
  // Imported by ARN.
  { type: 'aws_sagemaker_user_profile', create: 'CreateUserProfile', id: ['response.userProfileArn'] },
  {
    type: 'aws_sagemaker_code_repository',
    create: 'CreateCodeRepository',
    id: ['request.codeRepositoryName'],
    delete: 'DeleteCodeRepository',
  },
  {
    type: 'aws_sagemaker_model_package_group',
    create: 'CreateModelPackageGroup',
    id: ['request.modelPackageGroupName'],
    delete: 'DeleteModelPackageGroup',
  },
  {
    type: 'aws_sagemaker_feature_group',
    create: 'CreateFeatureGroup',
    id: ['request.featureGroupName'],
    delete: 'DeleteFeatureGroup',
  },
  { type: 'aws_sagemaker_pipeline', create: 'CreatePipeline', id: ['request.pipelineName'], delete: 'DeletePipeline' },
  { type: 'aws_sagemaker_image', create: 'CreateImage', id: ['request.imageName'], delete: 'DeleteImage' },
  { type: 'aws_sagemaker_workteam', create: 'CreateWorkteam', id: ['request.workteamName'], delete: 'DeleteWorkteam' },
]);

const arnOf = (event: MapperEvent, kind: string, name: string) => buildArn(event, 'sagemaker', `${kind}/${name.toLowerCase()}`);
const tagsOf = (event: MapperEvent) => tagsField(readTags(at(event.request, 'tags')));
function reqNumber(source: JsonValue | undefined, path: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}
const block = (f: Fields) => (Object.keys(f).length > 0 ? blocks(f) : undefined);

/** Request members a create handler does not map: the record then does not state the whole resource. */
function unmappedMembers(event: MapperEvent, mapped: readonly string[]): string[] {
  return isObject(event.request) ? Object.keys(event.request).filter((k) => !mapped.includes(k)) : [];
}

function keepUnmappedInAccount(draft: ResourceDraft, event: MapperEvent, mapped: readonly string[]): void {
  const unmapped = unmappedMembers(event, mapped);
  if (unmapped.length > 0) draft.configFromAccount(`${event.eventName} set ${unmapped.join(', ')}, which Trailform does not map yet`);
}

// ---------------------------------------------------------------------------------------------
// Notebook instances

const NOTEBOOK_MEMBERS = [
  'notebookInstanceName', 'instanceType', 'roleArn', 'subnetId', 'securityGroupIds', 'kmsKeyId', 'lifecycleConfigName', 'directInternetAccess',
  'volumeSizeInGB', 'defaultCodeRepository', 'additionalCodeRepositories', 'rootAccess', 'platformIdentifier', 'instanceMetadataServiceConfiguration', 'tags',
];

/** The arguments Create/UpdateNotebookInstance state; the update names only what it changes. */
function notebookSettings(request: JsonValue): Fields {
  return fields({
    instance_type: textAt(request, 'instanceType'),
    role_arn: textAt(request, 'roleArn'),
    lifecycle_config_name: textAt(request, 'lifecycleConfigName'),
    volume_size: numberAt(request, 'volumeSizeInGB'),
    default_code_repository: textAt(request, 'defaultCodeRepository'),
    additional_code_repositories: stringsAt(request, 'additionalCodeRepositories'),
    root_access: textAt(request, 'rootAccess'),
    instance_metadata_service_configuration: isObject(at(request, 'instanceMetadataServiceConfiguration'))
      ? block(fields({ minimum_instance_metadata_service_version: textAt(request, 'instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion') }))
      : undefined,
  });
}

function changeNotebook(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const name = reqString(event.request, 'notebookInstanceName');
  return ctx.change(NOTEBOOK, name, { fields: { name: text(name) }, exports: { id: name, arn: arnOf(event, 'notebook-instance', name) } });
}

// ---------------------------------------------------------------------------------------------
// Lifecycle configurations: each hook is a list of at most one `{content}` (base64 script).

function hookField(draft: ResourceDraft, request: JsonValue, member: string, argument: string, name: string): Expr | ReturnType<typeof sensitive> | undefined {
  const content = optString(listAt(request, member)[0], 'content');
  if (content === undefined) return undefined;
  if (!HIDDEN.test(content)) return text(content);
  draft.ignoreChanges(argument, `CloudTrail hid the ${member} script; the live one is kept`);
  return sensitive(`${member} script (base64) of SageMaker lifecycle configuration ${name} (CloudTrail hides it)`);
}

function lifecycleFields(draft: ResourceDraft, request: JsonValue, name: string): Fields {
  return fields({
    name: text(name),
    on_create: hookField(draft, request, 'onCreate', 'on_create', name),
    on_start: hookField(draft, request, 'onStart', 'on_start', name),
  });
}

// ---------------------------------------------------------------------------------------------
// Models

const MODEL_MEMBERS = ['modelName', 'primaryContainer', 'containers', 'executionRoleArn', 'vpcConfig', 'enableNetworkIsolation', 'inferenceExecutionConfig', 'tags'];
const CONTAINER_MEMBERS = ['containerHostname', 'image', 'imageConfig', 'mode', 'modelDataUrl', 'environment', 'modelPackageName', 'inferenceSpecificationName', 'multiModelConfig', 'modelDataSource'];

/** Environment values CloudTrail hid become variables of the model. */
function environment(value: JsonValue | undefined, container: string): Expr | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError('environment should be a map');
  const entries = Object.entries(value).map(([k, raw]) => {
    const v = optString({ v: raw }, 'v') ?? '';
    return [k, HIDDEN.test(v) ? ownSecret(`${container}_${k}`.toLowerCase().replace(/[^a-z0-9_]+/g, '_')) : str(v)] as const;
  });
  return entries.length > 0 ? object(entries) : undefined;
}

function containerBlock(c: JsonValue, index: string): Fields {
  const unknown = isObject(c) ? Object.keys(c).filter((k) => !CONTAINER_MEMBERS.includes(k)) : [];
  if (unknown.length > 0) throw new UnmappedError(`container ${unknown.join(', ')}`);
  const s3 = at(c, 'modelDataSource.s3DataSource');
  return fields({
    container_hostname: textAt(c, 'containerHostname'),
    image: textAt(c, 'image'),
    mode: textAt(c, 'mode'),
    model_data_url: textAt(c, 'modelDataUrl'),
    model_package_name: textAt(c, 'modelPackageName'),
    inference_specification_name: textAt(c, 'inferenceSpecificationName'),
    environment: environment(at(c, 'environment'), index),
    image_config: isObject(at(c, 'imageConfig'))
      ? blocks(
          fields({
            repository_access_mode: text(reqString(c, 'imageConfig.repositoryAccessMode')),
            repository_auth_config: optString(c, 'imageConfig.repositoryAuthConfig.repositoryCredentialsProviderArn') === undefined
              ? undefined
              : blocks({ repository_credentials_provider_arn: text(reqString(c, 'imageConfig.repositoryAuthConfig.repositoryCredentialsProviderArn')) }),
          }),
        )
      : undefined,
    multi_model_config: isObject(at(c, 'multiModelConfig')) ? block(fields({ model_cache_setting: textAt(c, 'multiModelConfig.modelCacheSetting') })) : undefined,
    model_data_source: isObject(s3)
      ? blocks({
          s3_data_source: blocks(
            fields({
              s3_uri: text(reqString(s3, 's3Uri')),
              s3_data_type: text(reqString(s3, 's3DataType')),
              compression_type: text(reqString(s3, 'compressionType')),
              model_access_config: optBool(s3, 'modelAccessConfig.acceptEula') === undefined ? undefined : blocks({ accept_eula: flag(optBool(s3, 'modelAccessConfig.acceptEula')!) }),
            }),
          ),
        })
      : undefined,
  });
}

/** A member the mapper does not know: the resource is then left to the account. */
class UnmappedError extends Error {}

/**
 * A hidden environment value is a variable, and the live environment is kept: a model is immutable, so
 * a wrong variable would replace it.
 */
function keepHiddenEnvironment(draft: ResourceDraft): void {
  const hidden = (f: Fields | undefined) => JSON.stringify(f?.environment ?? null).includes('__own_secret__');
  const primary = draft.fields.primary_container;
  if (primary?.kind === 'blocks' && hidden(primary.items[0])) {
    draft.ignoreChanges('primary_container[0].environment', 'CloudTrail hid an environment value; a model is immutable, so the live environment is kept');
  }
  const containers = draft.fields.container;
  if (containers?.kind === 'blocks') {
    containers.items.forEach((c, i) => {
      if (hidden(c)) draft.ignoreChanges(`container[${i}].environment`, 'CloudTrail hid an environment value; a model is immutable, so the live environment is kept');
    });
  }
}

function modelFields(event: MapperEvent, name: string): Fields {
  const r = event.request;
  const primary = at(r, 'primaryContainer');
  const containers = listAt(r, 'containers');
  const vpc = at(r, 'vpcConfig');
  return fields({
    name: text(name),
    execution_role_arn: text(reqString(r, 'executionRoleArn')),
    enable_network_isolation: optBool(r, 'enableNetworkIsolation') === true ? flag(true) : undefined,
    primary_container: isObject(primary) ? blocks(containerBlock(primary, 'primary')) : undefined,
    container: containers.length > 0 ? blocks(...containers.map((c, i) => containerBlock(c, `container${i}`))) : undefined,
    inference_execution_config: isObject(at(r, 'inferenceExecutionConfig')) ? blocks({ mode: text(reqString(r, 'inferenceExecutionConfig.mode')) }) : undefined,
    vpc_config: isObject(vpc) ? blocks({ security_group_ids: strings(stringList(vpc, 'securityGroupIds')), subnets: strings(stringList(vpc, 'subnets')) }) : undefined,
    tags: tagsOf(event),
  });
}

// ---------------------------------------------------------------------------------------------
// Endpoint configurations

const ENDPOINT_CONFIG_MEMBERS = ['endpointConfigName', 'productionVariants', 'dataCaptureConfig', 'kmsKeyId', 'executionRoleArn', 'tags'];
const VARIANT_MEMBERS = [
  'variantName', 'modelName', 'initialInstanceCount', 'instanceType', 'initialVariantWeight', 'acceleratorType', 'volumeSizeInGB',
  'modelDataDownloadTimeoutInSeconds', 'containerStartupHealthCheckTimeoutInSeconds', 'enableSSMAccess', 'inferenceAmiVersion',
  'serverlessConfig', 'managedInstanceScaling', 'routingConfig', 'coreDumpConfig',
];

function variantBlock(v: JsonValue): Fields {
  const unknown = isObject(v) ? Object.keys(v).filter((k) => !VARIANT_MEMBERS.includes(k)) : [];
  if (unknown.length > 0) throw new UnmappedError(`production variant ${unknown.join(', ')}`);
  const serverless = at(v, 'serverlessConfig');
  const scaling = at(v, 'managedInstanceScaling');
  const routing = at(v, 'routingConfig');
  const coreDump = at(v, 'coreDumpConfig');
  return fields({
    variant_name: textAt(v, 'variantName'),
    model_name: textAt(v, 'modelName'),
    instance_type: textAt(v, 'instanceType'),
    initial_instance_count: numberAt(v, 'initialInstanceCount'),
    // AWS stores 1.0 when the request names no weight (ProductionVariant API reference), and the provider reads it back.
    initial_variant_weight: number(optNumber(v, 'initialVariantWeight') ?? 1),
    accelerator_type: textAt(v, 'acceleratorType'),
    volume_size_in_gb: numberAt(v, 'volumeSizeInGB'),
    model_data_download_timeout_in_seconds: numberAt(v, 'modelDataDownloadTimeoutInSeconds'),
    container_startup_health_check_timeout_in_seconds: numberAt(v, 'containerStartupHealthCheckTimeoutInSeconds'),
    enable_ssm_access: flagAt(v, 'enableSSMAccess'),
    inference_ami_version: textAt(v, 'inferenceAmiVersion'),
    serverless_config: isObject(serverless)
      ? blocks(fields({ memory_size_in_mb: number(reqNumber(serverless, 'memorySizeInMB')), max_concurrency: number(reqNumber(serverless, 'maxConcurrency')), provisioned_concurrency: numberAt(serverless, 'provisionedConcurrency') }))
      : undefined,
    managed_instance_scaling: isObject(scaling)
      ? block(fields({ status: textAt(scaling, 'status'), min_instance_count: numberAt(scaling, 'minInstanceCount'), max_instance_count: numberAt(scaling, 'maxInstanceCount') }))
      : undefined,
    routing_config: isObject(routing) ? blocks({ routing_strategy: text(reqString(routing, 'routingStrategy')) }) : undefined,
    core_dump_config: isObject(coreDump) ? blocks(fields({ destination_s3_uri: text(reqString(coreDump, 'destinationS3Uri')), kms_key_id: textAt(coreDump, 'kmsKeyId') })) : undefined,
  });
}

function dataCapture(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const options = listAt(value, 'captureOptions');
  const headers = at(value, 'captureContentTypeHeader');
  return blocks(
    fields({
      enable_capture: flagAt(value, 'enableCapture'),
      initial_sampling_percentage: number(reqNumber(value, 'initialSamplingPercentage')),
      destination_s3_uri: text(reqString(value, 'destinationS3Uri')),
      kms_key_id: textAt(value, 'kmsKeyId'),
      capture_options: blocks(...options.map((o) => ({ capture_mode: text(reqString(o, 'captureMode')) }))),
      capture_content_type_header: isObject(headers)
        ? block(fields({ csv_content_types: stringsAt(headers, 'csvContentTypes'), json_content_types: stringsAt(headers, 'jsonContentTypes') }))
        : undefined,
    }),
  );
}

/** Builds a resource's fields; a member the mapper does not know leaves it to the account. */
function statedOrFromAccount(draft: ResourceDraft, event: MapperEvent, mapped: readonly string[], build: () => Fields): void {
  try {
    draft.fields = build();
    keepUnmappedInAccount(draft, event, mapped);
  } catch (error) {
    if (!(error instanceof UnmappedError)) throw error;
    draft.configFromAccount(`${event.eventName} set ${error.message}, which Trailform does not map yet`);
  }
}

export const sagemaker: ServiceMapper = {
  service: 'sagemaker',
  eventSource: 'sagemaker.amazonaws.com',
  resources: [
    {
      type: NOTEBOOK,
      required: ['instance_type', 'name', 'role_arn'],
      references: {
        role_arn: ['aws_iam_role'],
        subnet_id: ['aws_subnet'],
        security_groups: ['aws_security_group'],
        kms_key_id: ['aws_kms_key'],
        lifecycle_config_name: [LIFECYCLE],
      },
      events: ['CreateNotebookInstance', 'UpdateNotebookInstance', 'StartNotebookInstance', 'StopNotebookInstance', 'DeleteNotebookInstance'],
    },
    {
      type: LIFECYCLE,
      required: [],
      events: ['CreateNotebookInstanceLifecycleConfig', 'UpdateNotebookInstanceLifecycleConfig', 'DeleteNotebookInstanceLifecycleConfig'],
    },
    {
      type: MODEL,
      required: ['execution_role_arn'],
      references: { execution_role_arn: ['aws_iam_role'], 'vpc_config.subnets': ['aws_subnet'], 'vpc_config.security_group_ids': ['aws_security_group'] },
      events: ['CreateModel', 'DeleteModel'],
    },
    {
      type: ENDPOINT_CONFIG,
      required: ['production_variants'],
      references: { 'production_variants.model_name': [MODEL], kms_key_arn: ['aws_kms_key'], execution_role_arn: ['aws_iam_role'] },
      events: ['CreateEndpointConfig', 'DeleteEndpointConfig'],
    },
    {
      type: ENDPOINT,
      required: ['endpoint_config_name'],
      references: { endpoint_config_name: [ENDPOINT_CONFIG] },
      events: ['CreateEndpoint', 'UpdateEndpoint', 'DeleteEndpoint'],
    },
    ...TYPES.resources,
  ],
  events: mergeHandlers(TYPES.events, {
    CreateNotebookInstance(event, ctx) {
      const name = reqString(event.request, 'notebookInstanceName');
      const draft = ctx.create(NOTEBOOK, name, { exports: { id: name, arn: optString(event.response, 'notebookInstanceArn') ?? arnOf(event, 'notebook-instance', name) } });
      draft.fields = fields({
        name: text(name),
        ...notebookSettings(event.request),
        subnet_id: textAt(event.request, 'subnetId'),
        security_groups: stringsAt(event.request, 'securityGroupIds'),
        kms_key_id: textAt(event.request, 'kmsKeyId'),
        direct_internet_access: textAt(event.request, 'directInternetAccess'),
        platform_identifier: textAt(event.request, 'platformIdentifier'),
        tags: tagsOf(event),
      });
      keepUnmappedInAccount(draft, event, NOTEBOOK_MEMBERS);
    },
    UpdateNotebookInstance(event, ctx) {
      const draft = changeNotebook(event, ctx);
      Object.assign(draft.fields, notebookSettings(event.request));
      // The disassociate flags remove what they name (UpdateNotebookInstance API reference).
      if (optBool(event.request, 'disassociateLifecycleConfig') === true) delete draft.fields.lifecycle_config_name;
      if (optBool(event.request, 'disassociateDefaultCodeRepository') === true) delete draft.fields.default_code_repository;
      if (optBool(event.request, 'disassociateAdditionalCodeRepositories') === true) delete draft.fields.additional_code_repositories;
      if (!draft.created) {
        const removed = ['LifecycleConfig', 'DefaultCodeRepository', 'AdditionalCodeRepositories'].filter((what) => optBool(event.request, `disassociate${what}`) === true);
        if (removed.length > 0) draft.sessionChange(`disassociated its ${removed.join(', ')}`);
      }
    },
    StartNotebookInstance(_event, ctx) {
      ctx.ignore('starts the notebook instance: its running state is not configuration');
    },
    StopNotebookInstance(_event, ctx) {
      ctx.ignore('stops the notebook instance: its running state is not configuration');
    },
    DeleteNotebookInstance(event, ctx) {
      ctx.remove(NOTEBOOK, reqString(event.request, 'notebookInstanceName'));
    },
    CreateNotebookInstanceLifecycleConfig(event, ctx) {
      const name = reqString(event.request, 'notebookInstanceLifecycleConfigName');
      const draft = ctx.create(LIFECYCLE, name, { exports: { id: name, name, arn: optString(event.response, 'notebookInstanceLifecycleConfigArn') ?? arnOf(event, 'notebook-instance-lifecycle-config', name) } });
      draft.fields = { ...lifecycleFields(draft, event.request, name), ...fields({ tags: tagsOf(event) }) };
    },
    UpdateNotebookInstanceLifecycleConfig(event, ctx) {
      const name = reqString(event.request, 'notebookInstanceLifecycleConfigName');
      const draft = ctx.change(LIFECYCLE, name, { fields: { name: text(name) }, exports: { id: name, name } });
      // The update replaces both hooks (a hook left out is emptied).
      const tags = draft.fields.tags;
      draft.fields = { ...lifecycleFields(draft, event.request, name), ...(tags ? { tags } : {}) };
    },
    DeleteNotebookInstanceLifecycleConfig(event, ctx) {
      ctx.remove(LIFECYCLE, reqString(event.request, 'notebookInstanceLifecycleConfigName'));
    },
    CreateModel(event, ctx) {
      const name = reqString(event.request, 'modelName');
      const draft = ctx.create(MODEL, name, { exports: { id: name, name, arn: optString(event.response, 'modelArn') ?? arnOf(event, 'model', name) } });
      statedOrFromAccount(draft, event, MODEL_MEMBERS, () => modelFields(event, name));
      keepHiddenEnvironment(draft);
    },
    DeleteModel(event, ctx) {
      ctx.remove(MODEL, reqString(event.request, 'modelName'));
    },
    CreateEndpointConfig(event, ctx) {
      const name = reqString(event.request, 'endpointConfigName');
      const draft = ctx.create(ENDPOINT_CONFIG, name, { exports: { id: name, name, arn: optString(event.response, 'endpointConfigArn') ?? arnOf(event, 'endpoint-config', name) } });
      statedOrFromAccount(draft, event, ENDPOINT_CONFIG_MEMBERS, () => {
        const variants = listAt(event.request, 'productionVariants');
        if (variants.length === 0) throw new MalformedRecordError('missing productionVariants');
        return fields({
          name: text(name),
          production_variants: blocks(...variants.map(variantBlock)),
          data_capture_config: dataCapture(at(event.request, 'dataCaptureConfig')),
          kms_key_arn: textAt(event.request, 'kmsKeyId'),
          execution_role_arn: textAt(event.request, 'executionRoleArn'),
          tags: tagsOf(event),
        });
      });
    },
    DeleteEndpointConfig(event, ctx) {
      ctx.remove(ENDPOINT_CONFIG, reqString(event.request, 'endpointConfigName'));
    },
    CreateEndpoint(event, ctx) {
      const name = reqString(event.request, 'endpointName');
      const draft = ctx.create(ENDPOINT, name, { exports: { id: name, name, arn: optString(event.response, 'endpointArn') ?? arnOf(event, 'endpoint', name) } });
      draft.fields = fields({ name: text(name), endpoint_config_name: text(reqString(event.request, 'endpointConfigName')), tags: tagsOf(event) });
      keepUnmappedInAccount(draft, event, ['endpointName', 'endpointConfigName', 'tags']);
    },
    UpdateEndpoint(event, ctx) {
      const name = reqString(event.request, 'endpointName');
      const draft = ctx.change(ENDPOINT, name, { fields: { name: text(name) }, exports: { id: name, name } });
      draft.fields.endpoint_config_name = text(reqString(event.request, 'endpointConfigName'));
      const other = unmappedMembers(event, ['endpointName', 'endpointConfigName']);
      if (other.length > 0 && draft.created) draft.configFromAccount(`UpdateEndpoint set ${other.join(', ')}, which Trailform does not map yet`);
    },
    DeleteEndpoint(event, ctx) {
      ctx.remove(ENDPOINT, reqString(event.request, 'endpointName'));
    },
  }),
};
