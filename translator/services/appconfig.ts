// AWS AppConfig: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/appconfig/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Application members import as `MEMBER-ID:APPLICATION-ID`.
const ofApplication = (id: string, e: MapperEvent) => `${id}:${optString(e.request, 'applicationId') ?? ''}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_appconfig_application',
    create: 'CreateApplication',
    id: ['response.id'],
    delete: 'DeleteApplication',
    deleteId: ['request.applicationId'],
  },
  { type: 'aws_appconfig_environment', create: 'CreateEnvironment', id: ['response.id'], importId: ofApplication },
  {
    type: 'aws_appconfig_configuration_profile',
    create: 'CreateConfigurationProfile',
    id: ['response.id'],
    importId: ofApplication,
  },
  {
    type: 'aws_appconfig_deployment_strategy',
    create: 'CreateDeploymentStrategy',
    id: ['response.id'],
    delete: 'DeleteDeploymentStrategy',
    deleteId: ['request.deploymentStrategyId'],
  },
]);

export const appconfig: ServiceMapper = { service: 'appconfig', eventSource: 'appconfig.amazonaws.com', ...TYPES };
