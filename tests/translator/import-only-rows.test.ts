// Every import-only row is held against two outside sources: its events must be operations of the
// service its mapper's eventSource names in the AWS SDK models (extension/capture/classify/
// aws-models.generated.json, the table the capture classifies with), and its type must exist in
// hashicorp/aws 6.25.0 (tests/fixtures/aws-schema-subset.json). A typo in an event name, an event
// of another service, or a type the provider lacks would otherwise only show as a record reported
// `unsupported` or an import Terraform rejects.

import { defaultModels } from '../../extension/capture/classify/default-models';
import { translate, toInputs } from '../../translator/index';
import { importOnlyTypes } from '../../translator/services/import-only';
import type { ServiceMapper } from '../../translator/services/mapper';
import { mappers } from '../../translator/services/registry';
import { schemaSubset } from '../support/hcl-oracle';

const models = defaultModels();

// SDK models whose CloudTrail eventSource is neither their signing name nor the capture's override,
// as each service's "Logging … with AWS CloudTrail" page shows it.
const CLOUDTRAIL_SOURCE: Record<string, string> = {
  // The Application Auto Scaling user guide's CloudTrail record (monitoring-eventbridge.md); the capture
  // classifies with the same source (extension/capture/classify/model-index.ts).
  applicationautoscaling: 'autoscaling.amazonaws.com',
  // https://docs.aws.amazon.com/cloudhsm/latest/userguide/get-api-logs-using-cloudtrail.html
  cloudhsmv2: 'cloudhsm.amazonaws.com',
  // https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudtrail.html
  mq: 'amazonmq.amazonaws.com',
  // https://docs.aws.amazon.com/pinpoint/latest/developerguide/logging-using-cloudtrail.html
  pinpoint: 'pinpoint.amazonaws.com',
  // https://docs.aws.amazon.com/servicecatalog/latest/arguide/logging-using-cloudtrail.html
  servicecatalogappregistry: 'servicecatalog-appregistry.amazonaws.com',
};

/** Operation names of every SDK model whose CloudTrail eventSource is `eventSource` (API Gateway v1 and v2 share one). */
function operationsOf(eventSource: string): Set<string> {
  const sourceOf = (s: (typeof models.services)[number]) => CLOUDTRAIL_SOURCE[s.id] ?? s.eventSource;
  return new Set(models.services.filter((s) => sourceOf(s) === eventSource).flatMap((s) => [...s.operations.keys()]));
}

const rows = mappers.flatMap((mapper) =>
  mapper.resources.filter((spec) => spec.importOnly).map((spec) => ({ mapper, spec })),
);

describe('import-only rows', () => {
  it('exist (the registry declares some)', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.spec.type, r] as const))('%s: its events are operations of its eventSource', (_type, { mapper, spec }) => {
    const operations = operationsOf(mapper.eventSource);
    expect(operations.size, `no SDK model has the eventSource ${mapper.eventSource}`).toBeGreaterThan(0);
    for (const event of spec.events) expect(operations.has(event), `${event} is not an operation of ${mapper.eventSource}`).toBe(true);
  });

  it.each(rows.map((r) => [r.spec.type, r] as const))('%s: the provider schema has the type', (type) => {
    expect(schemaSubset().resources[type], `${type} missing from tests/fixtures/aws-schema-subset.json`).toBeDefined();
  });
});

describe('import-only row options', () => {
  const mapper: ServiceMapper = {
    service: 'ds',
    eventSource: 'ds.amazonaws.com',
    ...importOnlyTypes([
      { type: 'aws_directory_service_directory', create: 'CreateMicrosoftAD', alsoCreatedBy: ['ConnectDirectory'], id: ['response.directoryId'], name: ['request.name'] },
      { type: 'aws_iam_saml_provider', global: true, create: 'CreateSAMLProvider', id: ['response.sAMLProviderArn'] },
      { type: 'aws_appstream_user', create: 'CreateUser', id: ['request.userName'] },
    ]),
  };
  const rec = (eventName: string, requestParameters: object, responseElements: object | null, eventID: string, awsRegion = 'eu-west-1') => ({
    eventID, eventTime: '2026-11-20T10:00:00Z', eventSource: 'ds.amazonaws.com', eventName, awsRegion, recipientAccountId: '111122223333', userIdentity: { userName: 'ana' }, requestParameters, responseElements,
  });

  it('alsoCreatedBy: each listed event creates the type, named by `name` rather than the opaque ID', () => {
    const { files, report } = translate(toInputs([
      rec('CreateMicrosoftAD', { name: 'corp.example.com' }, { directoryId: 'd-926724cf57' }, 'a1'),
      rec('ConnectDirectory', { name: 'onprem.example.com' }, { directoryId: 'd-9067054321' }, 'a2'),
    ]), { mappers: [mapper] });
    expect(report.map((e) => e.addresses)).toEqual([['aws_directory_service_directory.corp_example_com'], ['aws_directory_service_directory.onprem_example_com']]);
    expect(files['imports.tf']).toContain('id = "d-9067054321"');
    expect(mapper.resources[0]!.events).toEqual(['CreateMicrosoftAD', 'ConnectDirectory']);
  });

  it('global: the type is regionless, like the IAM and CloudFront types of full mappers', () => {
    expect(mapper.resources.map((r) => r.global === true)).toEqual([false, true, false]);
  });

  it('an identifier CloudTrail hides names no import: the record is unsupported, never an import of the placeholder', () => {
    const { files, report } = translate(toInputs([rec('CreateUser', { userName: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, null, 'h1')]), { mappers: [mapper] });
    expect(report[0]).toMatchObject({ outcome: 'unsupported' });
    expect(report[0]!.reason).toMatch(/hides the aws_appstream_user identifier/);
    expect(files['imports.tf']).toBeUndefined();
  });
});
