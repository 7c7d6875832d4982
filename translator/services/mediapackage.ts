// AWS Elemental MediaPackage (v1): types Trailform maps by their import block only; Terraform writes
// their configuration (`terraform plan -generate-config-out`). The channel is imported by the ID the user
// chose (`id` in the request and the answer): https://docs.aws.amazon.com/mediapackage/latest/ug/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_media_package_channel', create: 'CreateChannel', id: ['request.id', 'response.id'], delete: 'DeleteChannel', update: ['UpdateChannel'] },
]);

export const mediapackage: ServiceMapper = { service: 'mediapackage', eventSource: 'mediapackage.amazonaws.com', ...TYPES };
