// IAM policy versions: the session remembers each version's document, so making an earlier version the
// default again (SetDefaultPolicyVersion) states that document instead of ignoring the policy's changes.

import { translate, toInputs } from '../../../translator/index';

const arn = 'arn:aws:iam::123456789012:policy/app';
let n = 0;
const iam = (eventName: string, requestParameters: object, responseElements: object | null = null) => ({
  eventVersion: '1.08', eventID: `p${++n}`, eventTime: `2026-11-30T09:00:${String(n).padStart(2, '0')}Z`, eventSource: 'iam.amazonaws.com',
  eventName, awsRegion: 'us-east-1', recipientAccountId: '123456789012', userIdentity: { type: 'IAMUser', userName: 'ana' }, requestParameters, responseElements,
});
const doc = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const create = iam('CreatePolicy', { policyName: 'app', policyDocument: doc('s3:GetObject') }, { policy: { arn, policyName: 'app', defaultVersionId: 'v1' } });

describe('IAM policy versions', () => {
  it('a default version set back to one the session saw states that version\'s document', () => {
    const { files, resources } = translate(toInputs([
      create,
      iam('CreatePolicyVersion', { policyArn: arn, policyDocument: doc('s3:PutObject'), setAsDefault: true }, { policyVersion: { versionId: 'v2', isDefaultVersion: true } }),
      iam('CreatePolicyVersion', { policyArn: arn, policyDocument: doc('s3:DeleteObject'), setAsDefault: false }, { policyVersion: { versionId: 'v3', isDefaultVersion: false } }),
      iam('SetDefaultPolicyVersion', { policyArn: arn, versionId: 'v3' }),
    ]));
    expect(resources[0]!.ignoreChanges).toEqual([]);
    expect(files['iam.tf']).toContain('"s3:DeleteObject"');
    expect(files['iam.tf']).not.toContain('ignore_changes');
  });

  it('a version the session never saw leaves the document to the account, with a note', () => {
    const { files } = translate(toInputs([create, iam('SetDefaultPolicyVersion', { policyArn: arn, versionId: 'v7' })]));
    expect(files['iam.tf']).toContain('ignore_changes = [policy]');
    expect(files['iam.tf']).toContain('--version-id v7');
  });
});
