// AWS CloudFormation: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-api-logging-cloudtrail.html
// Stacks and stack sets import by name; DeleteStack may name the stack by its ID (ARN), from which the name is read.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** A stack named by name or by its ARN (`arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID`). */
const stackNamed = (e: MapperEvent) => { const s = optString(e.request, 'stackName'); return s?.startsWith('arn:') ? s.split('/')[1] : s; };

const TYPES = importOnlyTypes([
  {
    type: 'aws_cloudformation_stack',
    create: 'CreateStack',
    id: ['request.stackName'],
    delete: 'DeleteStack',
    deleteId: stackNamed,
    update: ['UpdateStack', 'UpdateTerminationProtection'],
    updateId: stackNamed,
  },
  { type: 'aws_cloudformation_stack_set', create: 'CreateStackSet', id: ['request.stackSetName'], delete: 'DeleteStackSet' },
]);

export const cloudformation: ServiceMapper = { service: 'cloudformation', eventSource: 'cloudformation.amazonaws.com', ...TYPES };
