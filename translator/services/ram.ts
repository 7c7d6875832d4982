// AWS Resource Access Manager: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ram/latest/userguide/cloudtrail-logging.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_ram_resource_share',
    create: 'CreateResourceShare',
    id: ['response.resourceShare.resourceShareArn'],
    delete: 'DeleteResourceShare',
    deleteId: ['request.resourceShareArn'],
  },
]);

export const ram: ServiceMapper = { service: 'ram', eventSource: 'ram.amazonaws.com', ...TYPES };
