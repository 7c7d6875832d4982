// AWS CodeDeploy: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `APPLICATION:GROUP`.
  {
    type: 'aws_codedeploy_deployment_group',
    create: 'CreateDeploymentGroup',
    id: (e) => { const a = optString(e.request, 'applicationName'); const g = optString(e.request, 'deploymentGroupName'); return a && g ? `${a}:${g}` : undefined; },
    delete: 'DeleteDeploymentGroup',
  },
  { type: 'aws_codedeploy_app', create: 'CreateApplication', id: ['request.applicationName'], delete: 'DeleteApplication' },
  {
    type: 'aws_codedeploy_deployment_config',
    create: 'CreateDeploymentConfig',
    id: ['request.deploymentConfigName'],
    delete: 'DeleteDeploymentConfig',
  },
]);

export const codedeploy: ServiceMapper = { service: 'codedeploy', eventSource: 'codedeploy.amazonaws.com', ...TYPES };
