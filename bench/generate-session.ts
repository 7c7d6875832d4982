// Realistic console sessions of any size for the benchmark: a mix of S3, VPC/EC2, IAM and Lambda
// calls in the shapes CloudTrail logs them, unique names per unit of work, plus the noise a real
// trail holds (reads, sign-ins, failed calls, data events, services nobody maps).

const ACCOUNT = '111122223333';

function identity(n: number) {
  const user = `engineer${n % 7}`;
  return { type: 'IAMUser', principalId: `AIDA${n % 7}EXAMPLE`, arn: `arn:aws:iam::${ACCOUNT}:user/${user}`, accountId: ACCOUNT, accessKeyId: `ASIA${n % 7}EXAMPLE`, userName: user };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);

/** `count` records, deterministic for a given count. */
export function generateRecords(count: number): object[] {
  const records: object[] = [];
  const start = Date.parse('2026-11-01T08:00:00Z');
  let i = 0;
  const push = (eventSource: string, eventName: string, requestParameters: object | null, responseElements: object | null, extra: object = {}) => {
    const n = records.length;
    records.push({
      eventVersion: '1.10',
      userIdentity: identity(i),
      eventTime: new Date(start + n * 1000).toISOString().replace('.000Z', 'Z'),
      eventSource,
      eventName,
      awsRegion: i % 5 === 0 ? 'eu-west-1' : 'us-east-1',
      sourceIPAddress: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0',
      requestParameters,
      responseElements,
      requestID: `REQ${hex(n, 12)}`,
      eventID: `${hex(n, 8)}-0000-4000-8000-${hex(i, 12)}`,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCOUNT,
      sessionCredentialFromConsole: 'true',
      ...extra,
    });
  };
  while (records.length < count) {
    const bucket = `acme-data-${i}`;
    const vpc = `vpc-${hex(i, 17)}`;
    const subnet = `subnet-${hex(i, 17)}`;
    const sg = `sg-${hex(i, 17)}`;
    const role = `app-role-${i}`;
    switch (i % 4) {
      case 0:
        push('s3.amazonaws.com', 'CreateBucket', { bucketName: bucket, Host: `${bucket}.s3.amazonaws.com` }, null);
        push('s3.amazonaws.com', 'PutBucketVersioning', { bucketName: bucket, versioning: '', VersioningConfiguration: { Status: 'Enabled' } }, null);
        push('s3.amazonaws.com', 'PutBucketTagging', { bucketName: bucket, tagging: '', Tagging: { TagSet: { Tag: [{ Key: 'Name', Value: `Data ${i}` }, { Key: 'team', Value: 'analytics' }] } } }, null);
        push('s3.amazonaws.com', 'PutBucketPolicy', { bucketName: bucket, policy: '', bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } }, null);
        break;
      case 1:
        push('ec2.amazonaws.com', 'CreateVpc', { cidrBlock: '10.0.0.0/16', tagSpecificationSet: { items: [{ resourceType: 'vpc', tags: [{ key: 'Name', value: `net-${i}` }] }] } }, { vpc: { vpcId: vpc, state: 'pending', cidrBlock: '10.0.0.0/16', instanceTenancy: 'default', isDefault: false } });
        push('ec2.amazonaws.com', 'CreateSubnet', { vpcId: vpc, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' }, { subnet: { subnetId: subnet, vpcId: vpc, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' } });
        push('ec2.amazonaws.com', 'CreateSecurityGroup', { groupName: `web-${i}`, groupDescription: 'web', vpcId: vpc }, { _return: true, groupId: sg });
        push('ec2.amazonaws.com', 'AuthorizeSecurityGroupIngress', { groupId: sg, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } }, { _return: true, securityGroupRuleSet: { items: [{ securityGroupRuleId: `sgr-${hex(i, 17)}`, groupId: sg, isEgress: false, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }] } });
        break;
      case 2:
        push('iam.amazonaws.com', 'CreateRole', { roleName: role, path: '/service-role/', assumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }, { role: { roleName: role, path: '/service-role/', arn: `arn:aws:iam::${ACCOUNT}:role/service-role/${role}`, roleId: `AROA${hex(i, 16)}`, createDate: 'Nov 1, 2026 8:00:00 AM' } });
        push('iam.amazonaws.com', 'AttachRolePolicy', { roleName: role, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }, null);
        push('lambda.amazonaws.com', 'CreateFunction20150331', { functionName: `handler-${i}`, runtime: 'nodejs20.x', role: `arn:aws:iam::${ACCOUNT}:role/service-role/${role}`, handler: 'index.handler', code: {}, timeout: 3, memorySize: 128, publish: false }, { functionName: `handler-${i}`, functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:handler-${i}`, runtime: 'nodejs20.x', role: `arn:aws:iam::${ACCOUNT}:role/service-role/${role}`, handler: 'index.handler', timeout: 3, memorySize: 128 });
        break;
      default:
        // noise: what a trail holds besides the clicks that matter
        push('s3.amazonaws.com', 'ListBuckets', null, null, { readOnly: true });
        push('ec2.amazonaws.com', 'DescribeInstances', { instancesSet: {}, filterSet: {} }, null, { readOnly: true });
        push('s3.amazonaws.com', 'CreateBucket', { bucketName: 'taken' }, null, { errorCode: 'BucketAlreadyExists', errorMessage: 'taken' });
        push('signin.amazonaws.com', 'ConsoleLogin', null, { ConsoleLogin: 'Success' }, { eventType: 'AwsConsoleSignIn' });
        push('glue.amazonaws.com', 'CreateDatabase', { databaseInput: { name: `db_${i}` } }, null);
    }
    i++;
  }
  return records.slice(0, count);
}

/** The n-th record of a CLI-made log (the large-log shapes below): one second apart, one account. */
function cliRecord(n: number, eventSource: string, eventName: string, requestParameters: object, responseElements: object | null): object {
  return {
    eventVersion: '1.10', userIdentity: identity(n), eventTime: new Date(Date.parse('2026-11-01T08:00:00Z') + n * 1000).toISOString().replace('.000Z', 'Z'),
    eventSource, eventName, awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.7', userAgent: 'aws-cli/2.15.0',
    requestParameters, responseElements, requestID: `req-${hex(n, 12)}`, eventID: `00000000-0000-4000-8000-${hex(n, 12)}`,
    readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: ACCOUNT,
  };
}

/** A log built by `push(eventName, request, response)` calls of one service. */
function cliLog(eventSource: string, build: (push: (eventName: string, request: object, response: object | null) => void) => void): object[] {
  const records: object[] = [];
  build((eventName, request, response) => records.push(cliRecord(records.length, eventSource, eventName, request, response)));
  return records;
}

/**
 * `count` changes to one resource that existed before the logs start: a function whose configuration a
 * deploy pipeline changes all month (UpdateFunctionConfiguration, as CloudTrail logs it).
 */
export function generateOneResourceChanges(count: number): object[] {
  return cliLog('lambda.amazonaws.com', (push) => {
    for (let n = 0; n < count; n++) {
      push('UpdateFunctionConfiguration20150331v2', { functionName: 'deployed-daily', timeout: 3 + (n % 60), memorySize: 128 * (1 + (n % 4)) }, null);
    }
  });
}

/**
 * `count` units of deploy churn, 5 records each: a function created and kept, and a temporary one
 * created and deleted, each given a resource policy statement (each delete looks through the
 * permissions, URLs and aliases for the deleted function's own).
 */
export function generateDeleteChurn(count: number): object[] {
  const role = `arn:aws:iam::${ACCOUNT}:role/service-role/deployer`;
  return cliLog('lambda.amazonaws.com', (push) => {
    const create = (name: string) => push('CreateFunction20150331', { functionName: name, runtime: 'nodejs20.x', role, handler: 'index.handler', code: {} },
      { functionName: name, functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`, runtime: 'nodejs20.x', role, handler: 'index.handler' });
    const permit = (name: string) => push('AddPermission20150331v2', { functionName: name, statementId: 'apigateway', action: 'lambda:InvokeFunction', principal: 'apigateway.amazonaws.com' },
      { statement: JSON.stringify({ Sid: 'apigateway', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction' }) });
    for (let i = 0; i < count; i++) {
      create(`service-${i}`);
      permit(`service-${i}`);
      create(`preview-${i}`);
      permit(`preview-${i}`);
      push('DeleteFunction20150331', { functionName: `preview-${i}` }, null);
    }
  });
}

/**
 * `count` log groups whose names differ only after their first 60 characters (Terraform names keep 60),
 * as a function per customer makes: every one gets the same name, numbered.
 */
export function generateOneNameMany(count: number): object[] {
  return cliLog('logs.amazonaws.com', (push) => {
    for (let n = 0; n < count; n++) push('CreateLogGroup', { logGroupName: `/aws/lambda/customer-onboarding-production-eu-central-webhook-handler-${hex(n, 8)}` }, null);
  });
}

/**
 * `count` units of IAM churn, 5 records each: a user kept in its own group, and a temporary group
 * created and deleted (each delete looks for the memberships that name the group).
 */
export function generateGroupChurn(count: number): object[] {
  return cliLog('iam.amazonaws.com', (push) => {
    const group = (name: string, n: number) => push('CreateGroup', { groupName: name }, { group: { groupName: name, arn: `arn:aws:iam::${ACCOUNT}:group/${name}`, groupId: `AGPA${hex(n, 16)}`, path: '/' } });
    for (let i = 0; i < count; i++) {
      push('CreateUser', { userName: `dev-${i}` }, { user: { userName: `dev-${i}`, arn: `arn:aws:iam::${ACCOUNT}:user/dev-${i}`, userId: `AIDA${hex(i, 16)}`, path: '/' } });
      group(`team-${i}`, 2 * i);
      push('AddUserToGroup', { groupName: `team-${i}`, userName: `dev-${i}` }, null);
      group(`temp-${i}`, 2 * i + 1);
      push('DeleteGroup', { groupName: `temp-${i}` }, null);
    }
  });
}
