// AWS CodePipeline pipelines (webhooks and custom action types stay import-only). CloudTrail shape (JSON
// protocol): the API's lowerCamel members; CreatePipeline and UpdatePipeline carry the whole `pipeline`
// structure (`roleArn`, `artifactStore` or per-Region `artifactStores`, `stages[{name, actions[{name,
// actionTypeId, configuration, inputArtifacts, outputArtifacts, runOrder}]}]`, `pipelineType`,
// `executionMode`, `variables`, `triggers`), tags as `tags[{key,value}]` beside it.
// https://docs.aws.amazon.com/codepipeline/latest/userguide/monitoring-cloudtrail-logs.html
// https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PipelineDeclaration.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, numberAt, stringMap, strings, stringsAt, tagsField, text, textAt } from './values';

const PIPELINE = 'aws_codepipeline';
const HIDDEN = new Set(['HIDDEN_DUE_TO_SECURITY_REASONS', '****']);

// Custom action types import as `CATEGORY:PROVIDER:VERSION`.
const actionTypeId = (e: MapperEvent) => {
  const parts = ['category', 'provider', 'version'].map((f) => optString(e.request, f));
  return parts.every((p) => p !== undefined) ? parts.join(':') : undefined;
};

const IMPORT_ONLY = importOnlyTypes([
  // Imported by ARN.
  { type: 'aws_codepipeline_webhook', create: 'PutWebhook', id: ['response.webhook.arn'] },
  {
    type: 'aws_codepipeline_custom_action_type',
    create: 'CreateCustomActionType',
    id: actionTypeId,
    delete: 'DeleteCustomActionType',
  },
]);

class Unmapped extends Error {}

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};
const names = (source: JsonValue, path: string) => listAt(source, path).map((a) => reqString(a, 'name'));

function artifactStore(store: JsonValue, region: string | undefined): Fields {
  return fields({
    location: text(reqString(store, 'location')),
    type: text(reqString(store, 'type')),
    region: region === undefined ? undefined : text(region),
    encryption_key: optBlock(at(store, 'encryptionKey'), (k) => ({ id: text(reqString(k, 'id')), type: text(reqString(k, 'type')) })),
  });
}

function configuration(action: JsonValue, where: string) {
  const config = at(action, 'configuration');
  if (!isObject(config)) return undefined;
  const map: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    const v = typeof value === 'string' ? value : JSON.stringify(value);
    // GitHub (version 1) OAuth tokens and other secrets come back masked: the account holds the real one.
    if (HIDDEN.has(v)) throw new Unmapped(`${where} has a configuration value CloudTrail hides (${key})`);
    map[key] = v;
  }
  return Object.keys(map).length > 0 ? stringMap(map) : undefined;
}

function action(source: JsonValue): Fields {
  const name = reqString(source, 'name');
  const inputs = names(source, 'inputArtifacts');
  const outputs = names(source, 'outputArtifacts');
  return fields({
    name: text(name),
    category: text(reqString(source, 'actionTypeId.category')),
    owner: text(reqString(source, 'actionTypeId.owner')),
    provider: text(reqString(source, 'actionTypeId.provider')),
    version: text(reqString(source, 'actionTypeId.version')),
    run_order: numberAt(source, 'runOrder'),
    region: textAt(source, 'region'),
    role_arn: textAt(source, 'roleArn'),
    namespace: textAt(source, 'namespace'),
    timeout_in_minutes: numberAt(source, 'timeoutInMinutes'),
    input_artifacts: inputs.length > 0 ? strings(inputs) : undefined,
    output_artifacts: outputs.length > 0 ? strings(outputs) : undefined,
    configuration: configuration(source, `action ${name}`),
  });
}

function stage(source: JsonValue): Fields {
  const name = reqString(source, 'name');
  for (const member of ['beforeEntry', 'onSuccess']) if (at(source, member) !== undefined) throw new Unmapped(`stage ${name} has ${member} conditions, which Trailform does not map`);
  if (at(source, 'onFailure.conditions') !== undefined) throw new Unmapped(`stage ${name} has onFailure conditions, which Trailform does not map`);
  // Every stage has at least one action (PipelineDeclaration); a record without them is abridged.
  if (listAt(source, 'actions').length === 0) throw new Unmapped(`stage ${name} is listed without its actions`);
  return fields({
    name: text(name),
    action: blocks(...listAt(source, 'actions').map(action)),
    on_failure: optBlock(at(source, 'onFailure'), (f) => fields({
      result: textAt(f, 'result'),
      retry_configuration: optBlock(at(f, 'retryConfiguration'), (r) => fields({ retry_mode: textAt(r, 'retryMode') })),
    })),
  });
}

const includesExcludes = (source: JsonValue | undefined) => optBlock(source, (f) => fields({ includes: stringsAt(f, 'includes'), excludes: stringsAt(f, 'excludes') }));

