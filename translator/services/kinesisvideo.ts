// Kinesis Video Streams: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/monitoring-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // Imported by ARN.
  {
    type: 'aws_kinesis_video_stream',
    create: 'CreateStream',
    id: ['response.streamARN'],
    delete: 'DeleteStream',
    deleteId: ['request.streamARN'],
  },
]);

export const kinesisvideo: ServiceMapper = { service: 'kinesisvideo', eventSource: 'kinesisvideo.amazonaws.com', ...TYPES };
