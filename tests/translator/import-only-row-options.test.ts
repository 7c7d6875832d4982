// The options of an import-only row (translator/services/import-only.ts): more than one creating event,
// regionless types, a readable name, and identifiers CloudTrail hides. (Every row's events and type are
// held against the SDK models and the provider schema in import-only-events.test.ts.)

import { translate, toInputs } from '../../translator/index';
import { importOnlyTypes } from '../../translator/services/import-only';
import type { ServiceMapper } from '../../translator/services/mapper';

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

  it('updatesFoldInto: a change to a resource the session holds under another type stays with it', () => {
    const domains: ServiceMapper = {
      service: 'route53domains',
      eventSource: 'route53domains.amazonaws.com',
      ...importOnlyTypes([
        { type: 'aws_route53domains_domain', create: 'RegisterDomain', id: ['request.domainName'] },
        { type: 'aws_route53domains_registered_domain', create: 'TransferDomain', id: ['request.domainName'], update: ['EnableDomainTransferLock'], updatesFoldInto: ['aws_route53domains_domain'] },
      ]),
    };
    const r = (eventName: string, domainName: string, eventID: string) => ({ ...rec(eventName, { domainName }, null, eventID, 'us-east-1'), eventSource: 'route53domains.amazonaws.com' });
    const { resources } = translate(toInputs([r('RegisterDomain', 'example.com', 'd1'), r('EnableDomainTransferLock', 'example.com', 'd2'), r('EnableDomainTransferLock', 'example.org', 'd3')]), { mappers: [domains] });
    expect(resources.map((x) => `${x.type} ${x.id} ${x.created ? 'created' : 'adopted'}`).sort()).toEqual([
      'aws_route53domains_domain example.com created',
      'aws_route53domains_registered_domain example.org adopted',
    ]);
  });
});
