// Behaviour of the pipeline as a whole, through translate(), with small hand-made sessions.

import { TRANSLATE_PHASES, translate, toInputs } from '../../../translator/index';
import { normalizeEventName } from '../../../translator/pipeline/normalize';
import { consoleScore as scoreOf, isConsoleOriginated as consoleOriginated } from '../../../translator/pipeline/console-origin';
import type { CloudTrailRecord } from '../../../shared/cloudtrail-record';
import { toSnakeCase } from '../../../translator/pipeline/naming';
import type { ServiceMapper } from '../../../translator/services/mapper';
import { s3 } from '../../../translator/services/s3';
import { reqString } from '../../../translator/services/read';
import { text } from '../../../translator/services/values';

let seq = 0;
function rec(eventName: string, request: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  seq++;
  return {
    eventVersion: '1.09',
    eventID: `id-${seq}`,
    eventTime: `2026-11-20T10:00:${String(seq % 60).padStart(2, '0')}Z`,
    eventSource: 's3.amazonaws.com',
    eventName,
    awsRegion: 'us-east-1',
    userIdentity: { type: 'IAMUser', userName: 'alice', accessKeyId: 'ASIAXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice' },
    requestParameters: request,
    responseElements: null,
    readOnly: false,
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333',
    ...extra,
  };
}

describe('normalize', () => {
  it('strips API-version suffixes from event names', () => {
    expect(normalizeEventName('CreateFunction20150331')).toBe('CreateFunction');
    expect(normalizeEventName('UpdateFunctionCode20150331v2')).toBe('UpdateFunctionCode');
    expect(normalizeEventName('CreateDistributionWithTags2020_05_31')).toBe('CreateDistributionWithTags');
    expect(normalizeEventName('CreateVpc')).toBe('CreateVpc');
  });

  it('reports failed calls, reads, non-API events and duplicates without translating them', () => {
    const create = rec('CreateBucket', { bucketName: 'kept' });
    const records = [
      create,
      { ...create }, // the same eventID delivered twice
      rec('CreateBucket', { bucketName: 'failed' }, { errorCode: 'BucketAlreadyExists' }),
      rec('GetBucketAcl', { bucketName: 'kept' }, { readOnly: true }),
      rec('ConsoleLogin', {}, { eventType: 'AwsConsoleSignIn', eventSource: 'signin.amazonaws.com' }),
      rec('ListBuckets', {}, { readOnly: undefined }),
    ];
    const { report, resources } = translate(toInputs(records));
    expect(resources.map((r) => r.id)).toEqual(['kept']);
    expect(report).toHaveLength(5);
    expect(report.map((e) => e.outcome)).toEqual(['created', 'ignored', 'ignored', 'ignored', 'ignored']);
    expect(report[1]!.reason).toMatch(/failed \(BucketAlreadyExists\)/);
    expect(report[2]!.reason).toBe('read-only call');
    expect(report[3]!.reason).toMatch(/AwsConsoleSignIn is not an API call/);
    expect(report[4]!.reason).toBe('read-only call');
  });

  it('folds in event-time order, whatever the input order', () => {
    const create = rec('CreateBucket', { bucketName: 'b' }, { eventTime: '2026-11-20T10:00:00Z' });
    const tag = rec('PutBucketTagging', { bucketName: 'b', Tagging: { TagSet: { Tag: { Key: 'Name', Value: 'late' } } } }, { eventTime: '2026-11-20T10:05:00Z' });
    const { resources, report } = translate(toInputs([tag, create]));
    expect(resources).toHaveLength(1);
    expect(resources[0]!.created).toBe(true);
    expect(report.map((e) => e.outcome)).toEqual(['updated', 'created']);
  });

  it('reports records with a broken shape as invalid, naming the field, and translates the rest', () => {
    const records = [
      { eventID: 'x', eventSource: 's3.amazonaws.com', eventName: 'CreateBucket' },
      'not an object',
      rec('CreateBucket', {}),
      rec('PutBucketVersioning', { bucketName: 'ok', VersioningConfiguration: {} }),
      rec('CreateBucket', { bucketName: 'ok' }),
    ];
    const { report, resources } = translate(toInputs(records));
    expect(report.map((e) => e.outcome)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'created']);
    expect(report[0]!.reason).toMatch(/no eventTime/);
    expect(report[1]!.reason).toMatch(/should be a JSON object, got string/);
    expect(report[2]!.reason).toMatch(/missing bucketName/);
    expect(report[3]!.reason).toMatch(/missing VersioningConfiguration.Status/);
    expect(resources.map((r) => r.type)).toEqual(['aws_s3_bucket']);
  });

  it('never takes an inherited property for a handler (eventName toString, constructor, __proto__)', () => {
    const { report } = translate(toInputs(['toString', 'constructor', '__proto__', 'hasOwnProperty'].map((name) => rec(name, { bucketName: 'x' }))));
    expect(report.map((e) => e.outcome)).toEqual(['unsupported', 'unsupported', 'unsupported', 'unsupported']);
    expect(report[0]!.reason).toBe('no mapping for s3.amazonaws.com toString');
  });

  it('marks mutating events with no mapper as unsupported, naming them', () => {
    const { report } = translate(toInputs([rec('CreateWidget', {}, { eventSource: 'widgets.amazonaws.com' })]));
    expect(report[0]).toMatchObject({ outcome: 'unsupported', reason: 'no mapping for widgets.amazonaws.com CreateWidget' });
  });
});

