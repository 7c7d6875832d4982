// AWS CodeBuild projects, report groups, webhooks and source credentials (fleets stay import-only).
// CloudTrail shape (JSON protocol): the API's lowerCamel members (`name`, `source`, `artifacts`,
// `environment`, `serviceRole`, `timeoutInMinutes`, `tags[{key,value}]` ...). CreateProject and
// UpdateProject answer with the whole stored `project` (the AWS doc example record has it in the response
// only), so a project is read from the response when it is there, else from the request.
// https://docs.aws.amazon.com/codebuild/latest/userguide/cloudtrail.html
// https://docs.aws.amazon.com/codebuild/latest/APIReference/API_Operations.html

import type { JsonObject, JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, listOf, optBool, optNumber, optString, readTags, reqString } from './read';
import { blocks, fields, flag, flagAt, number, numberAt, sensitive, strings, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const PROJECT = 'aws_codebuild_project';
const REPORT_GROUP = 'aws_codebuild_report_group';
const WEBHOOK = 'aws_codebuild_webhook';
const CREDENTIAL = 'aws_codebuild_source_credential';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const FLEET = importOnlyTypes([
  {
    type: 'aws_codebuild_fleet',
    create: 'CreateFleet',
    id: ['request.name'],
    delete: 'DeleteFleet',
    deleteId: (e) => optString(e.request, 'arn')?.split('/').pop()?.split(':')[0],
  },
]);

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};
const listBlocks = (items: Fields[]) => (items.length > 0 ? blocks(...items) : undefined);
/** A value left out when it equals the service's default (which the provider reads back the same). */
const unlessDefault = <T extends string | number | boolean>(value: T | undefined, fallback: T, build: (v: T) => ReturnType<typeof text>) =>
  value === undefined || value === fallback ? undefined : build(value);

// ---------------------------------------------------------------------------------------------
// Projects: keyed and imported by name (codebuild_project doc)

const projectArn = (event: MapperEvent, name: string) => buildArn(event, 'codebuild', `project/${name}`);

function changeProject(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(PROJECT, name, { exports: { name, arn: projectArn(event, name) } });
}

function sourceFields(source: JsonValue, secondary: boolean): Fields {
  const auth = at(source, 'auth');
  return fields({
    source_identifier: secondary ? text(reqString(source, 'sourceIdentifier')) : undefined,
    type: text(reqString(source, 'type')),
    location: textAt(source, 'location'),
    buildspec: textAt(source, 'buildspec'),
    git_clone_depth: numberAt(source, 'gitCloneDepth'),
    insecure_ssl: optBool(source, 'insecureSsl') === true ? flag(true) : undefined,
    report_build_status: flagAt(source, 'reportBuildStatus'),
    // OAUTH without a resource is the console's legacy GitHub link: nothing to configure.
    auth: isObject(auth) && optString(auth, 'resource') !== undefined ? blocks({ type: text(reqString(auth, 'type')), resource: text(reqString(auth, 'resource')) }) : undefined,
    build_status_config: optBlock(at(source, 'buildStatusConfig'), (c) => fields({ context: textAt(c, 'context'), target_url: textAt(c, 'targetUrl') })),
    git_submodules_config: optBlock(at(source, 'gitSubmodulesConfig'), (c) => ({ fetch_submodules: flag(optBool(c, 'fetchSubmodules') ?? false) })),
  });
}

function artifactFields(artifacts: JsonValue, secondary: boolean): Fields {
  return fields({
    artifact_identifier: secondary ? text(reqString(artifacts, 'artifactIdentifier')) : textAt(artifacts, 'artifactIdentifier'),
    type: text(reqString(artifacts, 'type')),
    location: textAt(artifacts, 'location'),
    path: textAt(artifacts, 'path'),
    // `outputName`: the member's name in CodeBuild's 2016 launch documentation; the API answers it as `name`
    name: textAt(artifacts, 'name') ?? textAt(artifacts, 'outputName'),
    namespace_type: unlessDefault(optString(artifacts, 'namespaceType'), 'NONE', text),
    packaging: unlessDefault(optString(artifacts, 'packaging'), 'NONE', text),
    override_artifact_name: optBool(artifacts, 'overrideArtifactName') === true ? flag(true) : undefined,
    encryption_disabled: optBool(artifacts, 'encryptionDisabled') === true ? flag(true) : undefined,
    bucket_owner_access: textAt(artifacts, 'bucketOwnerAccess'),
  });
}

