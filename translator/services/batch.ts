// AWS Batch compute environments, job queues, job definitions and scheduling policies. CloudTrail shape
// (REST-JSON protocol): body members under their API names (`computeEnvironmentName`, `computeResources`
// with `minvCpus` / `maxvCpus` / `instanceTypes` / `subnets`, `computeEnvironmentOrder[{order,
// computeEnvironment}]`, `containerProperties`, `fairsharePolicy`), tags as a plain map; create responses
// return the name and ARN.
// https://docs.aws.amazon.com/batch/latest/userguide/using_cloudtrail.html
// https://docs.aws.amazon.com/batch/latest/APIReference/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flagAt, jsonDocument, number, numberAt, stringMap, stringsAt, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const COMPUTE = 'aws_batch_compute_environment';
const QUEUE = 'aws_batch_job_queue';
const JOB_DEFINITION = 'aws_batch_job_definition';
const POLICY = 'aws_batch_scheduling_policy';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** The last path segment of an ARN (`…:compute-environment/Test` → `Test`), or the value itself (a name). */
const nameOf = (nameOrArn: string) => (nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn);
const arnOf = (event: MapperEvent, kind: string, nameOrArn: string) => (nameOrArn.startsWith('arn:') ? nameOrArn : buildArn(event, 'batch', `${kind}/${nameOrArn}`));
const ARN = 'arn:{partition}:batch:{region}:{account}';

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => (isObject(source) ? blocks(build(source)) : undefined);

// ---------------------------------------------------------------------------------------------
// Compute environments: keyed and imported by name (batch_compute_environment doc)

const changeCompute = (ctx: FoldContext, nameOrArn: string): ResourceDraft => ctx.change(COMPUTE, nameOf(nameOrArn), {});

function computeResources(source: JsonValue): Fields {
  return fields({
    type: textAt(source, 'type'),
    allocation_strategy: textAt(source, 'allocationStrategy'),
    min_vcpus: numberAt(source, 'minvCpus'),
    max_vcpus: numberAt(source, 'maxvCpus'),
    // desired_vcpus is optional and computed: Batch scales it, so a stated value would be read back changed.
    instance_type: stringsAt(source, 'instanceTypes'),
    image_id: textAt(source, 'imageId'),
    subnets: stringsAt(source, 'subnets'),
    security_group_ids: stringsAt(source, 'securityGroupIds'),
    ec2_key_pair: textAt(source, 'ec2KeyPair'),
    instance_role: textAt(source, 'instanceRole'),
    placement_group: textAt(source, 'placementGroup'),
    bid_percentage: numberAt(source, 'bidPercentage'),
    spot_iam_fleet_role: textAt(source, 'spotIamFleetRole'),
    tags: tagsField(readTags(at(source, 'tags'))),
    launch_template: optBlock(at(source, 'launchTemplate'), (t) =>
      fields({ launch_template_id: textAt(t, 'launchTemplateId'), launch_template_name: textAt(t, 'launchTemplateName'), version: textAt(t, 'version') })),
    ec2_configuration: ec2Configuration(source),
  });
}

function ec2Configuration(source: JsonValue) {
  const items = listAt(source, 'ec2Configuration').map((c) =>
    fields({ image_type: textAt(c, 'imageType'), image_id_override: textAt(c, 'imageIdOverride'), image_kubernetes_version: textAt(c, 'imageKubernetesVersion') }));
  return items.length > 0 ? blocks(...items) : undefined;
}

/** An update names the compute resource settings it changes; the others keep their values. */
function mergeComputeResources(draft: ResourceDraft, update: JsonValue): void {
  const current = draft.fields.compute_resources;
  const base = current && current.kind === 'blocks' && current.items[0] ? current.items[0] : {};
  draft.fields.compute_resources = blocks({ ...base, ...computeResources(update) });
}

// ---------------------------------------------------------------------------------------------
// Job queues and scheduling policies: keyed and imported by ARN

