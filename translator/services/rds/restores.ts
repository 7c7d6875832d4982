// Databases restored from a snapshot, a point in time or S3, and database activity streams. A restored
// database takes most of its configuration from the snapshot, which the record does not hold, so it is
// imported and Terraform writes its block from the account (`terraform plan -generate-config-out`).
// https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_RestoreDBInstanceFromDBSnapshot.html
// Activity streams: aws_rds_cluster_activity_stream, imported by the cluster (or instance) ARN; Start
// creates it, Stop removes it.
// https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_StartActivityStream.html

import type { EventHandler, MapperEvent } from '../mapper';
import { optString, reqString } from '../read';
import { clusterExports } from './clusters';
import { instanceExports } from './instances';
import { CLUSTER, INSTANCE, lower } from './shared';

export const ACTIVITY_STREAM = 'aws_rds_cluster_activity_stream';

const FROM_SOURCE = 'restored from a snapshot, a point in time or S3: the record does not state the configuration it took from there';

function restoreInstance(identifierPath: string): EventHandler {
  return (event, ctx) => {
    const identifier = reqString(event.request, identifierPath);
    const draft = ctx.create(INSTANCE, identifier, { exports: instanceExports(event, identifier) });
    draft.configFromAccount(FROM_SOURCE);
  };
}

function restoreCluster(identifierPath: string): EventHandler {
  return (event, ctx) => {
    const identifier = lower(reqString(event.request, identifierPath));
    const draft = ctx.create(CLUSTER, identifier, { exports: clusterExports(event, identifier) });
    draft.configFromAccount(FROM_SOURCE);
  };
}

const streamOf = (event: MapperEvent) => reqString(event.request, 'resourceArn');

export const restoreHandlers: Readonly<Record<string, EventHandler>> = {
  RestoreDBInstanceFromDBSnapshot: restoreInstance('dBInstanceIdentifier'),
  RestoreDBInstanceFromS3: restoreInstance('dBInstanceIdentifier'),
  RestoreDBInstanceToPointInTime: restoreInstance('targetDBInstanceIdentifier'),
  RestoreDBClusterFromSnapshot: restoreCluster('dBClusterIdentifier'),
  RestoreDBClusterFromS3: restoreCluster('dBClusterIdentifier'),
  RestoreDBClusterToPointInTime: restoreCluster('dBClusterIdentifier'),
  StartActivityStream(event, ctx) {
    const arn = streamOf(event);
    ctx.create(ACTIVITY_STREAM, arn, { nameHint: arn.slice(arn.lastIndexOf(':') + 1), exports: { id: arn, resource_arn: arn, kinesis_stream_name: optString(event.response, 'kinesisStreamName') ?? '' } });
  },
  StopActivityStream(event, ctx) {
    ctx.remove(ACTIVITY_STREAM, streamOf(event));
  },
};
