// Amazon OpenSearch Service domains, through the OpenSearch API (CreateDomain → aws_opensearch_domain) and
// the older Elasticsearch API (CreateElasticsearchDomain → aws_elasticsearch_domain), which share the event
// source. CloudTrail shape (REST-JSON protocol): body members with a lower-case first letter, acronyms kept
// (`eBSOptions`, `vPCOptions`, `aRN`, `enforceHTTPS`, `tLSSecurityPolicy`); the create response holds the
// whole stored `domainStatus`, read first (it has what the service filled in), the request for what only it
// says (master user, tags, auto-tune's desired state). The master user password is a secret CloudTrail
// hides: a sensitive variable, never overwriting the live one.
// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-cloudtrailauditing.html
// https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, MalformedRecordError, optBool, optString, readJsonDocument, readTags, reqString } from './read';
import { applyTags, currentTags } from './tags';
import { blocks, fields, flag, flagAt, jsonDocument, numberAt, sensitive, stringMap, stringsAt, tagsField, text, textAt } from './values';
import { buildArn, parseArn } from './arn';

const OPENSEARCH = 'aws_opensearch_domain';
const ELASTICSEARCH = 'aws_elasticsearch_domain';

interface Flavor {
  readonly type: string;
  readonly clusterConfig: string;
  readonly version: string;
  readonly versionArgument: string;
}
const OPENSEARCH_API: Flavor = { type: OPENSEARCH, clusterConfig: 'clusterConfig', version: 'engineVersion', versionArgument: 'engine_version' };
const ELASTICSEARCH_API: Flavor = { type: ELASTICSEARCH, clusterConfig: 'elasticsearchClusterConfig', version: 'elasticsearchVersion', versionArgument: 'elasticsearch_version' };

const MASTER_USER_OPTIONS = 'advanced_security_options[0].master_user_options';

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};

function clusterConfig(c: JsonValue, flavor: Flavor): Fields {
  return fields({
    instance_type: textAt(c, 'instanceType'),
    instance_count: numberAt(c, 'instanceCount'),
    dedicated_master_enabled: flagAt(c, 'dedicatedMasterEnabled'),
    dedicated_master_type: textAt(c, 'dedicatedMasterType'),
    dedicated_master_count: numberAt(c, 'dedicatedMasterCount'),
    zone_awareness_enabled: flagAt(c, 'zoneAwarenessEnabled'),
    zone_awareness_config: optBlock(at(c, 'zoneAwarenessConfig'), (z) => fields({ availability_zone_count: numberAt(z, 'availabilityZoneCount') })),
    warm_enabled: flagAt(c, 'warmEnabled'),
    warm_type: textAt(c, 'warmType'),
    warm_count: numberAt(c, 'warmCount'),
    cold_storage_options: optBlock(at(c, 'coldStorageOptions'), (o) => fields({ enabled: flagAt(o, 'enabled') })),
    multi_az_with_standby_enabled: flavor.type === OPENSEARCH ? flagAt(c, 'multiAZWithStandbyEnabled') : undefined,
  });
}

function logPublishing(source: JsonValue | undefined) {
  if (!isObject(source)) return undefined;
  const items = Object.entries(source).flatMap(([logType, option]) => {
    const group = optString(option, 'cloudWatchLogsLogGroupArn');
    return group === undefined ? [] : [fields({ log_type: text(logType), cloudwatch_log_group_arn: text(group), enabled: flagAt(option, 'enabled') })];
  });
  return items.length > 0 ? blocks(...items) : undefined;
}

function accessPolicies(value: JsonValue | undefined) {
  const document = readJsonDocument(value, 'accessPolicies');
  return document === undefined ? undefined : jsonDocument(document);
}

