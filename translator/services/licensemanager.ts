// AWS License Manager license configurations: import-only, imported by ARN (Terraform writes the block:
// `terraform plan -generate-config-out`).
// https://docs.aws.amazon.com/license-manager/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_licensemanager_license_configuration',
    create: 'CreateLicenseConfiguration',
    id: ['response.licenseConfigurationArn'],
    name: ['request.name'],
    delete: 'DeleteLicenseConfiguration',
    deleteId: ['request.licenseConfigurationArn'],
    update: ['UpdateLicenseConfiguration'],
    updateId: ['request.licenseConfigurationArn'],
  },
]);

export const licensemanager: ServiceMapper = { service: 'licensemanager', eventSource: 'license-manager.amazonaws.com', ...TYPES };
