// EC2 mapper part: Instances, key pairs and EBS volumes (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, reqString } from '../read';
import { blocks, fields, flag, number, strings, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { ATTACHMENT, EIP, INSTANCE, KEY_PAIR, VOLUME } from './types';
import { attributeValue, changeById, createTags, labelOf, setArg, setFlag, textField, unwrap } from './shared';
import { removeWhere } from './routing';
import { eitherString, wrappedItems } from './security-groups';

// Instances

export const USER_DATA_REASON =
  'CloudTrail hides user data (<sensitiveDataRemoved>) and the provider reads back only its hash, so leaving user_data unset would plan to clear it (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance#user_data)';

export const LAUNCH_TEMPLATE_USER_DATA_REASON =
  'the instance was launched from a launch template, whose user data (if any) the provider reads back only as a hash (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance#user_data)';

/** The root volume's settings from the launch request's block-device mapping, when it names the root device. */
export function rootBlockDevice(event: MapperEvent, rootDeviceName: string | undefined): Fields | undefined {
  if (!rootDeviceName) return undefined;
  const mapping = listAt(event.request, 'blockDeviceMapping').find((m) => optString(m, 'deviceName') === rootDeviceName);
  const ebs = at(mapping, 'ebs');
  if (!isObject(ebs)) return undefined;
  const volumeType = optString(ebs, 'volumeType');
  const size = optNumber(ebs, 'volumeSize');
  const iops = optNumber(ebs, 'iops');
  const throughput = optNumber(ebs, 'throughput');
  const root = fields({
    volume_size: size === undefined ? undefined : number(size),
    volume_type: volumeType ? text(volumeType) : undefined,
    // iops/throughput only apply to provisioned types; gp2 reports a computed iops.
    iops: iops !== undefined && volumeType && ['io1', 'io2', 'gp3'].includes(volumeType) ? number(iops) : undefined,
    throughput: throughput !== undefined && volumeType === 'gp3' ? number(throughput) : undefined,
    // Only the non-default values: account-level encryption by default could make `false` wrong.
    delete_on_termination: optBool(ebs, 'deleteOnTermination') === false ? flag(false) : undefined,
    encrypted: optBool(ebs, 'encrypted') === true ? flag(true) : undefined,
  });
  return Object.keys(root).length > 0 ? root : undefined;
}

/** ModifyInstanceMetadataOptions parameters (PascalCase, wrapped request) and their metadata_options arguments. */
export const METADATA_OPTIONS = [
  ['HttpTokens', 'http_tokens'],
  ['HttpEndpoint', 'http_endpoint'],
  ['HttpProtocolIpv6', 'http_protocol_ipv6'],
  ['InstanceMetadataTags', 'instance_metadata_tags'],
] as const;

/** Associate/ReplaceIamInstanceProfile: the provider stores the profile by name. */
export function setInstanceProfile(instance: ResourceDraft, request: JsonValue): void {
  const name = optString(request, 'IamInstanceProfile.Name') ?? optString(request, 'IamInstanceProfile.Arn')?.split('/').pop();
  if (!name) throw new MalformedRecordError('missing IamInstanceProfile.Name or .Arn');
  setArg(instance, 'iam_instance_profile', text(name));
}

/** Instance profiles are referenced by name; the request carries a name or an ARN (…:instance-profile/path/name). */
export function instanceProfileName(event: MapperEvent): string | undefined {
  const name = optString(event.request, 'iamInstanceProfile.name');
  if (name) return name;
  const arn = optString(event.request, 'iamInstanceProfile.arn');
  return arn ? arn.split('/').pop() : undefined;
}

export function launchInstance(event: MapperEvent, ctx: FoldContext, item: JsonValue): void {
  const id = reqString(item, 'instanceId');
  const request = event.request;
  const profile = instanceProfileName(event);
  const inVpc = optString(item, 'subnetId') !== undefined || optString(item, 'vpcId') !== undefined;
  const groupIds = listAt(item, 'groupSet').map((g) => reqString(g, 'groupId'));
  const body: Fields = fields({
    ami: text(optString(item, 'imageId') ?? reqString(listAt(request, 'instancesSet')[0], 'imageId')),
    instance_type: text(reqString(item, 'instanceType')),
    subnet_id: optString(item, 'subnetId') ? text(reqString(item, 'subnetId')) : undefined,
    vpc_security_group_ids: inVpc && groupIds.length > 0 ? strings(groupIds) : undefined,
    key_name: optString(item, 'keyName') ? text(reqString(item, 'keyName')) : undefined,
    iam_instance_profile: profile ? text(profile) : undefined,
    disable_api_termination: optBool(request, 'disableApiTermination') === true ? flag(true) : undefined,
    disable_api_stop: optBool(request, 'disableApiStop') === true ? flag(true) : undefined,
    monitoring: optBool(request, 'monitoring.enabled') === true ? flag(true) : undefined,
    hibernation: optBool(request, 'hibernationOptions.configured') === true ? flag(true) : undefined,
    instance_initiated_shutdown_behavior: optString(request, 'instanceInitiatedShutdownBehavior') === 'terminate' ? text('terminate') : undefined,
    tags: tagsField(createTags(event, 'instance', item)),
  });
  const cpuCredits = optString(request, 'creditSpecification.cpuCredits');
  if (cpuCredits) body.credit_specification = blocks({ cpu_credits: text(cpuCredits) });
  const metadata: Fields = {};
  for (const [key, arg] of METADATA_OPTIONS) {
    const value = optString(request, `metadataOptions.${key[0]!.toLowerCase()}${key.slice(1)}`);
    if (value) metadata[arg] = text(value);
  }
  const hopLimit = optNumber(request, 'metadataOptions.httpPutResponseHopLimit');
  if (hopLimit !== undefined) metadata.http_put_response_hop_limit = number(hopLimit);
  if (Object.keys(metadata).length > 0) body.metadata_options = blocks(metadata);
  const root = rootBlockDevice(event, optString(item, 'rootDeviceName'));
  if (root) body.root_block_device = blocks(root);
  const eni = listAt(item, 'networkInterfaceSet').find((n) => (optNumber(n, 'attachment.deviceIndex') ?? 0) === 0);
  const eniId = optString(eni, 'networkInterfaceId');
  const draft = ctx.create(INSTANCE, id, {
    fields: body,
    exports: eniId ? { id, primary_network_interface_id: eniId } : { id },
  });
  if (at(request, 'userData') !== undefined) draft.ignoreChanges('user_data', USER_DATA_REASON);
  else if (at(request, 'launchTemplate') !== undefined) draft.ignoreChanges('user_data', LAUNCH_TEMPLATE_USER_DATA_REASON);
  const template = optString(request, 'launchTemplate.launchTemplateName') ?? optString(request, 'launchTemplate.launchTemplateId');
  // The request may name the version as `$Default`/`$Latest` while the provider reads back a number, so
  // launch_template is not guessed here; the note asks for a look at the first plan.
  if (template) draft.note(`Launched from launch template ${template}: the first plan shows the launch_template the provider reads back.`);
}

/** ModifyInstanceAttribute names one attribute per call, as `{ "<name>": { "value": … } }` or `attribute`/`value`. */
export function modifyInstance(event: MapperEvent, ctx: FoldContext): void {
  const id = reqString(event.request, 'instanceId');
  const request = event.request;
  const named = optString(request, 'attribute');
  const value = (key: string) => (named === key ? at(request, 'value') : attributeValue(request, key));
  const instance = changeById(ctx, INSTANCE, id);
  if (!instance.created) instance.ignoreChanges('user_data', USER_DATA_REASON);
  const groups = listAt(request, 'groupSet').map((g) => reqString(g, 'groupId'));
  if (groups.length > 0) setArg(instance, 'vpc_security_group_ids', strings(groups));
  if (at(request, 'userData') !== undefined || named === 'userData') instance.ignoreChanges('user_data', USER_DATA_REASON);
  const instanceType = value('instanceType');
  if (typeof instanceType === 'string') setArg(instance, 'instance_type', text(instanceType));
  const shutdown = value('instanceInitiatedShutdownBehavior');
  if (typeof shutdown === 'string') setArg(instance, 'instance_initiated_shutdown_behavior', text(shutdown));
  for (const [key, arg] of [
    ['disableApiTermination', 'disable_api_termination'],
    ['disableApiStop', 'disable_api_stop'],
    ['sourceDestCheck', 'source_dest_check'],
    ['ebsOptimized', 'ebs_optimized'],
  ] as const) {
    setFlag(instance, arg, named === key ? optBool(request, 'value') : optBool(request, key));
  }
}

// ---------------------------------------------------------------------------------------------
// Key pairs

/**
 * public_key is required, but EC2 never returns it and the provider never reads it back, so an
 * imported key pair would be replaced on the first apply (Import note in the provider docs).
 */
export const PUBLIC_KEY_REASON =
  'the provider never reads public_key back after import, and a change forces a new key pair (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/key_pair#import)';
export const PUBLIC_KEY_PLACEHOLDER = 'REPLACE-ME: aws ec2 describe-key-pairs --include-public-key --key-names';

/** ImportKeyPair's publicKeyMaterial is base64 in the API; use it only when it decodes to an OpenSSH public key. */
export function importedPublicKey(event: MapperEvent): string | undefined {
  const material = optString(event.request, 'publicKeyMaterial');
  if (!material) return undefined;
  let decoded = '';
  try {
    decoded = atob(material);
  } catch {
    // not base64: the record may carry the key as text
  }
  return [material, decoded].map((k) => k.trim()).find((k) => /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+( [^\n]*)?$/.test(k));
}

export function createKeyPair(event: MapperEvent, ctx: FoldContext, imported: boolean): void {
  const publicKey = imported ? importedPublicKey(event) : undefined;
  const name = optString(event.response, 'keyName') ?? reqString(event.request, 'keyName');
  const keyPairId = optString(event.response, 'keyPairId');
  const draft = ctx.create(KEY_PAIR, name, {
    fields: fields({
      key_name: text(name),
      public_key: text(publicKey ?? `${PUBLIC_KEY_PLACEHOLDER} ${name}`),
      tags: tagsField(createTags(event, 'key-pair', event.response)),
    }),
    exports: { key_name: name, id: name },
    aliases: keyPairId ? [keyPairId] : [],
  });
  draft.ignoreChanges('public_key', PUBLIC_KEY_REASON);
  if (!imported) draft.note('AWS generated this key pair; its private key was shown once and is not in CloudTrail (keyMaterial is removed).');
  else if (publicKey === undefined) draft.note('The public key was imported (ImportKeyPair), but the record does not carry it.');
}


export const instancesHandlers: Record<string, EventHandler> = {
    // --- Instances -------------------------------------------------------------------------
    ModifyInstanceCreditSpecification(event, ctx) {
      // Sets T-instance CPU credits per instance (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCreditSpecification.html).
      const { request } = unwrap(event);
      const items = wrappedItems(request, 'InstanceCreditSpecification');
      if (items.length === 0) throw new MalformedRecordError('missing InstanceCreditSpecification');
      for (const item of items) {
        const instanceId = eitherString(item, 'InstanceId');
        const credits = eitherString(item, 'CpuCredits');
        if (!instanceId || !credits) throw new MalformedRecordError('an InstanceCreditSpecification needs InstanceId and CpuCredits');
        setArg(changeById(ctx, INSTANCE, instanceId), 'credit_specification', blocks({ cpu_credits: text(credits) }));
      }
    },

    RunInstances(event, ctx) {
      const items = listAt(event.response, 'instancesSet');
      if (items.length === 0) throw new MalformedRecordError('missing responseElements.instancesSet');
      for (const item of items) launchInstance(event, ctx, item);
    },
    ModifyInstanceAttribute(event, ctx) {
      modifyInstance(event, ctx);
    },
    ModifyInstanceMetadataOptions(event, ctx) {
      const { request } = unwrap(event);
      const instance = changeById(ctx, INSTANCE, reqString(request, 'InstanceId'));
      const current = instance.fields.metadata_options;
      const options: Fields = current?.kind === 'blocks' && current.items[0] ? { ...current.items[0] } : {};
      for (const [key, arg] of METADATA_OPTIONS) {
        const value = optString(request, key);
        if (value !== undefined) options[arg] = text(value);
      }
      const hopLimit = optNumber(request, 'HttpPutResponseHopLimit');
      if (hopLimit !== undefined) options.http_put_response_hop_limit = number(hopLimit);
      setArg(instance, 'metadata_options', blocks(options));
    },
    AssociateIamInstanceProfile(event, ctx) {
      const { request, response } = unwrap(event);
      const id = optString(request, 'InstanceId') ?? reqString(response, 'iamInstanceProfileAssociation.instanceId');
      setInstanceProfile(changeById(ctx, INSTANCE, id), request);
    },
    ReplaceIamInstanceProfileAssociation(event, ctx) {
      const { request, response } = unwrap(event);
      // The request names only the association; the response says which instance it belongs to.
      const id = optString(response, 'iamInstanceProfileAssociation.instanceId');
      if (!id) {
        ctx.ignore('the record does not say which instance the replaced profile association belongs to');
        return;
      }
      setInstanceProfile(changeById(ctx, INSTANCE, id), request);
    },
    DisassociateIamInstanceProfile(event, ctx) {
      const id = optString(unwrap(event).response, 'iamInstanceProfileAssociation.instanceId');
      const instance = id ? ctx.find(INSTANCE, id) : undefined;
      if (!id || !instance) {
        ctx.ignore('removes an instance profile from an instance the session does not have');
        return;
      }
      // iam_instance_profile is optional+computed: left unset, the (now empty) value is not managed.
      delete changeById(ctx, INSTANCE, id).fields.iam_instance_profile;
    },
    TerminateInstances(event, ctx) {
      for (const item of listAt(event.request, 'instancesSet')) {
        const id = reqString(item, 'instanceId');
        // The instance's Elastic IP stays allocated but is disassociated.
        for (const eip of ctx.allHolding(EIP, 'instance', id)) {
          if (textField(eip, 'instance') === id) delete ctx.change(EIP, eip.id, { importId: eip.importId, nameHint: eip.nameHint }).fields.instance;
        }
        // AWS detaches the instance's volumes as it terminates.
        removeWhere(ctx, ATTACHMENT, 'instance_id', id);
        ctx.remove(INSTANCE, id);
      }
    },

    // --- Key pairs -------------------------------------------------------------------------
    CreateKeyPair(event, ctx) {
      createKeyPair(event, ctx, false);
    },
    ImportKeyPair(event, ctx) {
      createKeyPair(event, ctx, true);
    },
    DeleteKeyPair(event, ctx) {
      const name = optString(event.request, 'keyName') ?? reqString(event.request, 'keyPairId');
      ctx.remove(KEY_PAIR, name);
    },

    // --- EBS volumes -----------------------------------------------------------------------
    CreateVolume(event, ctx) {
      const id = reqString(event.response, 'volumeId');
      const request = event.request;
      const type = optString(event.response, 'volumeType') ?? optString(request, 'volumeType');
      const provisioned = type !== undefined && ['io1', 'io2', 'gp3'].includes(type);
      const iops = optNumber(request, 'iops');
      const throughput = optNumber(request, 'throughput');
      // The response carries the key's ARN, the form the provider stores; the request may hold an alias.
      const kmsKeyId = optString(event.response, 'kmsKeyId');
      const snapshotId = optString(request, 'snapshotId');
      ctx.create(VOLUME, id, {
        fields: fields({
          availability_zone: text(optString(event.response, 'zone') ?? reqString(request, 'zone')),
          size: optNumber(event.response, 'size') !== undefined ? number(optNumber(event.response, 'size')!) : undefined,
          type: type ? text(type) : undefined,
          iops: provisioned && iops !== undefined ? number(iops) : undefined,
          throughput: type === 'gp3' && throughput !== undefined ? number(throughput) : undefined,
          encrypted: optBool(event.response, 'encrypted') === true ? flag(true) : undefined,
          kms_key_id: kmsKeyId ? text(kmsKeyId) : undefined,
          snapshot_id: snapshotId ? text(snapshotId) : undefined,
          multi_attach_enabled: optBool(request, 'multiAttachEnabled') === true ? flag(true) : undefined,
          tags: tagsField(createTags(event, 'volume', event.response)),
        }),
        exports: { id },
      });
    },
    ModifyVolume(event, ctx) {
      const { request, response } = unwrap(event);
      const modification = at(response, 'volumeModification');
      const id = optString(request, 'VolumeId') ?? reqString(modification, 'volumeId');
      const volume = changeById(ctx, VOLUME, id);
      const size = optNumber(modification, 'targetSize') ?? optNumber(request, 'Size');
      const type = optString(modification, 'targetVolumeType') ?? optString(request, 'VolumeType') ?? textField(volume, 'type');
      const iops = optNumber(request, 'Iops') ?? optNumber(modification, 'targetIops');
      const throughput = optNumber(request, 'Throughput') ?? optNumber(modification, 'targetThroughput');
      if (size !== undefined) setArg(volume, 'size', number(size));
      if (type !== undefined) setArg(volume, 'type', text(type));
      const provisioned = type !== undefined && ['io1', 'io2', 'gp3'].includes(type);
      if (provisioned && iops !== undefined) setArg(volume, 'iops', number(iops));
      else if (!provisioned) delete volume.fields.iops;
      if (type === 'gp3' && throughput !== undefined) setArg(volume, 'throughput', number(throughput));
      else if (type !== 'gp3') delete volume.fields.throughput;
      const multiAttach = optBool(request, 'MultiAttachEnabled');
      setFlag(volume, 'multi_attach_enabled', multiAttach);
    },
    DeleteVolume(event, ctx) {
      ctx.remove(VOLUME, reqString(event.request, 'volumeId'));
    },
    AttachVolume(event, ctx) {
      const volumeId = optString(event.response, 'volumeId') ?? reqString(event.request, 'volumeId');
      const instanceId = optString(event.response, 'instanceId') ?? reqString(event.request, 'instanceId');
      const device = optString(event.response, 'device') ?? reqString(event.request, 'device');
      // Import ID `DEVICE_NAME:VOLUME_ID:INSTANCE_ID`.
      const id = `${device}:${volumeId}:${instanceId}`;
      ctx.create(ATTACHMENT, id, {
        nameHint: `${labelOf(ctx, VOLUME, volumeId)} ${device}`,
        fields: { device_name: text(device), volume_id: text(volumeId), instance_id: text(instanceId) },
      });
    },
    DetachVolume(event, ctx) {
      const volumeId = reqString(event.request, 'volumeId');
      const instanceId = optString(event.request, 'instanceId');
      const attached = ctx.allHolding(ATTACHMENT, 'volume_id', volumeId).filter((a) => textField(a, 'volume_id') === volumeId && (!instanceId || textField(a, 'instance_id') === instanceId));
      for (const attachment of attached) ctx.remove(ATTACHMENT, attachment.id);
      if (attached.length === 0) ctx.ignore('detaches a volume attached before the session: nothing to manage');
    },

};
