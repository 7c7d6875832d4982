// AWS Direct Connect: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/directconnect/latest/UserGuide/logging_dc_api_calls.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_dx_connection',
    create: 'CreateConnection',
    id: ['response.connectionId'],
    delete: 'DeleteConnection',
    deleteId: ['request.connectionId'],
  },
  {
    type: 'aws_dx_private_virtual_interface',
    create: 'CreatePrivateVirtualInterface',
    id: ['response.virtualInterfaceId'],
    delete: 'DeleteVirtualInterface',
    deleteId: ['request.virtualInterfaceId'],
  },
]);

export const directconnect: ServiceMapper = { service: 'directconnect', eventSource: 'directconnect.amazonaws.com', ...TYPES };
