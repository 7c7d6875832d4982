// EC2 mapper part: Launch templates (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from '../read';
import { blocks, fields, flag, number, strings, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { LAUNCH_TEMPLATE } from './types';
import { itemText, setArg, unwrap } from './shared';

// Launch templates (new-style: `CreateLaunchTemplateRequest` / `CreateLaunchTemplateResponse`, as the
// real console records in Permiso's CloudConsoleCartographer test sessions show). The request keys are
// the Query names (`SecurityGroupId`, `NetworkInterface`, `BlockDeviceMapping`, `TagSpecification`),
// lists are a bare entry or an array of `{ "tag": n, … }` entries, and the provider reads the arguments
// back from the template's latest version.

export const LT_USER_DATA_REASON =
  'CloudTrail hides launch template user data (<sensitiveDataRemoved>), so the value cannot be written here and leaving user_data unset would plan a new version without it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/launch_template#user_data)';

/** A list in a wrapped request or response: an array, one bare entry, `{ "item": … }`, or `""` when empty. */
export function wrappedList(source: JsonValue | undefined, path: string): JsonValue[] {
  return listAt(source, path).filter((v) => v !== '');
}

export const wrappedStrings = (source: JsonValue | undefined, path: string): string[] => wrappedList(source, path).map((v) => itemText(v, path));

/** Tags a wrapped create request asks for (`TagSpecification` entries of this ResourceType). */
export function wrappedTags(request: JsonValue, resourceType: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const spec of wrappedList(request, 'TagSpecification')) {
    if (optString(spec, 'ResourceType') === resourceType) Object.assign(tags, readTags(at(spec, 'Tag')));
  }
  return tags;
}

/** A boolean the provider keeps as a string (`"true"`/`"false"`, unset when absent). */
export const boolText = (source: JsonValue | undefined, path: string) => {
  const value = optBool(source, path);
  return value === undefined ? undefined : text(String(value));
};
export const optText = (source: JsonValue | undefined, path: string) => {
  const value = optString(source, path);
  return value === undefined ? undefined : text(value);
};
export const optNum = (source: JsonValue | undefined, path: string) => {
  const value = optNumber(source, path);
  return value === undefined ? undefined : number(value);
};

/** The aws_launch_template arguments a version's data sets (replaced as a whole by a new version). */
export const TEMPLATE_DATA_ARGS = [
  'image_id',
  'instance_type',
  'key_name',
  'vpc_security_group_ids',
  'security_group_names',
  'ebs_optimized',
  'disable_api_termination',
  'disable_api_stop',
  'instance_initiated_shutdown_behavior',
  'kernel_id',
  'ram_disk_id',
  'iam_instance_profile',
  'monitoring',
  'metadata_options',
  'credit_specification',
  'hibernation_options',
  'network_interfaces',
  'block_device_mappings',
  'tag_specifications',
] as const;

/** LaunchTemplateData keys mapped above (plus UserData, which CloudTrail hides). */
export const TEMPLATE_DATA_KEYS = new Set([
  'ImageId', 'InstanceType', 'KeyName', 'SecurityGroupId', 'SecurityGroup', 'EbsOptimized', 'DisableApiTermination', 'DisableApiStop',
  'InstanceInitiatedShutdownBehavior', 'KernelId', 'RamDiskId', 'IamInstanceProfile', 'Monitoring', 'MetadataOptions', 'CreditSpecification',
  'HibernationOptions', 'NetworkInterface', 'BlockDeviceMapping', 'TagSpecification', 'UserData',
]);

export interface TemplateData {
  readonly fields: Fields;
  readonly userData: boolean;
  /** LaunchTemplateData keys the record sets that Trailform does not map. */
  readonly unmapped: string[];
}

