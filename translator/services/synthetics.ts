// CloudWatch Synthetics: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html

import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/**
 * Import ID `CANARY_ARN,GROUP_NAME`. AssociateResource names the group by name, ID or ARN; the
 * provider's ID takes the group name, which the record holds only when the console passed the name.
 */
function groupAssociation(e: MapperEvent): string | undefined {
  const canary = optString(e.request, 'resourceArn') ?? optString(e.request, 'ResourceArn');
  const group = optString(e.request, 'groupIdentifier');
  if (!canary || !group) return undefined;
  return `${canary.startsWith('arn:') ? canary : buildArn(e, 'synthetics', `canary:${canary}`)},${group.split(':').pop() ?? group}`;
}

const TYPES = importOnlyTypes([
  { type: 'aws_synthetics_canary', create: 'CreateCanary', id: ['request.name'], delete: 'DeleteCanary', update: ['UpdateCanary'] },
  {
    type: 'aws_synthetics_group',
    create: 'CreateGroup',
    id: ['request.name'],
    delete: 'DeleteGroup',
    deleteId: ['request.groupIdentifier'],
  },
  { type: 'aws_synthetics_group_association', create: 'AssociateResource', id: groupAssociation, delete: 'DisassociateResource' },
]);

export const synthetics: ServiceMapper = { service: 'synthetics', eventSource: 'synthetics.amazonaws.com', ...TYPES };
