// Amazon Cognito identity pools: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_cognito_identity_pool',
    create: 'CreateIdentityPool',
    id: ['response.identityPoolId'],
    delete: 'DeleteIdentityPool',
    deleteId: ['request.identityPoolId'],
  },
]);

export const cognitoIdentity: ServiceMapper = { service: 'cognitoidentity', eventSource: 'cognito-identity.amazonaws.com', ...TYPES };
