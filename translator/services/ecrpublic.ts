// Amazon ECR Public: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonECR/latest/public/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_ecrpublic_repository', create: 'CreateRepository', id: ['request.repositoryName'], delete: 'DeleteRepository' },
]);

export const ecrpublic: ServiceMapper = { service: 'ecrpublic', eventSource: 'ecr-public.amazonaws.com', ...TYPES };
