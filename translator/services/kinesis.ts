// Amazon Kinesis Data Streams: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/streams/latest/dev/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_kinesis_stream', create: 'CreateStream', id: ['request.streamName'], delete: 'DeleteStream' },
  // Import ID: the consumer ARN.
  {
    type: 'aws_kinesis_stream_consumer',
    create: 'RegisterStreamConsumer',
    id: ['response.consumer.consumerARN'],
    delete: 'DeregisterStreamConsumer',
    deleteId: ['request.consumerARN'],
  },
]);

export const kinesis: ServiceMapper = { service: 'kinesis', eventSource: 'kinesis.amazonaws.com', ...TYPES };
