// RDS renames (ModifyDBInstance newDBInstanceIdentifier, ModifyDBCluster newDBClusterIdentifier): the
// resource keeps one identity under its new name, in the partition of its Region.

import { translate, toInputs } from '../../../translator/index';

let n = 0;
const record = (eventName: string, requestParameters: object, responseElements: object | null = null) => ({
  eventVersion: '1.08',
  eventID: `e${++n}`,
  eventTime: `2026-11-30T09:00:${String(n).padStart(2, '0')}Z`,
  eventSource: 'rds.amazonaws.com',
  eventName,
  awsRegion: 'cn-north-1',
  recipientAccountId: '123456789012',
  userIdentity: { type: 'IAMUser', userName: 'alice', accountId: '123456789012' },
  requestParameters,
  responseElements,
});

describe('rds renames', () => {
  it('moves an instance to its new identifier, import ID and ARN, and finds it by the new name afterwards', () => {
    const { resources, report } = translate(toInputs([
      record('CreateDBInstance', { dBInstanceIdentifier: 'db1', dBInstanceClass: 'db.t3.micro', engine: 'mysql', allocatedStorage: 20 }),
      record('ModifyDBInstance', { dBInstanceIdentifier: 'db1', newDBInstanceIdentifier: 'db2', applyImmediately: true }),
      record('ModifyDBInstance', { dBInstanceIdentifier: 'db2', allocatedStorage: 30, applyImmediately: true }),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['created', 'updated', 'updated']);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ importId: 'db2', nameHint: 'db2', exports: { identifier: 'db2', arn: 'arn:aws-cn:rds:cn-north-1:123456789012:db:db2' } });
    expect(resources[0]!.fields.identifier).toEqual({ kind: 'string', value: 'db2' });
    expect(resources[0]!.fields.allocated_storage).toEqual({ kind: 'number', value: 30 });
  });

  it('moves a cluster to its lower-cased new identifier with its id and ARN', () => {
    const { resources } = translate(toInputs([
      record('CreateDBCluster', { dBClusterIdentifier: 'Aurora1', engine: 'aurora-postgresql' }),
      record('ModifyDBCluster', { dBClusterIdentifier: 'aurora1', newDBClusterIdentifier: 'Aurora2', applyImmediately: true }),
    ]));
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ importId: 'aurora2', exports: { id: 'aurora2', cluster_identifier: 'aurora2', arn: 'arn:aws-cn:rds:cn-north-1:123456789012:cluster:aurora2' } });
    expect(resources[0]!.fields.cluster_identifier).toEqual({ kind: 'string', value: 'aurora2' });
  });
});
