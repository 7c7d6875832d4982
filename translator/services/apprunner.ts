// AWS App Runner services, auto scaling configurations, VPC connectors, observability configurations and
// connections. CloudTrail shape (JSON 1.0 protocol): the API's lowerCamel members (`serviceName`,
// `sourceConfiguration.codeRepository`, `instanceConfiguration`, `tags[{key,value}]` ...); the create
// responses hold the object with its ARN. CloudTrail hides build and start commands and runtime environment
// variables as HIDDEN_DUE_TO_SECURITY_REASONS (the AWS doc example record): those are left to the account
// with ignore_changes.
// https://docs.aws.amazon.com/apprunner/latest/dg/monitor-ct.html
// https://docs.aws.amazon.com/apprunner/latest/api/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, type TypeIdentity } from './mapper';
import { at, isObject, optString, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flagAt, numberAt, stringMap, strings, tagsField, text, textAt } from './values';

const SERVICE = 'aws_apprunner_service';
const AUTO_SCALING = 'aws_apprunner_auto_scaling_configuration_version';
const VPC_CONNECTOR = 'aws_apprunner_vpc_connector';
const OBSERVABILITY = 'aws_apprunner_observability_configuration';
const CONNECTION = 'aws_apprunner_connection';
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};

/** Values CloudTrail hid, by the argument path ignore_changes takes (`a[0].b[0].c`). */
type Hidden = string[];

/** A string argument, unless CloudTrail hid it: then it is listed for ignore_changes. */
function visible(source: JsonValue, member: string, path: string, hidden: Hidden) {
  if (optString(source, member) === HIDDEN) {
    hidden.push(path);
    return undefined;
  }
  return textAt(source, member);
}

function visibleMap(source: JsonValue, member: string, path: string, hidden: Hidden) {
  const value = at(source, member);
  if (value === HIDDEN || (isObject(value) && Object.values(value).includes(HIDDEN))) {
    hidden.push(path);
    return undefined;
  }
  const map = readTags(value);
  return Object.keys(map).length > 0 ? stringMap(map) : undefined;
}

function codeValues(values: JsonValue, path: string, hidden: Hidden): Fields {
  return fields({
    runtime: text(reqString(values, 'runtime')),
    build_command: visible(values, 'buildCommand', `${path}.build_command`, hidden),
    start_command: visible(values, 'startCommand', `${path}.start_command`, hidden),
    port: textAt(values, 'port'),
    runtime_environment_variables: visibleMap(values, 'runtimeEnvironmentVariables', `${path}.runtime_environment_variables`, hidden),
    runtime_environment_secrets: visibleMap(values, 'runtimeEnvironmentSecrets', `${path}.runtime_environment_secrets`, hidden),
  });
}

function sourceConfiguration(source: JsonValue, hidden: Hidden): Fields {
  const base = 'source_configuration[0]';
  return fields({
    auto_deployments_enabled: flagAt(source, 'autoDeploymentsEnabled'),
    authentication_configuration: optBlock(at(source, 'authenticationConfiguration'), (a) =>
      fields({ connection_arn: textAt(a, 'connectionArn'), access_role_arn: textAt(a, 'accessRoleArn') })),
    code_repository: optBlock(at(source, 'codeRepository'), (c) => fields({
      repository_url: text(reqString(c, 'repositoryUrl')),
      source_directory: textAt(c, 'sourceDirectory'),
      source_code_version: blocks({ type: text(reqString(c, 'sourceCodeVersion.type').toUpperCase()), value: text(reqString(c, 'sourceCodeVersion.value')) }),
      code_configuration: optBlock(at(c, 'codeConfiguration'), (cc) => fields({
        configuration_source: text(reqString(cc, 'configurationSource')),
        code_configuration_values: optBlock(at(cc, 'codeConfigurationValues'), (v) =>
          codeValues(v, `${base}.code_repository[0].code_configuration[0].code_configuration_values[0]`, hidden)),
      })),
    })),
    image_repository: optBlock(at(source, 'imageRepository'), (i) => fields({
      image_identifier: text(reqString(i, 'imageIdentifier')),
      image_repository_type: text(reqString(i, 'imageRepositoryType')),
      image_configuration: optBlock(at(i, 'imageConfiguration'), (c) => {
        const path = `${base}.image_repository[0].image_configuration[0]`;
        return fields({
          port: textAt(c, 'port'),
          start_command: visible(c, 'startCommand', `${path}.start_command`, hidden),
          runtime_environment_variables: visibleMap(c, 'runtimeEnvironmentVariables', `${path}.runtime_environment_variables`, hidden),
          runtime_environment_secrets: visibleMap(c, 'runtimeEnvironmentSecrets', `${path}.runtime_environment_secrets`, hidden),
        });
      }),
    })),
  });
}

/**
 * The service's blocks a create or update states. The health check comes from the response when it has
 * one: App Runner fills the thresholds the request left out, and the provider's defaults for them differ.
 */
