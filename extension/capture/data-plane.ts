// Data-plane calls: operations that read or write data inside a resource (object bytes, items, messages,
// queries, command runs) rather than the resource's configuration. They are never recorded as actions,
// and their bodies (file contents, item values, query text) are never kept. One list, used by the page
// hook, the webRequest observer and the background classifier (extension/capture/observe-rule.ts).
// AWS's own split: CloudTrail logs these as "data events", off by default
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html);
// the rest (Athena/Logs queries, SSM runs, IAM reports) are runs, not configuration.

/** Operation names that are data-plane in every service that has them. */
const ANY_SERVICE = new Set([
  // S3 objects (https://docs.aws.amazon.com/AmazonS3/latest/API/API_Operations_Amazon_Simple_Storage_Service.html)
  'PutObject', 'UploadPart', 'UploadPartCopy', 'CreateMultipartUpload', 'CompleteMultipartUpload', 'AbortMultipartUpload',
  'CopyObject', 'GetObject', 'DeleteObject', 'DeleteObjects', 'RestoreObject', 'SelectObjectContent', 'RenameObject',
  'WriteGetObjectResponse', 'GetObjectAttributes', 'ListParts', 'PutObjectTagging', 'DeleteObjectTagging', 'PutObjectAcl',
  'PutObjectRetention', 'PutObjectLegalHold', 'UpdateObjectEncryption',
  // Lambda (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html)
  'Invoke', 'InvokeAsync', 'InvokeWithResponseStream',
  // DynamoDB items and PartiQL (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html)
  'PutItem', 'UpdateItem', 'DeleteItem', 'GetItem', 'BatchWriteItem', 'BatchGetItem', 'TransactWriteItems', 'TransactGetItems',
  'ExecuteStatement', 'BatchExecuteStatement', 'ExecuteTransaction',
  // Athena, CloudWatch Logs Insights, Redshift Data, RDS Data
  'StartQueryExecution', 'StopQueryExecution', 'GetQueryResults', 'StartQuery', 'StopQuery', 'StartLiveTail',
  'PutLogEvents', 'FilterLogEvents', 'GetLogEvents', 'ExecuteSql', 'BeginTransaction', 'CommitTransaction', 'RollbackTransaction',
  // SSM runs and sessions (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html)
  'SendCommand', 'CancelCommand', 'StartSession', 'ResumeSession', 'TerminateSession', 'StartAutomationExecution',
  'StopAutomationExecution', 'SendAutomationSignal',
  // IAM reports the console fires by itself (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateServiceLastAccessedDetails.html)
  'GenerateServiceLastAccessedDetails', 'GenerateOrganizationsAccessReport', 'GenerateCredentialReport',
  'SimulatePrincipalPolicy', 'SimulateCustomPolicy',
  // Messages, records, events
  'SendMessage', 'SendMessageBatch', 'ReceiveMessage', 'DeleteMessage', 'DeleteMessageBatch', 'ChangeMessageVisibility',
  'ChangeMessageVisibilityBatch', 'PurgeQueue', 'Publish', 'PublishBatch', 'PutRecord', 'PutRecords', 'PutRecordBatch',
  'PutEvents', 'PutMetricData',
  // Step Functions executions, ECS exec
  'StartExecution', 'StartSyncExecution', 'StopExecution', 'ExecuteCommand',
  // Model and endpoint invocations (SageMaker, Bedrock playgrounds)
  'InvokeEndpoint', 'InvokeEndpointAsync', 'InvokeEndpointWithResponseStream', 'InvokeModel', 'InvokeModelWithResponseStream',
  'Converse', 'ConverseStream', 'InvokeAgent', 'InvokeFlow', 'RetrieveAndGenerate',
  // KMS cryptographic operations
  'Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'Sign', 'Verify',
]);

export function isDataPlaneOperation(operation: string | null): boolean {
  return operation !== null && ANY_SERVICE.has(operation);
}

/** S3 data-plane host labels: "s3", legacy "s3-<region>", access points, directory-bucket zonal endpoints. */
function isS3DataLabel(label: string): boolean {
  return label === 's3' || /^s3-(?!control)/.test(label) || /^s3express-(?!control)/.test(label);
}

/**
 * Data-plane calls visible from the URL alone (REST protocols name no operation on the wire): Lambda
 * invocations and S3 object requests (a key after the bucket), except bucket sub-resources.
 */
export function isDataPlaneUrl(method: string, url: URL): boolean {
  if (/\/functions\/[^/]+\/(?:invocations|invoke-async|response-streaming-invocations)\/?$/.test(url.pathname)) return true;
  if (method !== 'PUT' && method !== 'POST' && method !== 'DELETE' && method !== 'GET') return false;
  const host = url.hostname.toLowerCase();
  if (!host.endsWith('.amazonaws.com') && !host.endsWith('.amazonaws.com.cn') && !host.endsWith('.api.aws')) return false;
  const labels = host.split('.');
  const s3At = labels.findIndex(isS3DataLabel);
  if (s3At < 0) return false;
  const virtualHosted = s3At > 0;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  // DeleteObjects is "POST /?delete" on the bucket (https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html).
  if (method === 'POST' && url.searchParams.has('delete')) return true;
  return segments.length >= (virtualHosted ? 1 : 2);
}
