import { classifyRequest } from '../../../extension/capture/classify/classify-request.ts';
import type { Classification } from '../../../extension/capture/classify/classification.ts';
import { defaultModels } from '../../../extension/capture/classify/default-models.ts';
import type { RequestView } from '../../../extension/capture/request-view.ts';

const models = defaultModels();
const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
const auth = (region: string, service: string): Record<string, string> => ({
  authorization: `AWS4-HMAC-SHA256 Credential=ASIAX/20261126/${region}/${service}/aws4_request, SignedHeaders=host, Signature=abc`,
});
const json = (target: string, version = '1.1'): Record<string, string> => ({ 'content-type': `application/x-amz-json-${version}`, 'x-amz-target': target });
const req = (method: string, url: string, headers: Record<string, string> = {}, bodyText?: string): RequestView =>
  bodyText === undefined ? { method, url, headers } : { method, url, headers, bodyText };
const envelope = (path: string, env: Record<string, unknown>, host = 'us-east-1.console.aws.amazon.com'): RequestView =>
  req('POST', `https://${host}${path}`, { 'content-type': 'application/json' }, JSON.stringify(env));

interface Expected { kind: Classification['kind']; serviceId?: string; operation?: string; region?: string; via?: string; protocol?: string; reason?: string; params?: null }

