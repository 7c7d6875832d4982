// Secrets of the network and data types mapped in round 2 (issue 15): whatever CloudTrail logs (hidden or,
// for a caller or a future record format that logs them, in clear), VPN pre-shared keys, Redshift and
// Redshift Serverless passwords and ElastiCache user passwords never reach the manifest: each is a
// sensitive variable, and an argument the provider cannot read back is ignored after import.

import { toInputs, translate } from '../../../translator/index';

const CLEAR = 'Sup3r-Secret-Value-42';
let seq = 0;

function record(eventSource: string, eventName: string, requestParameters: unknown, responseElements: unknown) {
  seq++;
  return {
    eventVersion: '1.09',
    eventID: `secret-${seq}`,
    eventTime: `2026-12-01T10:00:${String(seq).padStart(2, '0')}Z`,
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    userIdentity: { type: 'IAMUser', userName: 'maria', accessKeyId: 'ASIAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/maria', accountId: '111122223333' },
    userAgent: 'console.amazonaws.com',
    requestParameters,
    responseElements,
    readOnly: false,
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333',
  };
}

function manifest(records: unknown[]) {
  const result = translate(toInputs(records, 'test'));
  return { text: Object.values(result.files).join('\n'), files: result.files, report: result.report };
}

describe('secrets of the round-2 network and data types', () => {
  it('writes VPN tunnel pre-shared keys logged in clear as sensitive variables, never their value', () => {
    const { text, files } = manifest([
      record('ec2.amazonaws.com', 'CreateVpnConnection', {
        type: 'ipsec.1',
        customerGatewayId: 'cgw-0123456789abcdef0',
        vpnGatewayId: 'vgw-0123456789abcdef0',
        options: { tunnelOptions: { items: [{ tunnelInsideCidr: '169.254.10.0/30', preSharedKey: CLEAR }, { preSharedKey: `${CLEAR}-2` }] } },
      }, { vpnConnection: { vpnConnectionId: 'vpn-0123456789abcdef0', type: 'ipsec.1' } }),
    ]);
    expect(text).not.toContain(CLEAR);
    expect(files['ec2.tf']).toMatch(/tunnel1_preshared_key\s+= var\.\w+tunnel1_preshared_key/);
    expect(files['ec2.tf']).toMatch(/tunnel2_preshared_key\s+= var\.\w+tunnel2_preshared_key/);
    expect(files['variables.tf']).toMatch(/sensitive\s+= true/);
  });

  it('writes a Redshift master password and a Serverless admin password as sensitive variables ignored after import', () => {
    const { text, files } = manifest([
      record('redshift.amazonaws.com', 'CreateCluster', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus', masterUsername: 'awsuser', masterUserPassword: CLEAR }, { clusterIdentifier: 'dw' }),
      record('redshift-serverless.amazonaws.com', 'CreateNamespace', { namespaceName: 'ns', adminUsername: 'admin', adminUserPassword: CLEAR }, { namespace: { namespaceName: 'ns' } }),
    ]);
    expect(text).not.toContain(CLEAR);
    expect(files['redshift.tf']).toMatch(/master_password\s+= var\.dw_master_password/);
    expect(files['redshift.tf']).toMatch(/ignore_changes = \[master_password\]/);
    expect(files['redshiftserverless.tf']).toMatch(/admin_user_password\s+= var\.ns_admin_user_password/);
    expect(files['redshiftserverless.tf']).toMatch(/ignore_changes = \[admin_user_password\]/);
    // A user name logged in clear is no secret: it stays a literal.
    expect(files['redshiftserverless.tf']).toMatch(/admin_username\s+= "admin"/);
  });

  it('writes ElastiCache user passwords, in either request form, as sensitive variables ignored after import', () => {
    const { text, files } = manifest([
      record('elasticache.amazonaws.com', 'CreateUser', { userId: 'u1', userName: 'one', engine: 'redis', accessString: 'on ~* +@all', passwords: [CLEAR] }, { userId: 'u1' }),
      record('elasticache.amazonaws.com', 'CreateUser', { userId: 'u2', userName: 'two', engine: 'redis', accessString: 'on ~* +@all', authenticationMode: { type: 'password', passwords: [CLEAR, `${CLEAR}-2`] } }, { userId: 'u2' }),
    ]);
    expect(text).not.toContain(CLEAR);
    expect(files['elasticache.tf']).toMatch(/passwords\s+= \[var\.one_password_1\]/);
    expect(files['elasticache.tf']).toMatch(/ignore_changes = \[passwords\]/);
    expect(files['elasticache.tf']).toMatch(/passwords = \[var\.two_password_1, var\.two_password_2\]/);
    expect(files['elasticache.tf']).toMatch(/ignore_changes = \[authentication_mode\[0\]\.passwords\]/);
  });

  it('reports a CreateVpnConnection without its customer gateway as invalid rather than writing half a connection', () => {
    const { files, report } = manifest([
      record('ec2.amazonaws.com', 'CreateVpnConnection', { type: 'ipsec.1', vpnGatewayId: 'vgw-0123456789abcdef0' }, { vpnConnection: { vpnConnectionId: 'vpn-0fedcba9876543210' } }),
    ]);
    expect(files['ec2.tf']).toBeUndefined();
    expect(files['imports.tf']).toBeUndefined();
    expect(report).toHaveLength(1);
    expect(report[0]!.outcome).toBe('invalid');
    expect(report[0]!.reason).toContain('customerGatewayId');
  });
});