export function templateData(data: JsonValue | undefined): TemplateData {
  if (data !== undefined && !isObject(data)) throw new MalformedRecordError('LaunchTemplateData should be an object');
  const groupIds = wrappedStrings(data, 'SecurityGroupId');
  const groupNames = wrappedStrings(data, 'SecurityGroup');
  const body: Fields = fields({
    image_id: optText(data, 'ImageId'),
    instance_type: optText(data, 'InstanceType'),
    key_name: optText(data, 'KeyName'),
    vpc_security_group_ids: groupIds.length > 0 ? strings(groupIds) : undefined,
    security_group_names: groupNames.length > 0 ? strings(groupNames) : undefined,
    ebs_optimized: boolText(data, 'EbsOptimized'),
    disable_api_termination: optBool(data, 'DisableApiTermination') === true ? flag(true) : undefined,
    disable_api_stop: optBool(data, 'DisableApiStop') === true ? flag(true) : undefined,
    instance_initiated_shutdown_behavior: optText(data, 'InstanceInitiatedShutdownBehavior'),
    kernel_id: optText(data, 'KernelId'),
    ram_disk_id: optText(data, 'RamDiskId'),
  });
  const profile = fields({ arn: optText(data, 'IamInstanceProfile.Arn'), name: optText(data, 'IamInstanceProfile.Name') });
  if (Object.keys(profile).length > 0) body.iam_instance_profile = blocks(profile);
  const monitoring = optBool(data, 'Monitoring.Enabled');
  if (monitoring !== undefined) body.monitoring = blocks({ enabled: flag(monitoring) });
  const metadata = fields({
    http_endpoint: optText(data, 'MetadataOptions.HttpEndpoint'),
    http_tokens: optText(data, 'MetadataOptions.HttpTokens'),
    http_put_response_hop_limit: optNum(data, 'MetadataOptions.HttpPutResponseHopLimit'),
    http_protocol_ipv6: optText(data, 'MetadataOptions.HttpProtocolIpv6'),
    instance_metadata_tags: optText(data, 'MetadataOptions.InstanceMetadataTags'),
  });
  if (Object.keys(metadata).length > 0) body.metadata_options = blocks(metadata);
  const cpuCredits = optString(data, 'CreditSpecification.CpuCredits');
  if (cpuCredits) body.credit_specification = blocks({ cpu_credits: text(cpuCredits) });
  const hibernation = optBool(data, 'HibernationOptions.Configured');
  if (hibernation !== undefined) body.hibernation_options = blocks({ configured: flag(hibernation) });
  const interfaces = wrappedList(data, 'NetworkInterface').map((ni) => {
    const groups = wrappedStrings(ni, 'SecurityGroupId');
    return fields({
      device_index: optNum(ni, 'DeviceIndex'),
      subnet_id: optText(ni, 'SubnetId'),
      network_interface_id: optText(ni, 'NetworkInterfaceId'),
      associate_public_ip_address: boolText(ni, 'AssociatePublicIpAddress'),
      delete_on_termination: boolText(ni, 'DeleteOnTermination'),
      description: optText(ni, 'Description'),
      private_ip_address: optText(ni, 'PrivateIpAddress'),
      security_groups: groups.length > 0 ? strings(groups) : undefined,
    });
  });
  if (interfaces.length > 0) body.network_interfaces = blocks(...interfaces);
  const devices = wrappedList(data, 'BlockDeviceMapping').map((bdm) => {
    const ebs = fields({
      volume_size: optNum(bdm, 'Ebs.VolumeSize'),
      volume_type: optText(bdm, 'Ebs.VolumeType'),
      iops: optNum(bdm, 'Ebs.Iops'),
      throughput: optNum(bdm, 'Ebs.Throughput'),
      encrypted: boolText(bdm, 'Ebs.Encrypted'),
      delete_on_termination: boolText(bdm, 'Ebs.DeleteOnTermination'),
      kms_key_id: optText(bdm, 'Ebs.KmsKeyId'),
      snapshot_id: optText(bdm, 'Ebs.SnapshotId'),
    });
    const mapping = fields({ device_name: optText(bdm, 'DeviceName'), virtual_name: optText(bdm, 'VirtualName'), no_device: optText(bdm, 'NoDevice') });
    if (Object.keys(ebs).length > 0) mapping.ebs = blocks(ebs);
    return mapping;
  });
  if (devices.length > 0) body.block_device_mappings = blocks(...devices);
  const specs = wrappedList(data, 'TagSpecification').map((spec) =>
    fields({ resource_type: optText(spec, 'ResourceType'), tags: tagsField(readTags(at(spec, 'Tag'))) }),
  );
  if (specs.length > 0) body.tag_specifications = blocks(...specs);
  const unmapped = isObject(data) ? Object.keys(data).filter((k) => !TEMPLATE_DATA_KEYS.has(k)) : [];
  return { fields: body, userData: at(data, 'UserData') !== undefined, unmapped };
}

