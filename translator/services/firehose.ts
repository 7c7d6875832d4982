// Amazon Data Firehose: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';
import { buildArn } from './arn';

// Keyed by name (what DeleteDeliveryStream carries); imported by ARN, from the response or built from the name.
const streamArn = (name: string, e: MapperEvent) =>
  optString(e.response, 'deliveryStreamARN') ?? buildArn(e, 'firehose', `deliverystream/${name}`);

const TYPES = importOnlyTypes([
  {
    type: 'aws_kinesis_firehose_delivery_stream',
    create: 'CreateDeliveryStream',
    id: ['request.deliveryStreamName'],
    importId: streamArn,
    delete: 'DeleteDeliveryStream',
  },
]);

export const firehose: ServiceMapper = { service: 'firehose', eventSource: 'firehose.amazonaws.com', ...TYPES };
