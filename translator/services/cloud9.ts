// AWS Cloud9: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cloud9/latest/user-guide/cloudtrail.html
// CreateEnvironmentEC2 is not mapped: the console record is a dry run and its response carries no environment ID.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `ENVIRONMENT-ID#USER-ARN`.
  {
    type: 'aws_cloud9_environment_membership',
    create: 'CreateEnvironmentMembership',
    id: (e) => { const env = optString(e.request, 'environmentId'); const user = optString(e.request, 'userArn'); return env && user ? `${env}#${user}` : undefined; },
    delete: 'DeleteEnvironmentMembership',
  },
]);

export const cloud9: ServiceMapper = { service: 'cloud9', eventSource: 'cloud9.amazonaws.com', ...TYPES };
