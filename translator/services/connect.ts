// Amazon Connect: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Connect's API names its members in PascalCase (`InstanceId`);
// both that and the lower-camel spelling most services' records use are read, as no real Connect create
// record confirmed which CloudTrail shows. REST path parameters appear in requestParameters. https://docs.aws.amazon.com/connect/latest/adminguide/logging-using-cloudtrail.html

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** A member of one side of the record, as Connect spells it or in lower camel case. */
function member(e: MapperEvent, side: 'request' | 'response', path: string): string | undefined {
  const from = side === 'request' ? e.request : e.response;
  return optString(from, path) ?? optString(from, path.split('.').map(lowerFirst).join('.'));
}

/** `a<sep>b…` from [side, member] pairs, or undefined when one is missing. */
const joined = (sep: string, ...parts: ['request' | 'response', string][]) => (e: MapperEvent) => {
  const values = parts.map(([side, path]) => member(e, side, path));
  return values.every((v) => v !== undefined) ? values.join(sep) : undefined;
};

/** A type that lives in an instance: import ID `INSTANCE-ID:ID`, the ID from the create response and the delete path. */
const inInstance = (type: string, create: string, responseId: string, del: string, pathId: string, name: string): ImportOnlyRow => ({
  type,
  create,
  id: joined(':', ['request', 'InstanceId'], ['response', responseId]),
  name: [`request.${name}`, `request.${lowerFirst(name)}`],
  delete: del,
  deleteId: joined(':', ['request', 'InstanceId'], ['request', pathId]),
});

const TYPES = importOnlyTypes([
  {
    type: 'aws_connect_instance',
    create: 'CreateInstance',
    id: (e) => member(e, 'response', 'Id'),
    name: ['request.InstanceAlias', 'request.instanceAlias'],
    delete: 'DeleteInstance',
    deleteId: (e) => member(e, 'request', 'InstanceId'),
  },
  inInstance('aws_connect_contact_flow', 'CreateContactFlow', 'ContactFlowId', 'DeleteContactFlow', 'ContactFlowId', 'Name'),
  inInstance('aws_connect_contact_flow_module', 'CreateContactFlowModule', 'Id', 'DeleteContactFlowModule', 'ContactFlowModuleId', 'Name'),
  inInstance('aws_connect_hours_of_operation', 'CreateHoursOfOperation', 'HoursOfOperationId', 'DeleteHoursOfOperation', 'HoursOfOperationId', 'Name'),
  inInstance('aws_connect_queue', 'CreateQueue', 'QueueId', 'DeleteQueue', 'QueueId', 'Name'),
  inInstance('aws_connect_quick_connect', 'CreateQuickConnect', 'QuickConnectId', 'DeleteQuickConnect', 'QuickConnectId', 'Name'),
  inInstance('aws_connect_routing_profile', 'CreateRoutingProfile', 'RoutingProfileId', 'DeleteRoutingProfile', 'RoutingProfileId', 'Name'),
  inInstance('aws_connect_security_profile', 'CreateSecurityProfile', 'SecurityProfileId', 'DeleteSecurityProfile', 'SecurityProfileId', 'SecurityProfileName'),
  inInstance('aws_connect_user', 'CreateUser', 'UserId', 'DeleteUser', 'UserId', 'Username'),
  inInstance('aws_connect_user_hierarchy_group', 'CreateUserHierarchyGroup', 'HierarchyGroupId', 'DeleteUserHierarchyGroup', 'HierarchyGroupId', 'Name'),
  inInstance('aws_connect_vocabulary', 'CreateVocabulary', 'VocabularyId', 'DeleteVocabulary', 'VocabularyId', 'VocabularyName'),
  {
    type: 'aws_connect_phone_number',
    create: 'ClaimPhoneNumber',
    id: (e) => member(e, 'response', 'PhoneNumberId'),
    delete: 'ReleasePhoneNumber',
    deleteId: (e) => member(e, 'request', 'PhoneNumberId'),
  },
  // Import ID `INSTANCE-ID,FUNCTION-ARN`.
  {
    type: 'aws_connect_lambda_function_association',
    create: 'AssociateLambdaFunction',
    id: joined(',', ['request', 'InstanceId'], ['request', 'FunctionArn']),
    delete: 'DisassociateLambdaFunction',
  },
  // Import ID `INSTANCE-ID:ASSOCIATION-ID:RESOURCE-TYPE`.
  {
    type: 'aws_connect_instance_storage_config',
    create: 'AssociateInstanceStorageConfig',
    id: joined(':', ['request', 'InstanceId'], ['response', 'AssociationId'], ['request', 'ResourceType']),
    delete: 'DisassociateInstanceStorageConfig',
    deleteId: joined(':', ['request', 'InstanceId'], ['request', 'AssociationId'], ['request', 'ResourceType']),
  },
]);

export const connect: ServiceMapper = { service: 'connect', eventSource: 'connect.amazonaws.com', ...TYPES };
