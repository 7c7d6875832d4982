// Amazon EventBridge Scheduler schedules and schedule groups. CloudTrail shape (REST-JSON): the API members with a
// lower-case first letter (`name`, `groupName`, `scheduleExpression`, `flexibleTimeWindow: {mode}`, `target: {arn,
// roleArn, input, retryPolicy, …}`); tags `[{key, value}]`. Whether this service's records keep the API's
// upper-case member names is not documented, so both spellings are read.
// https://docs.aws.amazon.com/scheduler/latest/UserGuide/logging-using-cloudtrail.html
// API members: https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html,
// API_UpdateSchedule.html ("UpdateSchedule replaces the schedule: parameters it omits are reset to their defaults"),
// API_CreateScheduleGroup.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ServiceMapper } from './mapper';
import { at, isObject, listOf, MalformedRecordError, optBool, optNumber, optString, readTags, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, number, strings, tagsField, text } from './values';

const SCHEDULE = 'aws_scheduler_schedule';
const GROUP = 'aws_scheduler_schedule_group';
const HIDDEN = /^HIDDEN_DUE_TO_SECURITY_REASONS$/;

/** `member` as logged, or with the API's upper-case first letter. */
function pick(source: JsonValue | undefined, member: string): JsonValue | undefined {
  const value = at(source, member);
  if (value !== undefined) return value;
  return at(source, member.charAt(0).toUpperCase() + member.slice(1));
}
const holder = (source: JsonValue | undefined, member: string) => ({ [member]: pick(source, member) ?? null });
const str = (source: JsonValue | undefined, member: string) => optString(holder(source, member), member);
const num = (source: JsonValue | undefined, member: string) => optNumber(holder(source, member), member);
const bool = (source: JsonValue | undefined, member: string) => optBool(holder(source, member), member);
const reqStr = (source: JsonValue | undefined, member: string, where: string) => {
  const value = str(source, member);
  if (value === undefined) throw new MalformedRecordError(`missing ${where}${member}`);
  return value;
};
const obj = (source: JsonValue | undefined, member: string, where: string): JsonValue | undefined => {
  const value = pick(source, member);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MalformedRecordError(`${where}${member} should be an object`);
  return value;
};
const list = (source: JsonValue | undefined, member: string) => listOf(pick(source, member));
const maybeText = (value: string | undefined) => (value === undefined ? undefined : text(value));
const maybeNumber = (value: number | undefined) => (value === undefined ? undefined : number(value));

/** Start and end dates as the provider wants them (RFC 3339), from an ISO string, a logged date or epoch seconds. */
function date(source: JsonValue | undefined, member: string) {
  const raw = pick(source, member);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const parsed = typeof raw === 'number' ? new Date(raw < 1e12 ? raw * 1000 : raw) : typeof raw === 'string' ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) throw new MalformedRecordError(`${member} should be a date, got ${JSON.stringify(raw).slice(0, 80)}`);
  return text(parsed.toISOString().replace(/\.000Z$/, 'Z'));
}

/** `ecsParameters` as the provider's ecs_parameters block. */
function ecsParameters(ecs: JsonValue): Fields {
  const network = obj(obj(ecs, 'networkConfiguration', 'target.ecsParameters.'), 'awsvpcConfiguration', 'target.ecsParameters.networkConfiguration.');
  const ecsTags: Record<string, string> = {};
  for (const entry of list(ecs, 'tags')) Object.assign(ecsTags, readTags(entry));
  const sets = (member: string, build: (item: JsonValue) => Fields) => {
    const items = list(ecs, member).map(build);
    return items.length > 0 ? blocks(...items) : undefined;
  };
  const publicIp = str(network, 'assignPublicIp');
  return fields({
    task_definition_arn: text(reqStr(ecs, 'taskDefinitionArn', 'target.ecsParameters.')),
    task_count: maybeNumber(num(ecs, 'taskCount')),
    launch_type: maybeText(str(ecs, 'launchType')),
    platform_version: maybeText(str(ecs, 'platformVersion')),
    group: maybeText(str(ecs, 'group')),
    propagate_tags: maybeText(str(ecs, 'propagateTags')),
    reference_id: maybeText(str(ecs, 'referenceId')),
    enable_ecs_managed_tags: bool(ecs, 'enableECSManagedTags') === undefined ? undefined : flag(bool(ecs, 'enableECSManagedTags')!),
    enable_execute_command: bool(ecs, 'enableExecuteCommand') === undefined ? undefined : flag(bool(ecs, 'enableExecuteCommand')!),
    tags: tagsField(ecsTags),
    network_configuration: network
      ? blocks(
          fields({
            subnets: strings(stringList(holder(network, 'subnets'), 'subnets')),
            security_groups: stringList(holder(network, 'securityGroups'), 'securityGroups').length > 0 ? strings(stringList(holder(network, 'securityGroups'), 'securityGroups')) : undefined,
            // The API's ENABLED / DISABLED is the provider's bool.
            assign_public_ip: publicIp === undefined ? undefined : flag(publicIp === 'ENABLED'),
          }),
        )
      : undefined,
    capacity_provider_strategy: sets('capacityProviderStrategy', (s) => fields({ capacity_provider: text(reqStr(s, 'capacityProvider', 'capacityProviderStrategy.')), base: maybeNumber(num(s, 'base')), weight: maybeNumber(num(s, 'weight')) })),
    placement_constraints: sets('placementConstraints', (c) => fields({ type: text(reqStr(c, 'type', 'placementConstraints.')), expression: maybeText(str(c, 'expression')) })),
    placement_strategy: sets('placementStrategy', (s) => fields({ type: text(reqStr(s, 'type', 'placementStrategy.')), field: maybeText(str(s, 'field')) })),
  });
}

