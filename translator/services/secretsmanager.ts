// AWS Secrets Manager secrets, their resource policies and their current value. JSON protocol:
// `secretId` is a name or an ARN; responses carry the ARN as `arn` (CreateSecret, PutSecretValue)
// or `aRN` (DeleteSecret, PutResourcePolicy). CloudTrail never logs SecretString/SecretBinary.
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring-cloudtrail.html

import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optString, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TagFamily, type TaggingOptions } from './tagging';
import { blocks, fields, jsonDocument, maybe, numberAt, sensitive, tagsField, text, textAt } from './values';
import { partitionOf } from './arn';

const SECRET = 'aws_secretsmanager_secret';
const POLICY = 'aws_secretsmanager_secret_policy';
const VERSION = 'aws_secretsmanager_secret_version';
const ROTATION = 'aws_secretsmanager_secret_rotation';

const VERSION_DOC = 'https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/secretsmanager_secret_version';

function responseArn(event: MapperEvent): string | undefined {
  return optString(event.response, 'arn') ?? optString(event.response, 'aRN') ?? optString(event.response, 'ARN');
}

/** `arn:aws:secretsmanager:region:account:secret:NAME-AbCdEf`: the name without the 6-character suffix. */
function nameFromArn(arn: string): string {
  const match = /:secret:(.+)-[A-Za-z0-9]{6}$/.exec(arn);
  if (!match) throw new MalformedRecordError(`${arn} is not a secret ARN`);
  return match[1]!;
}

/**
 * Terraform-only settings of the secret that no API returns (internal/service/secretsmanager/secret.go).
 * force_overwrite_replica_secret only matters when replicas are added, so it is ignored; the recovery
 * window decides how a destroy deletes the secret, so it is never ignored, only pointed out.
 */
function importOnlySettings(draft: ResourceDraft): ResourceDraft {
  draft.ignoreChanges('force_overwrite_replica_secret', 'Terraform-only flag the import never reads (default false), so the first plan would add it');
  draft.note(
    'If the first plan adds recovery_window_in_days = 30, apply it: it only records the default in state, and without it a destroy would delete the secret with no recovery window.',
  );
  return draft;
}

/**
 * kms_key_id as DescribeSecret reports it: "the key ID or alias ARN", nothing for the AWS managed key
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html).
 */
function setKmsKey(draft: ResourceDraft, event: MapperEvent): void {
  const key = optString(event.request, 'kmsKeyId');
  if (key === undefined) return;
  if (key === 'alias/aws/secretsmanager' || key.endsWith(':alias/aws/secretsmanager')) {
    delete draft.fields.kms_key_id;
    return;
  }
  const partition = partitionOf(event.region);
  const aliasArn = key.startsWith('alias/') && event.accountId !== '' ? `arn:${partition}:kms:${event.region}:${event.accountId}:${key}` : undefined;
  draft.fields.kms_key_id = text(aliasArn ?? key);
}

/** Aliases are not scoped by Region, secret names are: the alias carries the Region. */
function nameAlias(event: MapperEvent, name: string): string {
  return `${event.region}/${name}`;
}

/** The session's secret named by `secretId` (its name or ARN) or by the response's ARN. */
function findSecret(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const id = reqString(event.request, 'secretId');
  const arn = responseArn(event);
  return ctx.find(SECRET, id) ?? ctx.find(SECRET, nameAlias(event, id)) ?? (arn === undefined ? undefined : ctx.find(SECRET, arn));
}

/** The secret a call changes, adopted by its ARN when the session did not create it. */
function changeSecret(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const known = findSecret(event, ctx);
  if (known) return ctx.change(SECRET, known.id, { importId: known.importId, nameHint: known.nameHint });
  const id = reqString(event.request, 'secretId');
  // A secret named only by its name cannot be imported: the import ID is its full ARN.
  const arn = id.startsWith('arn:') ? id : responseArn(event);
  if (arn === undefined) return undefined;
  const name = nameFromArn(arn);
  return importOnlySettings(ctx.change(SECRET, arn, { nameHint: name, fields: { name: text(name) }, exports: { id: arn, arn, name }, aliases: [nameAlias(event, name)] }));
}

/** The secret a call names, for calls that change something else (its value, its policy): not marked changed. */
function secretOf(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  return findSecret(event, ctx) ?? requireSecret(event, ctx);
}