function trigger(source: JsonValue): Fields {
  const git = at(source, 'gitConfiguration');
  const push = listAt(git, 'push').map((p) => fields({ branches: includesExcludes(at(p, 'branches')), file_paths: includesExcludes(at(p, 'filePaths')), tags: includesExcludes(at(p, 'tags')) }));
  const pulls = listAt(git, 'pullRequest').map((p) => fields({ events: stringsAt(p, 'events'), branches: includesExcludes(at(p, 'branches')), file_paths: includesExcludes(at(p, 'filePaths')) }));
  return {
    provider_type: text(reqString(source, 'providerType')),
    git_configuration: blocks(fields({
      source_action_name: text(reqString(git, 'sourceActionName')),
      push: push.length > 0 ? blocks(...push) : undefined,
      pull_request: pulls.length > 0 ? blocks(...pulls) : undefined,
    })),
  };
}

/** The whole pipeline declaration as arguments. */
function pipelineFields(pipeline: JsonValue): Fields {
  const stores = at(pipeline, 'artifactStores');
  const single = at(pipeline, 'artifactStore');
  const storeBlocks = isObject(stores) ? Object.entries(stores).map(([region, store]) => artifactStore(store, region)) : isObject(single) ? [artifactStore(single, undefined)] : [];
  if (storeBlocks.length === 0) throw new MalformedRecordError('pipeline has no artifactStore');
  const variables = listAt(pipeline, 'variables').map((v) => fields({ name: text(reqString(v, 'name')), default_value: textAt(v, 'defaultValue'), description: textAt(v, 'description') }));
  const triggers = listAt(pipeline, 'triggers').map(trigger);
  const type = optString(pipeline, 'pipelineType');
  const mode = optString(pipeline, 'executionMode');
  return fields({
    name: text(reqString(pipeline, 'name')),
    role_arn: text(reqString(pipeline, 'roleArn')),
    // V1 and SUPERSEDED are the provider's defaults and CodePipeline's.
    pipeline_type: type === undefined || type === 'V1' ? undefined : text(type),
    execution_mode: mode === undefined || mode === 'SUPERSEDED' ? undefined : text(mode),
    artifact_store: blocks(...storeBlocks),
    stage: blocks(...listAt(pipeline, 'stages').map(stage)),
    variable: variables.length > 0 ? blocks(...variables) : undefined,
    trigger: triggers.length > 0 ? blocks(...triggers) : undefined,
  });
}

/** States the declaration on the draft, or leaves the block to the account when part of it is not mapped. */
function statePipeline(draft: ResourceDraft, pipeline: JsonValue): void {
  try {
    const tags = draft.fields.tags;
    draft.fields = { ...pipelineFields(pipeline), ...(tags ? { tags } : {}) };
  } catch (error) {
    if (!(error instanceof Unmapped)) throw error;
    draft.configFromAccount(`${error.message}: Terraform writes the pipeline from the account.`);
  }
}

/** Pipelines' ARNs end in the bare name; webhooks (`webhook:NAME`) and custom action types (`actiontype:…`) have a kind prefix. */
const TAGGING: TaggingOptions = {
  arnsOnly: true,
  unmapped: (arn, event) => `${event.eventName}: ${arn} is a webhook or custom action type, which Trailform maps by its import block only`,
};

export const codepipeline: ServiceMapper = {
  service: 'codepipeline',
  eventSource: 'codepipeline.amazonaws.com',
  resources: [
    {
      type: PIPELINE,
      identity: { arn: 'arn:{partition}:codepipeline:{region}:{account}:{id}', exports: ['name', 'arn'] },
      required: ['artifact_store', 'name', 'role_arn', 'stage'],
      references: {
        role_arn: ['aws_iam_role'],
        'artifact_store.location': ['aws_s3_bucket'],
        'artifact_store.encryption_key.id': ['aws_kms_key'],
        'stage.action.role_arn': ['aws_iam_role'],
      },
      events: ['CreatePipeline', 'UpdatePipeline', 'TagResource', 'UntagResource', 'DeletePipeline'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, taggingHandlers(() => codepipeline.resources, TAG_RESOURCE, TAGGING), {
    CreatePipeline(event, ctx) {
      // The request holds the whole declaration; a response may echo only part of it.
      const pipeline = isObject(at(event.request, 'pipeline')) ? at(event.request, 'pipeline')! : at(event.response, 'pipeline');
      if (!isObject(pipeline)) throw new MalformedRecordError('missing pipeline');
      const name = reqString(pipeline, 'name');
      const draft = ctx.create(PIPELINE, name, {});
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
      statePipeline(draft, pipeline);
    },
    // UpdatePipeline restates the whole declaration (the UpdatePipeline API reference).
    UpdatePipeline(event, ctx) {
      const pipeline = at(event.request, 'pipeline');
      if (!isObject(pipeline)) throw new MalformedRecordError('missing pipeline');
      const draft = ctx.change(PIPELINE, reqString(pipeline, 'name'), {});
      if (draft.created) statePipeline(draft, pipeline);
      else draft.sessionChange('updated the pipeline declaration (stages, actions, artifact store)');
    },
    DeletePipeline(event, ctx) {
      ctx.remove(PIPELINE, reqString(event.request, 'name'));
    },
  }),
};

