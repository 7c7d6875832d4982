// Amazon MSK provisioned and serverless clusters, and configurations. CloudTrail shape (REST-JSON
// protocol): body members under their API names (`clusterName`, `kafkaVersion`, `numberOfBrokerNodes`,
// `brokerNodeGroupInfo{instanceType, clientSubnets, securityGroups, storageInfo.ebsStorageInfo}`,
// `encryptionInfo`, `clientAuthentication`, `tags` as a plain map); path parameters by name (`clusterArn`,
// URL-encoded in the AWS doc example record). CreateClusterV2 (the console's call) nests the settings under
// `provisioned` or `serverless`. Configurations' `serverProperties` is a blob, logged base64-encoded.
// https://docs.aws.amazon.com/msk/latest/developerguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/msk/1.0/apireference/resources.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Expr } from '../hcl/ast';
import type { Blocks } from '../model';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper, TypeIdentity } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from './read';
import { mergeHandlers } from './mapper';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, flagAt, number, numberAt, stringsAt, tagsField, text, textAt } from './values';
import { parseArn } from './arn';

const CLUSTER = 'aws_msk_cluster';
const SERVERLESS = 'aws_msk_serverless_cluster';
const CONFIGURATION = 'aws_msk_configuration';

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};

/** A path parameter ARN, decoded when the record kept it URL-encoded (`arn%3Aaws%3Akafka...`). */
function arnParam(event: MapperEvent, member: string): string {
  const value = reqString(event.request, member);
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new MalformedRecordError(`${member} is neither an ARN nor a URL-encoded one`);
  }
}

// ---------------------------------------------------------------------------------------------
// Provisioned clusters: keyed and imported by ARN

function ebsStorage(source: JsonValue): Fields {
  return fields({
    volume_size: numberAt(source, 'volumeSize') ?? numberAt(source, 'volumeSizeGB'),
    provisioned_throughput: optBlock(at(source, 'provisionedThroughput'), (p) => fields({ enabled: flagAt(p, 'enabled'), volume_throughput: numberAt(p, 'volumeThroughput') })),
  });
}

function connectivity(source: JsonValue): Fields {
  return fields({
    public_access: optBlock(at(source, 'publicAccess'), (p) => fields({ type: textAt(p, 'type') })),
    vpc_connectivity: optBlock(at(source, 'vpcConnectivity'), (v) => fields({
      client_authentication: optBlock(at(v, 'clientAuthentication'), (c) => fields({
        tls: flagAt(c, 'tls.enabled'),
        sasl: optBlock(at(c, 'sasl'), (s) => fields({ iam: flagAt(s, 'iam.enabled'), scram: flagAt(s, 'scram.enabled') })),
      })),
    })),
  });
}

function brokerNodeGroup(source: JsonValue): Fields {
  const az = optString(source, 'brokerAZDistribution');
  return fields({
    instance_type: text(reqString(source, 'instanceType')),
    client_subnets: stringsAt(source, 'clientSubnets'),
    security_groups: stringsAt(source, 'securityGroups'),
    az_distribution: az === undefined || az === 'DEFAULT' ? undefined : text(az),
    storage_info: optBlock(at(source, 'storageInfo'), (s) => fields({ ebs_storage_info: optBlock(at(s, 'ebsStorageInfo'), ebsStorage) })),
    connectivity_info: optBlock(at(source, 'connectivityInfo'), connectivity),
  });
}

function clientAuthentication(source: JsonValue): Fields {
  const cas = listAt(source, 'tls.certificateAuthorityArnList');
  return fields({
    unauthenticated: flagAt(source, 'unauthenticated.enabled'),
    sasl: optBlock(at(source, 'sasl'), (s) => fields({ iam: flagAt(s, 'iam.enabled'), scram: flagAt(s, 'scram.enabled') })),
    tls: optBlock(at(source, 'tls'), (t) => fields({ certificate_authority_arns: cas.length > 0 ? stringsAt(t, 'certificateAuthorityArnList') : undefined })),
  });
}

function encryptionInfo(source: JsonValue): Fields {
  return fields({
    encryption_at_rest_kms_key_arn: textAt(source, 'encryptionAtRest.dataVolumeKMSKeyId'),
    encryption_in_transit: optBlock(at(source, 'encryptionInTransit'), (t) => fields({ client_broker: textAt(t, 'clientBroker'), in_cluster: flagAt(t, 'inCluster') })),
  });
}

