// A large recorded session as an export file (trailform-session/1), for the 10,000-action e2e test and
// the popup benchmark: console calls as the recorder stores them (EC2 query protocol: VPCs and security
// groups with their request and response bodies), one in ten (a VPC) confirmed by a CloudTrail record.
// Each call was seen by both capture paths (the page hook and webRequest), as a console page's own
// calls are: a hook-only call is "unverified" and left out of Generate by default.
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import type { RecordedAction } from '../../shared/recorded-action.ts';
import { SESSION_FORMAT, type SessionExport } from '../../shared/session-export.ts';
import { consoleRecord } from '../fake-cloudtrail/records.ts';

const START = Date.parse('2026-11-20T09:00:00Z');
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function action(i: number): RecordedAction {
  const at = START + i * 700;
  const vpc = i % 2 === 0;
  const cidr = `10.${(i >> 8) & 255}.${i & 255}.0/24`;
  const body = vpc
    ? `Action=CreateVpc&Version=2016-11-15&CidrBlock=${encodeURIComponent(cidr)}`
    : `Action=CreateSecurityGroup&Version=2016-11-15&GroupName=web-${i}&GroupDescription=web%20tier&VpcId=vpc-${hex(i - 1, 17)}`;
  const response = vpc
    ? `<CreateVpcResponse><vpc><vpcId>vpc-${hex(i, 17)}</vpcId><cidrBlock>${cidr}</cidrBlock><state>pending</state></vpc></CreateVpcResponse>`
    : `<CreateSecurityGroupResponse><return>true</return><groupId>sg-${hex(i, 17)}</groupId></CreateSecurityGroupResponse>`;
  return {
    id: i + 1, sessionId: 1, capturedAt: at, completedAt: at + 80, tabId: 7, pageUrl: 'https://us-east-1.console.aws.amazon.com/vpcconsole/home',
    accountId: null, kind: 'action', serviceId: 'ec2', eventSource: 'ec2.amazonaws.com', operation: vpc ? 'CreateVpc' : 'CreateSecurityGroup',
    region: 'us-east-1', protocol: 'ec2', via: 'direct',
    params: vpc ? { CidrBlock: cidr } : { GroupName: `web-${i}`, GroupDescription: 'web tier', VpcId: `vpc-${hex(i - 1, 17)}` },
    request: { method: 'POST', url: 'https://ec2.us-east-1.amazonaws.com/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, bodyTruncated: false },
    response: { status: 200, body: response, bodyTruncated: false, error: null },
    status: 'succeeded', httpStatus: 200, attempts: 1, lastAttemptAt: at, sources: { hook: 1, webRequest: 1 },
    fingerprint: `f${hex(i, 12)}`, requestKey: `r${hex(i, 12)}`, bodyUnknown: false, invocationId: null,
  };
}

export function largeSessionExport(count: number): SessionExport {
  const actions = Array.from({ length: count }, (_, i) => action(i));
  const records: CloudTrailRecord[] = [];
  const outcomes: SessionConfirmation['outcomes'] = [];
  for (const a of actions) {
    if ((a.id - 1) % 10 !== 0) continue;
    const eventID = `00000000-0000-4000-8000-${hex(a.id, 12)}`;
    records.push(consoleRecord({
      eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc', time: a.capturedAt, eventID,
      requestParameters: { cidrBlock: a.params!['CidrBlock'] as string }, responseElements: { vpc: { vpcId: `vpc-${hex(a.id - 1, 17)}`, cidrBlock: a.params!['CidrBlock'] as string } },
    }));
    outcomes.push({ actionId: a.id, outcome: 'confirmed', eventId: eventID, deltaMs: 0 });
  }
  const last = actions[actions.length - 1]!;
  return {
    format: SESSION_FORMAT,
    exportedAt: new Date(last.completedAt + 60_000).toISOString(),
    session: {
      id: 1, name: `large ${count}`, startedAt: START - 1000, stoppedAt: last.completedAt + 1000, accountId: '123456789012',
      regions: ['us-east-1'], consoleIdentity: { accountId: '123456789012', arn: null }, actionCount: count,
    },
    actions,
    records,
    confirmation: {
      sessionId: 1, phase: 'complete', source: 'lookup', waitStartedAt: null, deadline: null, checks: 1, checkStartedAt: null, lastCheckAt: last.completedAt + 30_000,
      nextCheckAt: null, lastError: null, matchableCount: count, confirmedCount: outcomes.length, outcomes, cloudTrailOnly: [],
      identity: null, identityUnanimous: false, clockOffsetMs: 0, lookupCalls: 1,
    },
  };
}

/** What must survive export and import: everything but ids, the session's name and the export time. */
export function comparable(doc: SessionExport): unknown {
  const index = new Map(doc.actions.map((a, i) => [a.id, i]));
  return {
    session: { ...doc.session, id: 0, name: '' },
    actions: doc.actions.map(({ id: _id, sessionId: _s, ...rest }) => rest),
    records: doc.records,
    confirmation: doc.confirmation && {
      ...doc.confirmation, sessionId: 0, phase: doc.confirmation.phase === 'waiting' ? 'idle' : doc.confirmation.phase, nextCheckAt: null,
      outcomes: doc.confirmation.outcomes.map(({ actionId, ...rest }) => ({ ...rest, action: index.get(actionId) })),
    },
  };
}
