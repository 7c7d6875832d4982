// Amazon MSK Connect connectors, custom plugins and worker configurations. CloudTrail shape (REST-JSON
// protocol): body members under their API names (`connectorName`, `capacity`, `kafkaCluster`,
// `plugins[{customPlugin}]`, `location.s3Location`, `propertiesFileContent`), tags as a plain map; the create
// responses return the ARN (and the revision). The API marks connector configurations and worker properties
// sensitive, so CloudTrail may hide them (HIDDEN_DUE_TO_SECURITY_REASONS): those stay as the account holds
// them (ignore_changes), and worker properties become a sensitive variable.
// https://docs.aws.amazon.com/msk/latest/developerguide/mkc-logging.html
// https://docs.aws.amazon.com/MSKC/latest/mskc/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type ServiceMapper, type TypeIdentity } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, flag, number, numberAt, sensitive, stringMap, stringsAt, tagsField, text, textAt } from './values';

const CONNECTOR = 'aws_mskconnect_connector';
const PLUGIN = 'aws_mskconnect_custom_plugin';
const WORKER_CONFIGURATION = 'aws_mskconnect_worker_configuration';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => (isObject(source) ? blocks(build(source)) : undefined);

function requiredNumber(source: JsonValue, path: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}

const arnAndRevision = (source: JsonValue, arnMember: string) => ({ arn: text(reqString(source, arnMember)), revision: number(requiredNumber(source, 'revision')) });

function capacity(source: JsonValue): Fields {
  const policy = (scaling: JsonValue, path: string) => optBlock(at(scaling, path), (p) => fields({ cpu_utilization_percentage: numberAt(p, 'cpuUtilizationPercentage') }));
  return fields({
    autoscaling: optBlock(at(source, 'autoScaling'), (a) => fields({
      max_worker_count: number(requiredNumber(a, 'maxWorkerCount')),
      min_worker_count: number(requiredNumber(a, 'minWorkerCount')),
      mcu_count: numberAt(a, 'mcuCount'),
      scale_in_policy: policy(a, 'scaleInPolicy'),
      scale_out_policy: policy(a, 'scaleOutPolicy'),
    })),
    provisioned_capacity: optBlock(at(source, 'provisionedCapacity'), (p) => fields({ worker_count: number(requiredNumber(p, 'workerCount')), mcu_count: numberAt(p, 'mcuCount') })),
  });
}

function logDelivery(source: JsonValue): Fields {
  const enabled = (s: JsonValue) => flag(optBool(s, 'enabled') ?? false);
  return {
    worker_log_delivery: optBlock(at(source, 'workerLogDelivery'), (w) => fields({
      cloudwatch_logs: optBlock(at(w, 'cloudWatchLogs'), (c) => fields({ enabled: enabled(c), log_group: textAt(c, 'logGroup') })),
      firehose: optBlock(at(w, 'firehose'), (f) => fields({ enabled: enabled(f), delivery_stream: textAt(f, 'deliveryStream') })),
      s3: optBlock(at(w, 's3'), (s) => fields({ enabled: enabled(s), bucket: textAt(s, 'bucket'), prefix: textAt(s, 'prefix') })),
    })) ?? blocks({}),
  };
}

/** The connector configuration, or undefined when CloudTrail hid it (or any value of it). */
function connectorConfiguration(request: JsonValue): Record<string, string> | undefined {
  const value = at(request, 'connectorConfiguration');
  if (value === HIDDEN || !isObject(value)) return undefined;
  const map = readTags(value);
  return Object.values(map).includes(HIDDEN) ? undefined : map;
}

/** Connectors, custom plugins and worker configurations are keyed and imported by ARN (`KIND/NAME/UUID`). */
const byArn = (kind: string): TypeIdentity => ({
  arn: `arn:{partition}:kafkaconnect:{region}:{account}:${kind}/{name}/{uuid}`,
  keyedByArn: true,
  nameHint: (arn) => arn.split('/')[1] ?? arn,
  exports: ['arn', 'id'],
});

/** TagResource names one of the three by ARN; MSK Connect tags nothing else, so another ARN is malformed. */
const TAGS = taggingHandlers(() => mskConnect.resources, TAG_RESOURCE, {
  unmapped: (arn) => `resourceArn ${arn} is not an MSK Connect resource ARN`,
  unmappedAs: 'invalid',
});