function changeQueue(event: MapperEvent, ctx: FoldContext, nameOrArn: string): ResourceDraft {
  const arn = arnOf(event, 'job-queue', nameOrArn);
  return ctx.change(QUEUE, arn, { exports: { arn, id: arn, name: nameOf(nameOrArn) } });
}

function queueArguments(event: MapperEvent): Fields {
  const request = event.request;
  // The request may name an environment by name or ARN; Batch reads it back as the ARN.
  const order = listAt(request, 'computeEnvironmentOrder').map((o) => ({
    order: number(numberOrThrow(o, 'order')),
    compute_environment: text(arnOf(event, 'compute-environment', reqString(o, 'computeEnvironment'))),
  }));
  const limits = listAt(request, 'jobStateTimeLimitActions').map((a) => ({
    action: text(reqString(a, 'action')),
    max_time_seconds: number(numberOrThrow(a, 'maxTimeSeconds')),
    reason: text(reqString(a, 'reason')),
    state: text(reqString(a, 'state')),
  }));
  return fields({
    state: textAt(request, 'state'),
    priority: numberAt(request, 'priority'),
    scheduling_policy_arn: textAt(request, 'schedulingPolicyArn'),
    compute_environment_order: order.length > 0 ? blocks(...order) : undefined,
    job_state_time_limit_action: limits.length > 0 ? blocks(...limits) : undefined,
  });
}

function numberOrThrow(source: JsonValue, path: string): number {
  const value = at(source, path);
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new MalformedRecordError(`${path} should be a number`);
  return n;
}

function changePolicy(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(POLICY, arn, { exports: { arn, id: arn, name: nameOf(arn) } });
}

