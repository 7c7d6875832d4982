// Amazon Transcribe: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/transcribe/latest/dg/monitoring-transcribe-cloud-trail.html
// Vocabularies, filters and language models are imported by their names. Transcription jobs are
// reported `ignored` (operational-events.ts).

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_transcribe_vocabulary', create: 'CreateVocabulary', id: ['request.vocabularyName'], delete: 'DeleteVocabulary', update: ['UpdateVocabulary'] },
  {
    type: 'aws_transcribe_medical_vocabulary',
    create: 'CreateMedicalVocabulary',
    id: ['request.vocabularyName'],
    delete: 'DeleteMedicalVocabulary',
    update: ['UpdateMedicalVocabulary'],
  },
  {
    type: 'aws_transcribe_vocabulary_filter',
    create: 'CreateVocabularyFilter',
    id: ['request.vocabularyFilterName'],
    delete: 'DeleteVocabularyFilter',
    update: ['UpdateVocabularyFilter'],
  },
  { type: 'aws_transcribe_language_model', create: 'CreateLanguageModel', id: ['request.modelName'], delete: 'DeleteLanguageModel' },
]);

export const transcribe: ServiceMapper = { service: 'transcribe', eventSource: 'transcribe.amazonaws.com', ...TYPES };