/** The schedule's `target` block; a hidden `input` is left out and kept as the account has it. */
function targetBlock(target: JsonValue, draft: { hiddenInput: boolean }) {
  const input = str(target, 'input');
  if (input !== undefined && HIDDEN.test(input)) draft.hiddenInput = true;
  const retry = obj(target, 'retryPolicy', 'target.');
  const ecs = obj(target, 'ecsParameters', 'target.');
  const eventBridge = obj(target, 'eventBridgeParameters', 'target.');
  const sageMaker = obj(target, 'sageMakerPipelineParameters', 'target.');
  const pipelineParameters = list(sageMaker, 'pipelineParameterList').map((p) => ({ name: text(reqStr(p, 'name', 'pipelineParameterList.')), value: text(reqStr(p, 'value', 'pipelineParameterList.')) }));
  return blocks(
    fields({
      arn: text(reqStr(target, 'arn', 'target.')),
      role_arn: text(reqStr(target, 'roleArn', 'target.')),
      input: input === undefined || HIDDEN.test(input) ? undefined : text(input),
      dead_letter_config: str(obj(target, 'deadLetterConfig', 'target.'), 'arn') === undefined ? undefined : blocks({ arn: text(str(obj(target, 'deadLetterConfig', 'target.'), 'arn')!) }),
      retry_policy: retry
        ? blocks(fields({ maximum_event_age_in_seconds: maybeNumber(num(retry, 'maximumEventAgeInSeconds')), maximum_retry_attempts: maybeNumber(num(retry, 'maximumRetryAttempts')) }))
        : undefined,
      ecs_parameters: ecs ? blocks(ecsParameters(ecs)) : undefined,
      eventbridge_parameters: eventBridge ? blocks({ detail_type: text(reqStr(eventBridge, 'detailType', 'target.eventBridgeParameters.')), source: text(reqStr(eventBridge, 'source', 'target.eventBridgeParameters.')) }) : undefined,
      kinesis_parameters: str(obj(target, 'kinesisParameters', 'target.'), 'partitionKey') === undefined ? undefined : blocks({ partition_key: text(str(obj(target, 'kinesisParameters', 'target.'), 'partitionKey')!) }),
      sqs_parameters: obj(target, 'sqsParameters', 'target.') ? blocks(fields({ message_group_id: maybeText(str(obj(target, 'sqsParameters', 'target.'), 'messageGroupId')) })) : undefined,
      sagemaker_pipeline_parameters: sageMaker ? blocks(fields({ pipeline_parameter: pipelineParameters.length > 0 ? blocks(...pipelineParameters) : undefined })) : undefined,
    }),
  );
}

/** Create and Update state the whole schedule; defaults left out (group default, state ENABLED). */
function scheduleFields(event: MapperEvent, group: string, name: string): { fields: Fields; hiddenInput: boolean } {
  const r = event.request;
  const window = obj(r, 'flexibleTimeWindow', '');
  const target = obj(r, 'target', '');
  if (window === undefined) throw new MalformedRecordError('missing flexibleTimeWindow');
  if (target === undefined) throw new MalformedRecordError('missing target');
  const state = str(r, 'state');
  const flags = { hiddenInput: false };
  const built = fields({
    name: text(name),
    group_name: group === 'default' ? undefined : text(group),
    description: maybeText(str(r, 'description')),
    schedule_expression: text(reqStr(r, 'scheduleExpression', '')),
    schedule_expression_timezone: maybeText(str(r, 'scheduleExpressionTimezone')),
    start_date: date(r, 'startDate'),
    end_date: date(r, 'endDate'),
    state: state === undefined || state === 'ENABLED' ? undefined : text(state),
    kms_key_arn: maybeText(str(r, 'kmsKeyArn')),
    action_after_completion: maybeText(str(r, 'actionAfterCompletion')),
    flexible_time_window: blocks(fields({ mode: text(reqStr(window, 'mode', 'flexibleTimeWindow.')), maximum_window_in_minutes: maybeNumber(num(window, 'maximumWindowInMinutes')) })),
    target: targetBlock(target, flags),
  });
  return { fields: built, hiddenInput: flags.hiddenInput };
}

