// Recycle Bin: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/ebs/latest/userguide/recycle-bin-ct.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** The rule a call names: by identifier, or by ARN in tagging calls (`arn:aws:rbin:REGION:ACCOUNT:rule/ID`). */
const ruleNamed = (e: MapperEvent) => optString(e.request, 'identifier') ?? /:rule\/([^/]+)$/.exec(optString(e.request, 'resourceArn') ?? '')?.[1];

const TYPES = importOnlyTypes([
  { type: 'aws_rbin_rule', create: 'CreateRule', id: ['response.identifier'], delete: 'DeleteRule', deleteId: ['request.identifier'], update: ['UpdateRule', 'LockRule', 'UnlockRule', 'TagResource', 'UntagResource'], updateId: ruleNamed },
]);

export const rbin: ServiceMapper = { service: 'rbin', eventSource: 'rbin.amazonaws.com', ...TYPES };
