// AWS IoT Core: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/iot/latest/developerguide/iot-using-cloudtrail.html
// Every type imports by its name.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_iot_thing', create: 'CreateThing', id: ['request.thingName'], delete: 'DeleteThing' },
  { type: 'aws_iot_thing_type', create: 'CreateThingType', id: ['request.thingTypeName'] },
  { type: 'aws_iot_thing_group', create: 'CreateThingGroup', id: ['request.thingGroupName'], delete: 'DeleteThingGroup' },
  { type: 'aws_iot_policy', create: 'CreatePolicy', id: ['request.policyName'], delete: 'DeletePolicy' },
  { type: 'aws_iot_topic_rule', create: 'CreateTopicRule', id: ['request.ruleName'], delete: 'DeleteTopicRule' },
  { type: 'aws_iot_role_alias', create: 'CreateRoleAlias', id: ['request.roleAlias'], delete: 'DeleteRoleAlias' },
]);

export const iot: ServiceMapper = { service: 'iot', eventSource: 'iot.amazonaws.com', ...TYPES };
