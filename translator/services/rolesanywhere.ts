// IAM Roles Anywhere: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_rolesanywhere_trust_anchor',
    create: 'CreateTrustAnchor',
    id: ['response.trustAnchor.trustAnchorId'],
    delete: 'DeleteTrustAnchor',
    deleteId: ['request.trustAnchorId'],
  },
  {
    type: 'aws_rolesanywhere_profile',
    create: 'CreateProfile',
    id: ['response.profile.profileId'],
    delete: 'DeleteProfile',
    deleteId: ['request.profileId'],
  },
]);

export const rolesanywhere: ServiceMapper = { service: 'rolesanywhere', eventSource: 'rolesanywhere.amazonaws.com', ...TYPES };