function serviceBlocks(request: JsonValue, response: JsonValue | undefined, hidden: Hidden): Fields {
  const health = at(response, 'healthCheckConfiguration') ?? at(request, 'healthCheckConfiguration');
  return fields({
    auto_scaling_configuration_arn: textAt(request, 'autoScalingConfigurationArn'),
    source_configuration: optBlock(at(request, 'sourceConfiguration'), (s) => sourceConfiguration(s, hidden)),
    instance_configuration: optBlock(at(request, 'instanceConfiguration'), (i) =>
      fields({ cpu: textAt(i, 'cpu'), memory: textAt(i, 'memory'), instance_role_arn: textAt(i, 'instanceRoleArn') })),
    health_check_configuration: optBlock(health, (h) => fields({
      protocol: textAt(h, 'protocol'),
      path: textAt(h, 'path'),
      interval: numberAt(h, 'interval'),
      timeout: numberAt(h, 'timeout'),
      healthy_threshold: numberAt(h, 'healthyThreshold'),
      unhealthy_threshold: numberAt(h, 'unhealthyThreshold'),
    })),
    encryption_configuration: optBlock(at(request, 'encryptionConfiguration'), (e) => ({ kms_key: text(reqString(e, 'kmsKey')) })),
    network_configuration: optBlock(at(request, 'networkConfiguration'), (n) => fields({
      ip_address_type: textAt(n, 'ipAddressType'),
      egress_configuration: optBlock(at(n, 'egressConfiguration'), (e) => fields({ egress_type: textAt(e, 'egressType'), vpc_connector_arn: textAt(e, 'vpcConnectorArn') })),
      ingress_configuration: optBlock(at(n, 'ingressConfiguration'), (i) => fields({ is_publicly_accessible: flagAt(i, 'isPubliclyAccessible') })),
    })),
    observability_configuration: optBlock(at(request, 'observabilityConfiguration'), (o) => fields({
      observability_enabled: flagAt(o, 'observabilityEnabled'),
      observability_configuration_arn: textAt(o, 'observabilityConfigurationArn'),
    })),
  });
}

function keepHidden(draft: ResourceDraft, hidden: Hidden): void {
  for (const path of hidden) {
    draft.ignoreChanges(path, 'CloudTrail hides this value (HIDDEN_DUE_TO_SECURITY_REASONS); the live one stays as it is (https://docs.aws.amazon.com/apprunner/latest/dg/monitor-ct.html)');
  }
}

// Every type but connections is keyed and imported by ARN (apprunner_* docs) and named by its
// `KIND/NAME/…` segment (`{id}` matches the rest: `REVISION/ID` or `ID`); connections by name
// (`connection/NAME/ID`), exporting the tagged ARN.
const ARN = 'arn:{partition}:apprunner:{region}:{account}';
const byArn = (kind: string): TypeIdentity => ({ arn: `${ARN}:${kind}/{name}/{id}`, keyedByArn: true, nameHint: (arn) => arn.split('/')[1] ?? arn, exports: ['arn', 'id'] });
const TAGGING: TaggingOptions = {
  adopt: { [CONNECTION]: (name, event, ctx) => ctx.change(CONNECTION, name, { exports: { arn: reqString(event.request, 'resourceArn'), connection_name: name } }) },
  unmapped: (arn) => `tags ${arn}, an App Runner resource Trailform does not map`,
};

const tagsOf = (event: MapperEvent) => tagsField(readTags(at(event.request, 'tags')));

function createByArn(event: MapperEvent, ctx: FoldContext, type: string, arnPath: string, body: Fields): ResourceDraft {
  return ctx.create(type, reqString(event.response, arnPath), { fields: { ...body, ...fields({ tags: tagsOf(event) }) } });
}

