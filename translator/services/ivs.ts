// Amazon IVS: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/cloudtrail.html
// Channels and recording configurations import by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_ivs_channel', create: 'CreateChannel', id: ['response.channel.arn'], delete: 'DeleteChannel', deleteId: ['request.arn'] },
  {
    type: 'aws_ivs_recording_configuration',
    create: 'CreateRecordingConfiguration',
    id: ['response.recordingConfiguration.arn'],
    delete: 'DeleteRecordingConfiguration',
    deleteId: ['request.arn'],
  },
]);

export const ivs: ServiceMapper = { service: 'ivs', eventSource: 'ivs.amazonaws.com', ...TYPES };