function environmentFields(env: JsonValue): Fields {
  const variables = listAt(env, 'environmentVariables').map((v) =>
    fields({ name: text(reqString(v, 'name')), value: text(optString(v, 'value') ?? ''), type: unlessDefault(optString(v, 'type'), 'PLAINTEXT', text) }));
  return fields({
    type: text(reqString(env, 'type')),
    image: text(reqString(env, 'image')),
    compute_type: text(reqString(env, 'computeType')),
    certificate: textAt(env, 'certificate'),
    privileged_mode: optBool(env, 'privilegedMode') === true ? flag(true) : undefined,
    image_pull_credentials_type: unlessDefault(optString(env, 'imagePullCredentialsType'), 'CODEBUILD', text),
    registry_credential: optBlock(at(env, 'registryCredential'), (c) => ({ credential: text(reqString(c, 'credential')), credential_provider: text(reqString(c, 'credentialProvider')) })),
    fleet: optBlock(at(env, 'fleet'), (f) => fields({ fleet_arn: textAt(f, 'fleetArn') })),
    docker_server: optBlock(at(env, 'dockerServer'), (d) => fields({ compute_type: text(reqString(d, 'computeType')), security_group_ids: stringsAt(d, 'securityGroupIds') })),
    environment_variable: listBlocks(variables),
  });
}

function logsFields(logs: JsonValue): Fields {
  // CloudWatch Logs enabled and S3 logs disabled are the defaults CodeBuild reports back.
  const cloudwatch = at(logs, 'cloudWatchLogs');
  const s3 = at(logs, 's3Logs');
  const cwDefault = isObject(cloudwatch) && optString(cloudwatch, 'status') === 'ENABLED' && optString(cloudwatch, 'groupName') === undefined && optString(cloudwatch, 'streamName') === undefined;
  const s3Default = isObject(s3) && optString(s3, 'status') === 'DISABLED' && optString(s3, 'location') === undefined;
  return fields({
    cloudwatch_logs: cwDefault ? undefined : optBlock(cloudwatch, (c) => fields({ status: textAt(c, 'status'), group_name: textAt(c, 'groupName'), stream_name: textAt(c, 'streamName') })),
    s3_logs: s3Default ? undefined : optBlock(s3, (c) => fields({
      status: textAt(c, 'status'),
      location: textAt(c, 'location'),
      encryption_disabled: optBool(c, 'encryptionDisabled') === true ? flag(true) : undefined,
      bucket_owner_access: textAt(c, 'bucketOwnerAccess'),
    })),
  });
}

/** A project's arguments from a Project-shaped object (the request, or the `project` of a response). */
function projectFields(project: JsonValue): Fields {
  const cache = at(project, 'cache');
  const vpc = at(project, 'vpcConfig');
  const batch = at(project, 'buildBatchConfig');
  const visibility = optString(project, 'projectVisibility');
  return fields({
    name: text(reqString(project, 'name')),
    description: textAt(project, 'description'),
    service_role: text(reqString(project, 'serviceRole')),
    // 60 and 480 minutes are CodeBuild's defaults, and the provider's.
    build_timeout: unlessDefault(optNumber(project, 'timeoutInMinutes'), 60, number),
    queued_timeout: unlessDefault(optNumber(project, 'queuedTimeoutInMinutes'), 480, number),
    // Without a key CodeBuild uses the AWS managed S3 key; encryption_key is optional and computed.
    encryption_key: textAt(project, 'encryptionKey'),
    badge_enabled: (optBool(project, 'badgeEnabled') ?? optBool(project, 'badge.badgeEnabled')) === true ? flag(true) : undefined,
    concurrent_build_limit: numberAt(project, 'concurrentBuildLimit'),
    auto_retry_limit: unlessDefault(optNumber(project, 'autoRetryLimit'), 0, number),
    source_version: textAt(project, 'sourceVersion'),
    project_visibility: unlessDefault(visibility, 'PRIVATE', text),
    resource_access_role: textAt(project, 'resourceAccessRole'),
    tags: tagsField(readTags(at(project, 'tags'))),
    source: blocks(sourceFields(at(project, 'source') ?? {}, false)),
    secondary_sources: listBlocks(listAt(project, 'secondarySources').map((s) => sourceFields(s, true))),
    secondary_source_version: listBlocks(listAt(project, 'secondarySourceVersions').map((v) => ({
      source_identifier: text(reqString(v, 'sourceIdentifier')),
      source_version: text(reqString(v, 'sourceVersion')),
    }))),
    artifacts: blocks(artifactFields(at(project, 'artifacts') ?? {}, false)),
    secondary_artifacts: listBlocks(listAt(project, 'secondaryArtifacts').map((a) => artifactFields(a, true))),
    environment: blocks(environmentFields(at(project, 'environment') ?? {})),
    cache: isObject(cache) && optString(cache, 'type') !== 'NO_CACHE'
      ? optBlock(cache, (c) => fields({ type: textAt(c, 'type'), location: textAt(c, 'location'), modes: stringsAt(c, 'modes') }))
      : undefined,
    logs_config: optBlock(at(project, 'logsConfig'), logsFields),
    vpc_config: isObject(vpc) && optString(vpc, 'vpcId') !== undefined
      ? blocks({ vpc_id: text(reqString(vpc, 'vpcId')), subnets: strings(listAt(vpc, 'subnets').map(String)), security_group_ids: strings(listAt(vpc, 'securityGroupIds').map(String)) })
      : undefined,
    file_system_locations: listBlocks(listAt(project, 'fileSystemLocations').map((f) => fields({
      type: textAt(f, 'type'), location: textAt(f, 'location'), mount_point: textAt(f, 'mountPoint'), identifier: textAt(f, 'identifier'), mount_options: textAt(f, 'mountOptions'),
    }))),
    build_batch_config: optBlock(batch, (b) => fields({
      service_role: text(reqString(b, 'serviceRole')),
      combine_artifacts: flagAt(b, 'combineArtifacts'),
      timeout_in_mins: numberAt(b, 'timeoutInMins'),
      restrictions: optBlock(at(b, 'restrictions'), (r) => fields({ compute_types_allowed: stringsAt(r, 'computeTypesAllowed'), maximum_builds_allowed: numberAt(r, 'maximumBuildsAllowed') })),
    })),
  });
}