const scheduleId = (group: string, name: string) => `${group}/${name}`;

function putSchedule(event: MapperEvent, ctx: FoldContext): void {
  const name = reqStr(event.request, 'name', '');
  const group = str(event.request, 'groupName') ?? 'default';
  const { fields: f, hiddenInput } = scheduleFields(event, group, name);
  const draft = ctx.put(SCHEDULE, scheduleId(group, name), { fields: f });
  if (hiddenInput) {
    draft.ignoreChanges('target[0].input', 'the target input stays as it is: CloudTrail hides it (HIDDEN_DUE_TO_SECURITY_REASONS), so it is not in the configuration (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/scheduler_schedule#input)');
  }
}

const ARN = 'arn:{partition}:scheduler:{region}:{account}';

/** TagResource names a schedule group by ARN (`…:schedule-group/NAME`), in either spelling; schedules have no tags. */
const TAGS = taggingHandlers(() => scheduler.resources, { ...TAG_RESOURCE, resource: ['resourceArn', 'ResourceArn', 'resourceARN', 'ResourceARN'], tags: ['tags'] }, {
  types: [GROUP],
  unmapped: (arn) => `tags ${arn}, which is not a schedule group`,
});

export const scheduler: ServiceMapper = {
  service: 'scheduler',
  eventSource: 'scheduler.amazonaws.com',
  resources: [
    {
      type: SCHEDULE,
      // Keyed `GROUP/NAME`, as its ARN's `schedule/GROUP/NAME`.
      identity: { arn: `${ARN}:schedule/{id}`, nameHint: (id) => id.slice(id.indexOf('/') + 1), exports: ['id', 'arn'] },
      required: ['flexible_time_window', 'schedule_expression', 'target'],
      references: {
        group_name: [GROUP],
        kms_key_arn: ['aws_kms_key'],
        'target.arn': ['aws_lambda_function', 'aws_sqs_queue', 'aws_sns_topic', 'aws_sfn_state_machine', 'aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream', 'aws_cloudwatch_event_bus', 'aws_ecs_cluster'],
        'target.role_arn': ['aws_iam_role'],
        'target.dead_letter_config.arn': ['aws_sqs_queue'],
        'target.ecs_parameters.task_definition_arn': ['aws_ecs_task_definition'],
        'target.ecs_parameters.network_configuration.subnets': ['aws_subnet'],
        'target.ecs_parameters.network_configuration.security_groups': ['aws_security_group'],
      },
      events: ['CreateSchedule', 'UpdateSchedule', 'DeleteSchedule', 'DeleteScheduleGroup'],
    },
    { type: GROUP, identity: { arn: `${ARN}:schedule-group/{id}`, exports: ['id', 'name', 'arn'] }, required: [], events: ['CreateScheduleGroup', 'TagResource', 'UntagResource', 'DeleteScheduleGroup'] },
  ],
  events: mergeHandlers(TAGS, {
    CreateSchedule: putSchedule,
    UpdateSchedule: putSchedule,
    DeleteSchedule(event, ctx) {
      ctx.remove(SCHEDULE, scheduleId(str(event.request, 'groupName') ?? 'default', reqStr(event.request, 'name', '')));
    },
    CreateScheduleGroup(event, ctx) {
      const name = reqStr(event.request, 'name', '');
      const tags: Record<string, string> = {};
      for (const entry of list(event.request, 'tags')) Object.assign(tags, readTags(entry));
      ctx.create(GROUP, name, { fields: fields({ name: text(name), tags: tagsField(tags) }) });
    },
    DeleteScheduleGroup(event, ctx) {
      // Deleting a group deletes its schedules.
      const name = reqStr(event.request, 'name', '');
      for (const schedule of ctx.allWithIdPrefix(SCHEDULE, `${name}/`)) ctx.remove(SCHEDULE, schedule.id);
      ctx.remove(GROUP, name);
    },
  }),
};

