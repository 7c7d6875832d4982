// AWS Network Firewall: firewalls and firewall policies mapped in full; rule groups by their import block only
// (Terraform writes their configuration, `terraform plan -generate-config-out`). Every type imports by its ARN.
// CloudTrail shape (JSON protocol): lowerCamel API members (`iPAddressType` for IPAddressType,
// `tLSInspectionConfigurationArn`), tags `[{key,value}]`, the created object in the response
// (`firewall`, `firewallPolicyResponse`). Event names: https://docs.aws.amazon.com/network-firewall/latest/developerguide/logging-cloudtrail.html
// API members: https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_CreateFirewall.html,
// API_CreateFirewallPolicy.html, API_FirewallPolicy.html.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, type TypeIdentity } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, number, strings, tagsField, text } from './values';
import { buildArn } from './arn';

const FIREWALL = 'aws_networkfirewall_firewall';
const POLICY = 'aws_networkfirewall_firewall_policy';

const IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_networkfirewall_rule_group',
    create: 'CreateRuleGroup',
    id: ['response.ruleGroupResponse.ruleGroupArn'],
    delete: 'DeleteRuleGroup',
    deleteId: ['request.ruleGroupArn'],
  },
]);

const textOf = (value: string | undefined) => (value === undefined ? undefined : text(value));
const numberOf = (value: number | undefined) => (value === undefined ? undefined : number(value));
const stringsOf = (values: readonly string[]) => (values.length > 0 ? strings(values) : undefined);
/** A member whose API name starts with an acronym (`IPAddressType` → `iPAddressType`, or `ipAddressType`). */
const acronym = (source: JsonValue | undefined, ...keys: string[]) => keys.map((k) => optString(source, k)).find((v) => v !== undefined);

/** Sets the arguments that are defined, keeping `tags` last. */
function assign(draft: ResourceDraft, entries: Fields): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = { ...rest, ...entries };
  if (tags) draft.fields.tags = tags;
}

/** EncryptionConfiguration: AWS_OWNED_KMS_KEY is the default (left out). */
function encryption(source: JsonValue | undefined): Fields {
  const config = at(source, 'encryptionConfiguration');
  if (!isObject(config)) return {};
  const type = reqString(config, 'type');
  if (type === 'AWS_OWNED_KMS_KEY') return {};
  return { encryption_configuration: blocks(fields({ type: text(type), key_id: textOf(optString(config, 'keyId')) })) };
}

// ---- firewalls -------------------------------------------------------------------------------------------

/** The firewall a call names by ARN or by name (in this account and Region). */
function firewallArn(event: MapperEvent): string {
  const arn = optString(event.request, 'firewallArn');
  if (arn !== undefined) return arn;
  const name = optString(event.request, 'firewallName');
  if (name === undefined) throw new MalformedRecordError('missing firewallArn or firewallName');
  return buildArn(event, 'network-firewall', `firewall/${name}`);
}

/** Firewalls and policies are keyed and imported by ARN (`KIND/NAME`), named after their name. */
const byArn = (kind: string): TypeIdentity => ({
  arn: `arn:{partition}:network-firewall:{region}:{account}:${kind}/{name}`,
  keyedByArn: true,
  nameHint: (arn) => arn.split('/').pop() ?? arn,
  exports: ['id', 'arn'],
});

function subnetMapping(entry: JsonValue, i: number): Fields {
  if (!isObject(entry)) throw new MalformedRecordError(`subnetMappings[${i}] should be an object`);
  return fields({ subnet_id: text(reqString(entry, 'subnetId')), ip_address_type: textOf(acronym(entry, 'iPAddressType', 'ipAddressType', 'IPAddressType')) });
}

function currentSubnets(draft: ResourceDraft): Fields[] {
  const current = draft.fields.subnet_mapping;
  return current && current.kind === 'blocks' ? [...current.items] : [];
}

const subnetOf = (mapping: Fields) => (mapping.subnet_id?.kind === 'string' ? mapping.subnet_id.value : undefined);

/** One-flag update calls: UpdateFirewallDeleteProtection and its siblings. */
function flagUpdate(member: string, arg: string) {
  return (event: MapperEvent, ctx: FoldContext) => {
    const arn = firewallArn(event);
    const value = optBool(event.request, member);
    if (value === undefined) throw new MalformedRecordError(`missing ${member}`);
    const draft = ctx.change(FIREWALL, arn, {});
    if (value) assign(draft, { [arg]: flag(true) });
    else delete draft.fields[arg];
    // false is the default the block leaves out, so the field diff of an adopted firewall cannot show it.
    if (!value && !draft.created) draft.sessionChange(`set ${arg} = false`);
  };
}

// ---- firewall policies -----------------------------------------------------------------------------------

function policyArn(event: MapperEvent): string {
  const arn = optString(event.request, 'firewallPolicyArn') ?? optString(event.response, 'firewallPolicyResponse.firewallPolicyArn');
  if (arn !== undefined) return arn;
  const name = optString(event.request, 'firewallPolicyName');
  if (name === undefined) throw new MalformedRecordError('missing firewallPolicyArn or firewallPolicyName');
  return buildArn(event, 'network-firewall', `firewall-policy/${name}`);
}

