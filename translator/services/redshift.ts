// Amazon Redshift (provisioned): clusters, cluster subnet groups and parameter groups mapped in full; the
// other types by their import block only (Terraform writes their configuration,
// `terraform plan -generate-config-out`).
// CloudTrail shape (Query protocol): lowerCamel API members with odd acronyms (`dBName`), tags `[{key,value}]`,
// the response the API result itself (the real CreateCluster record in the Redshift management guide:
// `masterUserPassword` logged as `****`). Event names: https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html
// API members: https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html
// Redshift stores cluster, subnet group and parameter group names in lower case (API reference), as the
// provider does: they are written and imported lower-cased.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { providerDoc, mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, number, sensitive, strings, tagsField, text } from './values';
import { buildArn, parseArn } from './arn';

const CLUSTER = 'aws_redshift_cluster';
const SUBNET_GROUP = 'aws_redshift_subnet_group';
const PARAMETER_GROUP = 'aws_redshift_parameter_group';
const CLUSTER_DOC = providerDoc('redshift_cluster');

const IMPORT_ONLY = importOnlyTypes([
  { type: 'aws_redshift_snapshot_schedule', create: 'CreateSnapshotSchedule', id: ['request.scheduleIdentifier'], delete: 'DeleteSnapshotSchedule' },
  { type: 'aws_redshift_event_subscription', create: 'CreateEventSubscription', id: ['request.subscriptionName'], delete: 'DeleteEventSubscription' },
  { type: 'aws_redshift_usage_limit', create: 'CreateUsageLimit', id: ['response.usageLimitId'], delete: 'DeleteUsageLimit', deleteId: ['request.usageLimitId'] },
  {
    type: 'aws_redshift_data_share_authorization',
    create: 'AuthorizeDataShare',
    // Import ID `DATA_SHARE_ARN,CONSUMER_IDENTIFIER` (provider docs).
    id: (event) => `${reqString(event.request, 'dataShareArn')},${reqString(event.request, 'consumerIdentifier')}`,
    delete: 'DeauthorizeDataShare',
  },
  { type: 'aws_redshift_hsm_client_certificate', create: 'CreateHsmClientCertificate', id: ['request.hsmClientCertificateIdentifier'], delete: 'DeleteHsmClientCertificate' },
]);

const lowerAt = (source: JsonValue | undefined, path: string) => optString(source, path)?.toLowerCase();
const textOf = (value: string | undefined) => (value === undefined ? undefined : text(value));
const numberOf = (value: number | undefined) => (value === undefined ? undefined : number(value));
const flagOf = (value: boolean | undefined) => (value === undefined ? undefined : flag(value));
/** Undefined when the value is the provider's default (left out so the block holds only what was chosen). */
const unless = <T>(value: T | undefined, fallback: T) => (value === fallback ? undefined : value);

/** Sets the arguments that are defined, keeping `tags` last as create events print it. */
function assign(draft: ResourceDraft, entries: Fields): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = { ...rest, ...entries };
  if (tags) draft.fields.tags = tags;
}

// ---- clusters --------------------------------------------------------------------------------------------

const clusterArn = (event: MapperEvent, id: string) => buildArn(event, 'redshift', `cluster:${id}`);
const clusterInit = (event: MapperEvent, id: string) => ({ exports: { id, arn: clusterArn(event, id) } });

/** The master password: CloudTrail logs it as `****` and the API never returns it, so the provider cannot read it back. */
function setMasterPassword(draft: ResourceDraft): void {
  draft.fields.master_password = sensitive(`master password of Redshift cluster ${draft.id} (CloudTrail hides it)`);
  draft.ignoreChanges('master_password', `the API never returns the master password, so the import cannot read it (${CLUSTER_DOC})`);
}

