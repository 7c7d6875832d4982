// Calls that are not `unsupported` for lack of a mapper: operational calls are `ignored` with their reason,
// changes no provider resource type manages are `unsupported` with the provider's reason, and a mapper's
// own handler always wins over both tables.

import { toInputs, translate } from '../../translator/index';
import type { ServiceMapper } from '../../translator/services/mapper';
import { notImportableReason, operationalReason } from '../../translator/services/operational-events';
import { mappers } from '../../translator/services/registry';

const rec = (eventSource: string, eventName: string, requestParameters: object, eventID: string) => ({
  eventID,
  eventTime: '2026-11-20T10:00:00Z',
  eventSource,
  eventName,
  awsRegion: 'us-east-1',
  recipientAccountId: '111122223333',
  userIdentity: { type: 'IAMUser', userName: 'ana', accountId: '111122223333' },
  requestParameters,
  responseElements: null,
});

describe('event reasons', () => {
  it('report sharing a snapshot, pushing an image and a support plan change as ignored, each with its reason', () => {
    const { report } = translate(
      toInputs([
        rec('ec2.amazonaws.com', 'ModifySnapshotAttribute', { snapshotId: 'snap-0123456789abcdef0', attributeType: 'CREATE_VOLUME_PERMISSION' }, 'e1'),
        rec('ecr.amazonaws.com', 'PutImage', { repositoryName: 'web', imageTag: 'v1' }, 'e2'),
        rec('supportplans.amazonaws.com', 'StartSupportPlanUpdate', { supportLevel: 'BUSINESS' }, 'e3'),
        rec('redshift-data.amazonaws.com', 'ExecuteStatement', { sql: 'select 1' }, 'e4'),
      ]),
      { mappers },
    );
    expect(report.map((e) => e.outcome)).toEqual(['ignored', 'ignored', 'ignored', 'ignored']);
    expect(report[0]!.reason).toMatch(/shares a point-in-time backup/);
    // The ECR mapper's own PutImage handler answers before the operational table (a mapper always wins).
    expect(report[1]!.reason).toMatch(/pushes an image: images are build artifacts/);
    expect(report[2]!.reason).toMatch(/support plan/);
    expect(report[3]!.reason).toBe('a SQL statement, not infrastructure');
  });

  it('report a change no provider resource type manages as unsupported with that reason, not "no mapping"', () => {
    const { report } = translate(toInputs([rec('pinpoint.amazonaws.com', 'CreateCampaign', { applicationId: 'a1b2' }, 'n1'), rec('voiceid.amazonaws.com', 'CreateDomain', { name: 'd' }, 'n2')]), { mappers });
    expect(report.map((e) => e.outcome)).toEqual(['unsupported', 'unsupported']);
    expect(report[0]!.reason).toBe('not importable: the AWS provider (hashicorp/aws 6.25.0) has no resource type for Pinpoint campaigns');
    expect(report[1]!.reason).toMatch(/^not importable: .*Voice ID domains$/);
    expect(notImportableReason('pinpoint.amazonaws.com', 'CreateApp')).toBeUndefined();
    expect(notImportableReason('pinpoint.amazonaws.com', 'toString')).toBeUndefined();
  });

  it('let a mapper handler win over both tables', () => {
    expect(operationalReason('ecr.amazonaws.com', 'PutImage')).toBeDefined();
    const ecr: ServiceMapper = {
      service: 'ecr',
      eventSource: 'ecr.amazonaws.com',
      resources: [{ type: 'aws_ecr_repository', required: [], importOnly: true, events: ['PutImage'] }],
      events: { PutImage: (event, ctx) => void ctx.create('aws_ecr_repository', String(event.request.repositoryName), {}) },
    };
    const pinpoint: ServiceMapper = {
      service: 'pinpoint',
      eventSource: 'pinpoint.amazonaws.com',
      resources: [{ type: 'aws_pinpoint_app', required: [], importOnly: true, events: ['CreateCampaign'] }],
      events: { CreateCampaign: (event, ctx) => void ctx.create('aws_pinpoint_app', String(event.request.applicationId), {}) },
    };
    const { report } = translate(toInputs([rec('ecr.amazonaws.com', 'PutImage', { repositoryName: 'web' }, 'h1'), rec('pinpoint.amazonaws.com', 'CreateCampaign', { applicationId: 'a1b2' }, 'h2')]), { mappers: [ecr, pinpoint] });
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'import-only']);
  });
});
