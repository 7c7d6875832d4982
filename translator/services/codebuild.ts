// AWS CodeBuild: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/codebuild/latest/userguide/cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // The console record shows the name in the response only.
  { type: 'aws_codebuild_project', create: 'CreateProject', id: ['request.name', 'response.project.name'], delete: 'DeleteProject' },
  {
    type: 'aws_codebuild_report_group',
    create: 'CreateReportGroup',
    id: ['response.reportGroup.arn'],
    delete: 'DeleteReportGroup',
    deleteId: ['request.arn'],
  },
  {
    type: 'aws_codebuild_fleet',
    create: 'CreateFleet',
    id: ['request.name'],
    delete: 'DeleteFleet',
    deleteId: (e) => optString(e.request, 'arn')?.split('/').pop()?.split(':')[0],
  },
  // Imported by the project name.
  { type: 'aws_codebuild_webhook', create: 'CreateWebhook', id: ['request.projectName'], delete: 'DeleteWebhook' },
]);

export const codebuild: ServiceMapper = { service: 'codebuild', eventSource: 'codebuild.amazonaws.com', ...TYPES };
