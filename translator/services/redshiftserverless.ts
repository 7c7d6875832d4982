// Amazon Redshift Serverless: namespaces and workgroups.
// CloudTrail shape (JSON protocol): lowerCamel API members, tags `[{key,value}]`; the real CreateNamespace
// record (Redshift management guide) logs `adminUsername` and `adminUserPassword` as
// HIDDEN_DUE_TO_SECURITY_REASONS. Event names: https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html
// API members: https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html,
// API_CreateWorkgroup.html, API_UpdateNamespace.html, API_UpdateWorkgroup.html.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, providerDoc, type Fields, type MapperEvent, type ResourceDraft, type ServiceMapper, type TypeIdentity } from './mapper';
import { at, isObject, kmsKeyArn, listAt, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggedAdopter } from './tagging';
import { blocks, fields, flag, number, sensitive, strings, tagsField, text } from './values';
import { buildArn } from './arn';

const NAMESPACE = 'aws_redshiftserverless_namespace';
const WORKGROUP = 'aws_redshiftserverless_workgroup';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const textOf = (value: string | undefined) => (value === undefined ? undefined : text(value));
const numberOf = (value: number | undefined) => (value === undefined ? undefined : number(value));
const flagOf = (value: boolean | undefined) => (value === undefined ? undefined : flag(value));
const stringsOf = (values: readonly string[]) => (values.length > 0 ? strings(values) : undefined);

/** Sets the arguments that are defined, keeping `tags` last. */
function assign(draft: ResourceDraft, entries: Fields): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = { ...rest, ...entries };
  if (tags) draft.fields.tags = tags;
}

// ---- namespaces ------------------------------------------------------------------------------------------

/** A namespace's ARN holds its generated id, not its name: from the response when there is one. */
function namespaceInit(event: MapperEvent, name: string) {
  const arn = optString(event.response, 'namespace.namespaceArn');
  const exports: Record<string, string> = { id: name, namespace_name: name };
  if (arn !== undefined) exports.arn = arn;
  return { exports };
}

/** Arguments CreateNamespace and UpdateNamespace share. */
function namespaceSettings(draft: ResourceDraft, r: JsonValue, event: MapperEvent): void {
  const keyId = optString(r, 'kmsKeyId');
  assign(draft, fields({
    // The provider reads the key back as its ARN; `AWS_OWNED_KMS_KEY` is the default.
    kms_key_id: keyId === undefined || keyId === 'AWS_OWNED_KMS_KEY' ? undefined : text(kmsKeyArn(keyId, event.region, event.accountId) ?? keyId),
    default_iam_role_arn: textOf(optString(r, 'defaultIamRoleArn')),
    iam_roles: stringsOf(stringList(r, 'iamRoles')),
    log_exports: stringsOf(stringList(r, 'logExports')),
    admin_password_secret_kms_key_id: textOf(optString(r, 'adminPasswordSecretKmsKeyId')),
  }));
  const username = optString(r, 'adminUsername');
  // The provider marks the user name sensitive and CloudTrail hides it: a hidden one is a variable too
  // (the provider reads it back, so the first plan compares it).
  if (username === HIDDEN) assign(draft, { admin_username: sensitive(`admin user name of Redshift Serverless namespace ${draft.id} (CloudTrail hides it)`) });
  else if (username !== undefined) assign(draft, { admin_username: text(username) });
  if (optBool(r, 'manageAdminPassword') === true) {
    delete draft.fields.admin_user_password;
    assign(draft, { manage_admin_password: flag(true) });
  } else if (at(r, 'adminUserPassword') !== undefined) {
    delete draft.fields.manage_admin_password;
    assign(draft, { admin_user_password: sensitive(`admin password of Redshift Serverless namespace ${draft.id} (CloudTrail hides it)`) });
    draft.ignoreChanges('admin_user_password', `the API never returns the admin password, so the import cannot read it (${providerDoc('redshiftserverless_namespace')})`);
  }
}

// ---- workgroups ------------------------------------------------------------------------------------------

function workgroupInit(event: MapperEvent, name: string) {
  const arn = optString(event.response, 'workgroup.workgroupArn');
  const exports: Record<string, string> = { id: name, workgroup_name: name };
  if (arn !== undefined) exports.arn = arn;
  return { exports };
}

