// The model index built from the committed, generated table (scripts/generate-aws-models.ts).
import table from './aws-models.generated.json' with { type: 'json' };
import { buildModelIndex, type ModelIndex } from './model-index.ts';
import type { ServiceModelTable } from './model-types.ts';

let cached: ModelIndex | null = null;

export function defaultModels(): ModelIndex {
  cached ??= buildModelIndex(table as ServiceModelTable);
  return cached;
}
