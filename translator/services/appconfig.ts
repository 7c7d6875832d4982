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
  // Import ID `APPLICATION-ID/ENVIRONMENT-ID/DEPLOYMENT-NUMBER`, the number from the response.
  {
    type: 'aws_appconfig_deployment',
    create: 'StartDeployment',
    id: (e) => {
      const parts = [optString(e.request, 'applicationId'), optString(e.request, 'environmentId'), optString(e.response, 'deploymentNumber')];
      return parts.every((p) => p !== undefined) ? parts.join('/') : undefined;
    },
    name: ['response.configurationName'],
  },
  // DeleteExtension with a version number deletes only that version, so only the create is mapped.
  { type: 'aws_appconfig_extension', create: 'CreateExtension', id: ['response.id'], name: ['request.name'] },
  {
    type: 'aws_appconfig_extension_association',
    create: 'CreateExtensionAssociation',
    id: ['response.id'],
    delete: 'DeleteExtensionAssociation',
    deleteId: ['request.extensionAssociationId'],
  },
]);

export const appconfig: ServiceMapper = { service: 'appconfig', eventSource: 'appconfig.amazonaws.com', ...TYPES };
