// The generic tagging handlers as services use them: each finds the tagged resource by the ARN or ID
// shape its types declare, with the service's own call family and quirks.

import { translate, toInputs } from '../../../translator/index';
import { record } from './records';

const tagsOf = (r: { fields: Record<string, unknown> } | undefined) => r?.fields.tags;

describe('generic tagging in services', () => {
  it('backup: tags a vault by its ARN, and ignores tag changes CloudTrail hid', () => {
    const vault = 'arn:aws-us-gov:backup:us-gov-west-1:123456789012:backup-vault:main';
    const { resources, report } = translate(toInputs([
      record('backup.amazonaws.com', 'CreateBackupVault', { backupVaultName: 'main' }, { backupVaultName: 'main' }),
      record('backup.amazonaws.com', 'TagResource', { resourceArn: vault, tags: { team: 'a', env: 'b' } }),
      record('backup.amazonaws.com', 'UntagResource', { resourceArn: vault, tagKeyList: ['env'] }),
      record('backup.amazonaws.com', 'TagResource', { resourceArn: vault, tags: 'HIDDEN_DUE_TO_SECURITY_REASONS' }),
      record('backup.amazonaws.com', 'TagResource', { resourceArn: 'arn:aws-us-gov:backup:us-gov-west-1:123456789012:recovery-point:x', tags: { a: 'b' } }),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['created', 'updated', 'updated', 'updated', 'ignored']);
    expect(report[4]!.reason).toBe('TagResource on arn:aws-us-gov:backup:us-gov-west-1:123456789012:recovery-point:x, which is not a backup vault or plan');
    expect(tagsOf(resources[0])).toEqual({ kind: 'object', entries: [['team', { kind: 'string', value: 'a' }]] });
    expect(resources[0]!.ignoreChanges.map((i) => i.attribute)).toContain('tags');
    expect(resources[0]!.exports).toEqual({ id: 'main', name: 'main', arn: vault });
  });

  it('acm: RemoveTagsFromCertificate names the keys as {key, value} entries', () => {
    const arn = 'arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/0123abcd-0000-0000-0000-000000000000';
    const { resources, report } = translate(toInputs([
      record('acm.amazonaws.com', 'RequestCertificate', { domainName: 'example.com', validationMethod: 'DNS' }, { certificateArn: arn }),
      record('acm.amazonaws.com', 'AddTagsToCertificate', { certificateArn: arn, tags: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }] }),
      record('acm.amazonaws.com', 'RemoveTagsFromCertificate', { certificateArn: arn, tags: [{ key: 'a', value: '1' }] }),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['created', 'updated', 'updated']);
    expect(tagsOf(resources[0])).toEqual({ kind: 'object', entries: [['b', { kind: 'string', value: '2' }]] });
  });

  it('efs: a tagging call naming an access point by ID adopts it import-only; an unknown ID is reported', () => {
    const { resources, report } = translate(toInputs([
      record('elasticfilesystem.amazonaws.com', 'TagResource', { resourceId: 'fsap-0123456789abcdef0', tags: [{ key: 'k', value: 'v' }] }),
      record('elasticfilesystem.amazonaws.com', 'UntagResource', { resourceId: 'fsmt-0123', tagKeys: ['k'] }),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'ignored']);
    expect(report[1]!.reason).toBe('UntagResource on fsmt-0123, which is not a file system or access point');
    expect(resources.map((r) => [r.type, r.id, r.exports.arn])).toEqual([['aws_efs_access_point', 'fsap-0123456789abcdef0', 'arn:aws-us-gov:elasticfilesystem:us-gov-west-1:123456789012:access-point/fsap-0123456789abcdef0']]);
  });

  it('elbv2: one AddTags call tags a load balancer and a target group, adopting only what it may', () => {
    const lb = 'arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:loadbalancer/net/edge/50dc6c495c0c9188';
    const tg = 'arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067';
    const { resources, report } = translate(toInputs([record('elasticloadbalancing.amazonaws.com', 'AddTags', { resourceArns: [lb, tg], tags: [{ key: 'k', value: 'v' }] })]));
    // The load balancer is adopted (its name and type are in its ARN); a target group from before the
    // session is not: its port, protocol and VPC are not in the event.
    expect(report[0]!.outcome).toBe('import-only');
    expect(resources.map((r) => [r.type, r.nameHint, r.fields.load_balancer_type])).toEqual([['aws_lb', 'edge', { kind: 'string', value: 'network' }]]);
  });
});