describe('fold', () => {
  it('a delete removes what the session created, and the create says so', () => {
    const records = [rec('CreateBucket', { bucketName: 'tmp' }), rec('PutBucketVersioning', { bucketName: 'tmp', VersioningConfiguration: { Status: 'Enabled' } }), rec('DeleteBucket', { bucketName: 'tmp' })];
    const { report, resources, files } = translate(toInputs(records));
    expect(resources).toEqual([]);
    expect(report.map((e) => e.outcome)).toEqual(['created', 'created', 'deleted']);
    expect(report[0]!.reason).toMatch(/deleted later in the session \(event id-/);
    expect(files['s3.tf']).toBeUndefined();
  });

  it('a change to a resource the session did not create adopts it as import-only, the change in a comment and the report', () => {
    const tagged = rec('PutBucketTagging', { bucketName: 'old', Tagging: { TagSet: { Tag: { Key: 'team', Value: 'data' } } } });
    const { files, report, resources, warnings } = translate(toInputs([tagged]));
    expect(resources[0]!.created).toBe(false);
    expect(report[0]).toMatchObject({ outcome: 'import-only', addresses: ['aws_s3_bucket.old'] });
    expect(report[0]!.reason).toContain(`this session set tag "team" = "data" (PutBucketTagging, ${tagged.eventID})`);
    // Never a partial tags map: no resource block at all, Terraform writes it from the account.
    expect(files['s3.tf']).toBeUndefined();
    expect(files['imports.tf']).toContain(`# this session set tag "team" = "data" (PutBucketTagging, ${tagged.eventID})\n# Its configuration comes from the account`);
    expect(warnings.map((w) => w.code)).toContain('config-from-account');
  });

  it('a handler can report a form it does not map as unsupported, with its reason', () => {
    const partial: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Odd'] }],
      events: { Odd: (_event, ctx) => ctx.unsupported('Aurora cluster members are not mapped yet') },
    };
    expect(translate(toInputs([rec('Odd', {})]), { mappers: [partial] }).report[0]).toMatchObject({ outcome: 'unsupported', reason: 'Aurora cluster members are not mapped yet' });
  });

  it('a type that claims completeFrom an event prints the adopted block that event states, and only then', () => {
    const claimed: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Whole', 'Part'], completeFrom: { events: ['Whole'], mapped: ['bucket'], unmapped: {} } }],
      events: {
        Whole: (event, ctx) => {
          ctx.change('aws_s3_bucket', reqString(event.request, 'bucketName'), { importId: 'x', nameHint: 'x' }).fields.bucket = text(reqString(event.request, 'bucketName'));
        },
        Part: (event, ctx) => {
          ctx.change('aws_s3_bucket', reqString(event.request, 'bucketName'), { importId: 'y', nameHint: 'y' }).fields.bucket = text(reqString(event.request, 'bucketName'));
        },
      },
    };
    const whole = translate(toInputs([rec('Whole', { bucketName: 'a' })]), { mappers: [claimed] });
    expect(whole.files['test.tf']).toContain('resource "aws_s3_bucket" "x" {\n  bucket = "a"\n}');
    const part = translate(toInputs([rec('Part', { bucketName: 'b' })]), { mappers: [claimed] });
    expect(part.files['test.tf']).toBeUndefined();
    expect(part.report[0]!.outcome).toBe('import-only');
  });

  it('a handler that trips over an unexpected shape reports the record invalid and the run goes on', () => {
    const fragile: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Fragile', 'CreateBucket'] }],
      events: {
        Fragile: (event) => {
          (event.request.list as unknown as string[]).map((x) => x);
        },
        CreateBucket: s3.events.CreateBucket!,
      },
    };
    const { report, resources } = translate(toInputs([rec('Fragile', { list: 7 }), rec('CreateBucket', { bucketName: 'after' })]), { mappers: [fragile] });
    expect(report[0]!.outcome).toBe('invalid');
    expect(report[0]!.reason).toMatch(/^Fragile: a shape Trailform could not read \(.*is not a function\)$/);
    expect(resources.map((r) => r.id)).toEqual(['after']);
  });

  it('a change stated in words by a handler that then fails is not kept, and later events\' changes stay in order', () => {
    const stating: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Note', 'NoteThenFail'] }],
      events: {
        Note(event, ctx) {
          ctx.change('aws_s3_bucket', 'old', { importId: 'old', nameHint: 'old' }).sessionChange(`noted ${reqString(event.request, 'n')}`);
        },
        NoteThenFail(event, ctx) {
          ctx.change('aws_s3_bucket', 'old', { importId: 'old', nameHint: 'old' }).sessionChange('never kept');
          reqString(event.request, 'missingField');
        },
      },
    };
    const records = [rec('Note', { n: '1' }), rec('NoteThenFail', {}), rec('Note', { n: '2' }), rec('NoteThenFail', {}), rec('Note', { n: '3' })];
    const { report, resources } = translate(toInputs(records), { mappers: [stating] });
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'invalid', 'import-only', 'invalid', 'import-only']);
    expect(resources[0]!.sessionChanges.map((c) => [c.text, c.eventID])).toEqual([
      ['noted 1', records[0]!.eventID], ['noted 2', records[2]!.eventID], ['noted 3', records[4]!.eventID],
    ]);
    // Each entry reports its own change, and only its own.
    expect(report[2]!.reason).toMatch(/this session noted 2 \(Note, id-\d+\)$/);
  });

  it('ctx.all(type) holds the resources of that type alive now, in the order the session made them (a re-created one last)', () => {
    const seen: string[][] = [];
    const listing: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [
        { type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Make', 'Drop', 'List'] },
        { type: 'aws_s3_bucket_policy', importDoc: 'x', required: [], events: ['MakePolicy'] },
      ],
      events: {
        Make: (event, ctx) => { ctx.create('aws_s3_bucket', reqString(event.request, 'id'), { importId: 'x', nameHint: 'x' }); },
        MakePolicy: (event, ctx) => { ctx.create('aws_s3_bucket_policy', reqString(event.request, 'id'), { importId: 'x', nameHint: 'x' }); },
        Drop: (event, ctx) => ctx.remove('aws_s3_bucket', reqString(event.request, 'id')),
        List(_event, ctx) {
          ctx.create('aws_s3_bucket', 'made-now', { importId: 'x', nameHint: 'x' });
          seen.push(ctx.all('aws_s3_bucket').map((d) => d.id));
          ctx.remove('aws_s3_bucket', 'made-now');
        },
      },
    };
    const records = [
      rec('Make', { id: 'a' }), rec('Make', { id: 'b' }), rec('MakePolicy', { id: 'p' }), rec('List', {}),
      rec('Drop', { id: 'a' }), rec('List', {}), rec('Make', { id: 'a' }), rec('Make', { id: 'c' }), rec('List', {}),
    ];
    translate(toInputs(records), { mappers: [listing] });
    expect(seen).toEqual([['a', 'b', 'made-now'], ['b', 'made-now'], ['b', 'a', 'c', 'made-now']]);
  });

  it('views from all() and find(): writes land once, never on a resource the event removed, and a failing handler leaves none', () => {
    const bucket = (id: string) => ({ importId: id, nameHint: id, fields: { bucket: text(id) } });
    const views: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Make', 'Touch', 'DropThenWrite', 'WriteThenFail', 'ChangeThenRead'] }],
      events: {
        Make: (event, ctx) => { ctx.create('aws_s3_bucket', reqString(event.request, 'id'), bucket(reqString(event.request, 'id'))); },
        Touch(event, ctx) {
          for (const b of ctx.all('aws_s3_bucket')) if (b.id === reqString(event.request, 'id')) b.fields = { ...b.fields, force_destroy: text('touched') };
        },
        DropThenWrite(_event, ctx) {
          ctx.create('aws_s3_bucket', 'made-now', bucket('made-now'));
          const [first, , , madeNow] = ctx.all('aws_s3_bucket');
          ctx.remove('aws_s3_bucket', first!.id);
          first!.fields = { bucket: text('resurrected') };
          first!.note('resurrected');
          ctx.remove('aws_s3_bucket', madeNow!.id);
          madeNow!.note(`removed ${madeNow!.id}`); // still readable and writable, kept by nothing
        },
        WriteThenFail(event, ctx) {
          ctx.find('aws_s3_bucket', 'c')!.fields = { bucket: text('half-applied') };
          reqString(event.request, 'missingField');
        },
        ChangeThenRead(_event, ctx) {
          const [view] = ctx.all('aws_s3_bucket');
          const changed = ctx.change('aws_s3_bucket', view!.id, {});
          changed.fields = { ...changed.fields, bucket: text('changed') };
          // The view reads the event's own copy, not the stored one.
          if (view!.field('bucket')?.kind === 'string') ctx.find('aws_s3_bucket', 'c')!.note(`saw ${JSON.stringify(view!.field('bucket'))}`);
        },
      },
    };
    const records = [
      rec('Make', { id: 'a' }), rec('Make', { id: 'b' }), rec('Make', { id: 'c' }), rec('Touch', { id: 'b' }),
      rec('DropThenWrite', {}), rec('WriteThenFail', {}), rec('ChangeThenRead', {}),
    ];
    const { report, resources } = translate(toInputs(records), { mappers: [views] });
    expect(report.map((e) => e.outcome)).toEqual(['created', 'created', 'created', 'ignored', 'created', 'invalid', 'updated']);
    expect(resources.map((r) => [r.id, r.fields])).toEqual([
      ['b', { bucket: text('changed'), force_destroy: text('touched') }],
      ['c', { bucket: text('c') }],
    ]);
    expect(resources.find((r) => r.id === 'c')!.notes).toEqual([`saw ${JSON.stringify(text('changed'))}`]);
  });

  it('ctx.allHolding(type, argument, value) judges a resource this event changed by its new arguments', () => {
    const seen: string[][] = [];
    const grouped: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Make', 'MoveThenList'] }],
      events: {
        Make: (event, ctx) => {
          const id = reqString(event.request, 'id');
          ctx.create('aws_s3_bucket', id, { importId: id, nameHint: id, fields: { group: text(reqString(event.request, 'group')) } });
        },
        MoveThenList(_event, ctx) {
          const moved = ctx.change('aws_s3_bucket', 'a', {});
          moved.fields = { ...moved.fields, group: text('h') };
          const ids = (value: string) => ctx.allHolding('aws_s3_bucket', 'group', value).map((d) => d.id).sort();
          seen.push(ids('g'), ids('h'));
        },
      },
    };
    const records = [rec('Make', { id: 'a', group: 'g' }), rec('Make', { id: 'b', group: 'g' }), rec('MoveThenList', {}), rec('MoveThenList', {})];
    translate(toInputs(records), { mappers: [grouped] });
    expect(seen).toEqual([['b'], ['a'], ['b'], ['a']]);
  });

  it('a handler that fails half-way leaves nothing half-applied', () => {
    const halfway: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Twice'] }],
      events: {
        Twice(event, ctx) {
          ctx.create('aws_s3_bucket', 'first', { importId: 'first', nameHint: 'first', fields: { bucket: text('first') } });
          reqString(event.request, 'missingField');
        },
      },
    };
    const { report, resources } = translate(toInputs([rec('Twice', {})]), { mappers: [halfway] });
    expect(report[0]!.outcome).toBe('invalid');
    expect(resources).toEqual([]);
  });
});

