// AWS CodeArtifact: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/codeartifact/latest/ug/codeartifact-information-in-cloudtrail.html
// Domains and repositories import by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_codeartifact_domain', create: 'CreateDomain', id: ['response.domain.arn'] },
  { type: 'aws_codeartifact_repository', create: 'CreateRepository', id: ['response.repository.arn'] },
]);

export const codeartifact: ServiceMapper = { service: 'codeartifact', eventSource: 'codeartifact.amazonaws.com', ...TYPES };
