// AWS Clean Rooms: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Each is imported by its ID; the delete calls name it in the path.
// https://docs.aws.amazon.com/clean-rooms/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_cleanrooms_collaboration',
    create: 'CreateCollaboration',
    id: ['response.collaboration.id'],
    name: ['request.name'],
    delete: 'DeleteCollaboration',
    deleteId: ['request.collaborationIdentifier'],
  },
  {
    type: 'aws_cleanrooms_configured_table',
    create: 'CreateConfiguredTable',
    id: ['response.configuredTable.id'],
    name: ['request.name'],
    delete: 'DeleteConfiguredTable',
    deleteId: ['request.configuredTableIdentifier'],
  },
  {
    type: 'aws_cleanrooms_membership',
    create: 'CreateMembership',
    id: ['response.membership.id'],
    name: ['response.membership.collaborationName'],
    delete: 'DeleteMembership',
    deleteId: ['request.membershipIdentifier'],
  },
]);

export const cleanrooms: ServiceMapper = { service: 'cleanrooms', eventSource: 'cleanrooms.amazonaws.com', ...TYPES };
