// Amazon Simple Workflow Service: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Event and field names:
// https://docs.aws.amazon.com/amazonswf/latest/developerguide/ct-logging.html
// A domain is imported by name; deprecating it is how SWF deletes one.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([{ type: 'aws_swf_domain', create: 'RegisterDomain', id: ['request.name'], delete: 'DeprecateDomain' }]);

export const swf: ServiceMapper = { service: 'swf', eventSource: 'swf.amazonaws.com', ...TYPES };