/** Replaces (or, for a version built from a source version, overlays) the draft's template data. */
export function applyTemplateData(draft: ResourceDraft, data: TemplateData, overlay: boolean, event: MapperEvent): void {
  const { name, description, default_version, tags, ...rest } = draft.fields;
  const kept: Fields = {};
  for (const [key, value] of Object.entries(rest)) if (overlay || !(TEMPLATE_DATA_ARGS as readonly string[]).includes(key)) kept[key] = value;
  draft.fields = fields({ name, description, default_version, ...kept, ...data.fields, tags });
  if (data.userData) draft.ignoreChanges('user_data', LT_USER_DATA_REASON);
  if (data.unmapped.length > 0) {
    draft.note(`Event ${event.eventID} also sets ${data.unmapped.join(', ')} in the template data, which Trailform does not map yet: the first plan shows them as changes to review.`);
  }
}

export function launchTemplateId(ctx: FoldContext, request: JsonValue, response: JsonValue): string {
  const id = optString(response, 'launchTemplate.launchTemplateId') ?? optString(response, 'launchTemplateVersion.launchTemplateId') ?? optString(request, 'LaunchTemplateId');
  if (id) return id;
  const name = optString(request, 'LaunchTemplateName');
  const known = name ? ctx.find(LAUNCH_TEMPLATE, name) : undefined;
  if (known) return known.id;
  throw new MalformedRecordError('missing LaunchTemplateId (and the session has no template with that LaunchTemplateName)');
}


export const launchTemplatesHandlers: Record<string, EventHandler> = {
    // --- Launch templates ------------------------------------------------------------------
    CreateLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const template = at(response, 'launchTemplate');
      const id = reqString(template, 'launchTemplateId');
      const name = optString(template, 'launchTemplateName') ?? reqString(request, 'LaunchTemplateName');
      const description = optString(request, 'VersionDescription');
      const draft = ctx.create(LAUNCH_TEMPLATE, id, {
        nameHint: name,
        fields: fields({ name: text(name), description: description ? text(description) : undefined, tags: tagsField(wrappedTags(request, 'launch-template')) }),
        exports: { id, name },
        aliases: [name],
      });
      applyTemplateData(draft, templateData(at(request, 'LaunchTemplateData')), false, event);
    },
    CreateLaunchTemplateVersion(event, ctx) {
      const { request, response } = unwrap(event);
      const id = launchTemplateId(ctx, request, response);
      const name = optString(response, 'launchTemplateVersion.launchTemplateName') ?? optString(request, 'LaunchTemplateName');
      const draft = ctx.change(LAUNCH_TEMPLATE, id, { nameHint: name ?? id, exports: name ? { id, name } : { id }, aliases: name ? [name] : [] });
      // The provider reads the arguments of the latest version: the new one, built from the request's
      // data alone, or from a source version's data with the request's data on top.
      const source = optString(request, 'SourceVersion');
      applyTemplateData(draft, templateData(at(request, 'LaunchTemplateData')), source !== undefined, event);
      const description = optString(request, 'VersionDescription');
      if (description) setArg(draft, 'description', text(description));
      else delete draft.fields.description;
    },
    ModifyLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const id = launchTemplateId(ctx, request, response);
      const version = optNumber(request, 'SetDefaultVersion') ?? optNumber(request, 'DefaultVersion') ?? optNumber(response, 'launchTemplate.defaultVersionNumber');
      if (version === undefined) throw new MalformedRecordError('missing SetDefaultVersion');
      const name = optString(response, 'launchTemplate.launchTemplateName') ?? optString(request, 'LaunchTemplateName');
      const draft = ctx.change(LAUNCH_TEMPLATE, id, { nameHint: name ?? id, exports: name ? { id, name } : { id }, aliases: name ? [name] : [] });
      // default_version, not update_default_version: the provider reads the number back but not the flag.
      setArg(draft, 'default_version', number(version));
    },
    DeleteLaunchTemplate(event, ctx) {
      const { request, response } = unwrap(event);
      const id = optString(response, 'launchTemplate.launchTemplateId') ?? optString(request, 'LaunchTemplateId') ?? reqString(request, 'LaunchTemplateName');
      ctx.remove(LAUNCH_TEMPLATE, id);
    },

};