const cases: [string, RequestView, Expected][] = [
  // awsJson 1.0 / 1.1
  ['DynamoDB CreateTable (json 1.0)', req('POST', 'https://dynamodb.eu-west-1.amazonaws.com/', json('DynamoDB_20120810.CreateTable', '1.0'), '{"TableName":"t"}'),
    { kind: 'action', serviceId: 'dynamodb', operation: 'CreateTable', region: 'eu-west-1', protocol: 'json' }],
  ['SQS CreateQueue (json 1.0)', req('POST', 'https://sqs.us-east-2.amazonaws.com/', json('AmazonSQS.CreateQueue', '1.0'), '{"QueueName":"q"}'),
    { kind: 'action', serviceId: 'sqs', operation: 'CreateQueue', region: 'us-east-2' }],
  ['SQS legacy query form (query-compatible)', req('POST', 'https://sqs.us-east-2.amazonaws.com/', FORM, 'Action=DeleteQueue&QueueUrl=x'),
    { kind: 'action', serviceId: 'sqs', operation: 'DeleteQueue', region: 'us-east-2' }],
  ['KMS CreateKey (TrentService, json 1.1)', req('POST', 'https://kms.ap-south-1.amazonaws.com/', json('TrentService.CreateKey'), '{}'),
    { kind: 'action', serviceId: 'kms', operation: 'CreateKey', region: 'ap-south-1' }],
  ['CloudWatch Logs CreateLogGroup', req('POST', 'https://logs.us-west-2.amazonaws.com/', json('Logs_20140328.CreateLogGroup'), '{"logGroupName":"/a"}'),
    { kind: 'action', serviceId: 'cloudwatchlogs', operation: 'CreateLogGroup', region: 'us-west-2' }],
  ['ECR CreateRepository at api.ecr', req('POST', 'https://api.ecr.eu-north-1.amazonaws.com/', json('AmazonEC2ContainerRegistry_V20150921.CreateRepository'), '{}'),
    { kind: 'action', serviceId: 'ecr', operation: 'CreateRepository', region: 'eu-north-1' }],
  ['SSM DescribeInstanceInformation is a read', req('POST', 'https://ssm.us-east-1.amazonaws.com/', json('AmazonSSM.DescribeInstanceInformation'), '{}'),
    { kind: 'read', serviceId: 'ssm', operation: 'DescribeInstanceInformation' }],
  ['DynamoDB Scan is a read', req('POST', 'https://dynamodb.us-east-1.amazonaws.com/', json('DynamoDB_20120810.Scan', '1.0'), '{}'),
    { kind: 'read', operation: 'Scan' }],
  // awsQuery
  ['IAM CreateRole (global endpoint, us-east-1)', req('POST', 'https://iam.amazonaws.com/', FORM, 'Action=CreateRole&Version=2010-05-08&RoleName=r'),
    { kind: 'action', serviceId: 'iam', operation: 'CreateRole', region: 'us-east-1', protocol: 'query' }],
  ['IAM ListRoles is a read', req('POST', 'https://iam.amazonaws.com/', FORM, 'Action=ListRoles&Version=2010-05-08'), { kind: 'read', operation: 'ListRoles' }],
  ['SNS CreateTopic', req('POST', 'https://sns.ap-southeast-2.amazonaws.com/', FORM, 'Action=CreateTopic&Version=2010-03-31&Name=t'),
    { kind: 'action', serviceId: 'sns', operation: 'CreateTopic', region: 'ap-southeast-2' }],
  ['ELBv2 CreateLoadBalancer picked by Version', req('POST', 'https://elasticloadbalancing.us-east-1.amazonaws.com/', FORM, 'Action=CreateLoadBalancer&Version=2015-12-01&Name=lb'),
    { kind: 'action', serviceId: 'elbv2', operation: 'CreateLoadBalancer' }],
  ['ELB classic CreateLoadBalancer picked by Version', req('POST', 'https://elasticloadbalancing.us-east-1.amazonaws.com/', FORM, 'Action=CreateLoadBalancer&Version=2012-06-01&LoadBalancerName=lb'),
    { kind: 'action', serviceId: 'elb', operation: 'CreateLoadBalancer' }],
  ['STS GetCallerIdentity as GET query is a read', req('GET', 'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15'), { kind: 'read', operation: 'GetCallerIdentity' }],
  ['RDS direct CreateDBInstance is RDS, not DocumentDB or Neptune', req('POST', 'https://rds.eu-west-3.amazonaws.com/', FORM, 'Action=CreateDBInstance&Version=2014-10-31'),
    { kind: 'action', serviceId: 'rds', operation: 'CreateDBInstance', region: 'eu-west-3' }],
  // ec2Query
  ['EC2 CreateSecurityGroup with dotted list keys', req('POST', 'https://ec2.us-west-2.amazonaws.com/', FORM,
    'Action=CreateSecurityGroup&Version=2016-11-15&GroupName=web&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=web'),
  { kind: 'action', serviceId: 'ec2', operation: 'CreateSecurityGroup', region: 'us-west-2', protocol: 'ec2' }],
  ['EC2 AuthorizeSecurityGroupIngress', req('POST', 'https://ec2.eu-central-1.amazonaws.com/', FORM, 'Action=AuthorizeSecurityGroupIngress&GroupId=sg-1&IpPermissions.1.IpProtocol=tcp'),
    { kind: 'action', operation: 'AuthorizeSecurityGroupIngress', region: 'eu-central-1' }],
  ['EC2 DescribeVpcs is a read', req('POST', 'https://ec2.us-east-1.amazonaws.com/', FORM, 'Action=DescribeVpcs&Version=2016-11-15'), { kind: 'read', operation: 'DescribeVpcs' }],
  // restJson
  ['Lambda CreateFunction POST /2015-03-31/functions', req('POST', 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions', { 'content-type': 'application/json' }, '{"FunctionName":"f"}'),
    { kind: 'action', serviceId: 'lambda', operation: 'CreateFunction', protocol: 'rest-json' }],
  ['Lambda UpdateFunctionConfiguration PUT with a label', req('PUT', 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/app/configuration', {}, '{}'),
    { kind: 'action', operation: 'UpdateFunctionConfiguration', region: 'eu-west-1' }],
  ['Lambda DeleteFunction DELETE', req('DELETE', 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/app'), { kind: 'action', operation: 'DeleteFunction' }],
  ['Lambda GetFunction GET is a read', req('GET', 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/app'), { kind: 'read', operation: 'GetFunction' }],
  ['API Gateway CreateRestApi', req('POST', 'https://apigateway.us-east-1.amazonaws.com/restapis', {}, '{"name":"a"}'), { kind: 'action', serviceId: 'apigateway', operation: 'CreateRestApi' }],
  ['EKS CreateCluster', req('POST', 'https://eks.us-east-1.amazonaws.com/clusters', {}, '{"name":"c"}'), { kind: 'action', serviceId: 'eks', operation: 'CreateCluster' }],
  // restXml
  ['S3 CreateBucket virtual-hosted', req('PUT', 'https://my-bucket.s3.us-west-2.amazonaws.com/', {}, '<CreateBucketConfiguration/>'),
    { kind: 'action', serviceId: 's3', operation: 'CreateBucket', region: 'us-west-2', protocol: 'rest-xml' }],
  ['S3 PutBucketVersioning sub-resource ?versioning', req('PUT', 'https://my.dotted.bucket.s3.eu-west-1.amazonaws.com/?versioning', {}, '<VersioningConfiguration/>'),
    { kind: 'action', operation: 'PutBucketVersioning', region: 'eu-west-1' }],
  ['S3 PutBucketPolicy path-style', req('PUT', 'https://s3.us-east-2.amazonaws.com/bkt?policy', {}, '{}'), { kind: 'action', operation: 'PutBucketPolicy', region: 'us-east-2' }],
  ['S3 CopyObject needs x-amz-copy-source (data plane)', req('PUT', 'https://b.s3.us-east-1.amazonaws.com/k/x.txt', { 'x-amz-copy-source': '/a/b' }), { kind: 'data-plane', operation: 'CopyObject' }],
  ['S3 PutObject without copy source (data plane)', req('PUT', 'https://b.s3.us-east-1.amazonaws.com/k/x.txt', {}, 'data'), { kind: 'data-plane', operation: 'PutObject', params: null }],
  ['S3 legacy s3-<region> host, DeleteBucket', req('DELETE', 'https://s3-us-west-1.amazonaws.com/old'), { kind: 'action', operation: 'DeleteBucket', region: 'us-west-1' }],
  ['S3 dualstack host PutBucketTagging', req('PUT', 'https://b.s3.dualstack.ap-northeast-1.amazonaws.com/?tagging', {}, '<Tagging/>'),
    { kind: 'action', operation: 'PutBucketTagging', region: 'ap-northeast-1' }],
  ['S3 HEAD bucket is a read', req('HEAD', 'https://b.s3.us-east-1.amazonaws.com/'), { kind: 'read', operation: 'HeadBucket' }],
  ['S3 Control with the account in the host', req('PUT', 'https://123456789012.s3-control.us-east-1.amazonaws.com/v20180820/configuration/publicAccessBlock', { 'x-amz-account-id': '123456789012' }, '<x/>'),
    { kind: 'action', serviceId: 's3control', operation: 'PutPublicAccessBlock' }],
  ['Route 53 ChangeResourceRecordSets (global)', req('POST', 'https://route53.amazonaws.com/2013-04-01/hostedzone/Z1/rrset/', {}, '<x/>'),
    { kind: 'action', serviceId: 'route53', operation: 'ChangeResourceRecordSets', region: 'us-east-1' }],
  ['Route 53 CreateHostedZone', req('POST', 'https://route53.amazonaws.com/2013-04-01/hostedzone', {}, '<x/>'), { kind: 'action', operation: 'CreateHostedZone' }],
  ['CloudFront CreateDistribution', req('POST', 'https://cloudfront.amazonaws.com/2020-05-31/distribution', {}, '<x/>'), { kind: 'action', serviceId: 'cloudfront', operation: 'CreateDistribution' }],
  // rpc-v2-cbor
  ['CloudWatch PutMetricAlarm over rpc-v2-cbor', req('POST', 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/PutMetricAlarm',
    { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor' }), { kind: 'action', serviceId: 'cloudwatch', operation: 'PutMetricAlarm', protocol: 'rpc-v2-cbor' }],
  ['CloudWatch GetMetricData over cbor is a read', req('POST', 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/GetMetricData',
    { 'smithy-protocol': 'rpc-v2-cbor' }), { kind: 'read', operation: 'GetMetricData' }],
  // partitions and endpoint variants
  ['GovCloud EC2', req('POST', 'https://ec2.us-gov-west-1.amazonaws.com/', FORM, 'Action=CreateVpc&CidrBlock=10.0.0.0/16'), { kind: 'action', operation: 'CreateVpc', region: 'us-gov-west-1' }],
  ['China S3', req('PUT', 'https://b.s3.cn-north-1.amazonaws.com.cn/'), { kind: 'action', operation: 'CreateBucket', region: 'cn-north-1' }],
  ['FIPS endpoint', req('POST', 'https://kms-fips.us-east-1.amazonaws.com/', json('TrentService.ScheduleKeyDeletion'), '{}'), { kind: 'action', operation: 'ScheduleKeyDeletion' }],
  ['Dual-stack .api.aws endpoint', req('POST', 'https://sqs.eu-west-1.api.aws/', json('AmazonSQS.CreateQueue', '1.0'), '{}'), { kind: 'action', operation: 'CreateQueue', region: 'eu-west-1' }],
  ['IAM global endpoint takes the region of the credential scope', req('POST', 'https://iam.amazonaws.com/', { ...FORM, ...auth('us-gov-west-1', 'iam') }, 'Action=CreateUser&UserName=u'),
    { kind: 'action', operation: 'CreateUser', region: 'us-gov-west-1' }],
  // console proxy envelopes
  ['Envelope /<slug>/api/<svc> with a query contentString', envelope('/cloudformation/api/cloudformation', {
    operation: 'CreateStack', method: 'POST', path: '/', region: 'eu-central-1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    contentString: 'Action=CreateStack&Version=2010-05-15&StackName=s' }),
  { kind: 'action', serviceId: 'cloudformation', operation: 'CreateStack', region: 'eu-central-1', via: 'console-proxy' }],
  ['Envelope /s3/proxy with a sub-resource in params', envelope('/s3/proxy', {
    operation: 'putBucketEncryption', method: 'PUT', path: '/bkt', params: { encryption: '' }, region: 'us-west-2', contentString: '<x/>' }, 's3.console.aws.amazon.com'),
  { kind: 'action', serviceId: 's3', operation: 'PutBucketEncryption', region: 'us-west-2', via: 'console-proxy' }],
  ['Envelope /s3/proxy createBucket', envelope('/s3/proxy', { operation: 'createBucket', method: 'PUT', path: '/bkt', params: {}, headers: {}, contentString: '<x/>', region: 'eu-west-3' }),
    { kind: 'action', serviceId: 's3', operation: 'CreateBucket', region: 'eu-west-3' }],
  ['Envelope with X-Amz-Target (json service)', envelope('/dynamodbv2/api/dynamodb', {
    method: 'POST', path: '/', headers: { 'X-Amz-Target': 'DynamoDB_20120810.DeleteTable' }, contentString: '{"TableName":"t"}' }, 'eu-west-2.console.aws.amazon.com'),
  { kind: 'action', serviceId: 'dynamodb', operation: 'DeleteTable', region: 'eu-west-2', via: 'console-proxy' }],
  ['Envelope /<svc>/proxy with only an operation (Kinesis)', envelope('/kinesis/proxy', { operation: 'CreateStream', content: { StreamName: 's' } }),
    { kind: 'action', serviceId: 'kinesis', operation: 'CreateStream', region: 'us-east-1' }],
  ['Envelope for a REST service by method + path (API Gateway)', envelope('/apigateway/api/apigateway', { method: 'POST', path: '/restapis', contentString: '{"name":"a"}' }),
    { kind: 'action', serviceId: 'apigateway', operation: 'CreateRestApi' }],
  ['Envelope read (ListTopics) is a read', envelope('/sns/v3/api/sns', { method: 'POST', path: '/', contentString: 'Action=ListTopics&Version=2010-03-31' }),
    { kind: 'read', operation: 'ListTopics' }],
  ['Multi-session console host gives the region', envelope('/sns/v3/api/sns', { method: 'POST', path: '/', contentString: 'Action=CreateTopic&Name=x' },
    '123456789012-abcd1234.ap-southeast-1.console.aws.amazon.com'), { kind: 'action', operation: 'CreateTopic', region: 'ap-southeast-1' }],
  ['SSO peregrine envelope (no public model) stays unclassified with its operation', envelope('/singlesignon/api/peregrine', {
    operation: 'CreatePermissionSet', method: 'POST', path: '/', headers: { 'X-Amz-Target': 'com.amazon.switchboard.service.SWBService.CreatePermissionSet' }, contentString: '{}' }),
  { kind: 'unclassified', operation: 'CreatePermissionSet', via: 'console-proxy' }],
  ['Console ?call= RPC style', req('POST', 'https://us-east-1.console.aws.amazon.com/ec2/ecb/elastic/?call=com.amazonaws.ec2.AmazonEC2.CreateVpc', { 'content-type': 'application/json' }, '{}'),
    { kind: 'action', serviceId: 'ec2', operation: 'CreateVpc', via: 'console-proxy' }],
  // unclassified AWS requests are kept
  ['Unknown operation on a known service', req('POST', 'https://ec2.us-east-1.amazonaws.com/', FORM, 'Action=FrobnicateWidget'), { kind: 'unclassified', serviceId: 'ec2', reason: 'unknown-operation' }],
  ['Unknown service (iamadmin)', req('POST', 'https://iamadmin.amazonaws.com/', json('AWSIdentityManagementAdminService.CreateRoleFromTemplate', '1.0'), '{}'),
    { kind: 'unclassified', operation: 'CreateRoleFromTemplate', reason: 'unknown-service' }],
  ['Console POST matching nothing', req('POST', 'https://us-east-1.console.aws.amazon.com/lambda/services/ajax?operation=createRelation', {}, '{}'),
    { kind: 'unclassified', via: 'console-proxy' }],
  // negatives: not actions
  ['OPTIONS preflight', req('OPTIONS', 'https://ec2.us-east-1.amazonaws.com/'), { kind: 'noise', reason: 'preflight' }],
  ['/tb/creds', req('POST', 'https://us-east-1.console.aws.amazon.com/ec2/tb/creds', {}, '{}'), { kind: 'noise', reason: 'credentials' }],
  ['panorama telemetry', req('POST', 'https://prod.pl.panorama.console.api.aws/panoramaroute', {}, '{}'), { kind: 'noise', reason: 'telemetry' }],
  ['lotus metadata', req('GET', 'https://us-east-1.console.aws.amazon.com/lotus/metadata?packageName=x'), { kind: 'noise', reason: 'console-internal' }],
  ['ccs settings', req('POST', 'https://us-east-1.prod.ccs.console.api.aws/getUserSettings', {}, '{}'), { kind: 'noise', reason: 'console-internal' }],
  ['static assets', req('GET', 'https://a.b.cdn.console.awsstatic.com/x.js'), { kind: 'noise', reason: 'static' }],
  ['non-AWS host', req('POST', 'https://example.com/api', {}, '{}'), { kind: 'noise', reason: 'non-aws' }],
  ['look-alike host is not AWS', req('POST', 'https://ec2.us-east-1.amazonaws.com.evil.example/', FORM, 'Action=CreateVpc'), { kind: 'noise', reason: 'non-aws' }],
  ['console page GET', req('GET', 'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1'), { kind: 'noise', reason: 'console-internal' }],
];

describe('classifyRequest', () => {
  test('covers at least 30 requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.each(cases)('%s', (_name, view, expected) => {
    const result = classifyRequest(view, models);
    expect(result).toMatchObject(expected);
  });

  test('decodes query params into nested lists', () => {
    const result = classifyRequest(cases[15]![1], models);
    expect(result.kind === 'action' && result.params).toEqual({
      GroupName: 'web', TagSpecification: [{ Tag: [{ Key: 'Name', Value: 'web' }] }],
    });
  });

  test('takes path labels and the JSON body as REST params', () => {
    const result = classifyRequest(req('PUT', 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/my%20fn/configuration', {}, '{"MemorySize":256}'), models);
    expect(result.kind === 'action' && result.params).toEqual({ FunctionName: 'my fn', MemorySize: 256 });
  });

  test('decodes CBOR params', () => {
    // {"AlarmName": "cpu"}
    const bytes = Uint8Array.from([0xa1, 0x69, ...new TextEncoder().encode('AlarmName'), 0x63, ...new TextEncoder().encode('cpu')]);
    const view: RequestView = {
      method: 'POST', url: 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/DeleteAlarms',
      headers: { 'smithy-protocol': 'rpc-v2-cbor' }, bodyBase64: Buffer.from(bytes).toString('base64'),
    };
    const result = classifyRequest(view, models);
    expect(result).toMatchObject({ kind: 'action', operation: 'DeleteAlarms', params: { AlarmName: 'cpu' } });
  });

  test('reports the CloudTrail event source', () => {
    expect(classifyRequest(cases[0]![1], models)).toMatchObject({ eventSource: 'dynamodb.amazonaws.com' });
    expect(classifyRequest(cases[32]![1], models)).toMatchObject({ eventSource: 's3.amazonaws.com' });
  });
});
