// Amazon Managed Service for Apache Flink (Kinesis Data Analytics v2): applications and snapshots, mapped by their
// import block only; Terraform writes their configuration (`terraform plan -generate-config-out`). The v1 (SQL)
// API logs under the same eventSource with the same CreateApplication name; new SQL applications can no longer
// be created, so CreateApplication is read as v2 (aws_kinesisanalyticsv2_application).
// https://docs.aws.amazon.com/managed-flink/latest/java/logging-using-cloudtrail.html

import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const appAndSnapshot = (e: MapperEvent) => {
  const app = optString(e.request, 'applicationName');
  const snapshot = optString(e.request, 'snapshotName');
  return app && snapshot ? `${app}/${snapshot}` : undefined;
};

/** The application a change names: `resourceARN` in tagging calls, else its name made into the ARN. */
const applicationArn = (e: MapperEvent) => {
  const arn = optString(e.request, 'resourceARN');
  if (arn) return arn;
  const name = optString(e.request, 'applicationName');
  return name ? buildArn(e, 'kinesisanalytics', `application/${name}`) : undefined;
};

const TYPES = importOnlyTypes([
  // Imported by ARN; DeleteApplication names the application only, so only the create is mapped.
  {
    type: 'aws_kinesisanalyticsv2_application',
    create: 'CreateApplication',
    id: ['response.applicationDetail.applicationARN'],
    name: ['request.applicationName'],
    // Changes name the application; its import ID is the ARN, built from the name.
    update: [
      'UpdateApplication', 'AddApplicationCloudWatchLoggingOption', 'DeleteApplicationCloudWatchLoggingOption', 'AddApplicationInput',
      'AddApplicationOutput', 'DeleteApplicationOutput', 'AddApplicationReferenceDataSource', 'DeleteApplicationReferenceDataSource',
      'AddApplicationVpcConfiguration', 'DeleteApplicationVpcConfiguration', 'TagResource', 'UntagResource',
    ],
    updateId: applicationArn,
  },
  // Import ID `APPLICATION/SNAPSHOT`.
  {
    type: 'aws_kinesisanalyticsv2_application_snapshot',
    create: 'CreateApplicationSnapshot',
    id: appAndSnapshot,
    name: ['request.snapshotName'],
    delete: 'DeleteApplicationSnapshot',
  },
]);

export const kinesisAnalytics: ServiceMapper = { service: 'kinesisanalytics', eventSource: 'kinesisanalytics.amazonaws.com', ...TYPES };