/** Arguments CreateWorkgroup and UpdateWorkgroup share. */
function workgroupSettings(draft: ResourceDraft, r: JsonValue): void {
  assign(draft, fields({
    base_capacity: numberOf(optNumber(r, 'baseCapacity')),
    max_capacity: numberOf(optNumber(r, 'maxCapacity')),
    enhanced_vpc_routing: flagOf(optBool(r, 'enhancedVpcRouting') === true ? true : undefined),
    publicly_accessible: flagOf(optBool(r, 'publiclyAccessible') === true ? true : undefined),
    security_group_ids: stringsOf(stringList(r, 'securityGroupIds')),
    subnet_ids: stringsOf(stringList(r, 'subnetIds')),
    port: numberOf(optNumber(r, 'port')),
    track_name: textOf(optString(r, 'trackName')),
  }));
  for (const [member, arg] of [['enhancedVpcRouting', 'enhanced_vpc_routing'], ['publiclyAccessible', 'publicly_accessible']] as const) {
    if (optBool(r, member) === false) delete draft.fields[arg];
  }
  const target = at(r, 'pricePerformanceTarget');
  if (isObject(target)) {
    const enabled = reqString(target, 'status') === 'ENABLED';
    assign(draft, { price_performance_target: blocks(fields({ enabled: flag(enabled), level: enabled ? numberOf(optNumber(target, 'level')) : undefined })) });
  }
  const parameters = listAt(r, 'configParameters');
  if (parameters.length > 0) {
    const byKey = new Map<string, Fields>();
    const current = draft.fields.config_parameter;
    if (current && current.kind === 'blocks') for (const p of current.items) if (p.parameter_key?.kind === 'string') byKey.set(p.parameter_key.value, p);
    for (const p of parameters) {
      const key = reqString(p, 'parameterKey');
      byKey.set(key, { parameter_key: text(key), parameter_value: text(reqString(p, 'parameterValue')) });
    }
    assign(draft, { config_parameter: blocks(...byKey.values()) });
    draft.ignoreChanges('config_parameter', `the API returns every configuration parameter with its value, the requests only those that were set, so a block holding these would plan to drop the others (${providerDoc('redshiftserverless_workgroup')})`);
  }
}

// ---- tags ------------------------------------------------------------------------------------------------

const notAdoptable = (arn: string) => `tags ${arn}, which the session did not create (its name is not in the ARN, so it cannot be adopted by it)`;

/**
 * ARNs name namespaces and workgroups by their generated ids (`KIND/UUID`), not by the name they are
 * keyed by: the ARN shape only recognizes the type, and the session's own is found by its exported ARN.
 */
const byGeneratedId = (kind: string): TypeIdentity => ({ arn: `arn:{partition}:redshift-serverless:{region}:{account}:${kind}/{uuid}`, idFromArn: (s) => s.uuid! });
const sessionOwn = (type: string, kind: string): TaggedAdopter => (uuid, event, ctx) => {
  const arn = buildArn(event, 'redshift-serverless', `${kind}/${uuid}`);
  const draft = ctx.all(type).find((d) => d.exports.arn === arn);
  if (draft) return ctx.change(type, draft.id, {});
  ctx.ignore(notAdoptable(arn));
  return undefined;
};

const TAGS = taggingHandlers(() => redshiftServerless.resources, TAG_RESOURCE, {
  adopt: { [NAMESPACE]: sessionOwn(NAMESPACE, 'namespace'), [WORKGROUP]: sessionOwn(WORKGROUP, 'workgroup') },
  arnsOnly: true,
  unmapped: notAdoptable,
});

export const redshiftServerless: ServiceMapper = {
  service: 'redshiftserverless',
  eventSource: 'redshift-serverless.amazonaws.com',
  resources: [
    {
      type: NAMESPACE,
      identity: byGeneratedId('namespace'),
      required: ['namespace_name'],
      references: { kms_key_id: ['aws_kms_key'], admin_password_secret_kms_key_id: ['aws_kms_key'], default_iam_role_arn: ['aws_iam_role'], iam_roles: ['aws_iam_role'] },
      events: ['CreateNamespace', 'UpdateNamespace', 'TagResource', 'UntagResource', 'DeleteNamespace'],
    },
    {
      type: WORKGROUP,
      identity: byGeneratedId('workgroup'),
      required: ['namespace_name', 'workgroup_name'],
      references: { namespace_name: [NAMESPACE], security_group_ids: ['aws_security_group'], subnet_ids: ['aws_subnet'] },
      events: ['CreateWorkgroup', 'UpdateWorkgroup', 'TagResource', 'UntagResource', 'DeleteWorkgroup'],
    },
  ],
  events: mergeHandlers(TAGS, {
    CreateNamespace(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'namespaceName');
      const draft = ctx.create(NAMESPACE, name, {
        ...namespaceInit(event, name),
        fields: fields({ namespace_name: text(name), db_name: textOf(optString(r, 'dbName')) }),
      });
      namespaceSettings(draft, r, event);
      const tags = tagsField(readTags(at(r, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    UpdateNamespace(event, ctx) {
      const name = reqString(event.request, 'namespaceName');
      namespaceSettings(ctx.change(NAMESPACE, name, namespaceInit(event, name)), event.request, event);
    },
    DeleteNamespace(event, ctx) {
      ctx.remove(NAMESPACE, reqString(event.request, 'namespaceName'));
    },
    CreateWorkgroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'workgroupName');
      const draft = ctx.create(WORKGROUP, name, {
        ...workgroupInit(event, name),
        fields: fields({ namespace_name: text(reqString(r, 'namespaceName')), workgroup_name: text(name) }),
      });
      workgroupSettings(draft, r);
      const tags = tagsField(readTags(at(r, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    UpdateWorkgroup(event, ctx) {
      const name = reqString(event.request, 'workgroupName');
      workgroupSettings(ctx.change(WORKGROUP, name, workgroupInit(event, name)), event.request);
    },
    DeleteWorkgroup(event, ctx) {
      ctx.remove(WORKGROUP, reqString(event.request, 'workgroupName'));
    },
  }),
};