/** Arguments CreateCluster and ModifyCluster share (ModifyCluster members: API_ModifyCluster.html), defaults left out. */
function clusterSettings(r: JsonValue, event: MapperEvent): Fields {
  const keyId = optString(r, 'kmsKeyId');
  const encrypted = optBool(r, 'encrypted');
  return fields({
    node_type: textOf(optString(r, 'nodeType')),
    cluster_type: textOf(optString(r, 'clusterType')),
    number_of_nodes: numberOf(unless(optNumber(r, 'numberOfNodes'), 1)),
    cluster_parameter_group_name: textOf(lowerAt(r, 'clusterParameterGroupName')),
    vpc_security_group_ids: stringList(r, 'vpcSecurityGroupIds').length > 0 ? strings(stringList(r, 'vpcSecurityGroupIds')) : undefined,
    preferred_maintenance_window: textOf(optString(r, 'preferredMaintenanceWindow')?.toLowerCase()),
    automated_snapshot_retention_period: numberOf(unless(optNumber(r, 'automatedSnapshotRetentionPeriod'), 1)),
    manual_snapshot_retention_period: numberOf(unless(optNumber(r, 'manualSnapshotRetentionPeriod'), -1)),
    cluster_version: textOf(unless(optString(r, 'clusterVersion'), '1.0')),
    allow_version_upgrade: flagOf(unless(optBool(r, 'allowVersionUpgrade'), true)),
    publicly_accessible: flagOf(unless(optBool(r, 'publiclyAccessible'), false)),
    enhanced_vpc_routing: flagOf(optBool(r, 'enhancedVpcRouting')),
    // A string in provider 6.x ("true" by default).
    encrypted: encrypted === false ? text('false') : undefined,
    // The provider reads the key back as its ARN: a key ID is written as the ARN.
    kms_key_id: keyId === undefined ? undefined : text(kmsKeyArn(keyId, event.region, event.accountId) ?? keyId),
    availability_zone: textOf(optString(r, 'availabilityZone')),
    availability_zone_relocation_enabled: flagOf(unless(optBool(r, 'availabilityZoneRelocation'), false)),
    port: numberOf(unless(optNumber(r, 'port'), 5439)),
    elastic_ip: textOf(optString(r, 'elasticIp')),
    multi_az: flagOf(unless(optBool(r, 'multiAZ'), false)),
    maintenance_track_name: textOf(unless(optString(r, 'maintenanceTrackName'), 'current')),
    master_password_secret_kms_key_id: textOf(optString(r, 'masterPasswordSecretKmsKeyId')),
    aqua_configuration_status: textOf(optString(r, 'aquaConfigurationStatus')),
  });
}

function applyPasswordChoice(draft: ResourceDraft, r: JsonValue): void {
  const managed = optBool(r, 'manageMasterPassword');
  if (managed === true) {
    delete draft.fields.master_password;
    assign(draft, { manage_master_password: flag(true) });
  } else if (at(r, 'masterUserPassword') !== undefined) {
    delete draft.fields.manage_master_password;
    setMasterPassword(draft);
  }
}

function applyIamRoles(draft: ResourceDraft, add: readonly string[], remove: readonly string[], defaultRole: string | undefined): void {
  const current = draft.fields.iam_roles;
  const roles = new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
  for (const role of add) roles.add(role);
  for (const role of remove) roles.delete(role);
  if (roles.size > 0) assign(draft, { iam_roles: strings([...roles]) });
  else delete draft.fields.iam_roles;
  if (defaultRole !== undefined) assign(draft, { default_iam_role_arn: text(defaultRole) });
}

// ---- parameter groups ------------------------------------------------------------------------------------

const parameterGroupArn = (event: MapperEvent, name: string) => buildArn(event, 'redshift', `parametergroup:${name}`);

function currentParameters(draft: ResourceDraft): Map<string, Fields> {
  const out = new Map<string, Fields>();
  const current = draft.fields.parameter;
  if (current && current.kind === 'blocks') for (const p of current.items) if (p.name && p.name.kind === 'string') out.set(p.name.value, p);
  return out;
}

function setParameters(draft: ResourceDraft, parameters: Map<string, Fields>): void {
  delete draft.fields.parameter;
  if (parameters.size > 0) assign(draft, { parameter: blocks(...[...parameters.values()]) });
}

// ---- tags ------------------------------------------------------------------------------------------------

/** `arn:…:redshift:region:account:<kind>:<name>` → the session's resource (adopted when it is a mapped kind). */
function taggedResource(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceName');
  const resource = parseArn(arn)?.resource;
  const match = resource === undefined ? undefined : /^([a-z]+):(.+)$/.exec(resource);
  if (!match) throw new MalformedRecordError(`resourceName ${arn} is not a Redshift ARN`);
  const [, kind, raw] = match;
  const name = raw!.toLowerCase();
  if (kind === 'cluster') return ctx.change(CLUSTER, name, clusterInit(event, name));
  if (kind === 'subnetgroup') return ctx.change(SUBNET_GROUP, name, { exports: { id: name, name, arn } });
  if (kind === 'parametergroup') return ctx.change(PARAMETER_GROUP, name, { exports: { id: name, name, arn } });
  ctx.ignore(`tags ${arn}, which Trailform maps by its import block only (the generated configuration reads its tags)`);
  return undefined;
}