/** The FirewallPolicy structure as the firewall_policy block. */
function policyBlock(policy: JsonValue): Fields {
  if (!isObject(policy)) throw new MalformedRecordError('firewallPolicy should be an object');
  const engine = at(policy, 'statefulEngineOptions');
  const timeout = optNumber(engine, 'flowTimeouts.tcpIdleTimeoutSeconds');
  const variables = at(policy, 'policyVariables.ruleVariables');
  return fields({
    stateless_default_actions: strings(stringList(policy, 'statelessDefaultActions')),
    stateless_fragment_default_actions: strings(stringList(policy, 'statelessFragmentDefaultActions')),
    stateful_default_actions: stringsOf(stringList(policy, 'statefulDefaultActions')),
    tls_inspection_configuration_arn: textOf(acronym(policy, 'tLSInspectionConfigurationArn', 'tlsInspectionConfigurationArn', 'TLSInspectionConfigurationArn')),
    stateless_rule_group_reference: listAt(policy, 'statelessRuleGroupReferences').length > 0
      ? blocks(...listAt(policy, 'statelessRuleGroupReferences').map((r) => ({ priority: number(reqNumber(r, 'priority')), resource_arn: text(reqString(r, 'resourceArn')) })))
      : undefined,
    stateful_rule_group_reference: listAt(policy, 'statefulRuleGroupReferences').length > 0
      ? blocks(...listAt(policy, 'statefulRuleGroupReferences').map((r) => fields({
          resource_arn: text(reqString(r, 'resourceArn')),
          priority: numberOf(optNumber(r, 'priority')),
          deep_threat_inspection: optBool(r, 'deepThreatInspection') === undefined ? undefined : text(String(optBool(r, 'deepThreatInspection'))),
          override: optString(r, 'override.action') === undefined ? undefined : blocks({ action: text(reqString(r, 'override.action')) }),
        })))
      : undefined,
    stateless_custom_action: listAt(policy, 'statelessCustomActions').length > 0
      ? blocks(...listAt(policy, 'statelessCustomActions').map((a) => ({
          action_name: text(reqString(a, 'actionName')),
          action_definition: blocks({
            publish_metric_action: blocks({ dimension: blocks(...listAt(a, 'actionDefinition.publishMetricAction.dimensions').map((d) => ({ value: text(reqString(d, 'value')) }))) }),
          }),
        })))
      : undefined,
    stateful_engine_options: isObject(engine)
      ? blocks(fields({
          rule_order: textOf(optString(engine, 'ruleOrder')),
          stream_exception_policy: textOf(optString(engine, 'streamExceptionPolicy')),
          flow_timeouts: timeout === undefined ? undefined : blocks({ tcp_idle_timeout_seconds: number(timeout) }),
        }))
      : undefined,
    policy_variables: isObject(variables) && Object.keys(variables).length > 0
      ? blocks({
          rule_variables: blocks(...Object.entries(variables).map(([key, v]) => ({ key: text(key), ip_set: blocks({ definition: strings(stringList(v, 'definition')) }) }))),
        })
      : undefined,
  });
}

function reqNumber(source: JsonValue, path: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}

/** TagResource names a firewall or policy by ARN; rule groups are import-only. */
const TAGS = taggingHandlers(() => networkFirewall.resources, TAG_RESOURCE, {
  unmapped: (arn) => `tags ${arn}, which Trailform maps by its import block only (the generated configuration reads its tags)`,
});