/** The stored project of the response, else the request: what a create or update states. */
function statedProject(event: MapperEvent): { project: JsonValue; whole: boolean } {
  const project = at(event.response, 'project');
  return isObject(project) ? { project, whole: true } : { project: event.request, whole: false };
}

function markHidden(draft: ResourceDraft, event: MapperEvent, what: string): void {
  if (JSON.stringify(event.request).includes(HIDDEN) || JSON.stringify(event.response).includes(HIDDEN)) {
    draft.configFromAccount(`CloudTrail hid a value of the ${what} (HIDDEN_DUE_TO_SECURITY_REASONS): Terraform writes it from the account.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Report groups: keyed and imported by ARN

function reportGroupFields(group: JsonValue): Fields {
  const config = at(group, 'exportConfig');
  return fields({
    name: text(reqString(group, 'name')),
    type: text(reqString(group, 'type')),
    export_config: blocks(fields({
      type: text(reqString(config, 'exportConfigType')),
      s3_destination: optBlock(at(config, 's3Destination'), (d) => fields({
        bucket: text(reqString(d, 'bucket')),
        encryption_key: textAt(d, 'encryptionKey'),
        encryption_disabled: optBool(d, 'encryptionDisabled') === true ? flag(true) : undefined,
        packaging: unlessDefault(optString(d, 'packaging'), 'NONE', text),
        path: textAt(d, 'path'),
      })),
    })),
    tags: tagsField(readTags(at(group, 'tags'))),
  });
}

/** s3_destination requires encryption_key; a record without one cannot state the block. */
function checkReportGroup(draft: ResourceDraft): void {
  const config = draft.fields.export_config;
  const destination = config?.kind === 'blocks' ? config.items[0]?.s3_destination : undefined;
  if (destination?.kind === 'blocks' && destination.items[0] && destination.items[0].encryption_key === undefined) {
    draft.configFromAccount('the S3 export names no encryption key, which aws_codebuild_report_group requires: Terraform writes it from the account.');
  }
}

// ---------------------------------------------------------------------------------------------
// Webhooks: one per project, imported by the project name

function webhookFields(request: JsonValue): Fields {
  const groups = listAt(request, 'filterGroups').map((group) => ({
    filter: blocks(...listOf(group).map((f) => fields({
      type: text(reqString(f, 'type')),
      pattern: text(reqString(f, 'pattern')),
      exclude_matched_pattern: optBool(f, 'excludeMatchedPattern') === true ? flag(true) : undefined,
    }))),
  }));
  return fields({
    build_type: textAt(request, 'buildType'),
    branch_filter: textAt(request, 'branchFilter'),
    manual_creation: optBool(request, 'manualCreation') === true ? flag(true) : undefined,
    filter_group: listBlocks(groups),
    scope_configuration: optBlock(at(request, 'scopeConfiguration'), (s) => fields({ name: text(reqString(s, 'name')), scope: text(reqString(s, 'scope')), domain: textAt(s, 'domain') })),
    pull_request_build_policy: optBlock(at(request, 'pullRequestBuildPolicy'), (p) => fields({
      requires_comment_approval: text(reqString(p, 'requiresCommentApproval')),
      approver_roles: stringsAt(p, 'approverRoles'),
    })),
  });
}

// ---------------------------------------------------------------------------------------------

const handlers: ServiceMapper['events'] = {
  CreateProject(event, ctx) {
    const { project } = statedProject(event);
    const name = optString(project, 'name') ?? reqString(event.request, 'name');
    const draft = ctx.create(PROJECT, name, { fields: projectFields(project), exports: { name, arn: optString(project, 'arn') ?? projectArn(event, name) } });
    markHidden(draft, event, 'project');
  },
  UpdateProject(event, ctx) {
    const name = reqString(event.request, 'name');
    const draft = changeProject(event, ctx, name);
    const { project, whole } = statedProject(event);
    if (draft.created && whole) draft.fields = projectFields(project);
    else {
      // The request names only what it changes: its top-level arguments replace the draft's.
      const stated = projectFields({ ...currentShape(project), name });
      for (const key of Object.keys(stated)) if (key !== 'name' && requestNames(event.request, key)) draft.fields[key] = stated[key];
    }
    markHidden(draft, event, 'project');
  },
  UpdateProjectVisibility(event, ctx) {
    const arn = reqString(event.request, 'projectArn');
    const draft = changeProject(event, ctx, arn.slice(arn.lastIndexOf('/') + 1));
    const visibility = reqString(event.request, 'projectVisibility');
    if (visibility === 'PRIVATE') delete draft.fields.project_visibility;
    else draft.fields.project_visibility = text(visibility);
    const role = textAt(event.request, 'resourceAccessRole');
    if (role !== undefined && visibility !== 'PRIVATE') draft.fields.resource_access_role = role;
  },
  DeleteProject(event, ctx) {
    const name = reqString(event.request, 'name');
    ctx.remove(WEBHOOK, name);
    ctx.remove(PROJECT, name);
  },

  CreateReportGroup(event, ctx) {
    const group = isObject(at(event.response, 'reportGroup')) ? at(event.response, 'reportGroup')! : event.request;
    const arn = reqString(event.response, 'reportGroup.arn');
    const draft = ctx.create(REPORT_GROUP, arn, { nameHint: reqString(group, 'name'), fields: reportGroupFields(group), exports: { arn, id: arn } });
    checkReportGroup(draft);
  },
  UpdateReportGroup(event, ctx) {
    const arn = reqString(event.request, 'arn');
    const draft = ctx.change(REPORT_GROUP, arn, { nameHint: arn.slice(arn.lastIndexOf('/') + 1), exports: { arn, id: arn } });
    const group = at(event.response, 'reportGroup');
    if (draft.created && isObject(group)) draft.fields = reportGroupFields(group);
    else {
      if (isObject(at(event.request, 'exportConfig'))) {
        const stated = reportGroupFields({ name: 'unused', type: 'unused', exportConfig: at(event.request, 'exportConfig')! });
        draft.fields.export_config = stated.export_config;
      }
      if (at(event.request, 'tags') !== undefined) {
        const tags = tagsField(readTags(at(event.request, 'tags')));
        if (tags === undefined) delete draft.fields.tags;
        else draft.fields.tags = tags;
      }
    }
    checkReportGroup(draft);
  },
  DeleteReportGroup(event, ctx) {
    ctx.remove(REPORT_GROUP, reqString(event.request, 'arn'));
  },

  CreateWebhook(event, ctx) {
    const project = reqString(event.request, 'projectName');
    ctx.create(WEBHOOK, project, { fields: { project_name: text(project), ...webhookFields(event.request) } });
  },
  UpdateWebhook(event, ctx) {
    const project = reqString(event.request, 'projectName');
    const draft = ctx.change(WEBHOOK, project, {});
    const stated = webhookFields(event.request);
    for (const key of ['build_type', 'branch_filter', 'filter_group', 'pull_request_build_policy']) {
      if (stated[key] !== undefined) draft.fields[key] = stated[key];
    }
    // rotateSecret changes only the secret, which the manifest never holds.
  },
  DeleteWebhook(event, ctx) {
    ctx.remove(WEBHOOK, reqString(event.request, 'projectName'));
  },

  // The token is a secret (CloudTrail hides it): a sensitive variable that never overwrites the live one.
  ImportSourceCredentials(event, ctx) {
    const arn = reqString(event.response, 'arn');
    const serverType = reqString(event.request, 'serverType');
    const draft = ctx.put(CREDENTIAL, arn, {
      nameHint: serverType.toLowerCase(),
      fields: fields({
        auth_type: text(reqString(event.request, 'authType')),
        server_type: text(serverType),
        user_name: textAt(event.request, 'username'),
        token: sensitive(`Token of the CodeBuild ${serverType} source credential (CloudTrail hides it)`),
      }),
      exports: { arn, id: arn },
    });
    draft.ignoreChanges('token', 'CodeBuild never returns the token, so after import the state has none; the variable only makes the configuration valid and must never replace the live credential (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/codebuild_source_credential#token)');
  },
  DeleteSourceCredentials(event, ctx) {
    ctx.remove(CREDENTIAL, reqString(event.request, 'arn'));
  },
};

/** The request members an argument comes from, to apply only what an update names. */
const REQUEST_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  description: ['description'], service_role: ['serviceRole'], build_timeout: ['timeoutInMinutes'], queued_timeout: ['queuedTimeoutInMinutes'],
  encryption_key: ['encryptionKey'], badge_enabled: ['badgeEnabled'], concurrent_build_limit: ['concurrentBuildLimit'], auto_retry_limit: ['autoRetryLimit'],
  source_version: ['sourceVersion'], tags: ['tags'], source: ['source'], secondary_sources: ['secondarySources'],
  secondary_source_version: ['secondarySourceVersions'], artifacts: ['artifacts'], secondary_artifacts: ['secondaryArtifacts'],
  environment: ['environment'], cache: ['cache'], logs_config: ['logsConfig'], vpc_config: ['vpcConfig'],
  file_system_locations: ['fileSystemLocations'], build_batch_config: ['buildBatchConfig'],
};
const requestNames = (request: JsonValue, argument: string) => (REQUEST_MEMBERS[argument] ?? []).some((m) => at(request, m) !== undefined);
/** An update request lacks the required members a Project has; empty ones keep projectFields total. */
const currentShape = (request: JsonValue): JsonObject => ({
  serviceRole: '', source: { type: 'NO_SOURCE' }, artifacts: { type: 'NO_ARTIFACTS' }, environment: { type: '', image: '', computeType: '' },
  ...(isObject(request) ? request : {}),
});

export const codebuild: ServiceMapper = {
  service: 'codebuild',
  eventSource: 'codebuild.amazonaws.com',
  resources: [
    {
      type: PROJECT,
      required: ['artifacts', 'environment', 'name', 'service_role', 'source'],
      references: {
        service_role: ['aws_iam_role'],
        encryption_key: ['aws_kms_key'],
        resource_access_role: ['aws_iam_role'],
        'vpc_config.vpc_id': ['aws_vpc'],
        'vpc_config.subnets': ['aws_subnet'],
        'vpc_config.security_group_ids': ['aws_security_group'],
        'logs_config.cloudwatch_logs.group_name': ['aws_cloudwatch_log_group'],
        'environment.fleet.fleet_arn': ['aws_codebuild_fleet'],
        'source.auth.resource': [CREDENTIAL, 'aws_codestarconnections_connection'],
        'build_batch_config.service_role': ['aws_iam_role'],
      },
      events: ['CreateProject', 'UpdateProject', 'UpdateProjectVisibility', 'DeleteProject'],
    },
    {
      type: REPORT_GROUP,
      required: ['export_config', 'name', 'type'],
      references: { 'export_config.s3_destination.encryption_key': ['aws_kms_key'], 'export_config.s3_destination.bucket': ['aws_s3_bucket'] },
      events: ['CreateReportGroup', 'UpdateReportGroup', 'DeleteReportGroup'],
    },
    {
      type: WEBHOOK,
      required: ['project_name'],
      references: { project_name: [PROJECT] },
      events: ['CreateWebhook', 'UpdateWebhook', 'DeleteWebhook', 'DeleteProject'],
    },
    {
      type: CREDENTIAL,
      required: ['auth_type', 'server_type', 'token'],
      events: ['ImportSourceCredentials', 'DeleteSourceCredentials'],
    },
    ...FLEET.resources,
  ],
  events: mergeHandlers(handlers, FLEET.events),
};
