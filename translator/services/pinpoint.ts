// Amazon Pinpoint: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/pinpoint/latest/developerguide/logging-using-cloudtrail.html
// A channel or event stream belongs to one app and is imported by the app ID; the Update…Channel call
// that first configures a channel creates it. Campaigns and journeys have no Terraform resource type
// (operational-events.ts lists them as not importable).

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { ServiceMapper } from './mapper';

const channel = (type: string, kind: string): ImportOnlyRow => ({
  type,
  create: `Update${kind}Channel`,
  id: ['request.applicationId'],
  delete: `Delete${kind}Channel`,
});

const TYPES = importOnlyTypes([
  {
    type: 'aws_pinpoint_app',
    create: 'CreateApp',
    id: ['response.applicationResponse.id'],
    delete: 'DeleteApp',
    deleteId: ['request.applicationId'],
  },
  channel('aws_pinpoint_adm_channel', 'Adm'),
  channel('aws_pinpoint_apns_channel', 'Apns'),
  channel('aws_pinpoint_apns_sandbox_channel', 'ApnsSandbox'),
  channel('aws_pinpoint_apns_voip_channel', 'ApnsVoip'),
  channel('aws_pinpoint_apns_voip_sandbox_channel', 'ApnsVoipSandbox'),
  channel('aws_pinpoint_baidu_channel', 'Baidu'),
  channel('aws_pinpoint_email_channel', 'Email'),
  channel('aws_pinpoint_gcm_channel', 'Gcm'),
  channel('aws_pinpoint_sms_channel', 'Sms'),
  { type: 'aws_pinpoint_event_stream', create: 'PutEventStream', id: ['request.applicationId'], delete: 'DeleteEventStream' },
  { type: 'aws_pinpoint_email_template', create: 'CreateEmailTemplate', id: ['request.templateName'], delete: 'DeleteEmailTemplate', update: ['UpdateEmailTemplate'] },
]);

export const pinpoint: ServiceMapper = { service: 'pinpoint', eventSource: 'pinpoint.amazonaws.com', ...TYPES };
