// Amazon Redshift Serverless: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_redshiftserverless_namespace',
    create: 'CreateNamespace',
    id: ['request.namespaceName'],
    delete: 'DeleteNamespace',
  },
  {
    type: 'aws_redshiftserverless_workgroup',
    create: 'CreateWorkgroup',
    id: ['request.workgroupName'],
    delete: 'DeleteWorkgroup',
  },
]);

export const redshiftServerless: ServiceMapper = { service: 'redshiftserverless', eventSource: 'redshift-serverless.amazonaws.com', ...TYPES };
