// The fake console's scripted actions (public/console.js implements them) and what the recorder must
// store for each. Shared by the e2e test and the demo.

/** A secret planted in every credential path; it must appear nowhere in IndexedDB. */
export const CANARY = 'CANARY7f3a9e';

export interface ExpectedAction {
  serviceId: string;
  operation: string;
  region: string;
  status?: 'succeeded' | 'failed';
  attempts?: number;
  /** Only webRequest can see it (the request comes from a Worker). */
  webRequestOnly?: boolean;
}

export interface ScenarioStep {
  /** Name of the function in window.fakeConsole.actions. */
  name: string;
  /** What the recorder must store; null for reads and noise, which must not be stored. */
  expect: ExpectedAction | null;
}

export const FIRST_BATCH: readonly ScenarioStep[] = [
  { name: 'ec2CreateSecurityGroup', expect: { serviceId: 'ec2', operation: 'CreateSecurityGroup', region: 'us-east-1' } },
  { name: 'ec2DescribeInstances', expect: null },
  { name: 's3CreateBucket', expect: { serviceId: 's3', operation: 'CreateBucket', region: 'us-west-2' } },
  { name: 's3PutBucketVersioning', expect: { serviceId: 's3', operation: 'PutBucketVersioning', region: 'us-west-2' } },
  { name: 's3HeadBucket', expect: null },
  { name: 'lambdaCreateFunction', expect: { serviceId: 'lambda', operation: 'CreateFunction', region: 'eu-west-1' } },
  { name: 'lambdaListFunctions', expect: null },
  { name: 'iamCreateRole', expect: { serviceId: 'iam', operation: 'CreateRole', region: 'us-east-1' } },
  { name: 'iamCreateLoginProfile', expect: { serviceId: 'iam', operation: 'CreateLoginProfile', region: 'us-east-1' } },
  { name: 'iamCreateAccessKey', expect: { serviceId: 'iam', operation: 'CreateAccessKey', region: 'us-east-1' } },
  { name: 'dynamodbCreateTable', expect: { serviceId: 'dynamodb', operation: 'CreateTable', region: 'eu-west-1' } },
  { name: 'dynamodbDescribeTable', expect: null },
  { name: 'sqsCreateQueue', expect: { serviceId: 'sqs', operation: 'CreateQueue', region: 'us-east-1' } },
  { name: 'secretsCreateSecret', expect: { serviceId: 'secretsmanager', operation: 'CreateSecret', region: 'us-east-1' } },
  { name: 'proxyCreateStack', expect: { serviceId: 'cloudformation', operation: 'CreateStack', region: 'eu-central-1' } },
  { name: 'proxyCreateDbInstance', expect: { serviceId: 'rds', operation: 'CreateDBInstance', region: 'us-east-1' } },
  { name: 's3ProxyPutBucketEncryption', expect: { serviceId: 's3', operation: 'PutBucketEncryption', region: 'us-west-2' } },
  { name: 'cloudwatchPutMetricAlarm', expect: { serviceId: 'cloudwatch', operation: 'PutMetricAlarm', region: 'us-east-1' } },
  { name: 'workerCreateLogGroup', expect: { serviceId: 'cloudwatchlogs', operation: 'CreateLogGroup', region: 'us-west-2', webRequestOnly: true } },
  { name: 'ec2RunInstancesWithRetry', expect: { serviceId: 'ec2', operation: 'RunInstances', region: 'us-east-1', status: 'succeeded', attempts: 2 } },
  { name: 's3DeleteBucketDenied', expect: { serviceId: 's3', operation: 'DeleteBucket', region: 'us-east-1', status: 'failed' } },
  { name: 'noiseCredentials', expect: null },
  { name: 'noiseTelemetry', expect: null },
  { name: 'noiseLotus', expect: null },
  { name: 'noiseConsoleSettings', expect: null },
];

/** Performed after the service worker was stopped. */
export const SECOND_BATCH: readonly ScenarioStep[] = [
  { name: 'ec2CreateVpc', expect: { serviceId: 'ec2', operation: 'CreateVpc', region: 'us-east-1' } },
  { name: 'snsCreateTopic', expect: { serviceId: 'sns', operation: 'CreateTopic', region: 'ap-southeast-2' } },
  { name: 'lambdaUpdateFunctionConfiguration', expect: { serviceId: 'lambda', operation: 'UpdateFunctionConfiguration', region: 'eu-west-1' } },
  { name: 'route53ChangeResourceRecordSets', expect: { serviceId: 'route53', operation: 'ChangeResourceRecordSets', region: 'us-east-1' } },
  { name: 'workerCreateLogStream', expect: { serviceId: 'cloudwatchlogs', operation: 'CreateLogStream', region: 'us-west-2', webRequestOnly: true } },
];