function loggingInfo(source: JsonValue): Fields {
  return fields({
    broker_logs: optBlock(at(source, 'brokerLogs'), (b) => fields({
      cloudwatch_logs: optBlock(at(b, 'cloudWatchLogs'), (c) => fields({ enabled: flag(optBool(c, 'enabled') ?? false), log_group: textAt(c, 'logGroup') })),
      firehose: optBlock(at(b, 'firehose'), (f) => fields({ enabled: flag(optBool(f, 'enabled') ?? false), delivery_stream: textAt(f, 'deliveryStream') })),
      s3: optBlock(at(b, 's3'), (s) => fields({ enabled: flag(optBool(s, 'enabled') ?? false), bucket: textAt(s, 'bucket'), prefix: textAt(s, 'prefix') })),
    })),
  });
}

function openMonitoring(source: JsonValue): Fields {
  return fields({
    prometheus: optBlock(at(source, 'prometheus'), (p) => fields({
      jmx_exporter: optBlock(at(p, 'jmxExporter'), (j) => ({ enabled_in_broker: flag(optBool(j, 'enabledInBroker') ?? false) })),
      node_exporter: optBlock(at(p, 'nodeExporter'), (n) => ({ enabled_in_broker: flag(optBool(n, 'enabledInBroker') ?? false) })),
    })),
  });
}

function configurationInfo(source: JsonValue): Fields {
  const revision = optNumber(source, 'revision');
  if (revision === undefined) throw new MalformedRecordError('missing configurationInfo.revision');
  return { arn: text(reqString(source, 'arn')), revision: number(revision) };
}

function clusterFields(settings: JsonValue): Fields {
  const monitoring = optString(settings, 'enhancedMonitoring');
  return fields({
    kafka_version: textAt(settings, 'kafkaVersion'),
    number_of_broker_nodes: numberAt(settings, 'numberOfBrokerNodes'),
    enhanced_monitoring: monitoring === undefined || monitoring === 'DEFAULT' ? undefined : text(monitoring),
    storage_mode: textAt(settings, 'storageMode'),
    broker_node_group_info: optBlock(at(settings, 'brokerNodeGroupInfo'), brokerNodeGroup),
    client_authentication: optBlock(at(settings, 'clientAuthentication'), clientAuthentication),
    configuration_info: optBlock(at(settings, 'configurationInfo'), configurationInfo),
    encryption_info: optBlock(at(settings, 'encryptionInfo'), encryptionInfo),
    logging_info: optBlock(at(settings, 'loggingInfo'), loggingInfo),
    open_monitoring: optBlock(at(settings, 'openMonitoring'), openMonitoring),
  });
}

/** The first block of a nested path, copied so a change builds a new value the fold can diff. */
function setNested(draft: ResourceDraft, path: readonly string[], value: Expr | Blocks): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const write = (fieldsIn: Fields, keys: readonly string[]): Fields => {
    const [key, ...more] = keys;
    if (key === undefined) return fieldsIn;
    if (more.length === 0) return { ...fieldsIn, [key]: value };
    const current = fieldsIn[key];
    const inner = current && current.kind === 'blocks' && current.items[0] ? current.items[0] : {};
    return { ...fieldsIn, [key]: blocks(write(inner, more)) };
  };
  draft.fields = write(draft.fields, [head, ...rest]);
}

/** Clusters and configurations are keyed and imported by ARN (`KIND/NAME/UUID`), named after their name. */
const byArn = (kind: string): TypeIdentity => ({
  arn: `arn:{partition}:kafka:{region}:{account}:${kind}/{name}/{uuid}`,
  keyedByArn: true,
  nameHint: (arn) => parseArn(arn)?.resource.split('/')[1] ?? arn,
  exports: ['arn', 'id'],
});

/** Provisioned and serverless clusters share the ARN shape: the one the session holds, else a provisioned one. */
function changeCluster(ctx: FoldContext, arn: string): ResourceDraft {
  const existing = ctx.find(SERVERLESS, arn);
  if (existing) return ctx.change(SERVERLESS, arn, {});
  return ctx.change(CLUSTER, arn, {});
}

/** broker_node_group_info requires both lists; MSK takes the VPC's default security group when none is named. */
function checkBrokerGroup(draft: ResourceDraft): void {
  const group = draft.fields.broker_node_group_info;
  const first = group?.kind === 'blocks' ? group.items[0] : undefined;
  if (!first || first.client_subnets === undefined || first.security_groups === undefined) {
    draft.configFromAccount('the request names no client subnets or security groups (MSK then uses the VPC default security group), which aws_msk_cluster requires: Terraform writes them from the account.');
  }
}