export const networkFirewall: ServiceMapper = {
  service: 'networkfirewall',
  eventSource: 'network-firewall.amazonaws.com',
  resources: [
    {
      type: FIREWALL,
      identity: byArn('firewall'),
      required: ['firewall_policy_arn', 'name'],
      references: {
        firewall_policy_arn: [POLICY],
        vpc_id: ['aws_vpc'],
        'subnet_mapping.subnet_id': ['aws_subnet'],
        transit_gateway_id: ['aws_ec2_transit_gateway'],
        'encryption_configuration.key_id': ['aws_kms_key'],
      },
      events: [
        'CreateFirewall',
        'AssociateSubnets',
        'DisassociateSubnets',
        'AssociateFirewallPolicy',
        'UpdateFirewallDescription',
        'UpdateFirewallDeleteProtection',
        'UpdateSubnetChangeProtection',
        'UpdateFirewallPolicyChangeProtection',
        'UpdateFirewallEncryptionConfiguration',
        'TagResource',
        'UntagResource',
        'DeleteFirewall',
      ],
    },
    {
      type: POLICY,
      identity: byArn('firewall-policy'),
      required: ['firewall_policy', 'name'],
      references: { 'encryption_configuration.key_id': ['aws_kms_key'], 'firewall_policy.stateful_rule_group_reference.resource_arn': ['aws_networkfirewall_rule_group'], 'firewall_policy.stateless_rule_group_reference.resource_arn': ['aws_networkfirewall_rule_group'] },
      events: ['CreateFirewallPolicy', 'UpdateFirewallPolicy', 'TagResource', 'UntagResource', 'DeleteFirewallPolicy'],
      // UpdateFirewallPolicy states the whole policy document (API_UpdateFirewallPolicy.html).
    },
    ...IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(IMPORT_ONLY.events, TAGS, {
    CreateFirewall(event, ctx) {
      const r = event.request;
      const arn = reqString(event.response, 'firewall.firewallArn');
      const subnets = listAt(r, 'subnetMappings').map(subnetMapping);
      const zones = listAt(r, 'availabilityZoneMappings').map((z) => ({ availability_zone_id: text(reqString(z, 'availabilityZone')) }));
      ctx.create(FIREWALL, arn, {
        fields: fields({
          name: text(reqString(r, 'firewallName')),
          firewall_policy_arn: text(reqString(r, 'firewallPolicyArn')),
          description: textOf(optString(r, 'description')),
          vpc_id: textOf(optString(r, 'vpcId')),
          transit_gateway_id: textOf(optString(r, 'transitGatewayId')),
          subnet_mapping: subnets.length > 0 ? blocks(...subnets) : undefined,
          availability_zone_mapping: zones.length > 0 ? blocks(...zones) : undefined,
          delete_protection: optBool(r, 'deleteProtection') === true ? flag(true) : undefined,
          subnet_change_protection: optBool(r, 'subnetChangeProtection') === true ? flag(true) : undefined,
          firewall_policy_change_protection: optBool(r, 'firewallPolicyChangeProtection') === true ? flag(true) : undefined,
          availability_zone_change_protection: optBool(r, 'availabilityZoneChangeProtection') === true ? flag(true) : undefined,
          enabled_analysis_types: stringsOf(stringList(r, 'enabledAnalysisTypes')),
          ...encryption(r),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    AssociateSubnets(event, ctx) {
      const arn = firewallArn(event);
      const draft = ctx.change(FIREWALL, arn, {});
      const added = listAt(event.request, 'subnetMappings').map(subnetMapping);
      if (!draft.created) {
        draft.sessionChange(`associated subnets ${added.map(subnetOf).join(', ')}`);
        return;
      }
      const kept = currentSubnets(draft).filter((m) => !added.some((a) => subnetOf(a) === subnetOf(m)));
      assign(draft, { subnet_mapping: blocks(...kept, ...added) });
    },
    DisassociateSubnets(event, ctx) {
      const arn = firewallArn(event);
      const draft = ctx.change(FIREWALL, arn, {});
      const removed = stringList(event.request, 'subnetIds');
      if (!draft.created) {
        draft.sessionChange(`disassociated subnets ${removed.join(', ')}`);
        return;
      }
      const kept = currentSubnets(draft).filter((m) => !removed.includes(subnetOf(m) ?? ''));
      delete draft.fields.subnet_mapping;
      if (kept.length > 0) assign(draft, { subnet_mapping: blocks(...kept) });
    },
    AssociateFirewallPolicy(event, ctx) {
      const arn = firewallArn(event);
      assign(ctx.change(FIREWALL, arn, {}), { firewall_policy_arn: text(reqString(event.request, 'firewallPolicyArn')) });
    },
    UpdateFirewallDescription(event, ctx) {
      const arn = firewallArn(event);
      const draft = ctx.change(FIREWALL, arn, {});
      const description = optString(event.request, 'description');
      if (description === undefined) delete draft.fields.description;
      else assign(draft, { description: text(description) });
    },
    UpdateFirewallDeleteProtection: flagUpdate('deleteProtection', 'delete_protection'),
    UpdateSubnetChangeProtection: flagUpdate('subnetChangeProtection', 'subnet_change_protection'),
    UpdateFirewallPolicyChangeProtection: flagUpdate('firewallPolicyChangeProtection', 'firewall_policy_change_protection'),
    UpdateFirewallEncryptionConfiguration(event, ctx) {
      const arn = firewallArn(event);
      const draft = ctx.change(FIREWALL, arn, {});
      delete draft.fields.encryption_configuration;
      assign(draft, encryption(event.request));
    },
    DeleteFirewall(event, ctx) {
      ctx.remove(FIREWALL, firewallArn(event));
    },

    CreateFirewallPolicy(event, ctx) {
      const r = event.request;
      const arn = reqString(event.response, 'firewallPolicyResponse.firewallPolicyArn');
      const policy = policyBlock(at(r, 'firewallPolicy') ?? null);
      ctx.create(POLICY, arn, {
        fields: fields({
          name: text(reqString(r, 'firewallPolicyName')),
          description: textOf(optString(r, 'description')),
          firewall_policy: blocks(policy),
          ...encryption(r),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    UpdateFirewallPolicy(event, ctx) {
      const r = event.request;
      const arn = policyArn(event);
      const policy = policyBlock(at(r, 'firewallPolicy') ?? null);
      const draft = ctx.change(POLICY, arn, {});
      // The call states the whole policy document (API_UpdateFirewallPolicy.html).
      assign(draft, fields({ description: textOf(optString(r, 'description')), firewall_policy: blocks(policy), ...encryption(r) }));
    },
    DeleteFirewallPolicy(event, ctx) {
      ctx.remove(POLICY, policyArn(event));
    },
  }),
};