describe('phases (onPhaseEnd, for the benchmark)', () => {
  it('reports each phase once, in order, as its work ends, and leaves the output unchanged', () => {
    const log: string[] = [];
    const logged: ServiceMapper = {
      service: 'test',
      eventSource: 's3.amazonaws.com',
      resources: [{ type: 'aws_s3_bucket', importDoc: 'x', required: [], events: ['Make'] }],
      events: {
        Make(_event, ctx) {
          log.push('handler');
          ctx.create('aws_s3_bucket', 'made', { importId: 'made', nameHint: 'made', fields: { bucket: text('made') } });
        },
      },
    };
    const inputs = toInputs([rec('Make', {})]);
    const result = translate(inputs, { mappers: [logged], onPhaseEnd: (phase) => log.push(phase) });
    // The handler runs inside 'fold': after 'classify' ends, before 'fold' does.
    expect(log).toEqual(['classify', 'handler', 'fold', 'tags', 'naming', 'references', 'render', 'report']);
    expect(TRANSLATE_PHASES).toEqual(['classify', 'fold', 'tags', 'naming', 'references', 'render', 'report']);
    expect(result.files['test.tf']).toContain('resource "aws_s3_bucket" "made"');
    expect(translate(inputs, { mappers: [logged] }).files).toEqual(result.files);
  });
});

