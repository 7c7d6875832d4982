// AWS Systems Manager Incident Manager contacts: types Trailform maps by their import block only;
// Terraform writes their configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel
// members: https://docs.aws.amazon.com/incident-manager/latest/userguide/logging-using-cloudtrail.html
// Contacts, channels and rotations are imported by ARN, which the answer of each create call gives and
// which their update and delete calls take as the ID; a contact's engagement plan is imported by the contact ARN.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_ssmcontacts_contact', create: 'CreateContact', id: ['response.contactArn'], delete: 'DeleteContact', deleteId: ['request.contactId'], update: ['UpdateContact'] },
  {
    type: 'aws_ssmcontacts_contact_channel',
    create: 'CreateContactChannel',
    id: ['response.contactChannelArn'],
    delete: 'DeleteContactChannel',
    deleteId: ['request.contactChannelId'],
    update: ['UpdateContactChannel'],
  },
  { type: 'aws_ssmcontacts_rotation', create: 'CreateRotation', id: ['response.rotationArn'], delete: 'DeleteRotation', deleteId: ['request.rotationId'], update: ['UpdateRotation'] },
]);

export const ssmcontacts: ServiceMapper = { service: 'ssmcontacts', eventSource: 'ssm-contacts.amazonaws.com', ...TYPES };
