import { describe, expect, it } from 'vitest';
import { matchSession, estimateClockOffset } from '../../../extension/cloudtrail/matcher.ts';
import type { ConsoleIdentityKey, MatchResult, TrailEvent } from '../../../extension/cloudtrail/types.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import { OTHER_USER } from '../../fake-cloudtrail/records.ts';
import { T0, action, trailEvent } from './support.ts';

const EC2 = 'ec2.amazonaws.com';
const S3 = 's3.amazonaws.com';
const window = { startedAt: T0 - 60_000, stoppedAt: T0 + 600_000 };

function run(actions: RecordedAction[], events: TrailEvent[], identity: ConsoleIdentityKey | null = null): MatchResult {
  return matchSession({ actions, events, identity, window });
}

function pairs(r: MatchResult): Record<number, string | null> {
  return Object.fromEntries(r.outcomes.map((o) => [o.actionId, o.outcome === 'confirmed' ? o.eventId : null]));
}

describe('matchSession', () => {
  it('pairs each action with its event (exact pairs), lambda version suffixes normalized', () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateSecurityGroup', params: { GroupName: 'web', GroupDescription: 'web tier' } });
    const a2 = action({ at: T0 + 5_000, eventSource: S3, operation: 'CreateBucket', region: 'us-west-2', params: { Bucket: 'demo' } });
    const a3 = action({ at: T0 + 9_000, eventSource: 'lambda.amazonaws.com', operation: 'CreateFunction', region: 'eu-west-1', protocol: 'rest-json', params: { FunctionName: 'app' } });
    const e1 = trailEvent({ time: T0 + 400, eventSource: EC2, eventName: 'CreateSecurityGroup', requestParameters: { groupName: 'web', groupDescription: 'web tier' } });
    const e2 = trailEvent({ time: T0 + 5_300, eventSource: S3, eventName: 'CreateBucket', region: 'us-west-2', requestParameters: { bucketName: 'demo', Host: 'demo.s3.us-west-2.amazonaws.com' } });
    const e3 = trailEvent({ time: T0 + 9_200, eventSource: 'lambda.amazonaws.com', eventName: 'CreateFunction20150331', region: 'eu-west-1', requestParameters: { functionName: 'app' } });
    const r = run([a1, a2, a3], [e3, e1, e2]);
    expect(pairs(r)).toEqual({ [a1.id]: e1.eventId, [a2.id]: e2.eventId, [a3.id]: e3.eventId });
    expect(r.identity?.arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(r.identity?.lookupUsername).toBe('alice');
    expect(r.cloudTrailOnly).toEqual([]);
  });

  it('pairs two identical CreateTags a second apart in time order, whatever the input order', () => {
    const params = { 'ResourceId': 'sg-1' };
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateTags', params });
    const a2 = action({ at: T0 + 1_000, eventSource: EC2, operation: 'CreateTags', params });
    const e1 = trailEvent({ time: T0 + 200, eventSource: EC2, eventName: 'CreateTags' });
    const e2 = trailEvent({ time: T0 + 1_200, eventSource: EC2, eventName: 'CreateTags' });
    const expected = { [a1.id]: e1.eventId, [a2.id]: e2.eventId };
    expect(pairs(run([a1, a2], [e1, e2]))).toEqual(expected);
    expect(pairs(run([a2, a1], [e2, e1]))).toEqual(expected);
  });

  it('uses parameters to tell apart two CreateTags on different resources, even when time says otherwise', () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateTags', params: { Name: 'a' } });
    const a2 = action({ at: T0 + 1_000, eventSource: EC2, operation: 'CreateTags', params: { Name: 'b' } });
    const eB = trailEvent({ time: T0, eventSource: EC2, eventName: 'CreateTags', requestParameters: { name: 'b' } });
    const eA = trailEvent({ time: T0 + 1_000, eventSource: EC2, eventName: 'CreateTags', requestParameters: { name: 'a' } });
    expect(pairs(run([a1, a2], [eA, eB]))).toEqual({ [a1.id]: eA.eventId, [a2.id]: eB.eventId });
  });

  it('leaves an action captured-only when its event is missing or inconsistent', () => {
    const a1 = action({ at: T0, eventSource: S3, operation: 'CreateBucket', region: 'us-west-2', params: { Bucket: 'one' } });
    const a2 = action({ at: T0 + 2_000, eventSource: S3, operation: 'PutBucketVersioning', region: 'us-west-2', params: { Bucket: 'one' } });
    const e1 = trailEvent({ time: T0, eventSource: S3, eventName: 'CreateBucket', region: 'us-west-2', requestParameters: { bucketName: 'one' } });
    const wrong = trailEvent({ time: T0 + 2_000, eventSource: S3, eventName: 'PutBucketVersioning', region: 'us-west-2', requestParameters: { bucketName: 'two' } });
    const r = run([a1, a2], [e1, wrong]);
    expect(pairs(r)).toEqual({ [a1.id]: e1.eventId, [a2.id]: null });
    expect(r.outcomes[1]).toMatchObject({ outcome: 'captured-only' });
    // The other bucket's call is the same user's, in the window, and changes something: CloudTrail-only.
    expect(r.cloudTrailOnly).toEqual([wrong.eventId]);
  });

  it('flags CloudTrail-only events of the same identity only: not other users, reads, failures, or outside the window', () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    const e1 = trailEvent({ time: T0 + 300, eventSource: EC2, eventName: 'CreateVpc', requestParameters: { cidrBlock: '10.0.0.0/16' } });
    const proxied = trailEvent({ time: T0 + 30_000, eventSource: 'cloudformation.amazonaws.com', eventName: 'CreateStack', region: 'eu-central-1' });
    const otherUser = trailEvent({ time: T0 + 40_000, eventSource: EC2, eventName: 'CreateSubnet', identity: OTHER_USER }, 'bob');
    const read = trailEvent({ time: T0 + 50_000, eventSource: EC2, eventName: 'DescribeVpcs', readOnly: true });
    const failed = trailEvent({ time: T0 + 55_000, eventSource: EC2, eventName: 'DeleteVpc', errorCode: 'DependencyViolation' });
    const before = trailEvent({ time: window.startedAt - 3_600_000, eventSource: EC2, eventName: 'CreateSubnet' });
    const r = run([a1], [e1, proxied, otherUser, read, failed, before]);
    expect(pairs(r)).toEqual({ [a1.id]: e1.eventId });
    expect(r.cloudTrailOnly).toEqual([proxied.eventId]);
  });

  it("never takes another user's identical call", () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateVpc' });
    const a2 = action({ at: T0 + 10_000, eventSource: EC2, operation: 'CreateSecurityGroup', params: { GroupName: 'web' } });
    const mine = trailEvent({ time: T0 + 10_100, eventSource: EC2, eventName: 'CreateSecurityGroup', requestParameters: { groupName: 'web' } });
    const bobs = trailEvent({ time: T0 + 100, eventSource: EC2, eventName: 'CreateVpc', identity: OTHER_USER }, 'bob');
    const r = run([a1, a2], [mine, bobs]);
    expect(pairs(r)).toEqual({ [a1.id]: null, [a2.id]: mine.eventId });
    expect(r.cloudTrailOnly).toEqual([]);
  });

  it("learns the identity only from console-made calls: another user's CLI look-alike confirms nothing", () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    const cli = trailEvent({ time: T0 + 200, eventSource: EC2, eventName: 'CreateVpc', identity: OTHER_USER, requestParameters: { cidrBlock: '10.0.0.0/16' } }, 'bob');
    let r = run([a1], [cli]);
    expect(pairs(r)).toEqual({ [a1.id]: null });
    expect(r.identity).toBeNull();
    // Once alice's own event arrives, it is the one taken, and the identity is unanimous.
    const mine = trailEvent({ time: T0 + 900, eventSource: EC2, eventName: 'CreateVpc', requestParameters: { cidrBlock: '10.0.0.0/16' } });
    r = run([a1], [cli, mine]);
    expect(pairs(r)).toEqual({ [a1.id]: mine.eventId });
    expect(r).toMatchObject({ identity: { lookupUsername: 'alice' }, identityUnanimous: true });
  });

  it('keys events by eventID: a duplicated record counts once, and a later copy replaces the first', () => {
    const a1 = action({ at: T0, eventSource: EC2, operation: 'CreateVpc' });
    const e1 = trailEvent({ time: T0 + 100, eventSource: EC2, eventName: 'CreateVpc', eventID: 'dup-1' });
    const updated = { ...e1, record: { ...e1.record, responseElements: { vpc: { vpcId: 'vpc-1' } } } };
    const r = run([a1], [e1, e1, updated]);
    expect(pairs(r)).toEqual({ [a1.id]: 'dup-1' });
    expect(r.cloudTrailOnly).toEqual([]);
  });

  it('matches with a browser clock 2 minutes off AWS, and estimates the offset', () => {
    const skew = 120_000; // the browser is 2 minutes behind AWS
    const specs = [['CreateVpc', 0], ['CreateSubnet', 4_000], ['CreateSecurityGroup', 9_000], ['CreateTags', 9_500]] as const;
    const actions = specs.map(([op, dt]) => action({ at: T0 + dt, eventSource: EC2, operation: op }));
    const events = specs.map(([op, dt], i) => trailEvent({ time: T0 + dt + skew + 300 + i * 100, eventSource: EC2, eventName: op }));
    const r = run(actions, events);
    expect(r.outcomes.every((o) => o.outcome === 'confirmed')).toBe(true);
    expect(Math.abs(r.clockOffsetMs - skew)).toBeLessThan(2_000);
    // Same with the clock ahead, and two identical calls a second apart.
    const b1 = action({ at: T0, eventSource: EC2, operation: 'CreateTags' });
    const b2 = action({ at: T0 + 1_000, eventSource: EC2, operation: 'CreateTags' });
    const f1 = trailEvent({ time: T0 - skew, eventSource: EC2, eventName: 'CreateTags' });
    const f2 = trailEvent({ time: T0 + 1_000 - skew, eventSource: EC2, eventName: 'CreateTags' });
    expect(pairs(run([b1, b2], [f2, f1]))).toEqual({ [b1.id]: f1.eventId, [b2.id]: f2.eventId });
  });

  it('does not pair across regions, but accepts global services logged in us-east-1', () => {
    const a1 = action({ at: T0, eventSource: S3, operation: 'CreateBucket', region: 'eu-west-1' });
    const a2 = action({ at: T0, eventSource: 'iam.amazonaws.com', operation: 'CreateRole', region: 'aws-global', params: { RoleName: 'app' } });
    const e1 = trailEvent({ time: T0, eventSource: S3, eventName: 'CreateBucket', region: 'us-west-2' });
    const e2 = trailEvent({ time: T0, eventSource: 'iam.amazonaws.com', eventName: 'CreateRole', region: 'us-east-1', requestParameters: { roleName: 'app' } });
    expect(pairs(run([a1, a2], [e1, e2]))).toEqual({ [a1.id]: null, [a2.id]: e2.eventId });
  });

  it('pairs a failed capture with the failed event (errorCode) and does not list failures as CloudTrail-only', () => {
    const a1 = action({ at: T0, eventSource: S3, operation: 'DeleteBucket', status: 'failed' });
    const e1 = trailEvent({ time: T0 + 100, eventSource: S3, eventName: 'DeleteBucket', errorCode: 'AccessDenied' });
    const r = run([a1], [e1]);
    expect(pairs(r)).toEqual({ [a1.id]: e1.eventId });
  });

  it('is deterministic: the same result for any input order', () => {
    // CloudTrail times have whole seconds; calls 2 s apart.
    const actions = [0, 1, 2, 3].map((i) => action({ at: T0 + i * 2_000 + 100, eventSource: EC2, operation: 'CreateTags' }));
    const events = [0, 1, 2, 3].map((i) => trailEvent({ time: T0 + i * 2_000 + 400, eventSource: EC2, eventName: 'CreateTags' }));
    const first = run(actions, events);
    for (let k = 0; k < 5; k++) {
      const shuffledA = [...actions].sort(() => (k % 2 ? 1 : -1));
      const shuffledE = [...events].reverse();
      expect(run(shuffledA, shuffledE)).toEqual(first);
    }
    expect(pairs(first)).toEqual(Object.fromEntries(actions.map((a, i) => [a.id, events[i]!.eventId])));
  });

  it('ignores unclassified calls whose operation is unknown', () => {
    const a = { ...action({ at: T0, eventSource: EC2, operation: 'CreateVpc' }), kind: 'unclassified' as const, operation: null };
    expect(run([a], []).outcomes).toEqual([]);
  });

  it('matches unclassified calls whose operation is known, so one change is not counted twice', () => {
    const a = { ...action({ at: T0, eventSource: EC2, operation: 'CreateVpc' }), kind: 'unclassified' as const };
    const e = trailEvent({ time: T0 + 400, eventSource: EC2, eventName: 'CreateVpc' });
    const r = run([a], [e]);
    expect(pairs(r)).toEqual({ [a.id]: e.eventId });
    expect(r.cloudTrailOnly).toEqual([]);
  });

  it('matches an unclassified call without an event source by operation name (SSO console envelope)', () => {
    const a = { ...action({ at: T0, eventSource: EC2, operation: 'CreatePermissionSet' }), kind: 'unclassified' as const, eventSource: null, region: null };
    const other = trailEvent({ time: T0 + 300, eventSource: EC2, eventName: 'CreateVpc' });
    const e = trailEvent({ time: T0 + 400, eventSource: 'sso.amazonaws.com', eventName: 'CreatePermissionSet' });
    const r = run([a], [other, e]);
    expect(pairs(r)).toEqual({ [a.id]: e.eventId });
  });
});

describe('estimateClockOffset', () => {
  it('picks the delta most candidates agree on', () => {
    expect(estimateClockOffset([], 30_000)).toBe(0);
    expect(estimateClockOffset([120_000, 121_000, 119_500, -200_000], 30_000)).toBe(120_000);
  });
});