/** The advanced security options, with the master user from the request (the response never has it). */
function advancedSecurity(stored: JsonValue | undefined, request: JsonValue): Fields | undefined {
  const options = isObject(stored) ? stored : at(request, 'advancedSecurityOptions');
  if (!isObject(options) || optBool(options, 'enabled') !== true) return undefined;
  const master = at(request, 'advancedSecurityOptions.masterUserOptions');
  return fields({
    enabled: flag(true),
    internal_user_database_enabled: flagAt(options, 'internalUserDatabaseEnabled'),
    anonymous_auth_enabled: flagAt(options, 'anonymousAuthEnabled'),
    master_user_options: optBlock(master, (m) => fields({
      master_user_arn: textAt(m, 'masterUserARN'),
      master_user_name: textAt(m, 'masterUserName'),
      master_user_password: optString(m, 'masterUserPassword') === undefined ? undefined : sensitive('Master user password of the OpenSearch domain (CloudTrail hides it)'),
    })),
  });
}

/** A domain's arguments from a DomainStatus-shaped object (`stored`) and the request that made it. */
function domainFields(stored: JsonValue, request: JsonValue, flavor: Flavor): Fields {
  const cognito = at(stored, 'cognitoOptions');
  const vpc = at(stored, 'vPCOptions');
  const autoTune = at(request, 'autoTuneOptions');
  return fields({
    [flavor.versionArgument]: textAt(request, flavor.version) ?? textAt(stored, flavor.version),
    ip_address_type: flavor.type === OPENSEARCH ? textAt(request, 'iPAddressType') : undefined,
    access_policies: accessPolicies(at(request, 'accessPolicies') ?? at(stored, 'accessPolicies')),
    advanced_options: isObject(at(request, 'advancedOptions')) ? stringMap(readTags(at(request, 'advancedOptions'))) : undefined,
    cluster_config: optBlock(at(stored, flavor.clusterConfig), (c) => clusterConfig(c, flavor)),
    ebs_options: optBlock(at(stored, 'eBSOptions'), (e) => fields({
      ebs_enabled: flag(optBool(e, 'eBSEnabled') ?? false),
      volume_type: textAt(e, 'volumeType'),
      volume_size: numberAt(e, 'volumeSize'),
      iops: numberAt(e, 'iops'),
      throughput: numberAt(e, 'throughput'),
    })),
    encrypt_at_rest: optBlock(at(stored, 'encryptionAtRestOptions'), (e) => fields({ enabled: flag(optBool(e, 'enabled') ?? false), kms_key_id: textAt(e, 'kmsKeyId') })),
    node_to_node_encryption: optBlock(at(stored, 'nodeToNodeEncryptionOptions'), (n) => ({ enabled: flag(optBool(n, 'enabled') ?? false) })),
    domain_endpoint_options: optBlock(at(stored, 'domainEndpointOptions'), (d) => fields({
      enforce_https: flagAt(d, 'enforceHTTPS'),
      tls_security_policy: textAt(d, 'tLSSecurityPolicy'),
      custom_endpoint_enabled: flagAt(d, 'customEndpointEnabled'),
      custom_endpoint: textAt(d, 'customEndpoint'),
      custom_endpoint_certificate_arn: textAt(d, 'customEndpointCertificateArn'),
    })),
    advanced_security_options: (() => {
      const options = advancedSecurity(at(stored, 'advancedSecurityOptions'), request);
      return options ? blocks(options) : undefined;
    })(),
    snapshot_options: optBlock(at(stored, 'snapshotOptions'), (s) => fields({ automated_snapshot_start_hour: numberAt(s, 'automatedSnapshotStartHour') })),
    vpc_options: optBlock(vpc, (v) => fields({ subnet_ids: stringsAt(v, 'subnetIds'), security_group_ids: stringsAt(v, 'securityGroupIds') })),
    cognito_options: isObject(cognito) && optBool(cognito, 'enabled') === true
      ? blocks({ enabled: flag(true), user_pool_id: text(reqString(cognito, 'userPoolId')), identity_pool_id: text(reqString(cognito, 'identityPoolId')), role_arn: text(reqString(cognito, 'roleArn')) })
      : undefined,
    log_publishing_options: logPublishing(at(stored, 'logPublishingOptions')),
    auto_tune_options: optBlock(autoTune, (a) => optString(a, 'desiredState') === undefined ? {} : fields({
      desired_state: text(reqString(a, 'desiredState')),
      rollback_on_disable: textAt(a, 'rollbackOnDisable'),
      use_off_peak_window: flavor.type === OPENSEARCH ? flagAt(a, 'useOffPeakWindow') : undefined,
    })),
    off_peak_window_options: flavor.type === OPENSEARCH ? optBlock(at(request, 'offPeakWindowOptions'), (o) => fields({
      enabled: flagAt(o, 'enabled'),
      off_peak_window: optBlock(at(o, 'offPeakWindow.windowStartTime'), (w) => ({ window_start_time: blocks(fields({ hours: numberAt(w, 'hours'), minutes: numberAt(w, 'minutes') })) })),
    })) : undefined,
    software_update_options: flavor.type === OPENSEARCH ? optBlock(at(request, 'softwareUpdateOptions'), (s) => fields({ auto_software_update_enabled: flagAt(s, 'autoSoftwareUpdateEnabled') })) : undefined,
  });
}

