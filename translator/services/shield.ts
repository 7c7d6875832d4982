// AWS Shield Advanced: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/waf/latest/developerguide/shd-logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_shield_protection',
    create: 'CreateProtection',
    id: ['response.protectionId'],
    delete: 'DeleteProtection',
    deleteId: ['request.protectionId'],
  },
]);

export const shield: ServiceMapper = { service: 'shield', eventSource: 'shield.amazonaws.com', ...TYPES };
