// Amazon GuardDuty: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/guardduty/latest/ug/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Detector children import as `DETECTOR-ID:CHILD-ID`.
const inDetector = (id: string, e: MapperEvent) => `${optString(e.request, 'detectorId') ?? ''}:${id}`;

const TYPES = importOnlyTypes([
  {
    type: 'aws_guardduty_detector',
    create: 'CreateDetector',
    id: ['response.detectorId'],
    delete: 'DeleteDetector',
    deleteId: ['request.detectorId'],
  },
  {
    type: 'aws_guardduty_threatintelset',
    create: 'CreateThreatIntelSet',
    id: ['response.threatIntelSetId'],
    importId: inDetector,
  },
  { type: 'aws_guardduty_ipset', create: 'CreateIPSet', id: ['response.ipSetId'], importId: inDetector },
  { type: 'aws_guardduty_filter', create: 'CreateFilter', id: ['request.name'], importId: inDetector },
  {
    type: 'aws_guardduty_publishing_destination',
    create: 'CreatePublishingDestination',
    id: ['response.destinationId'],
    importId: inDetector,
  },
]);

export const guardduty: ServiceMapper = { service: 'guardduty', eventSource: 'guardduty.amazonaws.com', ...TYPES };
