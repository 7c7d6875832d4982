// The demo session (npm run demo and tests/e2e/popup-generate.e2e.test.ts): an S3 bucket with
// versioning, a VPC with a subnet and a security group, a Lambda function with its role. Each step is
// a button on the fake console's demo page (tests/fake-console/public/popup-demo.js) and the
// CloudTrail record AWS would write for that call (shapes as in the real records of the golden
// scenarios s3-console-bucket, ec2-vpc-network, ec2-security-group, lambda-function-with-role).
import type { CloudTrailRecord, JsonObject } from '../../shared/cloudtrail-record.ts';
import { consoleRecord } from '../fake-cloudtrail/records.ts';

export const DEMO_PAGE = 'https://us-east-1.console.aws.amazon.com/fake/popup-demo.html';
const ACCOUNT = '123456789012';
const VPC_ID = 'vpc-0d3m0000000000001';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/demo-fn-role`;
const BUCKET = 'trailform-demo-logs';
const CONSOLE_AGENT = '[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750]';

export interface DemoStep {
  /** Button id on the demo page. */
  button: string;
  service: string;
  operation: string;
  eventSource: string;
  eventName: string;
  requestParameters: JsonObject;
  responseElements: JsonObject | null;
}

const name = (key: string, value: string): JsonObject => ({ items: [{ resourceType: key, tags: [{ key: 'Name', value }] }] });

export const DEMO_STEPS: readonly DemoStep[] = [
  {
    button: 'create-bucket', service: 's3', operation: 'CreateBucket', eventSource: 's3.amazonaws.com', eventName: 'CreateBucket',
    requestParameters: { bucketName: BUCKET, Host: `${BUCKET}.s3.us-east-1.amazonaws.com`, 'x-amz-object-ownership': 'BucketOwnerEnforced' },
    responseElements: null,
  },
  {
    button: 'enable-versioning', service: 's3', operation: 'PutBucketVersioning', eventSource: 's3.amazonaws.com', eventName: 'PutBucketVersioning',
    requestParameters: {
      bucketName: BUCKET, Host: `${BUCKET}.s3.us-east-1.amazonaws.com`, versioning: '',
      VersioningConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', Status: 'Enabled' },
    },
    responseElements: null,
  },
  {
    button: 'create-vpc', service: 'ec2', operation: 'CreateVpc', eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc',
    requestParameters: { cidrBlock: '10.0.0.0/16', instanceTenancy: 'default', tagSpecificationSet: name('vpc', 'demo') },
    responseElements: {
      requestId: 'a1b2c3d4-0000-4000-8000-000000000001',
      vpc: {
        vpcId: VPC_ID, state: 'pending', ownerId: ACCOUNT, cidrBlock: '10.0.0.0/16', dhcpOptionsId: 'dopt-0d3m0000000000001',
        instanceTenancy: 'default', isDefault: false, tagSet: { items: [{ key: 'Name', value: 'demo' }] },
      },
    },
  },
  {
    button: 'create-subnet', service: 'ec2', operation: 'CreateSubnet', eventSource: 'ec2.amazonaws.com', eventName: 'CreateSubnet',
    requestParameters: { vpcId: VPC_ID, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a', tagSpecificationSet: name('subnet', 'demo-a') },
    responseElements: {
      requestId: 'a1b2c3d4-0000-4000-8000-000000000002',
      subnet: {
        subnetId: 'subnet-0d3m0000000000001', subnetArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-0d3m0000000000001`, state: 'available',
        vpcId: VPC_ID, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a', ownerId: ACCOUNT, defaultForAz: false,
        mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, tagSet: { items: [{ key: 'Name', value: 'demo-a' }] },
      },
    },
  },
  {
    button: 'create-security-group', service: 'ec2', operation: 'CreateSecurityGroup', eventSource: 'ec2.amazonaws.com', eventName: 'CreateSecurityGroup',
    requestParameters: { groupName: 'demo-web', groupDescription: 'web tier', vpcId: VPC_ID },
    responseElements: { requestId: 'a1b2c3d4-0000-4000-8000-000000000003', _return: true, groupId: 'sg-0d3m0000000000001' },
  },
  {
    button: 'create-role', service: 'iam', operation: 'CreateRole', eventSource: 'iam.amazonaws.com', eventName: 'CreateRole',
    requestParameters: {
      path: '/', roleName: 'demo-fn-role',
      assumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    },
    responseElements: {
      role: {
        path: '/', roleName: 'demo-fn-role', roleId: 'AROAD3M0000000000001', arn: ROLE_ARN, createDate: 'Nov 26, 2026 12:00:00 PM',
        assumeRolePolicyDocument: '%7B%22Version%22%3A%222012-10-17%22%7D',
      },
    },
  },
  {
    button: 'create-function', service: 'lambda', operation: 'CreateFunction', eventSource: 'lambda.amazonaws.com', eventName: 'CreateFunction20150331',
    requestParameters: { functionName: 'demo-fn', runtime: 'nodejs20.x', role: ROLE_ARN, handler: 'index.handler', code: {}, packageType: 'Zip' },
    responseElements: {
      functionName: 'demo-fn', functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:demo-fn`, runtime: 'nodejs20.x', role: ROLE_ARN,
      handler: 'index.handler', codeSize: 14, description: '', timeout: 3, memorySize: 128, version: '$LATEST', packageType: 'Zip',
      architectures: ['x86_64'], state: 'Pending',
    },
  },
];

/** The record CloudTrail writes for a step made at `time` (epoch ms) from the console. */
export function demoRecord(step: DemoStep, time: number, index: number): CloudTrailRecord {
  return consoleRecord({
    eventSource: step.eventSource, eventName: step.eventName, time, region: 'us-east-1',
    eventID: `d3m0d3m0-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    requestParameters: step.requestParameters, responseElements: step.responseElements,
    userAgent: step.service === 's3' ? CONSOLE_AGENT : 'AWS Internal',
  });
}
