// Amazon Bedrock and Agents for Amazon Bedrock: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Both APIs log under bedrock.amazonaws.com; REST path
// parameters appear in requestParameters. https://docs.aws.amazon.com/bedrock/latest/userguide/logging-using-cloudtrail.html

import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `a,b,…` from the named fields of one side of the record, or undefined when one is missing. */
const joined = (side: 'request' | 'response', ...paths: string[]) => (e: MapperEvent) => {
  const parts = paths.map((p) => optString(side === 'request' ? e.request : e.response, p));
  return parts.every((p) => p !== undefined) ? parts.join(',') : undefined;
};

const TYPES = importOnlyTypes([
  // Import ID `GUARDRAIL-ID,VERSION`; a new guardrail is the DRAFT version.
  {
    type: 'aws_bedrock_guardrail',
    create: 'CreateGuardrail',
    id: ['response.guardrailId'],
    importId: (id, e) => `${id},${optString(e.response, 'version') ?? 'DRAFT'}`,
    delete: 'DeleteGuardrail',
    deleteId: ['request.guardrailIdentifier'],
    update: ['UpdateGuardrail'],
    updateId: ['response.guardrailId', 'request.guardrailIdentifier'],
  },
  // Import ID `GUARDRAIL-ARN,VERSION`.
  {
    type: 'aws_bedrock_guardrail_version',
    create: 'CreateGuardrailVersion',
    id: (e) => {
      const id = optString(e.response, 'guardrailId');
      const version = optString(e.response, 'version');
      return id && version ? `${buildArn(e, 'bedrock', `guardrail/${id}`)},${version}` : undefined;
    },
  },
  // Imported by the customization job's ARN.
  { type: 'aws_bedrock_custom_model', create: 'CreateModelCustomizationJob', id: ['response.jobArn'], name: ['request.customModelName'] },
  { type: 'aws_bedrock_provisioned_model_throughput', create: 'CreateProvisionedModelThroughput', id: ['response.provisionedModelArn'], name: ['request.provisionedModelName'] },
  // One per Region: imported by the Region name.
  {
    type: 'aws_bedrock_model_invocation_logging_configuration',
    create: 'PutModelInvocationLoggingConfiguration',
    id: (e) => e.region,
    delete: 'DeleteModelInvocationLoggingConfiguration',
  },
  { type: 'aws_bedrockagent_agent', create: 'CreateAgent', id: ['response.agent.agentId'], name: ['request.agentName'], delete: 'DeleteAgent', deleteId: ['request.agentId'] },
  // Import ID `ALIAS-ID,AGENT-ID`.
  {
    type: 'aws_bedrockagent_agent_alias',
    create: 'CreateAgentAlias',
    id: joined('response', 'agentAlias.agentAliasId', 'agentAlias.agentId'),
    name: ['request.agentAliasName'],
    delete: 'DeleteAgentAlias',
    deleteId: joined('request', 'agentAliasId', 'agentId'),
  },
  // Import ID `ACTION-GROUP-ID,AGENT-ID,AGENT-VERSION`.
  {
    type: 'aws_bedrockagent_agent_action_group',
    create: 'CreateAgentActionGroup',
    id: joined('response', 'agentActionGroup.actionGroupId', 'agentActionGroup.agentId', 'agentActionGroup.agentVersion'),
    name: ['request.actionGroupName'],
    delete: 'DeleteAgentActionGroup',
    deleteId: joined('request', 'actionGroupId', 'agentId', 'agentVersion'),
  },
  // Import ID `AGENT-ID,AGENT-VERSION,KNOWLEDGE-BASE-ID`.
  {
    type: 'aws_bedrockagent_agent_knowledge_base_association',
    create: 'AssociateAgentKnowledgeBase',
    id: joined('request', 'agentId', 'agentVersion', 'knowledgeBaseId'),
    delete: 'DisassociateAgentKnowledgeBase',
  },
  // Import ID `AGENT-ID,AGENT-VERSION,COLLABORATOR-ID`.
  {
    type: 'aws_bedrockagent_agent_collaborator',
    create: 'AssociateAgentCollaborator',
    id: joined('response', 'agentCollaborator.agentId', 'agentCollaborator.agentVersion', 'agentCollaborator.collaboratorId'),
    name: ['request.collaboratorName'],
    delete: 'DisassociateAgentCollaborator',
    deleteId: joined('request', 'agentId', 'agentVersion', 'collaboratorId'),
  },
  {
    type: 'aws_bedrockagent_knowledge_base',
    create: 'CreateKnowledgeBase',
    id: ['response.knowledgeBase.knowledgeBaseId'],
    name: ['request.name'],
    delete: 'DeleteKnowledgeBase',
    deleteId: ['request.knowledgeBaseId'],
  },
  // Import ID `DATA-SOURCE-ID,KNOWLEDGE-BASE-ID`.
  {
    type: 'aws_bedrockagent_data_source',
    create: 'CreateDataSource',
    id: joined('response', 'dataSource.dataSourceId', 'dataSource.knowledgeBaseId'),
    name: ['request.name'],
    delete: 'DeleteDataSource',
    deleteId: joined('request', 'dataSourceId', 'knowledgeBaseId'),
  },
  // DeleteFlow takes an ID or an ARN; its response holds the ID.
  { type: 'aws_bedrockagent_flow', create: 'CreateFlow', id: ['response.id'], name: ['request.name'], delete: 'DeleteFlow', deleteId: ['response.id', 'request.flowIdentifier'] },
  // DeletePrompt with a version deletes only that version, so only the create is mapped.
  { type: 'aws_bedrockagent_prompt', create: 'CreatePrompt', id: ['response.id'], name: ['request.name'] },
]);

export const bedrock: ServiceMapper = { service: 'bedrock', eventSource: 'bedrock.amazonaws.com', ...TYPES };
