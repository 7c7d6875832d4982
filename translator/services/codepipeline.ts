// AWS CodePipeline: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/codepipeline/latest/userguide/monitoring-cloudtrail-logs.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

// Custom action types import as `CATEGORY:PROVIDER:VERSION`.
const actionTypeId = (e: MapperEvent) => {
  const parts = ['category', 'provider', 'version'].map((f) => optString(e.request, f));
  return parts.every((p) => p !== undefined) ? parts.join(':') : undefined;
};

const TYPES = importOnlyTypes([
  {
    type: 'aws_codepipeline',
    create: 'CreatePipeline',
    id: ['request.pipeline.name'],
    delete: 'DeletePipeline',
    deleteId: ['request.name'],
  },
  // Imported by ARN.
  { type: 'aws_codepipeline_webhook', create: 'PutWebhook', id: ['response.webhook.arn'] },
  {
    type: 'aws_codepipeline_custom_action_type',
    create: 'CreateCustomActionType',
    id: actionTypeId,
    delete: 'DeleteCustomActionType',
  },
]);

export const codepipeline: ServiceMapper = { service: 'codepipeline', eventSource: 'codepipeline.amazonaws.com', ...TYPES };
