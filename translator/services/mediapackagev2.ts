// AWS Elemental MediaPackage v2: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Channel groups are imported by name:
// https://docs.aws.amazon.com/mediapackage/latest/userguide/logging-using-cloudtrail.html

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_media_packagev2_channel_group',
    create: 'CreateChannelGroup',
    id: eitherCase('request.channelGroupName'),
    delete: 'DeleteChannelGroup',
    update: ['UpdateChannelGroup'],
  },
]);

export const mediapackagev2: ServiceMapper = { service: 'mediapackagev2', eventSource: 'mediapackagev2.amazonaws.com', ...TYPES };
