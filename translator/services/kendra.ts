// Amazon Kendra: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/kendra/latest/dg/cloudtrail.html

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `ID/INDEX-ID`: the ID from the create response or the delete request, the index from the request. */
const idInIndex = (side: 'request' | 'response') => (e: MapperEvent) => {
  const id = optString(side === 'request' ? e.request : e.response, 'id');
  const index = optString(e.request, 'indexId');
  return id && index ? `${id}/${index}` : undefined;
};

/** A type that lives in an index, imported as `ID/INDEX-ID`. */
const inIndex = (type: string, create: string, del: string): ImportOnlyRow => ({
  type,
  create,
  id: idInIndex('response'),
  name: ['request.name'],
  delete: del,
  deleteId: idInIndex('request'),
});

const TYPES = importOnlyTypes([
  { type: 'aws_kendra_index', create: 'CreateIndex', id: ['response.id'], delete: 'DeleteIndex', deleteId: ['request.id'] },
  inIndex('aws_kendra_data_source', 'CreateDataSource', 'DeleteDataSource'),
  inIndex('aws_kendra_experience', 'CreateExperience', 'DeleteExperience'),
  inIndex('aws_kendra_faq', 'CreateFaq', 'DeleteFaq'),
  inIndex('aws_kendra_query_suggestions_block_list', 'CreateQuerySuggestionsBlockList', 'DeleteQuerySuggestionsBlockList'),
  inIndex('aws_kendra_thesaurus', 'CreateThesaurus', 'DeleteThesaurus'),
]);

export const kendra: ServiceMapper = { service: 'kendra', eventSource: 'kendra.amazonaws.com', ...TYPES };