function requireSecret(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const draft = changeSecret(event, ctx);
  if (!draft) throw new MalformedRecordError('secretId is a name and the record has no ARN to import the secret by');
  return draft;
}

/** TagResource / UntagResource name the secret by `secretId`, its name or ARN, found or adopted as any change. */
const TAGGING_CALLS: TagFamily = { ...TAG_RESOURCE, resource: ['secretId'] };
const TAGGING: TaggingOptions = { adopt: { [SECRET]: (_id, event, ctx) => requireSecret(event, ctx) }, unmapped: (arn) => `tags ${arn}, which is not a secret` };

/** The secret's current value: one aws_secretsmanager_secret_version per secret, the latest version. */
function putValue(ctx: FoldContext, secret: ResourceDraft, versionId: string): void {
  const secretArn = secret.exports.arn ?? secret.id;
  const draft = ctx.put(VERSION, secretArn, {
    importId: `${secretArn}|${versionId}`,
    nameHint: secret.nameHint,
    fields: {
      secret_id: text(secretArn),
      secret_string: sensitive(`Value of the secret ${secret.nameHint} (never in CloudTrail)`),
    },
    exports: { id: `${secretArn}|${versionId}` },
  });
  draft.importId = `${secretArn}|${versionId}`;
  draft.ignoreChanges(
    'secret_string',
    `CloudTrail never logs the value: the import reads the stored value, so plan stays clean whatever the variable holds; drop this to rotate the value from Terraform (${VERSION_DOC})`,
  );
}

/**
 * RotateSecret turns rotation on (or changes it) when it names a function or rules; it states the whole
 * rotation then (import ID: the secret ARN). Without them it only rotates now with what is configured.
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html
 */
function setRotation(event: MapperEvent, ctx: FoldContext): void {
  const lambda = optString(event.request, 'rotationLambdaARN');
  const rules = at(event.request, 'rotationRules');
  // The secret itself is not changed: it is only looked up, never adopted.
  const secret = findSecret(event, ctx);
  const id = reqString(event.request, 'secretId');
  const arn = secret?.exports.arn ?? secret?.id ?? (id.startsWith('arn:') ? id : responseArn(event));
  if (arn === undefined) throw new MalformedRecordError('secretId is a name and the record has no ARN to import the rotation by');
  if (lambda === undefined && !isObject(rules)) {
    ctx.ignore('rotates the secret now with its configured rotation: no configuration changes');
    return;
  }
  const known = ctx.find(ROTATION, arn);
  const previousRules = known?.fields.rotation_rules;
  const draft = ctx.put(ROTATION, arn, {
    nameHint: secret?.nameHint ?? nameFromArn(arn),
    fields: fields({
      secret_id: text(arn),
      rotation_lambda_arn: maybe(lambda, text) ?? known?.fields.rotation_lambda_arn,
      rotation_rules: isObject(rules)
        ? blocks(fields({ automatically_after_days: numberAt(rules, 'automaticallyAfterDays'), duration: textAt(rules, 'duration'), schedule_expression: textAt(rules, 'scheduleExpression') }))
        : previousRules,
    }),
    exports: { id: arn },
  });
  draft.ignoreChanges('rotate_immediately', 'Terraform-only flag (default true) the API never returns, so the import leaves it unset');
  if (draft.fields.rotation_rules === undefined) draft.configFromAccount('the record names the rotation function but not the rotation rules already in place');
  else if (draft.fields.rotation_lambda_arn === undefined) draft.configFromAccount('the record names the rotation rules but not the rotation function already in place');
}

