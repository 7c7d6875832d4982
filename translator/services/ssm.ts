// AWS Systems Manager Parameter Store parameters (fully mapped), with the import-only types of import-only-tables/ssm.ts.
// CloudTrail shape (JSON protocol): PutParameter's lowerCamel members (`name`, `type`, `value`,
// `overwrite`, `tags[{key,value}]`, `tier`, `keyId`), answered with `{version, tier}`. SecureString values
// are logged as HIDDEN_DUE_TO_SECURITY_REASONS (real records); whether String values are logged is not
// documented, so a hidden value of any type becomes a variable.
// https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html

import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, optBool, optString, readTags, reqString, stringList } from './read';
import { applyTags, currentTags } from './tags';
import { fields, sensitive, tagsField, text } from './values';
import { buildArn } from './arn';
import { mergeHandlers } from './mapper';
import { SSM_IMPORT_ONLY } from './import-only-tables/ssm';

const PARAMETER = 'aws_ssm_parameter';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const parameterArn = (event: MapperEvent, name: string) =>
  buildArn(event, 'ssm', `parameter/${name.replace(/^\//, '')}`);

/**
 * The value: a SecureString (or any value CloudTrail hid) as a sensitive variable, which the provider can
 * compare after import because it reads the decrypted value; a logged String value as a literal `value`.
 * Not `insecure_value`: on import the provider fills `value` (parameter.go Read sets insecure_value only
 * when the configuration already had it), so insecure_value would plan a change.
 */
function valueFields(name: string, type: string | undefined, value: string | undefined): Fields {
  if (value === undefined) return {};
  if (value === HIDDEN || type === 'SecureString') {
    return { value: sensitive(`Value of SSM parameter ${name} (CloudTrail hides it; read it with aws ssm get-parameter --with-decryption --name ${name})`) };
  }
  return { value: text(value) };
}

function parameterFields(event: MapperEvent, name: string): Fields {
  const type = optString(event.request, 'type');
  const tier = optString(event.request, 'tier');
  const dataType = optString(event.request, 'dataType');
  return {
    ...fields({
      name: text(name),
      type: type === undefined ? undefined : text(type),
      description: optString(event.request, 'description') === undefined ? undefined : text(optString(event.request, 'description')!),
      // Standard is the default tier; Intelligent-Tiering resolves to a concrete tier, which the provider reads back.
      tier: tier === 'Advanced' ? text(tier) : undefined,
      key_id: optString(event.request, 'keyId') === undefined ? undefined : text(optString(event.request, 'keyId')!),
      allowed_pattern: optString(event.request, 'allowedPattern') === undefined ? undefined : text(optString(event.request, 'allowedPattern')!),
      data_type: dataType === undefined || dataType === 'text' ? undefined : text(dataType),
    }),
    ...valueFields(name, type, optString(event.request, 'value')),
  };
}

/**
 * A hidden value is a variable only so the configuration is valid (exactly one of value, insecure_value,
 * value_wo is required); the live value is never overwritten by a plan: a wrong or placeholder variable
 * would otherwise replace the secret on the first apply.
 */
function keepLiveValue(draft: ResourceDraft): void {
  if (draft.fields.value?.kind === 'sensitive') {
    draft.ignoreChanges('value', 'the live value stays as it is: CloudTrail hides it, so the variable only makes the configuration valid and must never overwrite it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/ssm_parameter#value)');
  }
}

function changeParameter(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(PARAMETER, name, { exports: { name, id: name, arn: parameterArn(event, name) } });
}

/** AddTagsToResource / RemoveTagsFromResource name any SSM resource; only parameters are mapped. */
function taggedParameter(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const type = reqString(event.request, 'resourceType');
  if (type !== 'Parameter') {
    ctx.ignore(`tags an SSM ${type}, which Trailform does not map`);
    return undefined;
  }
  return changeParameter(event, ctx, reqString(event.request, 'resourceId'));
}

export const ssm: ServiceMapper = {
  service: 'ssm',
  eventSource: 'ssm.amazonaws.com',
  resources: [
    {
      type: PARAMETER,
      required: ['name', 'type'],
      references: { key_id: ['aws_kms_key'] },
      events: ['PutParameter', 'AddTagsToResource', 'RemoveTagsFromResource', 'LabelParameterVersion', 'DeleteParameter', 'DeleteParameters'],
    },
    ...SSM_IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(SSM_IMPORT_ONLY.events, {
    PutParameter(event, ctx) {
      const name = reqString(event.request, 'name');
      if (optBool(event.request, 'overwrite') !== true && !ctx.find(PARAMETER, name)) {
        keepLiveValue(
          ctx.create(PARAMETER, name, {
            fields: { ...parameterFields(event, name), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
            exports: { name, id: name, arn: parameterArn(event, name) },
          }),
        );
        return;
      }
      // An overwrite replaces the value and whatever else it names (tags cannot be given with it).
      const draft = changeParameter(event, ctx, name);
      Object.assign(draft.fields, parameterFields(event, name));
      keepLiveValue(draft);
    },
    AddTagsToResource(event, ctx) {
      const draft = taggedParameter(event, ctx);
      if (draft) applyTags(draft, { ...currentTags(draft), ...readTags(at(event.request, 'tags')) });
    },
    RemoveTagsFromResource(event, ctx) {
      const draft = taggedParameter(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
    LabelParameterVersion(_event, ctx) {
      ctx.ignore('labels a parameter version: aws_ssm_parameter has no labels');
    },
    DeleteParameter(event, ctx) {
      ctx.remove(PARAMETER, reqString(event.request, 'name'));
    },
    DeleteParameters(event, ctx) {
      for (const name of stringList(event.request, 'names')) ctx.remove(PARAMETER, name);
    },
  }),
};
