// AWS DataSync: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/datasync/latest/userguide/logging-using-cloudtrail.html
// Every type imports by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_datasync_task', create: 'CreateTask', id: ['response.taskArn'], delete: 'DeleteTask', deleteId: ['request.taskArn'] },
  {
    type: 'aws_datasync_agent',
    create: 'CreateAgent',
    id: ['response.agentArn'],
    delete: 'DeleteAgent',
    deleteId: ['request.agentArn'],
  },
  { type: 'aws_datasync_location_s3', create: 'CreateLocationS3', id: ['response.locationArn'] },
  { type: 'aws_datasync_location_efs', create: 'CreateLocationEfs', id: ['response.locationArn'] },
  { type: 'aws_datasync_location_nfs', create: 'CreateLocationNfs', id: ['response.locationArn'] },
]);

export const datasync: ServiceMapper = { service: 'datasync', eventSource: 'datasync.amazonaws.com', ...TYPES };