export const secretsmanager: ServiceMapper = {
  service: 'secretsmanager',
  eventSource: 'secretsmanager.amazonaws.com',
  resources: [
    {
      type: SECRET,
      // Keyed by ARN (the import ID), or by name when the record has none; calls name it either way.
      identity: { arn: 'arn:{partition}:secretsmanager:{region}:{account}:secret:{id}', keyedByArn: true, byName: true },
      required: [],
      references: { kms_key_id: ['aws_kms_key', 'aws_kms_alias'] },
      events: ['CreateSecret', 'UpdateSecret', 'TagResource', 'UntagResource', 'DeleteSecret'],
    },
    {
      type: POLICY,
      required: ['policy', 'secret_arn'],
      references: { secret_arn: [SECRET] },
      events: ['PutResourcePolicy', 'DeleteResourcePolicy'],
    },
    {
      type: VERSION,
      required: ['secret_id'],
      references: { secret_id: [SECRET] },
      events: ['CreateSecret', 'PutSecretValue', 'UpdateSecret'],
    },
    {
      type: ROTATION,
      required: ['rotation_rules', 'secret_id'],
      references: { secret_id: [SECRET], rotation_lambda_arn: ['aws_lambda_function'] },
      events: ['RotateSecret', 'CancelRotateSecret', 'DeleteSecret'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => secretsmanager.resources, TAGGING_CALLS, TAGGING), {
    CreateSecret(event, ctx) {
      const name = reqString(event.request, 'name');
      // The import ID is the ARN, whose random suffix only the response carries.
      const arn = responseArn(event);
      const draft = importOnlySettings(
        ctx.create(SECRET, arn ?? name, { importId: arn ?? name, nameHint: name, fields: { name: text(name) }, exports: arn ? { id: arn, arn, name } : { name }, aliases: [nameAlias(event, name)] }),
      );
      if (arn === undefined) {
        draft.note('The record has no ARN: the import uses the name, which Secrets Manager accepts as SecretId; replace it with the ARN (aws secretsmanager describe-secret) if the import fails.');
      }
      const f = draft.fields;
      const description = optString(event.request, 'description');
      if (description !== undefined) f.description = text(description);
      setKmsKey(draft, event);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) f.tags = tags;
      if (at(event.request, 'addReplicaRegions') !== undefined) draft.note('The secret is replicated to other Regions: add replica blocks after reviewing terraform plan.');
      // With a value, CreateSecret makes the first version and its ClientRequestToken becomes the
      // VersionId (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html).
      // CloudTrail drops the value itself, so only a redaction marker can show one was sent.
      const token = optString(event.request, 'clientRequestToken');
      const hasValue = at(event.request, 'secretString') !== undefined || at(event.request, 'secretBinary') !== undefined;
      if (hasValue && token !== undefined) putValue(ctx, draft, token);
    },
    PutSecretValue(event, ctx) {
      const secret = secretOf(event, ctx);
      // ClientRequestToken becomes the new version's VersionId
      // (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html).
      const version = optString(event.response, 'versionId') ?? reqString(event.request, 'clientRequestToken');
      putValue(ctx, secret, version);
    },
    UpdateSecret(event, ctx) {
      const secret = requireSecret(event, ctx);
      const description = optString(event.request, 'description');
      if (description !== undefined) secret.fields.description = text(description);
      setKmsKey(secret, event);
      // UpdateSecret with a new value also makes a version, identified by its ClientRequestToken.
      const hasValue = at(event.request, 'secretString') !== undefined || at(event.request, 'secretBinary') !== undefined;
      const token = optString(event.request, 'clientRequestToken');
      if (hasValue && token !== undefined) putValue(ctx, secret, optString(event.response, 'versionId') ?? token);
    },
    PutResourcePolicy(event, ctx) {
      const secret = secretOf(event, ctx);
      const arn = secret.exports.arn ?? secret.id;
      const policy = readJsonDocument(at(event.request, 'resourcePolicy'), 'resourcePolicy');
      if (policy === undefined) throw new MalformedRecordError('missing resourcePolicy');
      // The policy resource is imported by the secret ARN (provider doc, aws_secretsmanager_secret_policy).
      ctx.put(POLICY, arn, { nameHint: secret.nameHint, fields: { secret_arn: text(arn), policy: jsonDocument(policy) } });
    },
    DeleteResourcePolicy(event, ctx) {
      const id = reqString(event.request, 'secretId');
      ctx.remove(POLICY, findSecret(event, ctx)?.id ?? (id.startsWith('arn:') ? id : responseArn(event) ?? id));
    },
    RotateSecret(event, ctx) {
      setRotation(event, ctx);
    },
    CancelRotateSecret(event, ctx) {
      const id = reqString(event.request, 'secretId');
      const secret = findSecret(event, ctx);
      ctx.remove(ROTATION, secret?.exports.arn ?? secret?.id ?? (id.startsWith('arn:') ? id : responseArn(event) ?? id));
    },
    DeleteSecret(event, ctx) {
      const id = reqString(event.request, 'secretId');
      const arn = findSecret(event, ctx)?.id ?? (id.startsWith('arn:') ? id : responseArn(event) ?? id);
      ctx.remove(ROTATION, arn);
      ctx.remove(VERSION, arn);
      ctx.remove(POLICY, arn);
      ctx.remove(SECRET, arn);
    },
  }),
};
