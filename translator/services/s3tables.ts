// Amazon S3 Tables: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-logging.html
// Import IDs as the provider docs give them: the table bucket (and its policy) by the bucket ARN, a
// namespace as `BUCKET_ARN;NAMESPACE`, a table (and its policy) as `BUCKET_ARN;NAMESPACE;NAME`.
// CreateNamespace takes the namespace as a one-element list.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { at, optString } from './read';

const bucketArn = (e: MapperEvent) => optString(e.request, 'tableBucketARN') ?? optString(e.request, 'tableBucketArn');
const namespaceOf = (e: MapperEvent) => {
  const ns = at(e.request, 'namespace');
  const value = Array.isArray(ns) ? ns[0] : ns;
  return typeof value === 'string' ? value : undefined;
};
const joined = (...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join(';') : undefined);
const table = (e: MapperEvent) => joined(bucketArn(e), namespaceOf(e), optString(e.request, 'name'));

const TYPES = importOnlyTypes([
  { type: 'aws_s3tables_table_bucket', create: 'CreateTableBucket', id: ['response.arn'], delete: 'DeleteTableBucket', deleteId: bucketArn },
  { type: 'aws_s3tables_namespace', create: 'CreateNamespace', id: (e) => joined(bucketArn(e), namespaceOf(e)), delete: 'DeleteNamespace' },
  { type: 'aws_s3tables_table', create: 'CreateTable', id: table, delete: 'DeleteTable' },
  { type: 'aws_s3tables_table_bucket_policy', create: 'PutTableBucketPolicy', id: bucketArn, delete: 'DeleteTableBucketPolicy' },
  { type: 'aws_s3tables_table_policy', create: 'PutTablePolicy', id: table, delete: 'DeleteTablePolicy' },
]);

export const s3tables: ServiceMapper = { service: 's3tables', eventSource: 's3tables.amazonaws.com', ...TYPES };
