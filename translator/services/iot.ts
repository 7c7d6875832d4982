// AWS IoT Core: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/iot/latest/developerguide/iot-using-cloudtrail.html
// Every type imports by its name.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** A name from its request member, or the last part of the ARN member that may stand for it. */
const nameOrArn = (e: MapperEvent, name: string, arn: string) => optString(e.request, name) ?? optString(e.request, arn)?.split('/').pop();

const groupAndThing = (e: MapperEvent) => {
  const group = nameOrArn(e, 'thingGroupName', 'thingGroupArn');
  const thing = nameOrArn(e, 'thingName', 'thingArn');
  return group && thing ? `${group}/${thing}` : undefined;
};

const TYPES = importOnlyTypes([
  { type: 'aws_iot_thing', create: 'CreateThing', id: ['request.thingName'], delete: 'DeleteThing' },
  { type: 'aws_iot_thing_type', create: 'CreateThingType', id: ['request.thingTypeName'] },
  { type: 'aws_iot_thing_group', create: 'CreateThingGroup', id: ['request.thingGroupName'], delete: 'DeleteThingGroup' },
  { type: 'aws_iot_policy', create: 'CreatePolicy', id: ['request.policyName'], delete: 'DeletePolicy' },
  { type: 'aws_iot_topic_rule', create: 'CreateTopicRule', id: ['request.ruleName'], delete: 'DeleteTopicRule' },
  { type: 'aws_iot_role_alias', create: 'CreateRoleAlias', id: ['request.roleAlias'], delete: 'DeleteRoleAlias' },
  { type: 'aws_iot_authorizer', create: 'CreateAuthorizer', id: ['request.authorizerName'], delete: 'DeleteAuthorizer' },
  { type: 'aws_iot_billing_group', create: 'CreateBillingGroup', id: ['request.billingGroupName'], delete: 'DeleteBillingGroup' },
  {
    type: 'aws_iot_domain_configuration',
    create: 'CreateDomainConfiguration',
    id: ['request.domainConfigurationName'],
    delete: 'DeleteDomainConfiguration',
  },
  {
    type: 'aws_iot_provisioning_template',
    create: 'CreateProvisioningTemplate',
    id: ['request.templateName'],
    delete: 'DeleteProvisioningTemplate',
  },
  // Import ID `THING-GROUP/THING`; the calls name each by name or by ARN.
  { type: 'aws_iot_thing_group_membership', create: 'AddThingToThingGroup', id: groupAndThing, delete: 'RemoveThingFromThingGroup' },
  {
    type: 'aws_iot_topic_rule_destination',
    create: 'CreateTopicRuleDestination',
    id: ['response.topicRuleDestination.arn'],
    delete: 'DeleteTopicRuleDestination',
    deleteId: ['request.arn'],
  },
]);

export const iot: ServiceMapper = { service: 'iot', eventSource: 'iot.amazonaws.com', ...TYPES };
