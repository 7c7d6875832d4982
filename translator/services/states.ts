// AWS Step Functions state machines and activities.
// CloudTrail shape (JSON protocol): lowerCamel members; CreateStateMachine carries `name`, `roleArn` and the
// `definition` as the exact string sent, and answers with `stateMachineArn`. Newer records may log the
// definition as HIDDEN_DUE_TO_SECURITY_REASONS.
// https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cloud-trail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, optBool, optNumber, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, jsonDocument, number, tagsField, text } from './values';

const MACHINE = 'aws_sfn_state_machine';
const ACTIVITY = 'aws_sfn_activity';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const nameOf = (arn: string) => arn.split(':').pop() ?? arn;

const PLACEHOLDER_DEFINITION = {
  Comment: 'Placeholder: CloudTrail did not log the definition; ignore_changes keeps the one in AWS',
  StartAt: 'Placeholder',
  States: { Placeholder: { Type: 'Pass', End: true } },
};

function loggingBlock(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  const destination = optString(listAt(value, 'destinations')[0], 'cloudWatchLogsLogGroup.logGroupArn');
  return blocks(
    fields({
      level: optString(value, 'level') === undefined ? undefined : text(optString(value, 'level')!),
      include_execution_data: optBool(value, 'includeExecutionData') === undefined ? undefined : flag(optBool(value, 'includeExecutionData')!),
      log_destination: destination === undefined ? undefined : text(destination),
    }),
  );
}

function encryptionBlock(value: JsonValue | undefined) {
  if (!isObject(value)) return undefined;
  return blocks(
    fields({
      type: optString(value, 'type') === undefined ? undefined : text(optString(value, 'type')!),
      kms_key_id: optString(value, 'kmsKeyId') === undefined ? undefined : text(optString(value, 'kmsKeyId')!),
      kms_data_key_reuse_period_seconds:
        optNumber(value, 'kmsDataKeyReusePeriodSeconds') === undefined ? undefined : number(optNumber(value, 'kmsDataKeyReusePeriodSeconds')!),
    }),
  );
}

/**
 * The arguments a Create/UpdateStateMachine request states. The definition is kept as the exact string
 * sent: the provider stores what DescribeStateMachine returns, which is that string.
 */
function machineFields(request: JsonValue, draft: ResourceDraft): Fields {
  const out: Fields = {};
  const definition = optString(request, 'definition');
  if (definition === HIDDEN) {
    out.definition = jsonDocument(PLACEHOLDER_DEFINITION);
    draft.ignoreChanges('definition', 'CloudTrail logged the definition as HIDDEN_DUE_TO_SECURITY_REASONS; the placeholder stands in for the one in AWS');
  } else if (definition !== undefined) {
    out.definition = text(definition);
  }
  const role = optString(request, 'roleArn');
  if (role !== undefined) out.role_arn = text(role);
  const logging = loggingBlock(at(request, 'loggingConfiguration'));
  if (logging) out.logging_configuration = logging;
  const tracing = optBool(request, 'tracingConfiguration.enabled');
  if (tracing !== undefined) out.tracing_configuration = blocks({ enabled: flag(tracing) });
  const encryption = encryptionBlock(at(request, 'encryptionConfiguration'));
  if (encryption) out.encryption_configuration = encryption;
  return out;
}

/** A machine exports its name besides its ARN, which the identity's exports cannot state. */
const machineExports = (arn: string) => ({ arn, id: arn, name: nameOf(arn) });

function changeMachine(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(MACHINE, arn, { exports: machineExports(arn) });
}

const TAGGING: TaggingOptions = {
  adopt: { [MACHINE]: (arn, _event, ctx) => changeMachine(ctx, arn) },
  unmapped: (arn) => `tags ${arn}, a Step Functions resource Trailform does not map`,
};

export const states: ServiceMapper = {
  service: 'states',
  eventSource: 'states.amazonaws.com',
  resources: [
    {
      type: MACHINE,
      identity: { arn: 'arn:{partition}:states:{region}:{account}:stateMachine:{name}', keyedByArn: true, nameHint: nameOf },
      required: ['definition', 'role_arn'],
      references: { role_arn: ['aws_iam_role'], 'encryption_configuration.kms_key_id': ['aws_kms_key'] },
      events: ['CreateStateMachine', 'UpdateStateMachine', 'DeleteStateMachine', 'TagResource', 'UntagResource', 'StartExecution', 'StopExecution'],
    },
    {
      type: ACTIVITY,
      identity: { arn: 'arn:{partition}:states:{region}:{account}:activity:{name}', keyedByArn: true, nameHint: nameOf, exports: ['arn', 'id'] },
      required: ['name'],
      events: ['CreateActivity', 'DeleteActivity', 'TagResource', 'UntagResource'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => states.resources, TAG_RESOURCE, TAGGING), {
    CreateStateMachine(event, ctx) {
      const arn = reqString(event.response, 'stateMachineArn');
      const name = reqString(event.request, 'name');
      const type = optString(event.request, 'type');
      const draft = ctx.create(MACHINE, arn, { exports: machineExports(arn) });
      draft.fields = {
        name: text(name),
        ...machineFields(event.request, draft),
        ...fields({
          // STANDARD is the provider's default and the API's.
          type: type === undefined || type === 'STANDARD' ? undefined : text(type),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      };
    },
    UpdateStateMachine(event, ctx) {
      const draft = changeMachine(ctx, reqString(event.request, 'stateMachineArn'));
      Object.assign(draft.fields, machineFields(event.request, draft));
    },
    DeleteStateMachine(event, ctx) {
      ctx.remove(MACHINE, reqString(event.request, 'stateMachineArn'));
    },
    CreateActivity(event, ctx) {
      const arn = reqString(event.response, 'activityArn');
      const name = reqString(event.request, 'name');
      ctx.create(ACTIVITY, arn, {
        fields: fields({ name: text(name), tags: tagsField(readTags(at(event.request, 'tags'))), encryption_configuration: encryptionBlock(at(event.request, 'encryptionConfiguration')) }),
      });
    },
    DeleteActivity(event, ctx) {
      ctx.remove(ACTIVITY, reqString(event.request, 'activityArn'));
    },
    StartExecution(_event, ctx) {
      ctx.ignore('runs the state machine: an execution is not infrastructure');
    },
    StopExecution(_event, ctx) {
      ctx.ignore('stops an execution: not infrastructure');
    },
  }),
};