export const redshift: ServiceMapper = {
  service: 'redshift',
  eventSource: 'redshift.amazonaws.com',
  resources: [
    {
      type: CLUSTER,
      required: ['cluster_identifier', 'node_type'],
      references: {
        cluster_subnet_group_name: [SUBNET_GROUP],
        cluster_parameter_group_name: [PARAMETER_GROUP],
        vpc_security_group_ids: ['aws_security_group'],
        iam_roles: ['aws_iam_role'],
        default_iam_role_arn: ['aws_iam_role'],
        kms_key_id: ['aws_kms_key'],
        master_password_secret_kms_key_id: ['aws_kms_key'],
        elastic_ip: ['aws_eip'],
      },
      events: ['CreateCluster', 'ModifyCluster', 'ModifyClusterIamRoles', 'CreateTags', 'DeleteTags', 'DeleteCluster'],
    },
    {
      type: SUBNET_GROUP,
      required: ['name', 'subnet_ids'],
      references: { subnet_ids: ['aws_subnet'] },
      events: ['CreateClusterSubnetGroup', 'ModifyClusterSubnetGroup', 'CreateTags', 'DeleteTags', 'DeleteClusterSubnetGroup'],
    },
    {
      type: PARAMETER_GROUP,
      required: ['family', 'name'],
      events: ['CreateClusterParameterGroup', 'ModifyClusterParameterGroup', 'ResetClusterParameterGroup', 'CreateTags', 'DeleteTags', 'DeleteClusterParameterGroup'],
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, {
    CreateCluster(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'clusterIdentifier').toLowerCase();
      const draft = ctx.create(CLUSTER, id, {
        ...clusterInit(event, id),
        fields: fields({
          cluster_identifier: text(id),
          database_name: textOf(optString(r, 'dBName')),
          master_username: textOf(optString(r, 'masterUsername')),
          cluster_subnet_group_name: textOf(lowerAt(r, 'clusterSubnetGroupName')),
          owner_account: textOf(optString(r, 'ownerAccount')),
        }),
      });
      assign(draft, clusterSettings(r, event));
      applyPasswordChoice(draft, r);
      applyIamRoles(draft, stringList(r, 'iamRoles'), [], optString(r, 'defaultIamRoleArn'));
      const tags = tagsField(readTags(at(r, 'tags')));
      if (tags) draft.fields.tags = tags;
      if (optBool(r, 'loadSampleData') !== undefined || optString(r, 'loadSampleData') !== undefined) {
        draft.note('The console loaded sample data (loadSampleData): a one-time action with no argument.');
      }
      // The provider's importer records skip_final_snapshot = true (resourceClusterImport, internal/service/redshift/cluster.go):
      // no API returns it, and the schema default (false) would show as a change in the first plan.
      assign(draft, { skip_final_snapshot: flag(true) });
      draft.note('skip_final_snapshot = true is what the import records; set it to false with a final_snapshot_identifier to keep a snapshot on destroy.');
    },
    ModifyCluster(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'clusterIdentifier').toLowerCase();
      const draft = ctx.change(CLUSTER, id, clusterInit(event, id));
      assign(draft, clusterSettings(r, event));
      // A value the call set back to the provider's default.
      for (const [member, arg, fallback] of [['numberOfNodes', 'number_of_nodes', 1], ['port', 'port', 5439], ['automatedSnapshotRetentionPeriod', 'automated_snapshot_retention_period', 1]] as const) {
        if (optNumber(r, member) === fallback) delete draft.fields[arg];
      }
      for (const [member, arg, fallback] of [['allowVersionUpgrade', 'allow_version_upgrade', true], ['publiclyAccessible', 'publicly_accessible', false], ['multiAZ', 'multi_az', false]] as const) {
        if (optBool(r, member) === fallback) delete draft.fields[arg];
      }
      if (optBool(r, 'encrypted') === true) delete draft.fields.encrypted;
      applyPasswordChoice(draft, r);
      const renamed = optString(r, 'newClusterIdentifier');
      if (renamed !== undefined) draft.note(`Renamed to ${renamed.toLowerCase()} (ModifyCluster newClusterIdentifier): import it under the new identifier.`);
    },
    ModifyClusterIamRoles(event, ctx) {
      const r = event.request;
      const id = reqString(r, 'clusterIdentifier').toLowerCase();
      const draft = ctx.change(CLUSTER, id, clusterInit(event, id));
      applyIamRoles(draft, stringList(r, 'addIamRoles'), stringList(r, 'removeIamRoles'), optString(r, 'defaultIamRoleArn'));
    },
    DeleteCluster(event, ctx) {
      ctx.remove(CLUSTER, reqString(event.request, 'clusterIdentifier').toLowerCase());
    },

    CreateClusterSubnetGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'clusterSubnetGroupName').toLowerCase();
      const subnets = stringList(r, 'subnetIds');
      if (subnets.length === 0) throw new MalformedRecordError('missing subnetIds');
      ctx.create(SUBNET_GROUP, name, {
        fields: fields({
          name: text(name),
          // Required by the API; the provider's default ("Managed by Terraform") would differ.
          description: text(reqString(r, 'description')),
          subnet_ids: strings(subnets),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
        exports: { id: name, name, arn: buildArn(event, 'redshift', `subnetgroup:${name}`) },
      });
    },
    ModifyClusterSubnetGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'clusterSubnetGroupName').toLowerCase();
      const draft = ctx.change(SUBNET_GROUP, name, { exports: { id: name, name, arn: buildArn(event, 'redshift', `subnetgroup:${name}`) } });
      const subnets = stringList(r, 'subnetIds');
      assign(draft, fields({ description: textOf(optString(r, 'description')), subnet_ids: subnets.length > 0 ? strings(subnets) : undefined }));
    },
    DeleteClusterSubnetGroup(event, ctx) {
      ctx.remove(SUBNET_GROUP, reqString(event.request, 'clusterSubnetGroupName').toLowerCase());
    },

    CreateClusterParameterGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'parameterGroupName').toLowerCase();
      ctx.create(PARAMETER_GROUP, name, {
        fields: fields({
          name: text(name),
          family: text(reqString(r, 'parameterGroupFamily')),
          description: text(reqString(r, 'description')),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
        exports: { id: name, name, arn: parameterGroupArn(event, name) },
      });
    },
    ModifyClusterParameterGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'parameterGroupName').toLowerCase();
      const draft = ctx.change(PARAMETER_GROUP, name, { exports: { id: name, name, arn: parameterGroupArn(event, name) } });
      if (!draft.created) {
        // The group's other parameters are not in the records: the change is stated, not a partial parameter set.
        draft.sessionChange(`set parameters ${listAt(r, 'parameters').map((p) => `${reqString(p, 'parameterName')} = ${reqString(p, 'parameterValue')}`).join(', ')}`);
        return;
      }
      const parameters = currentParameters(draft);
      for (const p of listAt(r, 'parameters')) {
        const key = reqString(p, 'parameterName');
        parameters.set(key, { name: text(key), value: text(reqString(p, 'parameterValue')) });
      }
      setParameters(draft, parameters);
    },
    ResetClusterParameterGroup(event, ctx) {
      const r = event.request;
      const name = reqString(r, 'parameterGroupName').toLowerCase();
      const draft = ctx.change(PARAMETER_GROUP, name, { exports: { id: name, name, arn: parameterGroupArn(event, name) } });
      const parameters = currentParameters(draft);
      if (optBool(r, 'resetAllParameters') === true) parameters.clear();
      for (const p of listAt(r, 'parameters')) parameters.delete(reqString(p, 'parameterName'));
      setParameters(draft, parameters);
      if (!draft.created) draft.sessionChange(`reset parameters ${optBool(r, 'resetAllParameters') === true ? '(all)' : listAt(r, 'parameters').map((p) => reqString(p, 'parameterName')).join(', ')}`);
    },
    DeleteClusterParameterGroup(event, ctx) {
      ctx.remove(PARAMETER_GROUP, reqString(event.request, 'parameterGroupName').toLowerCase());
    },

    CreateTags(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tags')));
    },
    DeleteTags(event, ctx) {
      const draft = taggedResource(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
  }),
};
