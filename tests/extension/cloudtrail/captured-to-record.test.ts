import { describe, expect, it } from 'vitest';
import { capturedToRecord } from '../../../extension/cloudtrail/captured-to-record.ts';
import { readRecords } from '../../../translator/ingest/containers.ts';
import { classify } from '../../../translator/pipeline/normalize.ts';
import { toInputs, translate } from '../../../translator/index.ts';
import { T0, action } from './support.ts';

const alice = { arn: 'arn:aws:iam::123456789012:user/alice', accountId: '123456789012', lookupUsername: 'alice' };

describe('capturedToRecord', () => {
  it('query protocol (IAM): lower-camelled members, no responseElements, and says so', () => {
    const r = capturedToRecord(action({ at: T0, eventSource: 'iam.amazonaws.com', operation: 'CreateRole', protocol: 'query', params: { RoleName: 'app', AssumeRolePolicyDocument: '{}', Tags: [{ Key: 'env', Value: 'dev' }] } }), alice);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record).toMatchObject({
      eventSource: 'iam.amazonaws.com', eventName: 'CreateRole', eventTime: new Date(T0).toISOString(), awsRegion: 'us-east-1',
      userIdentity: { arn: alice.arn, accountId: alice.accountId }, recipientAccountId: alice.accountId,
      requestParameters: { roleName: 'app', assumeRolePolicyDocument: '{}', tags: [{ key: 'env', value: 'dev' }] }, responseElements: null,
    });
    expect(r.approximations.join(' ')).toContain('no responseElements');
  });

  it('JSON protocol: response body becomes responseElements; map members keep their keys', () => {
    const r = capturedToRecord(action({ at: T0, eventSource: 'sqs.amazonaws.com', operation: 'CreateQueue', protocol: 'json', params: { QueueName: 'jobs', Attributes: { VisibilityTimeout: '30' }, Tags: { Team: 'a' } }, responseBody: '{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"}' }), null);
    expect(r.ok && r.record.requestParameters).toEqual({ queueName: 'jobs', attributes: { VisibilityTimeout: '30' }, tags: { Team: 'a' } });
    expect(r.ok && r.record.responseElements).toEqual({ queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' });
  });

  it('marks what needs CloudTrail: rest-xml, CBOR, undecoded and truncated requests', () => {
    expect(capturedToRecord(action({ at: T0, eventSource: 's3.amazonaws.com', operation: 'CreateBucket', protocol: 'rest-xml', params: { Bucket: 'b' } }), null)).toMatchObject({ ok: false, reason: expect.stringContaining('needs CloudTrail') });
    expect(capturedToRecord(action({ at: T0, eventSource: 'monitoring.amazonaws.com', operation: 'PutMetricAlarm', protocol: 'rpc-v2-cbor', params: { AlarmName: 'x' } }), null)).toMatchObject({ ok: false });
    expect(capturedToRecord(action({ at: T0, eventSource: 'rds.amazonaws.com', operation: 'CreateDBInstance', protocol: 'query', params: null }), null)).toMatchObject({ ok: false });
    const truncated = action({ at: T0, eventSource: 'sqs.amazonaws.com', operation: 'CreateQueue', protocol: 'json', params: {} });
    truncated.request.bodyTruncated = true;
    expect(capturedToRecord(truncated, null)).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
  });

  it("a failed call carries an errorCode, so the translator skips it; records pass the translator's validation", () => {
    const ok = capturedToRecord(action({ at: T0, eventSource: 'ec2.amazonaws.com', operation: 'CreateVpc', protocol: 'ec2', params: { CidrBlock: '10.0.0.0/16' } }), alice);
    const failed = capturedToRecord(action({ at: T0 + 1, eventSource: 'ec2.amazonaws.com', operation: 'DeleteVpc', protocol: 'ec2', params: { VpcId: 'vpc-1' }, status: 'failed' }), alice);
    if (!ok.ok || !failed.ok) throw new Error('not converted');
    const kinds = classify(readRecords(JSON.stringify({ Records: [ok.record, failed.record] }), 'captured')).map((c) => c.kind);
    expect(kinds).toEqual(['action', 'skip']);
  });

  it('the translator turns converted records into resources with imports (IAM role from query, SQS queue from JSON)', () => {
    const role = capturedToRecord(action({ at: T0, eventSource: 'iam.amazonaws.com', operation: 'CreateRole', protocol: 'query', params: { RoleName: 'app', AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}' } }), alice);
    const queue = capturedToRecord(action({ at: T0 + 1, eventSource: 'sqs.amazonaws.com', operation: 'CreateQueue', protocol: 'json', params: { QueueName: 'jobs' }, responseBody: '{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"}' }), alice);
    if (!role.ok || !queue.ok) throw new Error('not converted');
    const out = translate(toInputs([role.record, queue.record]));
    expect(out.report.map((e) => [e.outcome, e.addresses])).toEqual([['created', ['aws_iam_role.app']], ['created', ['aws_sqs_queue.jobs']]]);
    expect(out.files['imports.tf']).toContain('id = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"');
  });
});
