// Amazon Bedrock: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/bedrock/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `GUARDRAIL-ID,VERSION`; a new guardrail is the DRAFT version.
  {
    type: 'aws_bedrock_guardrail',
    create: 'CreateGuardrail',
    id: ['response.guardrailId'],
    importId: (id, e) => `${id},${optString(e.response, 'version') ?? 'DRAFT'}`,
    delete: 'DeleteGuardrail',
    deleteId: ['request.guardrailIdentifier'],
  },
]);

export const bedrock: ServiceMapper = { service: 'bedrock', eventSource: 'bedrock.amazonaws.com', ...TYPES };
