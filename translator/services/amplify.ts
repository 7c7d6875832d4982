// AWS Amplify Hosting: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/amplify/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const inApp = (id: string, e: MapperEvent) => `${optString(e.request, 'appId') ?? ''}/${id}`;

const TYPES = importOnlyTypes([
  { type: 'aws_amplify_app', create: 'CreateApp', id: ['response.app.appId'], delete: 'DeleteApp', deleteId: ['request.appId'] },
  // Import ID `APP-ID/BRANCH`.
  { type: 'aws_amplify_branch', create: 'CreateBranch', id: ['request.branchName'], importId: inApp },
  // Import ID `APP-ID/DOMAIN`.
  { type: 'aws_amplify_domain_association', create: 'CreateDomainAssociation', id: ['request.domainName'], importId: inApp },
  // Import ID `APP-ID/ENVIRONMENT`.
  {
    type: 'aws_amplify_backend_environment',
    create: 'CreateBackendEnvironment',
    id: ['request.environmentName'],
    importId: inApp,
    delete: 'DeleteBackendEnvironment',
  },
  // Imported by the webhook ID.
  {
    type: 'aws_amplify_webhook',
    create: 'CreateWebhook',
    id: ['response.webhook.webhookId'],
    name: ['request.branchName'],
    delete: 'DeleteWebhook',
    deleteId: ['request.webhookId'],
  },
]);

export const amplify: ServiceMapper = { service: 'amplify', eventSource: 'amplify.amazonaws.com', ...TYPES };
