import type { CapturedRequest } from '../../../shared/captured-request.ts';
import { HIDDEN_VALUE } from '../../../shared/cloudtrail-record.ts';
import { startRecording } from '../../../extension/background/recording-control.ts';
import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { redactHeaders, redactResponse, redactUrl } from '../../../extension/capture/redact/redact-request.ts';
import { redactBodyText, redactValue } from '../../../extension/capture/redact/redact-body.ts';
import { captured, dumpDatabase, harness } from '../support/fresh-db.ts';

const CANARY = 'CANARY-5d1e';
const FORM: [string, string] = ['content-type', 'application/x-www-form-urlencoded'];
const text = (data: string, truncated = false) => ({ encoding: 'text' as const, data, truncated });
const cbor = (bytes: number[]) => ({ encoding: 'base64' as const, data: Buffer.from(bytes).toString('base64'), truncated: false });
const enc = (s: string) => [...new TextEncoder().encode(s)];

/** One request per path a secret can take into storage. */
const secretPaths: [string, Partial<CapturedRequest>][] = [
  ['Authorization and security-token headers', { headers: [FORM, ['Authorization', `AWS4-HMAC-SHA256 Credential=ASIA/20261126/us-east-1/ec2/aws4_request, Signature=${CANARY}`], ['X-Amz-Security-Token', CANARY]] }],
  ['cookie and CSRF headers', { headers: [FORM, ['Cookie', `aws-creds=${CANARY}`], ['X-CSRF-Token', CANARY], ['x-xsrf-token', CANARY], ['anti-csrftoken-a2z', CANARY]] }],
  ['presigned URL query', { url: `https://ec2.us-east-1.amazonaws.com/?X-Amz-Signature=${CANARY}&X-Amz-Credential=${CANARY}&X-Amz-Security-Token=${CANARY}` }],
  ['page URL with a token', { pageUrl: `https://us-east-1.console.aws.amazon.com/ec2/home?sessionToken=${CANARY}` }],
  ['IAM password form field', { url: 'https://iam.amazonaws.com/', body: text(`Action=CreateLoginProfile&UserName=alice&Password=${CANARY}`) }],
  ['Secrets Manager SecretString', { url: 'https://secretsmanager.us-east-1.amazonaws.com/', headers: [['x-amz-target', 'secretsmanager.CreateSecret']], body: text(JSON.stringify({ Name: 'db', SecretString: CANARY })) }],
  ['Secrets Manager SecretBinary', { url: 'https://secretsmanager.us-east-1.amazonaws.com/', headers: [['x-amz-target', 'secretsmanager.PutSecretValue']], body: text(JSON.stringify({ SecretId: 'db', SecretBinary: CANARY })) }],
  ['Lambda ZipFile', { url: 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions', body: text(JSON.stringify({ FunctionName: 'f', Code: { ZipFile: CANARY } })) }],
  ['EC2 UserData', { body: text(`Action=RunInstances&ImageId=ami-1&UserData=${CANARY}`) }],
  ['private key material', { url: 'https://acm.us-east-1.amazonaws.com/', headers: [['x-amz-target', 'CertificateManager.ImportCertificate']], body: text(JSON.stringify({ Certificate: 'pem', PrivateKey: CANARY })) }],
  ['RDS master password, direct', { url: 'https://rds.us-east-1.amazonaws.com/', body: text(`Action=ModifyDBInstance&DBInstanceIdentifier=db&MasterUserPassword=${CANARY}`) }],
  ['console envelope: password inside contentString, CSRF in inner headers', {
    url: 'https://us-east-1.console.aws.amazon.com/rds/api/rds', headers: [['content-type', 'application/json'], ['x-csrf-token', CANARY]],
    body: text(JSON.stringify({ operation: 'CreateDBInstance', method: 'POST', path: '/', headers: { 'X-CSRF-Token': CANARY },
      contentString: `Action=CreateDBInstance&DBInstanceIdentifier=db&MasterUserPassword=${CANARY}` })),
  }],
  ['console envelope: JSON contentString with a secret', {
    url: 'https://us-east-1.console.aws.amazon.com/secretsmanager/api/secretsmanager', headers: [['content-type', 'application/json']],
    body: text(JSON.stringify({ method: 'POST', path: '/', headers: { 'X-Amz-Target': 'secretsmanager.CreateSecret' }, contentString: JSON.stringify({ Name: 'x', SecretString: CANARY }) })),
  }],
  ['IAM CreateAccessKey response (XML SecretAccessKey)', { url: 'https://iam.amazonaws.com/', body: text('Action=CreateAccessKey&UserName=alice'),
    responseBody: text(`<CreateAccessKeyResponse><AccessKey><AccessKeyId>AKIA1</AccessKeyId><SecretAccessKey>${CANARY}</SecretAccessKey></AccessKey></CreateAccessKeyResponse>`) }],
  ['JSON response with credentials', { url: 'https://sso.us-east-1.amazonaws.com/', headers: [['x-amz-target', 'x.CreateThing']],
    responseBody: text(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIA', secretAccessKey: CANARY, sessionToken: CANARY } })) }],
  ['truncated JSON request body', { url: 'https://secretsmanager.us-east-1.amazonaws.com/', headers: [['x-amz-target', 'secretsmanager.CreateSecret']], body: text(`{"Name":"x","SecretString":"${CANARY}`, true) }],
  ['truncated XML response cut inside a secret', { url: 'https://iam.amazonaws.com/', body: text('Action=CreateAccessKey&UserName=bob'), responseBody: text(`<R><SecretAccessKey>${CANARY}`, true) }],
  ['CBOR body with a password member', { url: 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/PutMetricAlarm',
    headers: [['smithy-protocol', 'rpc-v2-cbor']], body: cbor([0xa1, 0x68, ...enc('Password'), 0x6b, ...enc(CANARY)]) }],
  ['S3 SSE-C key header', { method: 'PUT', url: 'https://b.s3.us-east-1.amazonaws.com/k', headers: [['x-amz-server-side-encryption-customer-key', CANARY]], body: text('data') }],
  ['unclassified request with a password field', { url: 'https://iamadmin.amazonaws.com/', headers: [['x-amz-target', 'Admin.DoThing']], body: text(JSON.stringify({ user: 'u', password: CANARY })) }],
  ['console credential vending', { url: 'https://us-east-1.console.aws.amazon.com/ec2/tb/creds', responseBody: text(JSON.stringify({ secretAccessKey: CANARY, sessionToken: CANARY })) }],
];

describe('redaction before storage', () => {
  test('a canary secret sent through every path is nowhere in IndexedDB', async () => {
    const h = harness();
    await startRecording(h.recording, 'redaction');
    let storedCount = 0;
    for (const [i, [name, overrides]] of secretPaths.entries()) {
      const req = captured({ startedAt: 1_790_000_000_000 + i * 1000, ...overrides });
      const hook = await captureRequest(h.capture, req, { source: 'hook', tabId: 1 });
      // The same request as webRequest reports it (no response body), in another tab to keep it apart.
      const web = await captureRequest(h.capture, { ...req, api: 'webRequest', responseBody: null }, { source: 'webRequest', tabId: 2 });
      storedCount += Number(hook.stored) + Number(web.stored);
      expect(name).toBeTruthy();
    }
    const dump = await dumpDatabase(await h.db());
    // Not stored at all: the credential vending call and the S3 object upload (data plane).
    expect(storedCount).toBeGreaterThanOrEqual(2 * (secretPaths.length - 2));
    expect(dump).not.toContain(CANARY);
    expect(dump).toContain(HIDDEN_VALUE);
    // Non-secret values survive.
    expect(dump).toContain('alice');
    expect(dump).toContain('AKIA1');
  });

  test('headers: credentials become the marker, the rest stays', () => {
    expect(redactHeaders({ authorization: 'x', 'x-amz-security-token': 't', cookie: 'c', 'x-csrf-token': 'k', 'x-amz-target': 'A.B', 'content-type': 'j' }))
      .toEqual({ authorization: HIDDEN_VALUE, 'x-amz-security-token': HIDDEN_VALUE, cookie: HIDDEN_VALUE, 'x-csrf-token': HIDDEN_VALUE, 'x-amz-target': 'A.B', 'content-type': 'j' });
  });

  test('fields that only mention a secret (ids, settings) stay readable', () => {
    expect(redactValue({ SecretId: 'arn', MinimumPasswordLength: 8, PasswordResetRequired: true, ClientToken: 'idem', NextToken: 'n', PublicKeyMaterial: 'ssh-rsa' }, null))
      .toEqual({ SecretId: 'arn', MinimumPasswordLength: 8, PasswordResetRequired: true, ClientToken: 'idem', NextToken: 'n', PublicKeyMaterial: 'ssh-rsa' });
  });

  test('form bodies keep their keys and order', () => {
    expect(redactBodyText('Action=CreateLoginProfile&UserName=a&Password=p', false, null)).toBe(`Action=CreateLoginProfile&UserName=a&Password=${HIDDEN_VALUE}`);
  });

  test('an unparseable JSON body is dropped entirely', () => {
    expect(redactBodyText('{"SecretString":"abc', false, null)).toBe(HIDDEN_VALUE);
  });

  test('credential-vending responses are hidden whole', () => {
    expect(redactResponse('https://x.console.aws.amazon.com/s3/tb/creds', { status: 200, body: text('{"a":1}'), error: null }, null).body).toBe(HIDDEN_VALUE);
  });

  test('presigned query parameters are hidden, others kept', () => {
    const out = new URL(redactUrl('https://b.s3.amazonaws.com/k?X-Amz-Signature=s&versionId=v'));
    expect(out.searchParams.get('X-Amz-Signature')).toBe(HIDDEN_VALUE);
    expect(out.searchParams.get('versionId')).toBe('v');
  });
});
