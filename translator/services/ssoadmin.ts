// IAM Identity Center (SSO admin): types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/singlesignon/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `PERMISSION-SET-ARN,INSTANCE-ARN`.
  {
    type: 'aws_ssoadmin_permission_set',
    create: 'CreatePermissionSet',
    id: ['response.permissionSet.permissionSetArn'],
    importId: (id, e) => `${id},${optString(e.request, 'instanceArn') ?? ''}`,
    delete: 'DeletePermissionSet',
    deleteId: ['request.permissionSetArn'],
  },
]);

export const ssoAdmin: ServiceMapper = { service: 'ssoadmin', eventSource: 'sso.amazonaws.com', ...TYPES };