export const mskConnect: ServiceMapper = {
  service: 'mskconnect',
  eventSource: 'kafkaconnect.amazonaws.com',
  resources: [
    {
      type: CONNECTOR,
      identity: byArn('connector'),
      required: [
        'capacity', 'connector_configuration', 'kafka_cluster', 'kafka_cluster_client_authentication', 'kafka_cluster_encryption_in_transit',
        'kafkaconnect_version', 'name', 'plugin', 'service_execution_role_arn',
      ],
      references: {
        service_execution_role_arn: ['aws_iam_role'],
        'kafka_cluster.apache_kafka_cluster.vpc.subnets': ['aws_subnet'],
        'kafka_cluster.apache_kafka_cluster.vpc.security_groups': ['aws_security_group'],
        'plugin.custom_plugin.arn': [PLUGIN],
        'worker_configuration.arn': [WORKER_CONFIGURATION],
        'log_delivery.worker_log_delivery.cloudwatch_logs.log_group': ['aws_cloudwatch_log_group'],
        'log_delivery.worker_log_delivery.s3.bucket': ['aws_s3_bucket'],
      },
      events: ['CreateConnector', 'UpdateConnector', 'TagResource', 'UntagResource', 'DeleteConnector'],
    },
    {
      type: PLUGIN,
      identity: byArn('custom-plugin'),
      required: ['content_type', 'location', 'name'],
      references: { 'location.s3.bucket_arn': ['aws_s3_bucket'] },
      events: ['CreateCustomPlugin', 'TagResource', 'UntagResource', 'DeleteCustomPlugin'],
    },
    {
      type: WORKER_CONFIGURATION,
      identity: byArn('worker-configuration'),
      required: ['name', 'properties_file_content'],
      events: ['CreateWorkerConfiguration', 'TagResource', 'UntagResource', 'DeleteWorkerConfiguration'],
    },
  ],
  events: mergeHandlers(TAGS, {
    CreateConnector(event, ctx) {
      const arn = reqString(event.response, 'connectorArn');
      const name = reqString(event.request, 'connectorName');
      const configuration = connectorConfiguration(event.request);
      const plugins = listAt(event.request, 'plugins').map((p) => ({ custom_plugin: blocks(arnAndRevision(at(p, 'customPlugin') ?? null, 'customPluginArn')) }));
      const draft = ctx.create(CONNECTOR, arn, {
        nameHint: name,
        fields: fields({
          name: text(name),
          description: textAt(event.request, 'connectorDescription'),
          kafkaconnect_version: text(reqString(event.request, 'kafkaConnectVersion')),
          service_execution_role_arn: text(reqString(event.request, 'serviceExecutionRoleArn')),
          connector_configuration: stringMap(configuration ?? {}),
          capacity: blocks(capacity(at(event.request, 'capacity') ?? {})),
          kafka_cluster: blocks({
            apache_kafka_cluster: blocks({
              bootstrap_servers: text(reqString(event.request, 'kafkaCluster.apacheKafkaCluster.bootstrapServers')),
              vpc: blocks(fields({
                subnets: stringsAt(event.request, 'kafkaCluster.apacheKafkaCluster.vpc.subnets'),
                security_groups: stringsAt(event.request, 'kafkaCluster.apacheKafkaCluster.vpc.securityGroups'),
              })),
            }),
          }),
          kafka_cluster_client_authentication: blocks(fields({ authentication_type: textAt(event.request, 'kafkaClusterClientAuthentication.authenticationType') })),
          kafka_cluster_encryption_in_transit: blocks(fields({ encryption_type: textAt(event.request, 'kafkaClusterEncryptionInTransit.encryptionType') })),
          log_delivery: optBlock(at(event.request, 'logDelivery'), logDelivery),
          plugin: plugins.length > 0 ? blocks(...plugins) : undefined,
          worker_configuration: optBlock(at(event.request, 'workerConfiguration'), (w) => arnAndRevision(w, 'workerConfigurationArn')),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
      if (configuration === undefined) {
        draft.ignoreChanges('connector_configuration', 'CloudTrail hides the connector configuration (HIDDEN_DUE_TO_SECURITY_REASONS; the API marks it sensitive): the live one stays as it is, the empty map only makes the configuration valid');
      }
    },
    // UpdateConnector changes the capacity only (the UpdateConnector API reference).
    UpdateConnector(event, ctx) {
      const arn = reqString(event.request, 'connectorArn');
      const draft = ctx.change(CONNECTOR, arn, {});
      if (isObject(at(event.request, 'capacity'))) draft.fields.capacity = blocks(capacity(at(event.request, 'capacity')!));
    },
    DeleteConnector(event, ctx) {
      ctx.remove(CONNECTOR, reqString(event.request, 'connectorArn'));
    },
    CreateCustomPlugin(event, ctx) {
      const arn = reqString(event.response, 'customPluginArn');
      const name = reqString(event.request, 'name');
      const s3 = at(event.request, 'location.s3Location');
      ctx.create(PLUGIN, arn, {
        nameHint: name,
        fields: fields({
          name: text(name),
          description: textAt(event.request, 'description'),
          content_type: text(reqString(event.request, 'contentType')),
          location: blocks({ s3: blocks(fields({ bucket_arn: text(reqString(s3, 'bucketArn')), file_key: text(reqString(s3, 'fileKey')), object_version: textAt(s3, 'objectVersion') })) }),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    DeleteCustomPlugin(event, ctx) {
      ctx.remove(PLUGIN, reqString(event.request, 'customPluginArn'));
    },
    CreateWorkerConfiguration(event, ctx) {
      const arn = reqString(event.response, 'workerConfigurationArn');
      const name = reqString(event.request, 'name');
      const encoded = optString(event.request, 'propertiesFileContent');
      const decoded = encoded !== undefined && encoded !== HIDDEN && /^[A-Za-z0-9+/=\s]+$/.test(encoded) ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
      const readable = decoded !== undefined && decoded.length > 0 && !/[^\x09\x0a\x0d\x20-\x7e]/.test(decoded);
      const draft = ctx.create(WORKER_CONFIGURATION, arn, {
        nameHint: name,
        fields: fields({
          name: text(name),
          description: textAt(event.request, 'description'),
          // Sent base64-encoded (a blob); the provider takes the raw properties text (mskconnect_worker_configuration doc example).
          properties_file_content: readable ? text(decoded) : sensitive(`Worker properties of the MSK Connect worker configuration ${name} (CloudTrail hides them)`),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
      if (!readable) {
        draft.ignoreChanges('properties_file_content', 'CloudTrail hides the worker properties (HIDDEN_DUE_TO_SECURITY_REASONS; the API marks them sensitive): the live ones stay as they are');
      }
    },
    DeleteWorkerConfiguration(event, ctx) {
      ctx.remove(WORKER_CONFIGURATION, reqString(event.request, 'workerConfigurationArn'));
    },
  }),
};