/** The master user options are never read back (the API does not return them): the live ones stay. */
function keepMasterUser(draft: ResourceDraft): void {
  const security = draft.fields.advanced_security_options;
  if (security?.kind === 'blocks' && security.items[0]?.master_user_options !== undefined) {
    draft.ignoreChanges(MASTER_USER_OPTIONS, 'OpenSearch never returns the master user, and CloudTrail hides its password: after import the state has none, so the variable only makes the configuration valid and must never overwrite the live user (https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/opensearch_domain#master_user_options)');
  }
}

const domainArn = (event: MapperEvent, name: string) => buildArn(event, 'es', `domain/${name}`);

function changeDomain(event: MapperEvent, ctx: FoldContext, name: string, flavor?: Flavor): ResourceDraft {
  // An ARN does not say which API made the domain: the session's own draft decides, else the OpenSearch type,
  // which manages Elasticsearch-engine domains too.
  const type = flavor?.type ?? (ctx.find(ELASTICSEARCH, name) ? ELASTICSEARCH : OPENSEARCH);
  return ctx.change(type, name, { exports: { domain_name: name, arn: domainArn(event, name) } });
}

function createDomain(event: MapperEvent, ctx: FoldContext, flavor: Flavor): void {
  const name = reqString(event.request, 'domainName');
  const status = at(event.response, 'domainStatus');
  const stored = isObject(status) ? status : event.request;
  const draft = ctx.create(flavor.type, name, {
    fields: {
      domain_name: text(name),
      ...domainFields(stored, event.request, flavor),
      ...fields({ tags: tagsField(readTags(at(event.request, 'tagList'))) }),
    },
    exports: { domain_name: name, arn: optString(stored, 'aRN') ?? domainArn(event, name) },
  });
  keepMasterUser(draft);
}

/** An update names the options it changes, in the request's shape: only those arguments are restated. */
function updateDomain(event: MapperEvent, ctx: FoldContext, flavor: Flavor): void {
  const name = reqString(event.request, 'domainName');
  const draft = changeDomain(event, ctx, name, ctx.find(flavor.type, name) ? flavor : undefined);
  const stated = domainFields(event.request, event.request, flavor);
  const members: Record<string, string> = {
    access_policies: 'accessPolicies', advanced_options: 'advancedOptions', cluster_config: flavor.clusterConfig, ebs_options: 'eBSOptions',
    encrypt_at_rest: 'encryptionAtRestOptions', node_to_node_encryption: 'nodeToNodeEncryptionOptions', domain_endpoint_options: 'domainEndpointOptions',
    advanced_security_options: 'advancedSecurityOptions', snapshot_options: 'snapshotOptions', vpc_options: 'vPCOptions', cognito_options: 'cognitoOptions',
    log_publishing_options: 'logPublishingOptions', auto_tune_options: 'autoTuneOptions', off_peak_window_options: 'offPeakWindowOptions',
    software_update_options: 'softwareUpdateOptions', ip_address_type: 'iPAddressType', [flavor.versionArgument]: flavor.version,
  };
  for (const [argument, member] of Object.entries(members)) {
    if (at(event.request, member) === undefined) continue;
    const value = stated[argument];
    if (value === undefined) delete draft.fields[argument];
    else draft.fields[argument] = value;
  }
  keepMasterUser(draft);
}

