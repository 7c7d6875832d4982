// AWS Signer: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/signer/latest/developerguide/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  {
    type: 'aws_signer_signing_profile',
    create: 'PutSigningProfile',
    id: ['request.profileName'],
    delete: 'CancelSigningProfile',
  },
  // Import ID `PROFILE_NAME/STATEMENT_ID`.
  {
    type: 'aws_signer_signing_profile_permission',
    create: 'AddProfilePermission',
    id: (e) => {
      const profile = optString(e.request, 'profileName');
      const statement = optString(e.request, 'statementId');
      return profile && statement ? `${profile}/${statement}` : undefined;
    },
    delete: 'RemoveProfilePermission',
  },
  { type: 'aws_signer_signing_job', create: 'StartSigningJob', id: ['response.jobId'] },
]);

export const signer: ServiceMapper = { service: 'signer', eventSource: 'signer.amazonaws.com', ...TYPES };
