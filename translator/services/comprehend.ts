// Amazon Comprehend: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/comprehend/latest/dg/logging-using-cloudtrail.html
// Custom models import by the ARN the create response returns.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_comprehend_document_classifier',
    create: 'CreateDocumentClassifier',
    id: ['response.documentClassifierArn'],
    delete: 'DeleteDocumentClassifier',
    deleteId: ['request.documentClassifierArn'],
  },
  {
    type: 'aws_comprehend_entity_recognizer',
    create: 'CreateEntityRecognizer',
    id: ['response.entityRecognizerArn'],
    delete: 'DeleteEntityRecognizer',
    deleteId: ['request.entityRecognizerArn'],
  },
]);

export const comprehend: ServiceMapper = { service: 'comprehend', eventSource: 'comprehend.amazonaws.com', ...TYPES };
