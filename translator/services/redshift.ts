// Amazon Redshift: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/redshift/latest/mgmt/logging-with-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_redshift_cluster', create: 'CreateCluster', id: ['request.clusterIdentifier'], delete: 'DeleteCluster' },
  {
    type: 'aws_redshift_subnet_group',
    create: 'CreateClusterSubnetGroup',
    id: ['request.clusterSubnetGroupName'],
    delete: 'DeleteClusterSubnetGroup',
  },
  {
    type: 'aws_redshift_parameter_group',
    create: 'CreateClusterParameterGroup',
    id: ['request.parameterGroupName'],
    delete: 'DeleteClusterParameterGroup',
  },
  {
    type: 'aws_redshift_snapshot_schedule',
    create: 'CreateSnapshotSchedule',
    id: ['request.scheduleIdentifier'],
    delete: 'DeleteSnapshotSchedule',
  },
  {
    type: 'aws_redshift_event_subscription',
    create: 'CreateEventSubscription',
    id: ['request.subscriptionName'],
    delete: 'DeleteEventSubscription',
  },
  {
    type: 'aws_redshift_usage_limit',
    create: 'CreateUsageLimit',
    id: ['response.usageLimitId'],
    delete: 'DeleteUsageLimit',
    deleteId: ['request.usageLimitId'],
  },
  {
    type: 'aws_redshift_hsm_client_certificate',
    create: 'CreateHsmClientCertificate',
    id: ['request.hsmClientCertificateIdentifier'],
    delete: 'DeleteHsmClientCertificate',
  },
]);

export const redshift: ServiceMapper = { service: 'redshift', eventSource: 'redshift.amazonaws.com', ...TYPES };
