// Secrets the AWS models do not mark `sensitive` (so the generated table misses them), by service
// signing name and operation: member paths (same syntax as the table) added to the operation's plan.
// Each cites the API reference that says the value is a secret.
import type { SensitiveOperation } from './sensitive-table-types.ts';

export const UNMARKED_SECRETS: Record<string, Record<string, SensitiveOperation>> = {
  // API key values: https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApiKey.html
  apigateway: {
    CreateApiKey: { in: ['value'], out: ['value'] },
    GetApiKey: { out: ['value'] },
    UpdateApiKey: { out: ['value'] },
    GetApiKeys: { out: ['items.[].value'] },
  },
  // BGP MD5 auth keys: https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewBGPPeer.html
  directconnect: Object.fromEntries([
    'CreateBGPPeer', 'DeleteBGPPeer', 'CreatePrivateVirtualInterface', 'CreatePublicVirtualInterface', 'CreateTransitVirtualInterface',
    'AllocatePrivateVirtualInterface', 'AllocatePublicVirtualInterface', 'AllocateTransitVirtualInterface', 'UpdateVirtualInterfaceAttributes',
    'DescribeVirtualInterfaces', 'ConfirmPrivateVirtualInterface',
  ].map((op) => [op, { deep: ['authKey'] }])),
  // NoEcho parameter values: https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html
  cloudformation: Object.fromEntries(['CreateStack', 'UpdateStack', 'CreateChangeSet', 'CreateStackSet', 'UpdateStackSet', 'CreateStackInstances', 'UpdateStackInstances']
    .map((op) => [op, { deep: ['ParameterValue'] }])),
};
