// Real records of event kinds the corpus run once reported `unsupported` with no reason: each is now
// mapped (an import, a change to an imported resource, a deletion), ignored with a reason, or reported
// unsupported with the reason the provider cannot hold it. Records: tests/fixtures/corpus-kinds/.
import { readFileSync } from 'node:fs';
import { translate, toInputs } from '../../translator/index';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record';

interface Entry { file: string; index: number; record: CloudTrailRecord }
const entries = JSON.parse(readFileSync(new URL('../fixtures/corpus-kinds/records.json', import.meta.url), 'utf8')) as Entry[];

function outcomeOf(eventSource: string, eventName: string) {
  const entry = entries.find((e) => e.record.eventSource === eventSource && e.record.eventName === eventName);
  if (!entry) throw new Error(`no fixture record for ${eventSource} ${eventName}`);
  const { report, files } = translate(toInputs([entry.record]));
  return { entry: report[0]!, files };
}

describe('event kinds the corpus once left unexplained', () => {
  it.each([
    ['kinesisanalytics.amazonaws.com', 'AddApplicationCloudWatchLoggingOption', 'aws_kinesisanalyticsv2_application', 'arn:aws:kinesisanalytics:us-east-1:012345678910:application/cloudtrail-test'],
    ['acm-pca.amazonaws.com', 'TagCertificateAuthority', 'aws_acmpca_certificate_authority', undefined],
    ['acm-pca.amazonaws.com', 'UntagCertificateAuthority', 'aws_acmpca_certificate_authority', undefined],
    ['bedrock.amazonaws.com', 'UpdateGuardrail', 'aws_bedrock_guardrail', 'cmy5azq5koeo,DRAFT'],
    ['cloudformation.amazonaws.com', 'UpdateStack', 'aws_cloudformation_stack', 'my-test-stack'],
    ['cloudsearch.amazonaws.com', 'DefineIndexField', 'aws_cloudsearch_domain', 'imdb-movies'],
    ['devops-guru.amazonaws.com', 'UpdateResourceCollection', 'aws_devopsguru_resource_collection', 'AWS_CLOUD_FORMATION'],
    ['mediaconvert.amazonaws.com', 'TagResource', 'aws_media_convert_queue', '1'],
    ['rbin.amazonaws.com', 'TagResource', 'aws_rbin_rule', 'ABCDEF01234'],
  ] as const)('%s %s adopts the %s it changes, import-only', (source, name, type, importId) => {
    const { entry, files } = outcomeOf(source, name);
    expect(entry.outcome).toBe('import-only');
    expect(entry.addresses).toHaveLength(1);
    expect(entry.addresses[0]).toMatch(new RegExp(`^${type}\\.`));
    if (importId !== undefined) expect(files['imports.tf']).toContain(`id = "${importId}"`);
  });

  it('a database restored from a snapshot is imported; its configuration comes from the account', () => {
    const { entry, files } = outcomeOf('rds.amazonaws.com', 'RestoreDBInstanceFromDBSnapshot');
    expect(entry).toMatchObject({ outcome: 'created', addresses: ['aws_db_instance.test_instance'] });
    expect(files['imports.tf']).toContain('id = "test-instance"');
    expect(files['imports.tf']).toMatch(/restored from a snapshot/);
    expect(files['rds.tf']).toBeUndefined();
  });

  it.each([
    ['rds.amazonaws.com', 'StopActivityStream'],
    ['license-manager.amazonaws.com', 'DeleteLicenseConfiguration'],
  ] as const)('%s %s deletes a resource the session did not hold: nothing to write', (source, name) => {
    const { entry, files } = outcomeOf(source, name);
    expect(entry.outcome).toBe('deleted');
    expect(files['imports.tf']).toBeUndefined();
  });

  it('names with stray spaces (hand-edited logs) are trimmed before mapping', () => {
    expect(outcomeOf(' kinesisvideo.amazonaws.com', 'DeleteStream').entry.outcome).toBe('deleted');
    expect(outcomeOf('ec2-instance-connect.amazonaws.com', 'SendSSHPublicKey ').entry).toMatchObject({ outcome: 'ignored', reason: expect.stringMatching(/temporary SSH key/) });
  });

  it('a successful dry run changed nothing', () => {
    expect(outcomeOf('cloud9.amazonaws.com', 'CreateEnvironmentEC2').entry).toMatchObject({ outcome: 'ignored', reason: 'a dry run (dryRun = true): nothing changed' });
  });

  it.each([
    ['cloud9.amazonaws.com', 'TagResource', 'aws_cloud9_environment_ec2'],
    ['codeguru-reviewer.amazonaws.com', 'AssociateRepository', 'aws_codegurureviewer_repository_association'],
    ['inspector.amazonaws.com', 'CreateResourceGroup', 'aws_inspector_resource_group'],
    ['elasticloadbalancing.amazonaws.com', 'RegisterInstancesWithLoadBalancer', 'aws_elb_attachment'],
  ] as const)('%s %s: unsupported, because %s cannot be imported', (source, name, type) => {
    const { entry } = outcomeOf(source, name);
    expect(entry.outcome).toBe('unsupported');
    expect(entry.reason).toContain(`${type}`);
    expect(entry.reason).toMatch(/^not importable: .* has no import in the AWS provider/);
  });

  it('UpdateEnvironment by name only is unsupported with the reason: the import ID is not in the record', () => {
    const { entry } = outcomeOf('elasticbeanstalk.amazonaws.com', 'UpdateEnvironment');
    expect(entry).toMatchObject({ outcome: 'unsupported', reason: expect.stringMatching(/sample-env only by name/) });
  });
});
