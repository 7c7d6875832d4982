// Glue ETL: jobs, crawlers, triggers, workflows and security configurations, all imported by name.
// UpdateJob overwrites the whole job definition (https://docs.aws.amazon.com/glue/latest/webapi/API_UpdateJob.html),
// so it restates the job; UpdateCrawler, UpdateTrigger and UpdateWorkflow change what they name.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, flagAt, numberAt, strings, stringsAt, tagsField, text, textAt } from '../values';
import { keepAccountTags } from './catalog';
import { CRAWLER, JOB, SECURITY_CONFIGURATION, TRIGGER, WORKFLOW, objectAt, stringMapAt } from './shared';

/** Job members of CreateJob and of UpdateJob's `jobUpdate`. */
function jobFields(job: JsonValue): Fields {
  const command = objectAt(job, 'command');
  if (command === undefined) throw new MalformedRecordError('missing command');
  const source = objectAt(job, 'sourceControlDetails');
  const connections = stringList(job, 'connections.connections');
  return fields({
    role_arn: text(reqString(job, 'role')),
    description: textAt(job, 'description'),
    glue_version: textAt(job, 'glueVersion'),
    worker_type: textAt(job, 'workerType'),
    number_of_workers: numberAt(job, 'numberOfWorkers'),
    // max_capacity and worker settings exclude each other; the API echoes maxCapacity only for Python shell jobs.
    max_capacity: optString(job, 'workerType') === undefined ? numberAt(job, 'maxCapacity') : undefined,
    max_retries: numberAt(job, 'maxRetries'),
    timeout: numberAt(job, 'timeout'),
    execution_class: textAt(job, 'executionClass'),
    job_mode: textAt(job, 'jobMode'),
    job_run_queuing_enabled: optBool(job, 'jobRunQueuingEnabled') === true ? flag(true) : undefined,
    maintenance_window: textAt(job, 'maintenanceWindow'),
    security_configuration: textAt(job, 'securityConfiguration'),
    connections: connections.length > 0 ? strings(connections) : undefined,
    default_arguments: stringMapAt(job, 'defaultArguments'),
    non_overridable_arguments: stringMapAt(job, 'nonOverridableArguments'),
    command: blocks(fields({ name: textAt(command, 'name'), script_location: text(reqString(command, 'scriptLocation')), python_version: textAt(command, 'pythonVersion'), runtime: textAt(command, 'runtime') })),
    execution_property: optString(job, 'executionProperty.maxConcurrentRuns') === undefined ? undefined : blocks(fields({ max_concurrent_runs: numberAt(job, 'executionProperty.maxConcurrentRuns') })),
    notification_property: optString(job, 'notificationProperty.notifyDelayAfter') === undefined ? undefined : blocks(fields({ notify_delay_after: numberAt(job, 'notificationProperty.notifyDelayAfter') })),
    source_control_details: source
      ? blocks(
          fields({
            provider: textAt(source, 'provider'),
            repository: textAt(source, 'repository'),
            owner: textAt(source, 'owner'),
            branch: textAt(source, 'branch'),
            folder: textAt(source, 'folder'),
            last_commit_id: textAt(source, 'lastCommitId'),
            auth_strategy: textAt(source, 'authStrategy'),
          }),
        )
      : undefined,
  });
}

function targetList(targets: JsonValue | undefined, member: string, build: (t: JsonValue) => Fields) {
  const items = listAt(targets, member).map((t, i) => {
    if (!isObject(t)) throw new MalformedRecordError(`targets.${member}[${i}] should be an object`);
    return build(t);
  });
  return items.length > 0 ? blocks(...items) : undefined;
}

