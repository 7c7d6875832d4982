// Amazon VPC Lattice: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/vpc-lattice/latest/ug/cloudtrail-logging.html
// Every type imports by the ID the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_vpclattice_service',
    create: 'CreateService',
    id: ['response.id'],
    delete: 'DeleteService',
    deleteId: ['request.serviceIdentifier'],
  },
  {
    type: 'aws_vpclattice_service_network',
    create: 'CreateServiceNetwork',
    id: ['response.id'],
    delete: 'DeleteServiceNetwork',
    deleteId: ['request.serviceNetworkIdentifier'],
  },
  {
    type: 'aws_vpclattice_target_group',
    create: 'CreateTargetGroup',
    id: ['response.id'],
    delete: 'DeleteTargetGroup',
    deleteId: ['request.targetGroupIdentifier'],
  },
]);

export const vpcLattice: ServiceMapper = { service: 'vpclattice', eventSource: 'vpc-lattice.amazonaws.com', ...TYPES };
