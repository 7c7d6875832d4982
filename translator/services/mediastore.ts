// AWS Elemental MediaStore: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/mediastore/latest/ug/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_media_store_container', create: 'CreateContainer', id: ['request.containerName'], delete: 'DeleteContainer' },
]);

export const mediastore: ServiceMapper = { service: 'mediastore', eventSource: 'mediastore.amazonaws.com', ...TYPES };