/** Crawler members of CreateCrawler and UpdateCrawler (an update names only what changes). */
function crawlerFields(r: JsonValue): Fields {
  const targets = objectAt(r, 'targets');
  const connection = (t: JsonValue) => textAt(t, 'connectionName');
  const policy = objectAt(r, 'schemaChangePolicy');
  return fields({
    role: textAt(r, 'role'),
    database_name: textAt(r, 'databaseName'),
    description: textAt(r, 'description'),
    schedule: textAt(r, 'schedule'),
    classifiers: stringsAt(r, 'classifiers'),
    table_prefix: textAt(r, 'tablePrefix'),
    configuration: textAt(r, 'configuration'),
    security_configuration: textAt(r, 'crawlerSecurityConfiguration'),
    s3_target: targetList(targets, 's3Targets', (t) =>
      fields({ path: text(reqString(t, 'path')), exclusions: stringsAt(t, 'exclusions'), connection_name: connection(t), sample_size: numberAt(t, 'sampleSize'), event_queue_arn: textAt(t, 'eventQueueArn'), dlq_event_queue_arn: textAt(t, 'dlqEventQueueArn') }),
    ),
    jdbc_target: targetList(targets, 'jdbcTargets', (t) =>
      fields({ connection_name: text(reqString(t, 'connectionName')), path: text(reqString(t, 'path')), exclusions: stringsAt(t, 'exclusions'), enable_additional_metadata: stringsAt(t, 'enableAdditionalMetadata') }),
    ),
    dynamodb_target: targetList(targets, 'dynamoDBTargets', (t) => fields({ path: text(reqString(t, 'path')), scan_all: flagAt(t, 'scanAll'), scan_rate: numberAt(t, 'scanRate') })),
    mongodb_target: targetList(targets, 'mongoDBTargets', (t) => fields({ connection_name: text(reqString(t, 'connectionName')), path: text(reqString(t, 'path')), scan_all: flagAt(t, 'scanAll') })),
    catalog_target: targetList(targets, 'catalogTargets', (t) =>
      fields({ database_name: text(reqString(t, 'databaseName')), tables: strings(stringList(t, 'tables')), connection_name: connection(t), event_queue_arn: textAt(t, 'eventQueueArn'), dlq_event_queue_arn: textAt(t, 'dlqEventQueueArn') }),
    ),
    delta_target: targetList(targets, 'deltaTargets', (t) =>
      fields({ delta_tables: strings(stringList(t, 'deltaTables')), write_manifest: flag(optBool(t, 'writeManifest') ?? false), connection_name: connection(t) }),
    ),
    iceberg_target: targetList(targets, 'icebergTargets', (t) => fields({ paths: strings(stringList(t, 'paths')), maximum_traversal_depth: numberAt(t, 'maximumTraversalDepth'), exclusions: stringsAt(t, 'exclusions'), connection_name: connection(t) })),
    hudi_target: targetList(targets, 'hudiTargets', (t) => fields({ paths: strings(stringList(t, 'paths')), maximum_traversal_depth: numberAt(t, 'maximumTraversalDepth'), exclusions: stringsAt(t, 'exclusions'), connection_name: connection(t) })),
    schema_change_policy: policy ? blocks(fields({ update_behavior: textAt(policy, 'updateBehavior'), delete_behavior: textAt(policy, 'deleteBehavior') })) : undefined,
    recrawl_policy: optString(r, 'recrawlPolicy.recrawlBehavior') === undefined ? undefined : blocks({ recrawl_behavior: text(optString(r, 'recrawlPolicy.recrawlBehavior')!) }),
    lineage_configuration: optString(r, 'lineageConfiguration.crawlerLineageSettings') === undefined ? undefined : blocks({ crawler_lineage_settings: text(optString(r, 'lineageConfiguration.crawlerLineageSettings')!) }),
    lake_formation_configuration: objectAt(r, 'lakeFormationConfiguration')
      ? blocks(fields({ use_lake_formation_credentials: flagAt(r, 'lakeFormationConfiguration.useLakeFormationCredentials'), account_id: textAt(r, 'lakeFormationConfiguration.accountId') }))
      : undefined,
  });
}

function triggerActions(source: JsonValue | undefined) {
  const items = listAt(source, 'actions').map((a, i) => {
    if (!isObject(a)) throw new MalformedRecordError(`actions[${i}] should be an object`);
    return fields({
      job_name: textAt(a, 'jobName'),
      crawler_name: textAt(a, 'crawlerName'),
      arguments: stringMapAt(a, 'arguments'),
      timeout: numberAt(a, 'timeout'),
      security_configuration: textAt(a, 'securityConfiguration'),
      notification_property: optString(a, 'notificationProperty.notifyDelayAfter') === undefined ? undefined : blocks(fields({ notify_delay_after: numberAt(a, 'notificationProperty.notifyDelayAfter') })),
    });
  });
  return items.length > 0 ? blocks(...items) : undefined;
}