function replaceBlock(draft: ResourceDraft, name: string, value: Blocks | undefined): void {
  if (value === undefined) return;
  draft.fields[name] = value;
}

// ---------------------------------------------------------------------------------------------
// Configurations: keyed and imported by ARN; the server properties are a base64 blob

function serverProperties(event: MapperEvent, draft: ResourceDraft): void {
  const encoded = optString(event.request, 'serverProperties');
  if (encoded === undefined) return;
  const decoded = /^[A-Za-z0-9+/=\s]+$/.test(encoded) ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
  // Properties files are printable text; anything else means the record did not hold base64.
  if (decoded === undefined || decoded.length === 0 || /[^\x09\x0a\x0d\x20-\x7e]/.test(decoded)) {
    draft.configFromAccount('the record holds the server properties hidden or not as base64 text: Terraform writes them from the account.');
    return;
  }
  draft.fields.server_properties = text(decoded);
}

/** TagResource names a cluster by ARN (URL-encoded in some records); configurations have no tags. */
const TAGS = taggingHandlers(() => msk.resources, TAG_RESOURCE, {
  types: [CLUSTER],
  adopt: { [CLUSTER]: (arn, _event, ctx) => changeCluster(ctx, arn) },
  unmapped: (arn, event) => `${event.eventName}: ${arn} is not an MSK cluster (configurations have no tags in Terraform)`,
});

