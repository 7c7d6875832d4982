// IAM Access Analyzer: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/IAM/latest/UserGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  { type: 'aws_accessanalyzer_analyzer', create: 'CreateAnalyzer', id: ['request.analyzerName'], delete: 'DeleteAnalyzer' },
  // Import ID `ANALYZER/RULE`.
  {
    type: 'aws_accessanalyzer_archive_rule',
    create: 'CreateArchiveRule',
    id: (e) => { const a = optString(e.request, 'analyzerName'); const r = optString(e.request, 'ruleName'); return a && r ? `${a}/${r}` : undefined; },
    name: ['request.ruleName'],
    delete: 'DeleteArchiveRule',
  },
]);

export const accessanalyzer: ServiceMapper = { service: 'accessanalyzer', eventSource: 'access-analyzer.amazonaws.com', ...TYPES };