/** Trigger members of CreateTrigger and UpdateTrigger's `triggerUpdate`. */
function triggerFields(r: JsonValue): Fields {
  const predicate = objectAt(r, 'predicate');
  const conditions = listAt(predicate, 'conditions').map((c) =>
    fields({ job_name: textAt(c, 'jobName'), state: textAt(c, 'state'), crawler_name: textAt(c, 'crawlerName'), crawl_state: textAt(c, 'crawlState'), logical_operator: textAt(c, 'logicalOperator') }),
  );
  const batching = objectAt(r, 'eventBatchingCondition');
  return fields({
    description: textAt(r, 'description'),
    schedule: textAt(r, 'schedule'),
    actions: triggerActions(r),
    predicate: predicate ? blocks(fields({ logical: textAt(predicate, 'logical'), conditions: conditions.length > 0 ? blocks(...conditions) : undefined })) : undefined,
    event_batching_condition: batching ? blocks(fields({ batch_size: numberAt(batching, 'batchSize'), batch_window: numberAt(batching, 'batchWindow') })) : undefined,
  });
}

/** `encryptionConfiguration`: a kind the record leaves out is DISABLED, which is what the account reports. */
function encryptionConfiguration(r: JsonValue) {
  const config = objectAt(r, 'encryptionConfiguration');
  if (config === undefined) throw new MalformedRecordError('missing encryptionConfiguration');
  const s3 = listAt(config, 's3Encryption')[0];
  const kind = (source: JsonValue | undefined, modeMember: string, modeArgument: string) =>
    blocks(fields({ [modeArgument]: text(optString(source, modeMember) ?? 'DISABLED'), kms_key_arn: textAt(source, 'kmsKeyArn') }));
  return blocks({
    s3_encryption: kind(s3, 's3EncryptionMode', 's3_encryption_mode'),
    cloudwatch_encryption: kind(objectAt(config, 'cloudWatchEncryption'), 'cloudWatchEncryptionMode', 'cloudwatch_encryption_mode'),
    job_bookmarks_encryption: kind(objectAt(config, 'jobBookmarksEncryption'), 'jobBookmarksEncryptionMode', 'job_bookmarks_encryption_mode'),
  });
}

/** Jobs, crawlers, triggers and workflows: their identity (name, ARN, exports) is declared in the spec. */
function create(event: MapperEvent, ctx: FoldContext, type: string, name: string, f: Fields): ResourceDraft {
  return ctx.create(type, name, { fields: { name: text(name), ...f, ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) } });
}

/** Enabled unless the trigger was never started: triggers are created stopped unless startOnCreation (ON_DEMAND ones never run on their own). */
function setTriggerEnabled(draft: ResourceDraft, enabled: boolean): void {
  if (enabled && draft.created) delete draft.fields.enabled;
  else draft.fields.enabled = flag(enabled);
}

