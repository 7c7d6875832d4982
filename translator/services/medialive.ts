// AWS Elemental MediaLive: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). REST API; CloudTrail carries the wire names
// (`channelId` in the path, `channel.id` in the answer): https://docs.aws.amazon.com/medialive/latest/ug/logging-using-cloudtrail.html

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_medialive_channel', create: 'CreateChannel', id: eitherCase('response.channel.id'), delete: 'DeleteChannel', deleteId: eitherCase('request.channelId'), update: ['UpdateChannel', 'UpdateChannelClass'] },
  { type: 'aws_medialive_input', create: 'CreateInput', id: eitherCase('response.input.id'), delete: 'DeleteInput', deleteId: eitherCase('request.inputId'), update: ['UpdateInput'] },
  {
    type: 'aws_medialive_input_security_group',
    create: 'CreateInputSecurityGroup',
    id: eitherCase('response.securityGroup.id'),
    delete: 'DeleteInputSecurityGroup',
    deleteId: eitherCase('request.inputSecurityGroupId'),
    update: ['UpdateInputSecurityGroup'],
  },
  { type: 'aws_medialive_multiplex', create: 'CreateMultiplex', id: eitherCase('response.multiplex.id'), delete: 'DeleteMultiplex', deleteId: eitherCase('request.multiplexId'), update: ['UpdateMultiplex'] },
  // Import ID `PROGRAM_NAME/MULTIPLEX_ID`.
  {
    type: 'aws_medialive_multiplex_program',
    create: 'CreateMultiplexProgram',
    id: (e) => {
      const program = optString(e.request, 'programName') ?? optString(e.request, 'ProgramName');
      const multiplex = optString(e.request, 'multiplexId') ?? optString(e.request, 'MultiplexId');
      return program && multiplex ? `${program}/${multiplex}` : undefined;
    },
    delete: 'DeleteMultiplexProgram',
  },
]);

export const medialive: ServiceMapper = { service: 'medialive', eventSource: 'medialive.amazonaws.com', ...TYPES };
