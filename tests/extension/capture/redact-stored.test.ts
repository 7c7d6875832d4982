// CloudTrail records as CloudTrail writes them (lowerCamelCase members, EC2 "…Set: {items}" lists) are
// redacted before storage by the same table and rules as captured calls.
import { HIDDEN_VALUE, type CloudTrailRecord } from '../../../shared/cloudtrail-record.ts';
import { defaultSensitiveIndex } from '../../../extension/capture/redact/default-sensitive-index.ts';
import { redactTrailRecord } from '../../../extension/capture/redact/redact-stored.ts';

const redact = (r: CloudTrailRecord): CloudTrailRecord => redactTrailRecord(r, defaultSensitiveIndex());

function record(eventSource: string, eventName: string, requestParameters: CloudTrailRecord['requestParameters'], responseElements: CloudTrailRecord['responseElements'] = null): CloudTrailRecord {
  return { eventID: 'e1', eventTime: '2026-12-07T00:00:00Z', eventSource, eventName, awsRegion: 'us-east-1', requestParameters, responseElements };
}

describe('CloudTrail records before storage', () => {
  test('ECS container environment values (CloudTrail logs them) are hidden, names and the rest kept', () => {
    // https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html
    const out = redact(record('ecs.amazonaws.com', 'RegisterTaskDefinition', {
      family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', environment: [{ name: 'DB_PASSWORD', value: 'CNRYct1' }] }],
    }));
    expect(out.requestParameters).toEqual({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', environment: [{ name: 'DB_PASSWORD', value: HIDDEN_VALUE }] }] });
  });

  test('CloudFormation parameter values and presigned template URLs', () => {
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html
    const out = redact(record('cloudformation.amazonaws.com', 'CreateStack', {
      stackName: 'app', templateURL: 'https://b.s3.amazonaws.com/t.yaml?X-Amz-Signature=CNRYct2&X-Amz-Date=1',
      parameters: [{ parameterKey: 'DbPassword', parameterValue: 'CNRYct3' }, { parameterKey: 'Env', usePreviousValue: true }],
    }));
    expect(out.requestParameters).toEqual({
      stackName: 'app', templateURL: `https://b.s3.amazonaws.com/t.yaml?X-Amz-Signature=${HIDDEN_VALUE}&X-Amz-Date=1`,
      parameters: [{ parameterKey: 'DbPassword', parameterValue: HIDDEN_VALUE }, { parameterKey: 'Env', usePreviousValue: true }],
    });
  });

  test('EC2 lists as CloudTrail writes them ({items: [...]}) still reach the model path', () => {
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpnConnection.html
    const out = redact(record('ec2.amazonaws.com', 'CreateVpnConnection',
      { type: 'ipsec.1', options: { tunnelOptions: { items: [{ preSharedKey: 'CNRYct4', tunnelInsideCidr: '169.254.10.0/30' }] } } },
      { vpnConnection: { vpnConnectionId: 'vpn-1', customerGatewayConfiguration: 'CNRYct5', options: { tunnelOptionSet: { items: [{ preSharedKey: 'CNRYct6', outsideIpAddress: '3.3.3.3' }] } } } }));
    expect(JSON.stringify(out)).not.toContain('CNRY');
    expect(JSON.stringify(out)).toContain('169.254.10.0/30');
    expect(JSON.stringify(out)).toContain('3.3.3.3');
  });

  test('Lambda environment variables echoed in the response', () => {
    // https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html
    const out = redact(record('lambda.amazonaws.com', 'UpdateFunctionConfiguration20150331v2', { functionName: 'api' },
      { functionName: 'api', environment: { variables: { STRIPE_KEY: 'CNRYct7' } } }));
    expect(out.responseElements).toEqual({ functionName: 'api', environment: { variables: { STRIPE_KEY: HIDDEN_VALUE } } });
  });
});