export const etlHandlers: Record<string, EventHandler> = {
  CreateJob(event, ctx) {
    create(event, ctx, JOB, reqString(event.request, 'name'), jobFields(event.request));
  },
  UpdateJob(event, ctx) {
    const name = reqString(event.request, 'jobName');
    const update = objectAt(event.request, 'jobUpdate');
    if (update === undefined) throw new MalformedRecordError('missing jobUpdate');
    const known = ctx.find(JOB, name);
    const tags = known?.fields.tags;
    const draft = ctx.put(JOB, name, { fields: { name: text(name), ...jobFields(update), ...(tags ? { tags } : {}) } });
    if (!known) keepAccountTags(draft);
  },
  DeleteJob(event, ctx) {
    ctx.remove(JOB, reqString(event.request, 'jobName'));
  },
  CreateCrawler(event, ctx) {
    const draft = create(event, ctx, CRAWLER, reqString(event.request, 'name'), crawlerFields(event.request));
    if (!draft.fields.role || !draft.fields.database_name) throw new MalformedRecordError('missing role or databaseName');
  },
  UpdateCrawler(event, ctx) {
    const f = crawlerFields(event.request);
    Object.assign(ctx.change(CRAWLER, reqString(event.request, 'name'), {}).fields, f);
  },
  UpdateCrawlerSchedule(event, ctx) {
    const draft = ctx.change(CRAWLER, reqString(event.request, 'crawlerName'), {});
    const schedule = optString(event.request, 'schedule');
    if (schedule === undefined) delete draft.fields.schedule;
    else draft.fields.schedule = text(schedule);
  },
  DeleteCrawler(event, ctx) {
    ctx.remove(CRAWLER, reqString(event.request, 'name'));
  },
  CreateTrigger(event, ctx) {
    const r = event.request;
    const type = reqString(r, 'type');
    const draft = create(event, ctx, TRIGGER, reqString(r, 'name'), { type: text(type), ...triggerFields(r), ...fields({ workflow_name: textAt(r, 'workflowName') }) });
    if (!draft.fields.actions) throw new MalformedRecordError('missing actions');
    setTriggerEnabled(draft, optBool(r, 'startOnCreation') === true && type !== 'ON_DEMAND');
    // The provider reads `enabled` of an EVENT trigger from its own prior state (trigger.go, resourceTriggerRead), so
    // an imported one would plan a start or stop whatever the configuration says: it is left as the account has it.
    if (type === 'EVENT') draft.ignoreChanges('enabled', 'for EVENT triggers the provider derives enabled from its prior state, not from the account, so it is kept as it is');
  },
  UpdateTrigger(event, ctx) {
    const update = objectAt(event.request, 'triggerUpdate');
    if (update === undefined) throw new MalformedRecordError('missing triggerUpdate');
    Object.assign(ctx.change(TRIGGER, reqString(event.request, 'name'), {}).fields, triggerFields(update));
  },
  StartTrigger(event, ctx) {
    setTriggerEnabled(ctx.change(TRIGGER, reqString(event.request, 'name'), {}), true);
  },
  StopTrigger(event, ctx) {
    setTriggerEnabled(ctx.change(TRIGGER, reqString(event.request, 'name'), {}), false);
  },
  DeleteTrigger(event, ctx) {
    ctx.remove(TRIGGER, reqString(event.request, 'name'));
  },
  CreateWorkflow(event, ctx) {
    const r = event.request;
    create(event, ctx, WORKFLOW, reqString(r, 'name'), fields({ description: textAt(r, 'description'), default_run_properties: stringMapAt(r, 'defaultRunProperties'), max_concurrent_runs: numberAt(r, 'maxConcurrentRuns') }));
  },
  UpdateWorkflow(event, ctx) {
    const r = event.request;
    const f = fields({ description: textAt(r, 'description'), default_run_properties: stringMapAt(r, 'defaultRunProperties'), max_concurrent_runs: numberAt(r, 'maxConcurrentRuns') });
    Object.assign(ctx.change(WORKFLOW, reqString(r, 'name'), {}).fields, f);
  },
  DeleteWorkflow(event, ctx) {
    // The workflow's triggers go with it.
    const name = reqString(event.request, 'name');
    for (const trigger of ctx.allHolding(TRIGGER, 'workflow_name', name)) {
      const workflow = trigger.field('workflow_name');
      if (workflow?.kind === 'string' && workflow.value === name) ctx.remove(TRIGGER, trigger.id);
    }
    ctx.remove(WORKFLOW, name);
  },
  CreateSecurityConfiguration(event, ctx) {
    const name = reqString(event.request, 'name');
    ctx.create(SECURITY_CONFIGURATION, name, { exports: { id: name, name }, fields: { name: text(name), encryption_configuration: encryptionConfiguration(event.request) } });
  },
  DeleteSecurityConfiguration(event, ctx) {
    ctx.remove(SECURITY_CONFIGURATION, reqString(event.request, 'name'));
  },
};
