// Issue 10's pieces one at a time: who owns a resource, which regions exist, how a session's change to
// an adopted resource is put into words.

import { ownerOf } from '../../../translator/pipeline/service-owned';
import { isRegionName } from '../../../translator/pipeline/normalize';
import { diffFields } from '../../../translator/pipeline/session-changes';
import { translate, toInputs } from '../../../translator/index';
import { blocks, sensitive, stringMap, text } from '../../../translator/services/values';
import type { CloudTrailRecord } from '../../../shared/cloudtrail-record';

const base = { eventID: 'e', eventTime: '2026-11-30T09:00:00Z', eventSource: 'sqs.amazonaws.com', eventName: 'CreateQueue', awsRegion: 'us-east-1' };

describe('ownerOf', () => {
  it('names the stack from the aws:cloudformation tags, in either tag shape', () => {
    expect(ownerOf({ ...base, requestParameters: { tags: { 'aws:cloudformation:stack-name': 'web-stack' } } } as CloudTrailRecord)).toBe('CloudFormation stack web-stack');
    expect(ownerOf({ ...base, requestParameters: { Tagging: { TagSet: { Tag: [{ Key: 'aws:cloudformation:stack-name', Value: 'api' }] } } } } as CloudTrailRecord)).toBe('CloudFormation stack api');
  });

  it('recognises the service from invokedBy, sourceIPAddress or userAgent', () => {
    expect(ownerOf({ ...base, userIdentity: { type: 'AssumedRole', invokedBy: 'cloudformation.amazonaws.com' } } as CloudTrailRecord)).toBe('CloudFormation (one of its stacks made it)');
    expect(ownerOf({ ...base, userAgent: 'elasticbeanstalk.amazonaws.com' } as CloudTrailRecord)).toBe('Elastic Beanstalk (one of its environments made it)');
    expect(ownerOf({ ...base, sourceIPAddress: 'servicecatalog.amazonaws.com' } as CloudTrailRecord)).toBe('Service Catalog (one of its provisioned products made it)');
    expect(ownerOf({ ...base, requestParameters: { tags: [{ key: 'aws:amplify:app-id', value: 'd1abc' }] } } as CloudTrailRecord)).toBe('Amplify app d1abc');
  });

  it('leaves the user\'s own calls alone (console, signin, other services acting for the user)', () => {
    expect(ownerOf({ ...base, userAgent: 'console.sqs.amazonaws.com', userIdentity: { type: 'IAMUser', invokedBy: 'signin.amazonaws.com' } } as CloudTrailRecord)).toBeUndefined();
    expect(ownerOf({ ...base, userIdentity: { type: 'AssumedRole', invokedBy: 'autoscaling.amazonaws.com' } } as CloudTrailRecord)).toBeUndefined();
  });
});

describe('isRegionName', () => {
  it('accepts real region shapes and refuses placeholders and typos', () => {
    for (const r of ['us-east-1', 'eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'cn-northwest-1', 'il-central-1', 'us-isob-east-1']) expect(isRegionName(r), r).toBe(true);
    for (const r of ['region-ID', 'region-code', 'us-northeast-1r', 'eu-west', 'US-EAST-1', '', 'us-east-1 ']) expect(isRegionName(r), r).toBe(false);
  });

  it('makes a record with an impossible region invalid, not a provider block', () => {
    const { report, files } = translate(toInputs([{ ...base, awsRegion: 'us-northeast-1r', requestParameters: { queueName: 'q' } }]));
    expect(report[0]).toMatchObject({ outcome: 'invalid', reason: 'awsRegion "us-northeast-1r" is not an AWS region name (like us-east-1)' });
    expect(files['providers.tf']).not.toContain('us-northeast-1r');
  });
});

describe('diffFields', () => {
  const ev = { eventName: 'ModifyX', eventID: 'id-1' };
  it('states each tag set or removed, never the map as a whole', () => {
    const changes = diffFields({ tags: stringMap({ a: '1', b: '2' }) }, { tags: stringMap({ a: '1', c: '3' }) }, ev).map((c) => c.text);
    expect(changes).toEqual(['set tag "c" = "3"', 'removed tag "b"']);
  });

  it('states arguments, blocks and secrets without their value; Terraform-only flags are no change', () => {
    const after = { instance_class: text('db.m7g.large'), ttl: blocks({ enabled: { kind: 'bool', value: true } }), password: sensitive('pw'), skip_final_snapshot: { kind: 'bool', value: true } } as const;
    expect(diffFields({}, after, ev).map((c) => c.text)).toEqual(['set instance_class = "db.m7g.large"', 'set ttl { enabled = true }', 'set password (a secret, not shown)']);
  });
});

describe('the session-change lines of an adopted resource', () => {
  it('leave out what only names it (a part of its import ID), keep what the event set', () => {
    const record = {
      ...base, eventSource: 'cognito-idp.amazonaws.com', eventName: 'UpdateGroup', eventID: 'g-1',
      requestParameters: { userPoolId: 'us-east-1_AbC', groupName: 'support', description: 'Tier 1' },
      responseElements: { group: { userPoolId: 'us-east-1_AbC', groupName: 'support', description: 'Tier 1' } },
    };
    const { resources } = translate(toInputs([record]));
    expect(resources[0]).toMatchObject({ type: 'aws_cognito_user_group', importId: 'us-east-1_AbC/support', created: false });
    expect(resources[0]!.sessionChanges.map((c) => c.text)).toEqual(['set description = "Tier 1"']);
  });
});

describe('edits of EC2 rules and instances made earlier in the session', () => {
  const ec2 = (eventName: string, requestParameters: object, responseElements: object, eventID: string) => ({ ...base, eventSource: 'ec2.amazonaws.com', eventName, eventID, requestParameters, responseElements });
  it('ModifyInstanceCreditSpecification changes the session\'s instance block', () => {
    const run = ec2('RunInstances', { instanceType: 't3.micro', imageId: 'ami-1' }, { instancesSet: { items: [{ instanceId: 'i-0123', imageId: 'ami-1', instanceType: 't3.micro' }] } }, 'r1');
    const credit = ec2('ModifyInstanceCreditSpecification', { ModifyInstanceCreditSpecificationRequest: { InstanceCreditSpecification: { InstanceId: 'i-0123', CpuCredits: 'unlimited', tag: 1 } } }, {}, 'r2');
    const { files, report } = translate(toInputs([run, credit]));
    expect(report[1]!.outcome).toBe('updated');
    expect(files['ec2.tf']).toMatch(/credit_specification \{\n\s+cpu_credits = "unlimited"\n\s+\}/);
  });
});
