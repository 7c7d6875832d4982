// AWS Signer: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/signer/latest/developerguide/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_signer_signing_profile',
    create: 'PutSigningProfile',
    id: ['request.profileName'],
    delete: 'CancelSigningProfile',
  },
]);

export const signer: ServiceMapper = { service: 'signer', eventSource: 'signer.amazonaws.com', ...TYPES };
