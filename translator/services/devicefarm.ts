// AWS Device Farm: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Each is imported by its ARN, which the create response returns and
// the delete request names. https://docs.aws.amazon.com/devicefarm/latest/developerguide/logging-using-cloudtrail.html

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { ServiceMapper } from './mapper';

const byArn = (type: string, create: string, member: string, del: string, deleteMember = 'arn'): ImportOnlyRow => ({
  type,
  create,
  id: [`response.${member}.arn`],
  name: ['request.name'],
  delete: del,
  deleteId: [`request.${deleteMember}`],
});

const TYPES = importOnlyTypes([
  byArn('aws_devicefarm_project', 'CreateProject', 'project', 'DeleteProject'),
  byArn('aws_devicefarm_device_pool', 'CreateDevicePool', 'devicePool', 'DeleteDevicePool'),
  byArn('aws_devicefarm_network_profile', 'CreateNetworkProfile', 'networkProfile', 'DeleteNetworkProfile'),
  byArn('aws_devicefarm_instance_profile', 'CreateInstanceProfile', 'instanceProfile', 'DeleteInstanceProfile'),
  byArn('aws_devicefarm_test_grid_project', 'CreateTestGridProject', 'testGridProject', 'DeleteTestGridProject', 'projectArn'),
  byArn('aws_devicefarm_upload', 'CreateUpload', 'upload', 'DeleteUpload'),
]);

export const devicefarm: ServiceMapper = { service: 'devicefarm', eventSource: 'devicefarm.amazonaws.com', ...TYPES };
