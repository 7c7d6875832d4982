// AWS CodeStar Notifications: notification rules, mapped by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Imported by ARN. The API names its members in PascalCase
// (`Arn`); both that and the lower-camel spelling are read.
// https://docs.aws.amazon.com/dtconsole/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_codestarnotifications_notification_rule',
    create: 'CreateNotificationRule',
    id: ['response.arn', 'response.Arn'],
    name: ['request.name', 'request.Name'],
    delete: 'DeleteNotificationRule',
    deleteId: ['request.arn', 'request.Arn'],
  },
]);

export const codestarNotifications: ServiceMapper = { service: 'codestarnotifications', eventSource: 'codestar-notifications.amazonaws.com', ...TYPES };