export const apprunner: ServiceMapper = {
  service: 'apprunner',
  eventSource: 'apprunner.amazonaws.com',
  resources: [
    {
      type: SERVICE,
      identity: byArn('service'),
      required: ['service_name', 'source_configuration'],
      references: {
        auto_scaling_configuration_arn: [AUTO_SCALING],
        'source_configuration.authentication_configuration.connection_arn': [CONNECTION],
        'source_configuration.authentication_configuration.access_role_arn': ['aws_iam_role'],
        'instance_configuration.instance_role_arn': ['aws_iam_role'],
        'encryption_configuration.kms_key': ['aws_kms_key'],
        'network_configuration.egress_configuration.vpc_connector_arn': [VPC_CONNECTOR],
        'observability_configuration.observability_configuration_arn': [OBSERVABILITY],
      },
      events: ['CreateService', 'UpdateService', 'PauseService', 'ResumeService', 'TagResource', 'UntagResource', 'DeleteService'],
    },
    {
      type: AUTO_SCALING,
      identity: byArn('autoscalingconfiguration'),
      required: ['auto_scaling_configuration_name'],
      events: ['CreateAutoScalingConfiguration', 'TagResource', 'UntagResource', 'DeleteAutoScalingConfiguration'],
    },
    {
      type: VPC_CONNECTOR,
      identity: byArn('vpcconnector'),
      required: ['security_groups', 'subnets', 'vpc_connector_name'],
      references: { subnets: ['aws_subnet'], security_groups: ['aws_security_group'] },
      events: ['CreateVpcConnector', 'TagResource', 'UntagResource', 'DeleteVpcConnector'],
    },
    {
      type: OBSERVABILITY,
      identity: byArn('observabilityconfiguration'),
      required: ['observability_configuration_name'],
      events: ['CreateObservabilityConfiguration', 'TagResource', 'UntagResource', 'DeleteObservabilityConfiguration'],
    },
    {
      type: CONNECTION,
      identity: { arn: `${ARN}:connection/{id}/{uuid}` },
      required: ['connection_name', 'provider_type'],
      events: ['CreateConnection', 'TagResource', 'UntagResource', 'DeleteConnection'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => apprunner.resources, TAG_RESOURCE, TAGGING), {
    CreateService(event, ctx) {
      const hidden: Hidden = [];
      const draft = createByArn(event, ctx, SERVICE, 'service.serviceArn', {
        service_name: text(reqString(event.request, 'serviceName')),
        ...serviceBlocks(event.request, at(event.response, 'service'), hidden),
      });
      keepHidden(draft, hidden);
    },
    // UpdateService restates each configuration it names (the UpdateService API reference).
    UpdateService(event, ctx) {
      const draft = ctx.change(SERVICE, reqString(event.request, 'serviceArn'), {});
      const hidden: Hidden = [];
      const stated = serviceBlocks(event.request, at(event.request, 'healthCheckConfiguration') === undefined ? undefined : at(event.response, 'service'), hidden);
      Object.assign(draft.fields, stated);
      keepHidden(draft, hidden);
    },
    PauseService(_event, ctx) {
      ctx.ignore('pauses an App Runner service: its status is not part of aws_apprunner_service');
    },
    ResumeService(_event, ctx) {
      ctx.ignore('resumes an App Runner service: its status is not part of aws_apprunner_service');
    },
    DeleteService(event, ctx) {
      ctx.remove(SERVICE, reqString(event.request, 'serviceArn'));
    },
    CreateAutoScalingConfiguration(event, ctx) {
      createByArn(event, ctx, AUTO_SCALING, 'autoScalingConfiguration.autoScalingConfigurationArn', fields({
        auto_scaling_configuration_name: text(reqString(event.request, 'autoScalingConfigurationName')),
        max_concurrency: numberAt(event.request, 'maxConcurrency'),
        min_size: numberAt(event.request, 'minSize'),
        max_size: numberAt(event.request, 'maxSize'),
      }));
    },
    DeleteAutoScalingConfiguration(event, ctx) {
      ctx.remove(AUTO_SCALING, reqString(event.request, 'autoScalingConfigurationArn'));
    },
    CreateVpcConnector(event, ctx) {
      createByArn(event, ctx, VPC_CONNECTOR, 'vpcConnector.vpcConnectorArn', {
        vpc_connector_name: text(reqString(event.request, 'vpcConnectorName')),
        subnets: strings(stringList(event.request, 'subnets')),
        security_groups: strings(stringList(event.request, 'securityGroups')),
      });
    },
    DeleteVpcConnector(event, ctx) {
      ctx.remove(VPC_CONNECTOR, reqString(event.request, 'vpcConnectorArn'));
    },
    CreateObservabilityConfiguration(event, ctx) {
      createByArn(event, ctx, OBSERVABILITY, 'observabilityConfiguration.observabilityConfigurationArn', fields({
        observability_configuration_name: text(reqString(event.request, 'observabilityConfigurationName')),
        trace_configuration: optBlock(at(event.request, 'traceConfiguration'), (t) => fields({ vendor: textAt(t, 'vendor') })),
      }));
    },
    DeleteObservabilityConfiguration(event, ctx) {
      ctx.remove(OBSERVABILITY, reqString(event.request, 'observabilityConfigurationArn'));
    },
    CreateConnection(event, ctx) {
      const name = reqString(event.request, 'connectionName');
      const arn = optString(event.response, 'connection.connectionArn');
      ctx.create(CONNECTION, name, {
        fields: fields({ connection_name: text(name), provider_type: text(reqString(event.request, 'providerType')), tags: tagsOf(event) }),
        exports: arn === undefined ? { connection_name: name } : { arn, connection_name: name },
      });
    },
    DeleteConnection(event, ctx) {
      const arn = reqString(event.request, 'connectionArn');
      ctx.remove(CONNECTION, arn.split('/')[1] ?? arn);
    },
  }),
};
