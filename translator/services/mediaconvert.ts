// AWS Elemental MediaConvert: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** The queue a call names: by name, or by ARN in tagging calls (`arn:aws:mediaconvert:REGION:ACCOUNT:queues/NAME`). */
const queueNamed = (e: MapperEvent) => optString(e.request, 'name') ?? /:queues\/([^/]+)$/.exec(optString(e.request, 'arn') ?? '')?.[1];

const TYPES = importOnlyTypes([
  { type: 'aws_media_convert_queue', create: 'CreateQueue', id: ['request.name'], delete: 'DeleteQueue', update: ['UpdateQueue', 'TagResource', 'UntagResource'], updateId: queueNamed },
]);

export const mediaconvert: ServiceMapper = { service: 'mediaconvert', eventSource: 'mediaconvert.amazonaws.com', ...TYPES };
