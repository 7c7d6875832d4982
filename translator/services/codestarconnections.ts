// AWS CodeConnections (CodeStar Connections): connections to GitHub, Bitbucket or GitLab, and the hosts
// of self-managed providers. CloudTrail shape (JSON protocol): the API's lowerCamel members
// (`connectionName`, `providerType`, `hostArn`, `tags[{key,value}]`; `name`, `providerEndpoint`,
// `vpcConfiguration`), the create response holds the ARN (`connectionArn`, `hostArn`).
// https://docs.aws.amazon.com/dtconsole/latest/userguide/logging-connections-using-cloudtrail.html
// https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { identifierOf } from './identity';
import { mergeHandlers, type ServiceMapper, type TypeIdentity } from './mapper';
import { at, isObject, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, strings, tagsField, text, textAt } from './values';

const CONNECTION = 'aws_codestarconnections_connection';
const HOST = 'aws_codestarconnections_host';

// Both are keyed and imported by ARN (codestarconnections_connection / _host docs), which the create
// response returns; `{service}` is codestar-connections or codeconnections, the service's new name.
const keyedByArn = (kind: string): TypeIdentity => ({
  arn: `arn:{partition}:{service}:{region}:{account}:${kind}/{uuid}`,
  keyedByArn: true,
  nameHint: (arn) => arn.split('/').pop() ?? arn,
  exports: ['arn', 'id'],
});
const HOST_IDENTITY = keyedByArn('host');

function vpcConfiguration(source: JsonValue | undefined) {
  if (!isObject(source)) return undefined;
  return blocks(fields({
    vpc_id: text(reqString(source, 'vpcId')),
    subnet_ids: strings(stringList(source, 'subnetIds')),
    security_group_ids: strings(stringList(source, 'securityGroupIds')),
    tls_certificate: textAt(source, 'tlsCertificate'),
  }));
}

/** aws_codestarconnections_host has no tags argument: a host's tags are not part of its configuration. */
const TAGGING: TaggingOptions = {
  types: [CONNECTION],
  unmapped: (arn, event) => `${event.eventName}: ${arn} is not a connection (hosts have no tags in Terraform)`,
};

export const codestarConnections: ServiceMapper = {
  service: 'codestarconnections',
  eventSource: 'codestar-connections.amazonaws.com',
  resources: [
    {
      type: CONNECTION,
      identity: keyedByArn('connection'),
      required: ['name'],
      references: { host_arn: [HOST] },
      events: ['CreateConnection', 'TagResource', 'UntagResource', 'DeleteConnection'],
    },
    {
      type: HOST,
      identity: HOST_IDENTITY,
      required: ['name', 'provider_endpoint', 'provider_type'],
      references: {
        'vpc_configuration.vpc_id': ['aws_vpc'],
        'vpc_configuration.subnet_ids': ['aws_subnet'],
        'vpc_configuration.security_group_ids': ['aws_security_group'],
      },
      events: ['CreateHost', 'UpdateHost', 'DeleteHost'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => codestarConnections.resources, TAG_RESOURCE, TAGGING), {
    CreateConnection(event, ctx) {
      const arn = reqString(event.response, 'connectionArn');
      const hostArn = textAt(event.request, 'hostArn');
      ctx.create(CONNECTION, arn, {
        nameHint: reqString(event.request, 'connectionName'),
        fields: fields({
          name: text(reqString(event.request, 'connectionName')),
          // provider_type conflicts with host_arn: a connection to a host takes its type from the host.
          provider_type: hostArn === undefined ? textAt(event.request, 'providerType') : undefined,
          host_arn: hostArn,
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    DeleteConnection(event, ctx) {
      ctx.remove(CONNECTION, reqString(event.request, 'connectionArn'));
    },
    CreateHost(event, ctx) {
      const arn = reqString(event.response, 'hostArn');
      const name = reqString(event.request, 'name');
      ctx.create(HOST, arn, {
        nameHint: name,
        fields: fields({
          name: text(name),
          provider_endpoint: text(reqString(event.request, 'providerEndpoint')),
          provider_type: text(reqString(event.request, 'providerType')),
          vpc_configuration: vpcConfiguration(at(event.request, 'vpcConfiguration')),
        }),
      });
    },
    UpdateHost(event, ctx) {
      const arn = reqString(event.request, 'hostArn');
      if (identifierOf(HOST_IDENTITY, arn) === undefined) return;
      const draft = ctx.change(HOST, arn, {});
      const endpoint = textAt(event.request, 'providerEndpoint');
      if (endpoint !== undefined) draft.fields.provider_endpoint = endpoint;
      const vpc = vpcConfiguration(at(event.request, 'vpcConfiguration'));
      if (vpc !== undefined) draft.fields.vpc_configuration = vpc;
    },
    DeleteHost(event, ctx) {
      ctx.remove(HOST, reqString(event.request, 'hostArn'));
    },
  }),
};