function fairSharePolicy(source: JsonValue): Fields {
  const shares = listAt(source, 'shareDistribution').map((s) => fields({ share_identifier: text(reqString(s, 'shareIdentifier')), weight_factor: numberAt(s, 'weightFactor') }));
  return fields({
    compute_reservation: numberAt(source, 'computeReservation'),
    share_decay_seconds: numberAt(source, 'shareDecaySeconds'),
    share_distribution: shares.length > 0 ? blocks(...shares) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Job definitions: keyed by name; each RegisterJobDefinition is a new revision, which is what
// aws_batch_job_definition does on a change, and the import ID is the latest revision's ARN.

const jsonProperty = (request: JsonValue, path: string) => {
  const value = at(request, path);
  return isObject(value) ? jsonDocument(value) : undefined;
};

function jobDefinitionFields(request: JsonValue, name: string): Fields {
  const retry = at(request, 'retryStrategy');
  const timeout = at(request, 'timeout');
  const parameters = at(request, 'parameters');
  return fields({
    name: text(name),
    type: text(reqString(request, 'type')),
    platform_capabilities: stringsAt(request, 'platformCapabilities'),
    container_properties: jsonProperty(request, 'containerProperties'),
    node_properties: jsonProperty(request, 'nodeProperties'),
    ecs_properties: jsonProperty(request, 'ecsProperties'),
    parameters: isObject(parameters) && Object.keys(parameters).length > 0 ? stringMap(readTags(parameters)) : undefined,
    propagate_tags: flagAt(request, 'propagateTags'),
    scheduling_priority: numberAt(request, 'schedulingPriority'),
    retry_strategy: optBlock(retry, (r) => {
      const onExit = listAt(r, 'evaluateOnExit').map((e) =>
        fields({ action: text(reqString(e, 'action').toLowerCase()), on_exit_code: textAt(e, 'onExitCode'), on_reason: textAt(e, 'onReason'), on_status_reason: textAt(e, 'onStatusReason') }));
      return fields({ attempts: numberAt(r, 'attempts'), evaluate_on_exit: onExit.length > 0 ? blocks(...onExit) : undefined });
    }),
    timeout: optBlock(timeout, (t) => fields({ attempt_duration_seconds: numberAt(t, 'attemptDurationSeconds') })),
    tags: tagsField(readTags(at(request, 'tags'))),
  });
}

function deregister(ctx: FoldContext, value: string): void {
  // `name:revision` or the revision's ARN; only the session's current revision is the resource.
  const nameRevision = value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
  const name = nameRevision.split(':')[0] ?? nameRevision;
  const draft = ctx.find(JOB_DEFINITION, name);
  if (draft && (draft.importId === value || draft.importId.endsWith(`/${nameRevision}`))) ctx.remove(JOB_DEFINITION, name);
  else ctx.ignore(`deregisters job definition revision ${value}, which is not the latest revision this session registered`);
}

// ---------------------------------------------------------------------------------------------

// Queues and scheduling policies are keyed by ARN and export their name beside it; a job definition is
// keyed by name and imported by the tagged revision's ARN.
const TAGGING: TaggingOptions = {
  adopt: {
    [QUEUE]: (arn, event, ctx) => changeQueue(event, ctx, arn),
    [POLICY]: (arn, _event, ctx) => changePolicy(ctx, arn),
    [JOB_DEFINITION]: (name, event, ctx) => {
      const arn = reqString(event.request, 'resourceArn');
      return ctx.change(JOB_DEFINITION, name, { importId: arn, exports: { arn } });
    },
  },
  unmapped: (arn, event) => `${event.eventName}: ${arn} is not a Batch resource Trailform maps`,
};

export const batch: ServiceMapper = {
  service: 'batch',
  eventSource: 'batch.amazonaws.com',
  resources: [
    {
      type: COMPUTE,
      identity: { arn: `${ARN}:compute-environment/{id}`, exports: ['name', 'arn'] },
      required: ['type'],
      references: {
        service_role: ['aws_iam_role'],
        'compute_resources.subnets': ['aws_subnet'],
        'compute_resources.security_group_ids': ['aws_security_group'],
        'compute_resources.instance_role': ['aws_iam_instance_profile'],
        'compute_resources.spot_iam_fleet_role': ['aws_iam_role'],
        'compute_resources.ec2_key_pair': ['aws_key_pair'],
        'compute_resources.launch_template.launch_template_id': ['aws_launch_template'],
        'compute_resources.launch_template.launch_template_name': ['aws_launch_template'],
        'eks_configuration.eks_cluster_arn': ['aws_eks_cluster'],
      },
      events: ['CreateComputeEnvironment', 'UpdateComputeEnvironment', 'TagResource', 'UntagResource', 'DeleteComputeEnvironment'],
    },
    {
      type: QUEUE,
      identity: { arn: `${ARN}:job-queue/{name}`, keyedByArn: true, nameHint: nameOf },
      required: ['name', 'priority', 'state'],
      references: { 'compute_environment_order.compute_environment': [COMPUTE], scheduling_policy_arn: [POLICY] },
      events: ['CreateJobQueue', 'UpdateJobQueue', 'TagResource', 'UntagResource', 'DeleteJobQueue'],
    },
    {
      type: JOB_DEFINITION,
      identity: { arn: `${ARN}:job-definition/{id}:{revision}` },
      required: ['name', 'type'],
      events: ['RegisterJobDefinition', 'TagResource', 'UntagResource', 'DeregisterJobDefinition'],
    },
    {
      type: POLICY,
      identity: { arn: `${ARN}:scheduling-policy/{name}`, keyedByArn: true, nameHint: nameOf },
      required: ['name'],
      events: ['CreateSchedulingPolicy', 'UpdateSchedulingPolicy', 'TagResource', 'UntagResource', 'DeleteSchedulingPolicy'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => batch.resources, TAG_RESOURCE, TAGGING), {
    CreateComputeEnvironment(event, ctx) {
      const name = reqString(event.request, 'computeEnvironmentName');
      const resources = at(event.request, 'computeResources');
      const eks = at(event.request, 'eksConfiguration');
      const policy = at(event.request, 'updatePolicy');
      ctx.create(COMPUTE, name, {
        fields: fields({
          name: text(name),
          type: text(reqString(event.request, 'type')),
          state: textAt(event.request, 'state'),
          service_role: textAt(event.request, 'serviceRole'),
          compute_resources: optBlock(resources, computeResources),
          eks_configuration: optBlock(eks, (e) => ({ eks_cluster_arn: text(reqString(e, 'eksClusterArn')), kubernetes_namespace: text(reqString(e, 'kubernetesNamespace')) })),
          update_policy: optBlock(policy, (p) => fields({ job_execution_timeout_minutes: numberAt(p, 'jobExecutionTimeoutMinutes'), terminate_jobs_on_update: flagAt(p, 'terminateJobsOnUpdate') })),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { name, arn: optString(event.response, 'computeEnvironmentArn') ?? arnOf(event, 'compute-environment', name) },
      });
    },
    UpdateComputeEnvironment(event, ctx) {
      const draft = changeCompute(ctx, reqString(event.request, 'computeEnvironment'));
      const state = textAt(event.request, 'state');
      if (state !== undefined) draft.fields.state = state;
      const role = textAt(event.request, 'serviceRole');
      if (role !== undefined) draft.fields.service_role = role;
      const resources = at(event.request, 'computeResources');
      if (isObject(resources)) mergeComputeResources(draft, resources);
      const policy = at(event.request, 'updatePolicy');
      if (isObject(policy)) draft.fields.update_policy = blocks(fields({ job_execution_timeout_minutes: numberAt(policy, 'jobExecutionTimeoutMinutes'), terminate_jobs_on_update: flagAt(policy, 'terminateJobsOnUpdate') }));
    },
    DeleteComputeEnvironment(event, ctx) {
      ctx.remove(COMPUTE, nameOf(reqString(event.request, 'computeEnvironment')));
    },

    CreateJobQueue(event, ctx) {
      const name = reqString(event.request, 'jobQueueName');
      const arn = optString(event.response, 'jobQueueArn') ?? arnOf(event, 'job-queue', name);
      ctx.create(QUEUE, arn, {
        fields: { name: text(name), ...queueArguments(event), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
        exports: { arn, id: arn, name },
      });
    },
    UpdateJobQueue(event, ctx) {
      const draft = changeQueue(event, ctx, reqString(event.request, 'jobQueue'));
      Object.assign(draft.fields, queueArguments(event));
    },
    DeleteJobQueue(event, ctx) {
      ctx.remove(QUEUE, arnOf(event, 'job-queue', reqString(event.request, 'jobQueue')));
    },

    RegisterJobDefinition(event, ctx) {
      const name = reqString(event.request, 'jobDefinitionName');
      const arn = reqString(event.response, 'jobDefinitionArn');
      const previous = ctx.find(JOB_DEFINITION, name);
      // A new revision of the session's own definition is the same Terraform resource, changed.
      const draft = previous?.created ? previous : ctx.create(JOB_DEFINITION, name, { importId: arn });
      draft.importId = arn;
      draft.fields = jobDefinitionFields(event.request, name);
      draft.exports = { arn, arn_prefix: arn.replace(/:\d+$/, '') };
      if (JSON.stringify(event.request).includes(HIDDEN)) {
        draft.configFromAccount('CloudTrail hid a value of the job definition (HIDDEN_DUE_TO_SECURITY_REASONS): Terraform writes it from the account.');
      }
    },
    DeregisterJobDefinition(event, ctx) {
      deregister(ctx, reqString(event.request, 'jobDefinition'));
    },

    CreateSchedulingPolicy(event, ctx) {
      const name = reqString(event.request, 'name');
      const arn = optString(event.response, 'arn') ?? arnOf(event, 'scheduling-policy', name);
      ctx.create(POLICY, arn, {
        fields: fields({
          name: text(name),
          fair_share_policy: optBlock(at(event.request, 'fairsharePolicy'), fairSharePolicy),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { arn, id: arn, name },
      });
    },
    UpdateSchedulingPolicy(event, ctx) {
      const draft = changePolicy(ctx, reqString(event.request, 'arn'));
      const policy = optBlock(at(event.request, 'fairsharePolicy'), fairSharePolicy);
      if (policy === undefined) delete draft.fields.fair_share_policy;
      else draft.fields.fair_share_policy = policy;
    },
    DeleteSchedulingPolicy(event, ctx) {
      ctx.remove(POLICY, reqString(event.request, 'arn'));
    },
  }),
};
