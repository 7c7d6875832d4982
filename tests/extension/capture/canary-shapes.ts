// Request/response shapes with secrets where AWS puts them, each citing its API reference page. Secret
// values contain "CNRY"; nothing else does. `secrets` are the exact value spans (as written in the body
// text) that redaction must replace; every other byte must be stored unchanged.
import type { CapturedBody, CapturedRequest } from '../../../shared/captured-request.ts';
import { defaultModels } from '../../../extension/capture/classify/default-models.ts';

export interface CanaryShape {
  service: string;
  operation: string;
  doc: string;
  request: Pick<CapturedRequest, 'method' | 'url' | 'headers'> & { body: string };
  response: string | null;
  secrets: string[];
}

const REGION = 'us-east-1';

function model(id: string) {
  const m = defaultModels().services.find((s) => s.id === id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
}

function host(id: string): string {
  const m = model(id);
  return m.id === 'iam' ? 'iam.amazonaws.com' : `${m.endpointPrefix}.${REGION}.amazonaws.com`;
}

function json(id: string, operation: string, doc: string, body: object | string, response: object | string | null, secrets: string[]): CanaryShape {
  const m = model(id);
  return {
    service: id, operation, doc, secrets,
    request: {
      method: 'POST', url: `https://${host(id)}/`,
      headers: [['content-type', 'application/x-amz-json-1.1'], ['x-amz-target', `${m.targetPrefix}.${operation}`]],
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    response: response === null ? null : typeof response === 'string' ? response : JSON.stringify(response),
  };
}

function query(id: string, operation: string, doc: string, form: string, responseInner: string | null, secrets: string[]): CanaryShape {
  const m = model(id);
  const xmlns = `https://${m.endpointPrefix}.amazonaws.com/doc/${m.apiVersion}/`;
  const response = responseInner === null ? null : m.protocol === 'ec2'
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${xmlns}"><requestId>r-1</requestId>${responseInner}</${operation}Response>`
    : `<${operation}Response xmlns="${xmlns}"><${operation}Result>${responseInner}</${operation}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></${operation}Response>`;
  return {
    service: id, operation, doc, secrets,
    request: {
      method: 'POST', url: `https://${host(id)}/`, headers: [['content-type', 'application/x-www-form-urlencoded; charset=utf-8']],
      body: `Action=${operation}&Version=${m.apiVersion}&${form}`,
    },
    response,
  };
}

function rest(id: string, operation: string, doc: string, method: string, path: string, body: object, response: object | null, secrets: string[]): CanaryShape {
  return {
    service: id, operation, doc, secrets,
    request: { method, url: `https://${host(id)}${path}`, headers: [['content-type', 'application/json']], body: JSON.stringify(body) },
    response: response === null ? null : JSON.stringify(response),
  };
}

function restXml(id: string, operation: string, doc: string, method: string, url: string, body: string, response: string | null, secrets: string[]): CanaryShape {
  return { service: id, operation, doc, secrets, request: { method, url, headers: [['content-type', 'application/xml']], body }, response };
}

const PRESIGNED = 'https://cf-templates.s3.amazonaws.com/t.yaml?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261207T010203Z&X-Amz-Security-Token=CNRYtok40&X-Amz-Signature=CNRYsig40';

export const CANARY_SHAPES: CanaryShape[] = [
  json('ssm', 'PutParameter', 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html',
    '{"Name":"/prod/db/password","Value":"CNRY01a","Type":"SecureString","Description":"[prod] core VPC","Tags":[{"Key":"owner","Value":"John Smith"}]}',
    { Version: 1, Tier: 'Standard' }, ['CNRY01a']),
  json('ssm', 'CreateAssociation', 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreateAssociation.html',
    '{"Name":"AWS-RunShellScript","Targets":[{"Key":"InstanceIds","Values":["i-0abc"]}],"Parameters":{"commands":["export TOKEN=CNRY02a"]}}',
    '{"AssociationDescription":{"Name":"AWS-RunShellScript","AssociationId":"a-1","Parameters":{"commands":["export TOKEN=CNRY02a"]}}}',
    ['export TOKEN=CNRY02a']),
  rest('lambda', 'CreateFunction', 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html', 'POST', '/2015-03-31/functions',
    { FunctionName: 'api', Runtime: 'nodejs20.x', Role: 'arn:aws:iam::123456789012:role/api', Handler: 'index.handler', Code: { S3Bucket: 'code', S3Key: 'api.zip' },
      Environment: { Variables: { STRIPE_KEY: 'sk_live_CNRY03a', DATABASE_URL: 'postgres://u:CNRY03b@db.internal:5432/app', STAGE: 'prod' } } },
    { FunctionName: 'api', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:api', Environment: { Variables: { STRIPE_KEY: 'sk_live_CNRY03a', DATABASE_URL: 'postgres://u:CNRY03b@db.internal:5432/app', STAGE: 'prod' } } },
    ['sk_live_CNRY03a', 'postgres://u:CNRY03b@db.internal:5432/app', 'prod']),
  rest('lambda', 'UpdateFunctionConfiguration', 'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html', 'PUT', '/2015-03-31/functions/api/configuration',
    { Timeout: 30, Environment: { Variables: { API_TOKEN: 'CNRY04a' } } },
    { FunctionName: 'api', Timeout: 30, Environment: { Variables: { API_TOKEN: 'CNRY04a' } } }, ['CNRY04a']),
  rest('lambda', 'CreateFunction', 'https://docs.aws.amazon.com/lambda/latest/api/API_FunctionCode.html', 'POST', '/2015-03-31/functions',
    { FunctionName: 'zipped', Role: 'arn:aws:iam::123456789012:role/r', Code: { ZipFile: 'UEsDBCNRY05a==' }, Description: 'owner=John Smith' }, null, ['UEsDBCNRY05a==']),
  json('ecs', 'RegisterTaskDefinition', 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27', environment: [{ name: 'DB_PASSWORD', value: 'CNRY06a' }, { name: 'MODE', value: 'CNRY06b' }], portMappings: [{ containerPort: 80 }] }] },
    { taskDefinition: { family: 'web', revision: 3, containerDefinitions: [{ name: 'app', environment: [{ name: 'DB_PASSWORD', value: 'CNRY06a' }] }] } },
    ['CNRY06a', 'CNRY06b']),
  query('cloudformation', 'CreateStack', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
    'StackName=app&TemplateBody=%7B%22Resources%22%3A%7B%7D%7D&Parameters.member.1.ParameterKey=DbPassword&Parameters.member.1.ParameterValue=CNRY07a&Parameters.member.2.ParameterKey=Env&Parameters.member.2.ParameterValue=CNRY07b&Tags.member.1.Key=owner&Tags.member.1.Value=John%20Smith',
    '<StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/app/1</StackId>', ['CNRY07a', 'CNRY07b']),
  query('cloudformation', 'UpdateStack', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_UpdateStack.html',
    `StackName=app&TemplateURL=${encodeURIComponent(PRESIGNED)}&Parameters.member.1.ParameterKey=ApiKey&Parameters.member.1.ParameterValue=CNRY08a`,
    '<StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/app/1</StackId>', ['CNRY08a', 'CNRYtok40', 'CNRYsig40']),
  query('ec2', 'CreateVpnConnection', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConnection.html',
    'Type=ipsec.1&CustomerGatewayId=cgw-1&VpnGatewayId=vgw-1&Options.TunnelOptions.1.PreSharedKey=CNRY09a&Options.TunnelOptions.1.TunnelInsideCidr=169.254.10.0%2F30',
    '<vpnConnection><vpnConnectionId>vpn-1</vpnConnectionId><customerGatewayConfiguration>&lt;vpn_connection id="vpn-1"&gt;&lt;pre_shared_key&gt;CNRY09b&lt;/pre_shared_key&gt;</customerGatewayConfiguration><options><tunnelOptionSet><item><outsideIpAddress>3.3.3.3</outsideIpAddress><preSharedKey>CNRY09a</preSharedKey></item></tunnelOptionSet></options></vpnConnection>',
    ['CNRY09a', '&lt;vpn_connection id="vpn-1"&gt;&lt;pre_shared_key&gt;CNRY09b&lt;/pre_shared_key&gt;']),
  query('ec2', 'ModifyInstanceAttribute', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceAttribute.html',
    'InstanceId=i-0abc&UserData.Value=IyEvYmluL2Jhc2gKQ05SWTEwYQ%3D%3DCNRY10a', '<return>true</return>', ['IyEvYmluL2Jhc2gKQ05SWTEwYQ%3D%3DCNRY10a']),
  query('ec2', 'RunInstances', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html',
    'ImageId=ami-0abc&InstanceType=t3.micro&MinCount=1&MaxCount=1&UserData=CNRY11aZWNobyBoaQ%3D%3D&TagSpecification.1.ResourceType=instance&TagSpecification.1.Tag.1.Key=owner&TagSpecification.1.Tag.1.Value=owner%3DJohn%20Smith&TagSpecification.1.Tag.2.Key=Name&TagSpecification.1.Tag.2.Value=%5Bprod%5D%20core%20VPC&ClientToken=YWJjZA%3D%3D',
    '<instancesSet><item><instanceId>i-0abc</instanceId></item></instancesSet>', ['CNRY11aZWNobyBoaQ%3D%3D']),
  query('ec2', 'CreateKeyPair', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html',
    'KeyName=deploy', '<keyName>deploy</keyName><keyFingerprint>1f:51:ae</keyFingerprint><keyMaterial>-----BEGIN RSA PRIVATE KEY-----CNRY12a-----END RSA PRIVATE KEY-----</keyMaterial><keyPairId>key-1</keyPairId>',
    ['-----BEGIN RSA PRIVATE KEY-----CNRY12a-----END RSA PRIVATE KEY-----']),
  query('ec2', 'CreateLaunchTemplate', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplate.html',
    'LaunchTemplateName=web&LaunchTemplateData.ImageId=ami-1&LaunchTemplateData.UserData=CNRY13aQ%3D%3D&VersionDescription=%5Bprod%5D%20v1',
    '<launchTemplate><launchTemplateId>lt-1</launchTemplateId></launchTemplate>', ['CNRY13aQ%3D%3D']),
  query('iam', 'CreateVirtualMFADevice', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html',
    'VirtualMFADeviceName=alice', '<VirtualMFADevice><SerialNumber>arn:aws:iam::123456789012:mfa/alice</SerialNumber><Base32StringSeed>CNRY14aQUJD==</Base32StringSeed><QRCodePNG>iVBORw0CNRY14b==</QRCodePNG></VirtualMFADevice>',
    ['CNRY14aQUJD==', 'iVBORw0CNRY14b==']),
  query('iam', 'CreateLoginProfile', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html',
    'UserName=alice&Password=CNRY15a%21x&PasswordResetRequired=true', '<LoginProfile><UserName>alice</UserName></LoginProfile>', ['CNRY15a%21x']),
  query('iam', 'CreateAccessKey', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html',
    'UserName=alice', '<AccessKey><UserName>alice</UserName><AccessKeyId>AKIAIOSFODNN7EXAMPLE</AccessKeyId><Status>Active</Status><SecretAccessKey>wJalrCNRY16a</SecretAccessKey></AccessKey>', ['wJalrCNRY16a']),
  query('iam', 'CreateServiceSpecificCredential', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html',
    'UserName=alice&ServiceName=codecommit.amazonaws.com', '<ServiceSpecificCredential><ServiceName>codecommit.amazonaws.com</ServiceName><ServiceUserName>alice-at-1</ServiceUserName><ServicePassword>CNRY17a</ServicePassword><UserName>alice</UserName></ServiceSpecificCredential>', ['CNRY17a']),
  rest('apigateway', 'CreateApiKey', 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApiKey.html', 'POST', '/apikeys',
    { name: 'partner', value: 'CNRY18aaaaaaaaaaaaaaaaaaaa', enabled: true, description: '[prod] core VPC' }, { id: 'k1', name: 'partner', value: 'CNRY18aaaaaaaaaaaaaaaaaaaa', enabled: true },
    ['CNRY18aaaaaaaaaaaaaaaaaaaa']),
  json('codebuild', 'ImportSourceCredentials', 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ImportSourceCredentials.html',
    { token: 'ghp_CNRY19a', serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN' }, { arn: 'arn:aws:codebuild:us-east-1:123456789012:token/github' }, ['ghp_CNRY19a']),
  json('codebuild', 'CreateProject', 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_EnvironmentVariable.html',
    { name: 'build', source: { type: 'GITHUB', location: 'https://github.com/o/r' }, artifacts: { type: 'NO_ARTIFACTS' }, serviceRole: 'arn:aws:iam::123456789012:role/cb',
      environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL',
        environmentVariables: [{ name: 'NPM_TOKEN', value: 'CNRY20a', type: 'PLAINTEXT' }, { name: 'DB', value: '/prod/db/password', type: 'PARAMETER_STORE' }] } },
    null, ['CNRY20a']),
  json('transfer', 'CreateServer', 'https://docs.aws.amazon.com/transfer/latest/APIReference/API_CreateServer.html',
    { HostKey: '-----BEGIN OPENSSH PRIVATE KEY-----CNRY21a', Protocols: ['SFTP'], Tags: [{ Key: 'owner', Value: 'owner=John Smith' }] }, { ServerId: 's-1' },
    ['-----BEGIN OPENSSH PRIVATE KEY-----CNRY21a']),
  json('transfer', 'ImportHostKey', 'https://docs.aws.amazon.com/transfer/latest/APIReference/API_ImportHostKey.html',
    { ServerId: 's-1', HostKeyBody: 'CNRY22a', Description: 'rotated' }, { ServerId: 's-1', HostKeyId: 'hostkey-1' }, ['CNRY22a']),
  json('directconnect', 'CreateBGPPeer', 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewBGPPeer.html',
    { virtualInterfaceId: 'dxvif-1', newBGPPeer: { asn: 65000, authKey: 'CNRY23a', addressFamily: 'ipv4' } }, { virtualInterface: { virtualInterfaceId: 'dxvif-1', bgpPeers: [{ asn: 65000, authKey: 'CNRY23a' }] } },
    ['CNRY23a']),
  json('directconnect', 'CreatePrivateVirtualInterface', 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreatePrivateVirtualInterface.html',
    { connectionId: 'dxcon-1', newPrivateVirtualInterface: { virtualInterfaceName: 'vif', vlan: 101, asn: 65001, authKey: 'CNRY24a', virtualGatewayId: 'vgw-1' } },
    { virtualInterfaceId: 'dxvif-2', authKey: 'CNRY24a', vlan: 101 }, ['CNRY24a']),
  rest('amplify', 'CreateApp', 'https://docs.aws.amazon.com/amplify/latest/APIReference/API_CreateApp.html', 'POST', '/apps',
    { name: 'site', repository: 'https://github.com/o/site', accessToken: 'CNRY25a', enableBasicAuth: true, basicAuthCredentials: 'dXNlcjpDTlJZMjVi' + 'CNRY25b' },
    { app: { appId: 'd1', name: 'site', basicAuthCredentials: 'dXNlcjpDTlJZMjVi' + 'CNRY25b' } }, ['CNRY25a', 'dXNlcjpDTlJZMjViCNRY25b']),
  json('secretsmanager', 'CreateSecret', 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html',
    { Name: 'prod/db', SecretString: '{"password":"CNRY26a"}', Description: '[prod] core VPC' }, { ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db', Name: 'prod/db' },
    ['{\\"password\\":\\"CNRY26a\\"}']),
  json('secretsmanager', 'PutSecretValue', 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html',
    { SecretId: 'prod/db', SecretBinary: 'Q05SWTI3YQ==CNRY27a' }, { Name: 'prod/db', VersionId: 'v2' }, ['Q05SWTI3YQ==CNRY27a']),
  query('rds', 'CreateDBInstance', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
    'DBInstanceIdentifier=db1&DBInstanceClass=db.t3.micro&Engine=postgres&MasterUsername=admin&MasterUserPassword=CNRY28a&AllocatedStorage=20&Tags.member.1.Key=owner&Tags.member.1.Value=owner%3DJohn%20Smith',
    '<DBInstance><DBInstanceIdentifier>db1</DBInstanceIdentifier></DBInstance>', ['CNRY28a']),
  query('rds', 'ModifyDBInstance', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html',
    'DBInstanceIdentifier=db1&MasterUserPassword=CNRY29a&ApplyImmediately=true',
    '<DBInstance><DBInstanceIdentifier>db1</DBInstanceIdentifier><PendingModifiedValues><MasterUserPassword>CNRY29a</MasterUserPassword></PendingModifiedValues></DBInstance>', ['CNRY29a']),
  rest('batch', 'RegisterJobDefinition', 'https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html', 'POST', '/v1/registerjobdefinition',
    { jobDefinitionName: 'etl', type: 'container', containerProperties: { image: 'etl:1', environment: [{ name: 'WAREHOUSE_PASSWORD', value: 'CNRY30a' }] } },
    { jobDefinitionName: 'etl', jobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/etl:1', revision: 1 }, ['CNRY30a']),
  query('elasticbeanstalk', 'CreateEnvironment', 'https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_CreateEnvironment.html',
    'ApplicationName=shop&EnvironmentName=shop-prod&SolutionStackName=64bit%20Amazon%20Linux%202023&OptionSettings.member.1.Namespace=aws%3Aelasticbeanstalk%3Aapplication%3Aenvironment&OptionSettings.member.1.OptionName=SECRET_KEY_BASE&OptionSettings.member.1.Value=CNRY31a&OptionSettings.member.2.Namespace=aws%3Aautoscaling%3Aasg&OptionSettings.member.2.OptionName=MinSize&OptionSettings.member.2.Value=2',
    '<EnvironmentName>shop-prod</EnvironmentName><EnvironmentId>e-1</EnvironmentId>', ['CNRY31a']),
  query('elasticbeanstalk', 'UpdateEnvironment', 'https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_UpdateEnvironment.html',
    'EnvironmentName=shop-prod&OptionSettings.member.1.Namespace=aws%3Aelasticbeanstalk%3Aapplication%3Aenvironment&OptionSettings.member.1.OptionName=STRIPE_KEY&OptionSettings.member.1.Value=sk_CNRY32a',
    '<EnvironmentName>shop-prod</EnvironmentName>', ['sk_CNRY32a']),
  json('cognitoidentityserviceprovider', 'CreateUserPoolClient', 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html',
    { UserPoolId: 'us-east-1_abc', ClientName: 'web', GenerateSecret: true }, { UserPoolClient: { ClientId: '1example23456789', ClientName: 'web', ClientSecret: 'CNRY33a' } }, ['CNRY33a', '1example23456789']), // the model marks client ids sensitive too
  json('cognitoidentityserviceprovider', 'AdminCreateUser', 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html',
    { UserPoolId: 'us-east-1_abc', Username: 'bob-user', TemporaryPassword: 'CNRY34a', UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }] },
    { User: { Username: 'bob-user', Enabled: true } }, ['CNRY34a', 'bob@example.com', 'bob-user']), // user names and attribute values are sensitive in the model
  json('acm', 'ImportCertificate', 'https://docs.aws.amazon.com/acm/latest/APIReference/API_ImportCertificate.html',
    { Certificate: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t', PrivateKey: 'LS0tLS1CRUdJTiBQUklWQVRFCNRY35a==' }, { CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/1' },
    ['LS0tLS1CRUdJTiBQUklWQVRFCNRY35a==']),
  query('redshift', 'CreateCluster', 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html',
    'ClusterIdentifier=dw&NodeType=ra3.xlplus&MasterUsername=admin&MasterUserPassword=CNRY36a&DBName=dev', '<Cluster><ClusterIdentifier>dw</ClusterIdentifier></Cluster>', ['CNRY36a']),
  query('elasticache', 'CreateReplicationGroup', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html',
    'ReplicationGroupId=cache&ReplicationGroupDescription=%5Bprod%5D%20cache&Engine=redis&TransitEncryptionEnabled=true&AuthToken=CNRY37a',
    '<ReplicationGroup><ReplicationGroupId>cache</ReplicationGroupId></ReplicationGroup>', ['CNRY37a']),
  rest('mq', 'CreateBroker', 'https://docs.aws.amazon.com/amazon-mq/latest/api-reference/brokers.html', 'POST', '/v1/brokers',
    { brokerName: 'mq1', engineType: 'ACTIVEMQ', hostInstanceType: 'mq.t3.micro', users: [{ username: 'app', password: 'CNRY38a' }] }, { brokerId: 'b-1', brokerArn: 'arn:aws:mq:us-east-1:123456789012:broker:mq1:b-1' },
    ['CNRY38a']),
  rest('opensearch', 'CreateDomain', 'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateDomain.html', 'POST', '/2021-01-01/opensearch/domain',
    { DomainName: 'logs', AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, MasterUserOptions: { MasterUserName: 'admin', MasterUserPassword: 'CNRY39a' } } },
    { DomainStatus: { DomainName: 'logs', ARN: 'arn:aws:es:us-east-1:123456789012:domain/logs' } }, ['CNRY39a', '"admin"'.slice(1, -1)]), // MasterUserName is sensitive in the model
  query('cloudwatch', 'PutMetricAlarm', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
    `AlarmName=cpu&AlarmDescription=${encodeURIComponent(`runbook ${PRESIGNED}`)}&MetricName=CPUUtilization&Namespace=AWS%2FEC2&Statistic=Average&Period=300&EvaluationPeriods=1&Threshold=80&ComparisonOperator=GreaterThanThreshold`,
    '', ['CNRYtok40', 'CNRYsig40']),
  json('dms', 'CreateEndpoint', 'https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateEndpoint.html',
    { EndpointIdentifier: 'src', EndpointType: 'source', EngineName: 'postgres', Username: 'repl', Password: 'CNRY41a', ServerName: 'db.internal', Port: 5432 },
    { Endpoint: { EndpointIdentifier: 'src', EndpointArn: 'arn:aws:dms:us-east-1:123456789012:endpoint:1' } }, ['CNRY41a']),
  json('ssm', 'PutParameter', 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html',
    '{"Name":"/prod/api/url","Type":"String","Value":"https://h.example/x?X-Amz-Credential=CNRY42a","Overwrite":true}', { Version: 2 }, ['https://h.example/x?X-Amz-Credential=CNRY42a']),
  restXml('cloudfront', 'CreateDistribution', 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html', 'POST', 'https://cloudfront.amazonaws.com/2020-05-31/distribution',
    '<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><CallerReference>ref-1</CallerReference><Comment>internal CNRY43a</Comment><Origins><Quantity>1</Quantity><Items><Origin><Id>o1</Id><DomainName>origin.example.com</DomainName><CustomHeaders><Quantity>1</Quantity><Items><OriginCustomHeader><HeaderName>X-Origin-Verify</HeaderName><HeaderValue>CNRY43b</HeaderValue></OriginCustomHeader></Items></CustomHeaders></Origin></Items></Origins><Enabled>true</Enabled></DistributionConfig>',
    '<?xml version="1.0" encoding="UTF-8"?><Distribution xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>E1ABC</Id><DomainName>d1.cloudfront.net</DomainName><DistributionConfig><CallerReference>ref-1</CallerReference><Comment>internal CNRY43a</Comment><Origins><Quantity>1</Quantity><Items><Origin><Id>o1</Id><CustomHeaders><Quantity>1</Quantity><Items><OriginCustomHeader><HeaderName>X-Origin-Verify</HeaderName><HeaderValue>CNRY43b</HeaderValue></OriginCustomHeader></Items></CustomHeaders></Origin></Items></Origins></DistributionConfig></Distribution>',
    ['internal CNRY43a', 'CNRY43b']),
  // Two clients published before the static schema format, whose sensitive members the table reads from their
  // log filters. MWAA's CliToken is hidden by that entry alone; the IoT tunnel tokens also by the name rule.
  json('iotsecuretunneling', 'OpenTunnel', 'https://docs.aws.amazon.com/iot/latest/apireference/API_iot-secure-tunneling_OpenTunnel.html',
    { description: 'ssh to edge-7', destinationConfig: { thingName: 'edge-7', services: ['SSH'] }, timeoutConfig: { maxLifetimeTimeoutMinutes: 720 } },
    { tunnelId: 't-1', tunnelArn: 'arn:aws:iot:us-east-1:123456789012:tunnel/t-1', sourceAccessToken: 'CNRY44a', destinationAccessToken: 'CNRY44b' }, ['CNRY44a', 'CNRY44b']),
  rest('mwaa', 'CreateCliToken', 'https://docs.aws.amazon.com/mwaa/latest/API/API_CreateCliToken.html', 'POST', '/clitoken/etl', {},
    { CliToken: 'CNRY45a', WebServerHostname: 'abc.c1.us-east-1.airflow.amazonaws.com' }, ['CNRY45a']),
];

export function textBody(data: string): CapturedBody {
  return { encoding: 'text', data, truncated: false };
}

/** The body as redaction must store it: each secret span replaced by the marker, nothing else changed. */
export function expectedText(text: string, secrets: string[], marker: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(marker);
  return out;
}
