// AWS Elemental MediaConvert: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_media_convert_queue', create: 'CreateQueue', id: ['request.name'], delete: 'DeleteQueue' },
]);

export const mediaconvert: ServiceMapper = { service: 'mediaconvert', eventSource: 'mediaconvert.amazonaws.com', ...TYPES };
