// AWS CloudTrail: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-logging.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';
import { buildArn } from './arn';

// Trails import by ARN (the provider docs; terraform-provider-aws#37179 reports the name works too);
// DeleteTrail names the trail by name or ARN.
const trailArn = (e: MapperEvent) => {
  const name = optString(e.request, 'name');
  return name === undefined || name.startsWith('arn:') ? name : buildArn(e, 'cloudtrail', `trail/${name}`);
};

const TYPES = importOnlyTypes([
  { type: 'aws_cloudtrail', create: 'CreateTrail', id: ['response.trailARN'], delete: 'DeleteTrail', deleteId: trailArn },
  {
    type: 'aws_cloudtrail_event_data_store',
    create: 'CreateEventDataStore',
    id: ['response.eventDataStoreArn'],
    delete: 'DeleteEventDataStore',
    deleteId: ['request.eventDataStore'],
  },
]);

export const cloudtrail: ServiceMapper = { service: 'cloudtrail', eventSource: 'cloudtrail.amazonaws.com', ...TYPES };