export const msk: ServiceMapper = {
  service: 'msk',
  eventSource: 'kafka.amazonaws.com',
  resources: [
    {
      type: CLUSTER,
      identity: byArn('cluster'),
      required: ['broker_node_group_info', 'cluster_name', 'kafka_version', 'number_of_broker_nodes'],
      references: {
        'broker_node_group_info.client_subnets': ['aws_subnet'],
        'broker_node_group_info.security_groups': ['aws_security_group'],
        'configuration_info.arn': [CONFIGURATION],
        'encryption_info.encryption_at_rest_kms_key_arn': ['aws_kms_key'],
        'logging_info.broker_logs.cloudwatch_logs.log_group': ['aws_cloudwatch_log_group'],
        'logging_info.broker_logs.s3.bucket': ['aws_s3_bucket'],
      },
      events: [
        'CreateCluster', 'CreateClusterV2', 'UpdateBrokerCount', 'UpdateBrokerStorage', 'UpdateBrokerType', 'UpdateClusterConfiguration',
        'UpdateClusterKafkaVersion', 'UpdateMonitoring', 'UpdateSecurity', 'UpdateConnectivity', 'TagResource', 'UntagResource', 'DeleteCluster',
      ],
    },
    {
      type: SERVERLESS,
      identity: byArn('cluster'),
      required: ['client_authentication', 'cluster_name', 'vpc_config'],
      references: { 'vpc_config.subnet_ids': ['aws_subnet'], 'vpc_config.security_group_ids': ['aws_security_group'] },
      events: ['CreateClusterV2', 'TagResource', 'UntagResource', 'DeleteCluster'],
    },
    {
      type: CONFIGURATION,
      identity: byArn('configuration'),
      required: ['name', 'server_properties'],
      events: ['CreateConfiguration', 'UpdateConfiguration', 'DeleteConfiguration'],
    },
  ],
  events: mergeHandlers(TAGS, {
    CreateCluster(event, ctx) {
      const arn = reqString(event.response, 'clusterArn');
      const name = reqString(event.request, 'clusterName');
      checkBrokerGroup(ctx.create(CLUSTER, arn, {
        nameHint: name,
        fields: { cluster_name: text(name), ...clusterFields(event.request), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
      }));
    },
    CreateClusterV2(event, ctx) {
      const arn = reqString(event.response, 'clusterArn');
      const name = reqString(event.request, 'clusterName');
      const tags = fields({ tags: tagsField(readTags(at(event.request, 'tags'))) });
      const provisioned = at(event.request, 'provisioned');
      const serverless = at(event.request, 'serverless');
      if (isObject(provisioned)) {
        checkBrokerGroup(ctx.create(CLUSTER, arn, { nameHint: name, fields: { cluster_name: text(name), ...clusterFields(provisioned), ...tags } }));
      } else if (isObject(serverless)) {
        const vpcs = listAt(serverless, 'vpcConfigs').map((v) => fields({ subnet_ids: stringsAt(v, 'subnetIds'), security_group_ids: stringsAt(v, 'securityGroupIds') }));
        ctx.create(SERVERLESS, arn, {
          nameHint: name,
          fields: {
            cluster_name: text(name),
            ...fields({ vpc_config: vpcs.length > 0 ? blocks(...vpcs) : undefined }),
            // IAM is the only client authentication MSK Serverless supports (and the provider requires the block).
            client_authentication: blocks({ sasl: blocks({ iam: blocks({ enabled: flag(optBool(serverless, 'clientAuthentication.sasl.iam.enabled') ?? true) }) }) }),
            ...tags,
          },
        });
      } else throw new MalformedRecordError('CreateClusterV2 names neither provisioned nor serverless settings');
    },
    UpdateBrokerCount(event, ctx) {
      const count = optNumber(event.request, 'targetNumberOfBrokerNodes');
      if (count === undefined) throw new MalformedRecordError('missing targetNumberOfBrokerNodes');
      changeCluster(ctx, arnParam(event, 'clusterArn')).fields.number_of_broker_nodes = number(count);
    },
    UpdateBrokerStorage(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      const target = listAt(event.request, 'targetBrokerEBSVolumeInfo')[0];
      if (!isObject(target)) throw new MalformedRecordError('missing targetBrokerEBSVolumeInfo');
      const size = optNumber(target, 'volumeSizeGB');
      if (size !== undefined) setNested(draft, ['broker_node_group_info', 'storage_info', 'ebs_storage_info', 'volume_size'], number(size));
    },
    UpdateBrokerType(event, ctx) {
      setNested(changeCluster(ctx, arnParam(event, 'clusterArn')), ['broker_node_group_info', 'instance_type'], text(reqString(event.request, 'targetInstanceType')));
    },
    UpdateClusterConfiguration(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      replaceBlock(draft, 'configuration_info', optBlock(at(event.request, 'configurationInfo'), configurationInfo));
    },
    UpdateClusterKafkaVersion(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      draft.fields.kafka_version = text(reqString(event.request, 'targetKafkaVersion'));
      replaceBlock(draft, 'configuration_info', optBlock(at(event.request, 'configurationInfo'), configurationInfo));
    },
    UpdateMonitoring(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      const monitoring = optString(event.request, 'enhancedMonitoring');
      if (monitoring === 'DEFAULT') delete draft.fields.enhanced_monitoring;
      else if (monitoring !== undefined) draft.fields.enhanced_monitoring = text(monitoring);
      replaceBlock(draft, 'open_monitoring', optBlock(at(event.request, 'openMonitoring'), openMonitoring));
      replaceBlock(draft, 'logging_info', optBlock(at(event.request, 'loggingInfo'), loggingInfo));
    },
    UpdateSecurity(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      replaceBlock(draft, 'client_authentication', optBlock(at(event.request, 'clientAuthentication'), clientAuthentication));
      replaceBlock(draft, 'encryption_info', optBlock(at(event.request, 'encryptionInfo'), encryptionInfo));
    },
    UpdateConnectivity(event, ctx) {
      const draft = changeCluster(ctx, arnParam(event, 'clusterArn'));
      const info = optBlock(at(event.request, 'connectivityInfo'), connectivity);
      if (info !== undefined) setNested(draft, ['broker_node_group_info', 'connectivity_info'], info);
    },
    DeleteCluster(event, ctx) {
      const arn = arnParam(event, 'clusterArn');
      ctx.remove(SERVERLESS, arn);
      ctx.remove(CLUSTER, arn);
    },
    CreateConfiguration(event, ctx) {
      const arn = reqString(event.response, 'arn');
      const name = reqString(event.request, 'name');
      const draft = ctx.create(CONFIGURATION, arn, {
        nameHint: name,
        fields: fields({ name: text(name), description: textAt(event.request, 'description'), kafka_versions: stringsAt(event.request, 'kafkaVersions') }),
      });
      serverProperties(event, draft);
    },
    // A new revision: aws_msk_configuration updates the same resource (configuration_info then names the revision).
    UpdateConfiguration(event, ctx) {
      const arn = arnParam(event, 'arn');
      const draft = ctx.change(CONFIGURATION, arn, {});
      const description = textAt(event.request, 'description');
      if (description !== undefined) draft.fields.description = description;
      serverProperties(event, draft);
    },
    DeleteConfiguration(event, ctx) {
      ctx.remove(CONFIGURATION, arnParam(event, 'arn'));
    },
  }),
};
