// Amazon Rekognition: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/rekognition/latest/dg/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_rekognition_collection', create: 'CreateCollection', id: ['request.collectionId'], delete: 'DeleteCollection' },
  {
    type: 'aws_rekognition_stream_processor',
    create: 'CreateStreamProcessor',
    id: ['request.name'],
    delete: 'DeleteStreamProcessor',
  },
  { type: 'aws_rekognition_project', create: 'CreateProject', id: ['request.projectName'] },
]);

export const rekognition: ServiceMapper = { service: 'rekognition', eventSource: 'rekognition.amazonaws.com', ...TYPES };
