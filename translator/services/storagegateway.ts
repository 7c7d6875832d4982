// AWS Storage Gateway: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/filegateway/latest/files3/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by the gateway ARN.
  {
    type: 'aws_storagegateway_gateway',
    create: 'ActivateGateway',
    id: ['response.gatewayARN'],
    delete: 'DeleteGateway',
    deleteId: ['request.gatewayARN'],
  },
]);

export const storagegateway: ServiceMapper = { service: 'storagegateway', eventSource: 'storagegateway.amazonaws.com', ...TYPES };