describe('tags', () => {
  it('keeps a tag whose key is __proto__ or constructor (both valid AWS tag keys)', () => {
    const { files } = translate(toInputs([
      rec('CreateBucket', { bucketName: 'odd-tags' }),
      rec('PutBucketTagging', { bucketName: 'odd-tags', Tagging: { TagSet: { Tag: [{ Key: '__proto__', Value: 'a' }, { Key: 'constructor', Value: 'b' }] } } }),
    ]));
    expect(files['s3.tf']).toMatch(/__proto__ += "a"/);
    expect(files['s3.tf']).toMatch(/constructor += "b"/);
  });
});

describe('filters', () => {
  const records = [
    rec('CreateBucket', { bucketName: 'by-alice' }, { sessionCredentialFromConsole: 'true', userAgent: 'Mozilla/5.0', eventTime: '2026-11-20T09:00:00Z' }),
    rec('CreateBucket', { bucketName: 'by-bob' }, { userIdentity: { type: 'IAMUser', userName: 'bob', accessKeyId: 'AKIAXAMPLE' }, userAgent: 'aws-cli/2.15.0', eventTime: '2026-11-20T11:00:00Z' }),
  ];

  it('--user keeps one identity; the rest is reported as ignored with the reason', () => {
    const { report, resources } = translate(toInputs(records), { user: 'alice' });
    expect(resources.map((r) => r.id)).toEqual(['by-alice']);
    expect(report[1]).toMatchObject({ outcome: 'ignored', reason: 'not made by --user alice' });
  });

  it('--since/--until keep a time window', () => {
    const { resources } = translate(toInputs(records), { since: new Date('2026-11-20T10:00:00Z'), until: new Date('2026-11-20T12:00:00Z') });
    expect(resources.map((r) => r.id)).toEqual(['by-bob']);
  });

  it('--console-only keeps console-originated calls by score', () => {
    const { resources } = translate(toInputs(records), { consoleOnly: true });
    expect(resources.map((r) => r.id)).toEqual(['by-alice']);
  });
});