function nameFromArn(event: MapperEvent): string {
  const arn = optString(event.request, 'aRN') ?? reqString(event.request, 'arn');
  const name = parseArn(arn)?.resource.split('/')[1];
  if (name === undefined) throw new MalformedRecordError(`aRN ${arn} is not a domain ARN`);
  return name;
}

const domainEvents = (prefix: '' | 'Elasticsearch') => [
  `Create${prefix}Domain`, `Update${prefix}DomainConfig`, ...(prefix === '' ? ['UpgradeDomain'] : ['UpgradeElasticsearchDomain']), 'AddTags', 'RemoveTags', `Delete${prefix}Domain`,
];

export const opensearch: ServiceMapper = {
  service: 'opensearch',
  eventSource: 'es.amazonaws.com',
  resources: [OPENSEARCH_API, ELASTICSEARCH_API].map((flavor) => ({
    type: flavor.type,
    required: ['domain_name'],
    references: {
      'vpc_options.subnet_ids': ['aws_subnet'],
      'vpc_options.security_group_ids': ['aws_security_group'],
      'encrypt_at_rest.kms_key_id': ['aws_kms_key'],
      'log_publishing_options.cloudwatch_log_group_arn': ['aws_cloudwatch_log_group'],
      'cognito_options.role_arn': ['aws_iam_role'],
      'cognito_options.user_pool_id': ['aws_cognito_user_pool'],
      'domain_endpoint_options.custom_endpoint_certificate_arn': ['aws_acm_certificate'],
      'advanced_security_options.master_user_options.master_user_arn': ['aws_iam_role', 'aws_iam_user'],
    },
    events: domainEvents(flavor.type === OPENSEARCH ? '' : 'Elasticsearch'),
  })),
  events: {
    CreateDomain: (event, ctx) => createDomain(event, ctx, OPENSEARCH_API),
    CreateElasticsearchDomain: (event, ctx) => createDomain(event, ctx, ELASTICSEARCH_API),
    UpdateDomainConfig: (event, ctx) => updateDomain(event, ctx, OPENSEARCH_API),
    UpdateElasticsearchDomainConfig: (event, ctx) => updateDomain(event, ctx, ELASTICSEARCH_API),
    UpgradeDomain(event, ctx) {
      if (optBool(event.request, 'performCheckOnly') === true) return ctx.ignore('checks an upgrade without performing it');
      changeDomain(event, ctx, reqString(event.request, 'domainName'), OPENSEARCH_API).fields.engine_version = text(reqString(event.request, 'targetVersion'));
    },
    UpgradeElasticsearchDomain(event, ctx) {
      if (optBool(event.request, 'performCheckOnly') === true) return ctx.ignore('checks an upgrade without performing it');
      changeDomain(event, ctx, reqString(event.request, 'domainName'), ELASTICSEARCH_API).fields.elasticsearch_version = text(reqString(event.request, 'targetVersion'));
    },
    AddTags(event, ctx) {
      const draft = changeDomain(event, ctx, nameFromArn(event));
      applyTags(draft, { ...currentTags(draft), ...readTags(at(event.request, 'tagList')) });
    },
    RemoveTags(event, ctx) {
      applyTags(changeDomain(event, ctx, nameFromArn(event)), {}, readKeys(event));
    },
    DeleteDomain(event, ctx) {
      ctx.remove(OPENSEARCH, reqString(event.request, 'domainName'));
    },
    DeleteElasticsearchDomain(event, ctx) {
      ctx.remove(ELASTICSEARCH, reqString(event.request, 'domainName'));
    },
  },
};

function readKeys(event: MapperEvent): string[] {
  const keys = at(event.request, 'tagKeys');
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) throw new MalformedRecordError('tagKeys should be a list of strings');
  return keys as string[];
}
