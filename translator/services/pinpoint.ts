// Amazon Pinpoint: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/pinpoint/latest/developerguide/logging-using-cloudtrail.html
// Campaigns (CreateCampaign) have no Terraform resource type.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_pinpoint_app',
    create: 'CreateApp',
    id: ['response.applicationResponse.id'],
    delete: 'DeleteApp',
    deleteId: ['request.applicationId'],
  },
]);

export const pinpoint: ServiceMapper = { service: 'pinpoint', eventSource: 'pinpoint.amazonaws.com', ...TYPES };