const isConsoleOriginated = (r: object) => consoleOriginated(r as CloudTrailRecord);
const consoleScore = (r: object) => scoreOf(r as CloudTrailRecord);

describe('console-origin score', () => {
  it('counts strong and weak evidence and penalises tools and services', () => {
    expect(isConsoleOriginated(rec('X', {}, { sessionCredentialFromConsole: 'true' }))).toBe(true);
    expect(isConsoleOriginated(rec('X', {}, { userAgent: 'signin.amazonaws.com' }))).toBe(true);
    expect(isConsoleOriginated(rec('X', {}, { userAgent: '[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12]' }))).toBe(true);
    // "AWS Internal" alone is what services acting on their own also show.
    expect(isConsoleOriginated(rec('X', {}, { userAgent: 'AWS Internal', userIdentity: { type: 'IAMUser', accessKeyId: 'AKIA1' } }))).toBe(false);
    expect(isConsoleOriginated(rec('X', {}, { userAgent: 'APN/1.0 HashiCorp/1.0 Terraform/1.9.0' }))).toBe(false);
    expect(consoleScore(rec('X', {}, { userIdentity: { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' } }))).toBeLessThan(0);
  });
});

describe('naming', () => {
  it('makes snake_case names that Terraform accepts', () => {
    expect(toSnakeCase('My Web-Server (prod)')).toBe('my_web_server_prod');
    expect(toSnakeCase('MyWebServer')).toBe('my_web_server');
    expect(toSnakeCase('10.0.0.0/16')).toBe('r_10_0_0_0_16');
    expect(toSnakeCase('Crème brûlée')).toBe('creme_brulee');
  });

  it('keeps names unique per type and stable from run to run', () => {
    const records = [
      rec('CreateBucket', { bucketName: 'logs' }),
      rec('CreateBucket', { bucketName: 'LOGS' }),
      rec('PutBucketTagging', { bucketName: 'LOGS', Tagging: { TagSet: { Tag: { Key: 'Name', Value: 'logs' } } } }),
    ];
    const first = translate(toInputs(records)).resources.map((r) => `${r.id}=${r.name}`).sort();
    const again = translate(toInputs([...records].reverse())).resources.map((r) => `${r.id}=${r.name}`).sort();
    expect(first).toEqual(['LOGS=logs_2', 'logs=logs']);
    expect(again).toEqual(first);
  });

  it('numbers resources of one name in order, stepping over a number another resource\'s own name took', () => {
    // In order of first event: logs, logs_3 (its own name), then four more named logs.
    const records = ['logs', 'logs-3', 'Logs', 'LOGS', 'logs.', 'logs!'].map((bucketName) => rec('CreateBucket', { bucketName }));
    const named = translate(toInputs(records)).resources.map((r) => `${r.id}=${r.name}`);
    expect(named).toEqual(['logs=logs', 'logs-3=logs_3', 'Logs=logs_2', 'LOGS=logs_4', 'logs.=logs_5', 'logs!=logs_6']);
  });
});
