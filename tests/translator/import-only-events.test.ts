// Every import-only type, as a table: the events that create, change or delete it are operations of its
// mapper's CloudTrail event source in the AWS SDK models the capture uses
// (extension/capture/classify/aws-models.generated.json), and the type exists in the provider schema.
// A typo in an event name would otherwise leave a type silently unreachable.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import table from '../../extension/capture/classify/aws-models.generated.json' with { type: 'json' };
import { buildModelIndex } from '../../extension/capture/classify/model-index';
import type { ServiceModelTable } from '../../extension/capture/classify/model-types';
import { toInputs, translate } from '../../translator/index';
import { importOnlyTypes } from '../../translator/services/import-only';
import type { ServiceMapper } from '../../translator/services/mapper';
import { eitherCase, readEitherCase } from '../../translator/services/member-case';
import { mappers } from '../../translator/services/registry';

const index = buildModelIndex(table as ServiceModelTable);
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/aws-schema-subset.json', import.meta.url)), 'utf8')) as { resources: Record<string, unknown> };

/**
 * Operations of the services CloudTrail logs under an event source: `<name>.amazonaws.com` where the name
 * is the model's signing name, endpoint prefix or ID (Pinpoint signs as `mobiletargeting` but logs as
 * `pinpoint`; S3 Control signs as `s3` and logs as `s3`).
 */
function operationsOf(eventSource: string): Set<string> {
  const name = eventSource.replace(/\.amazonaws\.com$/, '');
  const ops = new Set<string>();
  for (const service of index.services) {
    const prefix = service.endpointPrefix.replace(/^controlplane\./, '');
    if (service.eventSource === eventSource || prefix === name || service.id === name.replace(/-/g, '') || LOGGED_AS[service.id] === eventSource) {
      for (const op of service.operations.keys()) ops.add(op);
    }
  }
  return ops;
}

/**
 * Services CloudTrail logs under a name none of their model's names give: Amazon MQ as `amazonmq`
 * (https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudtrail.html),
 * CloudHSM v2 as `cloudhsm` (https://docs.aws.amazon.com/cloudhsm/latest/userguide/get-api-logs-using-cloudtrail.html).
 */
const LOGGED_AS: Readonly<Record<string, string>> = { mq: 'amazonmq.amazonaws.com', cloudhsmv2: 'cloudhsm.amazonaws.com' };

/**
 * Event names CloudTrail spells other than the API: the Route 53 console's contact change, as the Route 53
 * developer guide's CloudTrail example shows it (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html).
 */
const CONSOLE_SPELLINGS: Readonly<Record<string, string>> = { updateDomainContact: 'UpdateDomainContact' };

const importOnly = mappers.flatMap((mapper) => mapper.resources.filter((spec) => spec.importOnly).map((spec) => ({ mapper, spec })));

describe('import-only types', () => {
  it('are many (the table below checks each)', () => {
    expect(importOnly.length).toBeGreaterThan(400);
  });

  it.each(importOnly.map(({ mapper, spec }) => [spec.type, mapper.eventSource, spec.events] as const))(
    '%s: every event is an operation of %s and has a handler; the type is in the provider schema',
    (type, eventSource, events) => {
      const ops = operationsOf(eventSource);
      expect(ops.size, `no AWS SDK model logs as ${eventSource}`).toBeGreaterThan(0);
      const mapper = mappers.find((m) => m.eventSource === eventSource)!;
      for (const event of events) {
        expect(ops.has(CONSOLE_SPELLINGS[event] ?? event), `${event} is not an operation of ${eventSource}`).toBe(true);
        expect(Object.hasOwn(mapper.events, event), `${event} has no handler in the ${mapper.service} mapper`).toBe(true);
      }
      expect(Object.hasOwn(schema.resources, type), `${type} is not in the provider schema subset`).toBe(true);
    },
  );
});

const rec = (eventSource: string, eventName: string, requestParameters: object, responseElements: object | null, eventID: string) => ({
  eventID,
  eventTime: `2026-11-20T10:00:0${eventID.slice(-1)}Z`,
  eventSource,
  eventName,
  awsRegion: 'us-east-1',
  recipientAccountId: '111122223333',
  userIdentity: { type: 'IAMUser', userName: 'ana', accountId: '111122223333' },
  requestParameters,
  responseElements,
});

describe('import-only rows with change events', () => {
  const table = importOnlyTypes([
    { type: 'aws_synthetics_canary', create: 'CreateCanary', id: ['request.name'], delete: 'DeleteCanary', update: ['UpdateCanary'] },
  ]);
  const mapper: ServiceMapper = { service: 'synthetics', eventSource: 'synthetics.amazonaws.com', ...table };
  const src = 'synthetics.amazonaws.com';

  it('declare the change events on the type, and claim each once', () => {
    expect(table.resources[0]!.events).toEqual(['CreateCanary', 'DeleteCanary', 'UpdateCanary']);
    expect(() => importOnlyTypes([{ type: 'aws_a', create: 'CreateA', id: ['request.a'], update: ['CreateA'] }])).toThrow(/CreateA is claimed twice/);
  });

  it('adopt a resource that existed before the session: an import block, the change listed in the report', () => {
    const { files, report } = translate(toInputs([rec(src, 'UpdateCanary', { name: 'checkout', schedule: { expression: 'rate(5 minutes)' } }, null, 'u1')]), { mappers: [mapper] });
    expect(report[0]).toMatchObject({ outcome: 'import-only', addresses: ['aws_synthetics_canary.checkout'] });
    expect(report[0]!.reason).toMatch(/existed before the session \(import-only/);
    expect(files['imports.tf']).toContain('import {\n  to = aws_synthetics_canary.checkout\n  id = "checkout"\n}');
  });

  it('change the session\'s own resource without a second import, and a record without the identifier is invalid', () => {
    const { files, report } = translate(
      toInputs([rec(src, 'CreateCanary', { name: 'checkout' }, null, 'c1'), rec(src, 'UpdateCanary', { name: 'checkout' }, null, 'c2'), rec(src, 'UpdateCanary', {}, null, 'c3')]),
      { mappers: [mapper] },
    );
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'updated', 'invalid']);
    expect(report[2]!.reason).toMatch(/cannot find the aws_synthetics_canary identifier in request.name/);
    expect(files['imports.tf']!.match(/to = aws_synthetics_canary\.checkout/g)).toHaveLength(1);
  });
});

describe('member names in either case', () => {
  it('try each path lower-camel first, then capitalised', () => {
    expect(eitherCase('request.ConnectPeerId', 'response.connectPeer.connectPeerId')).toEqual([
      'request.connectPeerId',
      'request.ConnectPeerId',
      'response.connectPeer.connectPeerId',
      'response.ConnectPeer.ConnectPeerId',
    ]);
    expect(readEitherCase({ request: { ConnectPeerId: 'connect-peer-1' }, response: {} }, 'request.connectPeerId')).toBe('connect-peer-1');
    expect(readEitherCase({ request: {}, response: { connectPeer: { connectPeerId: 'connect-peer-2' } } }, 'response.ConnectPeer.ConnectPeerId')).toBe('connect-peer-2');
    expect(readEitherCase({ request: {}, response: {} }, 'request.connectPeerId')).toBeUndefined();
  });
});
