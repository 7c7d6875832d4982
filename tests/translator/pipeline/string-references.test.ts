// The reference pass on strings, through resolveReferences with hand-made resources: templates inside
// policy documents, and the rules (never itself, never an import-only resource, never a cycle, never
// a sensitive value, object keys stay literal).

import { call, fromJson, list, object, str, type Expr } from '../../../translator/hcl/ast';
import { renderExpr } from '../../../translator/hcl/printer';
import type { Fields, ResourceState } from '../../../translator/model';
import { resolveReferences } from '../../../translator/pipeline/references';
import type { ResourceTypeSpec } from '../../../translator/services/mapper';

const ACCOUNT = '111122223333';

function resource(type: string, name: string, id: string, exports: Record<string, string>, fields: Fields = {}, region = 'us-east-1'): ResourceState {
  return {
    type,
    id,
    region,
    service: type.split('_')[1]!,
    importId: id,
    fields,
    exports,
    aliases: [],
    nameHint: name,
    created: true,
    origin: { eventID: `e-${name}`, eventTime: '2026-11-20T10:00:00Z', actor: 'ana' },
    ignoreChanges: [],
    notes: [],
    sessionChanges: [],
    complete: false,
    name,
  };
}

const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const topicArn = (name: string) => `arn:aws:sns:us-east-1:${ACCOUNT}:${name}`;

const bucket = (name: string) => resource('aws_s3_bucket', name.replace(/-/g, '_'), name, { id: name, arn: bucketArn(name) }, { bucket: str(name) });
const queue = (name: string, fields: Fields = {}) =>
  resource('aws_sqs_queue', name, `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`, { id: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`, arn: queueArn(name), name }, { name: str(name), ...fields });
const topic = (name: string, fields: Fields = {}) => resource('aws_sns_topic', name, topicArn(name), { arn: topicArn(name), id: topicArn(name), name }, { name: str(name), ...fields });
const policy = (document: unknown) => call('jsonencode', fromJson(document));

const specs = new Map<string, ResourceTypeSpec>([
  ['aws_s3_bucket_policy', { type: 'aws_s3_bucket_policy', required: [], references: { bucket: ['aws_s3_bucket'] }, events: [] }],
  ['aws_sns_topic_policy', { type: 'aws_sns_topic_policy', required: [], references: { arn: ['aws_sns_topic'] }, events: [] }],
  ['aws_sns_topic_subscription', { type: 'aws_sns_topic_subscription', required: [], references: { topic_arn: ['aws_sns_topic'] }, events: [] }],
]);

const printed = (r: ResourceState, field: string) => renderExpr(r.fields[field] as Expr, 0);

describe('references inside strings', () => {
  it('a bucket policy refers to its bucket: the whole ARN as a reference, a longer string as a template', () => {
    const logs = bucket('logs');
    const bucketPolicy = resource('aws_s3_bucket_policy', 'logs', 'logs', {}, {
      bucket: str('logs'),
      policy: policy({ Statement: [{ Resource: [bucketArn('logs'), `${bucketArn('logs')}/*`, `${bucketArn('logs')}/home/\${aws:username}/*`, `${bucketArn('logs')}-old/*`] }] }),
    });
    resolveReferences([logs, bucketPolicy], specs);
    expect(printed(bucketPolicy, 'bucket')).toBe('aws_s3_bucket.logs.id');
    const text = printed(bucketPolicy, 'policy');
    expect(text).toContain('aws_s3_bucket.logs.arn,');
    expect(text).toContain('"${aws_s3_bucket.logs.arn}/*"');
    expect(text).toContain('"${aws_s3_bucket.logs.arn}/home/$${aws:username}/*"');
    expect(text).toContain('"arn:aws:s3:::logs-old/*"');
  });

  it('a queue policy names the topic allowed to send (aws:SourceArn); condition keys stay literal', () => {
    const jobs = queue('jobs');
    const events = topic('events');
    const queuePolicy = resource('aws_sqs_queue_policy', 'jobs', jobs.id, {}, {
      policy: policy({ Statement: [{ Resource: queueArn('jobs'), Condition: { ArnEquals: { 'aws:SourceArn': topicArn('events') } } }] }),
    });
    resolveReferences([jobs, events, queuePolicy], specs);
    const text = printed(queuePolicy, 'policy');
    expect(text).toContain('Resource = aws_sqs_queue.jobs.arn');
    expect(text).toContain('"aws:SourceArn" = aws_sns_topic.events.arn');
  });

  it('reaches into lists, objects, function arguments and nested blocks', () => {
    const logs = bucket('logs');
    const other = resource('aws_thing', 'thing', 'thing', {}, {
      targets: list([str(`${bucketArn('logs')}/a`)]),
      map: object([['where', str(`${bucketArn('logs')}/b`)]]),
      destination: { kind: 'blocks', items: [{ bucket_arn: str(`${bucketArn('logs')}/c`) }] },
    });
    resolveReferences([logs, other], specs);
    expect(printed(other, 'targets')).toBe('["${aws_s3_bucket.logs.arn}/a"]');
    expect(printed(other, 'map')).toContain('where = "${aws_s3_bucket.logs.arn}/b"');
    const block = other.fields.destination;
    expect(block?.kind === 'blocks' && renderExpr(block.items[0]!.bucket_arn as Expr, 0)).toBe('"${aws_s3_bucket.logs.arn}/c"');
  });

  it('never refers a resource to itself: its own ARN in its own arguments stays literal', () => {
    const jobs = queue('jobs', { policy: policy({ Resource: queueArn('jobs'), Id: `${queueArn('jobs')}/SQSDefaultPolicy` }) });
    resolveReferences([jobs], specs);
    expect(printed(jobs, 'policy')).toContain(`Resource = "${queueArn('jobs')}"`);
    expect(printed(jobs, 'policy')).toContain(`"${queueArn('jobs')}/SQSDefaultPolicy"`);
    expect(printed(jobs, 'name')).toBe('"jobs"');
  });

  it('refers to a topic, not to the topic policy that shares its ARN as ID', () => {
    const alerts = topic('alerts');
    const topicPolicy = resource('aws_sns_topic_policy', 'alerts', topicArn('alerts'), { id: topicArn('alerts') }, {
      arn: str(topicArn('alerts')),
      policy: policy({ Resource: topicArn('alerts') }),
    });
    const queuePolicy = resource('aws_sqs_queue_policy', 'jobs', 'jobs', {}, { policy: policy({ 'aws:SourceArn': topicArn('alerts') }) });
    resolveReferences([alerts, topicPolicy, queuePolicy], specs);
    expect(printed(topicPolicy, 'arn')).toBe('aws_sns_topic.alerts.arn');
    expect(printed(topicPolicy, 'policy')).toContain('Resource = aws_sns_topic.alerts.arn');
    expect(printed(queuePolicy, 'policy')).toContain('aws_sns_topic.alerts.arn');
  });

  it('never refers to a resource that is not printed (import-only)', () => {
    const logs = bucket('logs');
    const user = resource('aws_thing', 'thing', 'thing', {}, { where: str(`${bucketArn('logs')}/x`) });
    resolveReferences([logs, user], specs, [user]);
    expect(printed(user, 'where')).toBe(`"${bucketArn('logs')}/x"`);
  });

  it('never closes a cycle: of two queues naming each other, only the first refers', () => {
    const a = queue('a', { policy: policy({ Resource: `${queueArn('b')}` }) });
    const b = queue('b', { policy: policy({ Resource: `${queueArn('a')}` }) });
    resolveReferences([a, b], specs);
    expect(printed(a, 'policy')).toContain('Resource = aws_sqs_queue.b.arn');
    expect(printed(b, 'policy')).toContain(`Resource = "${queueArn('a')}"`);
  });

  it('never closes a cycle through a declared reference or a longer chain', () => {
    const events = topic('events', { policy: policy({ Resource: `${topicArn('events')}:sub`, From: queueArn('jobs') }) });
    const subscription = resource('aws_sns_topic_subscription', 'sub', `${topicArn('events')}:sub`, { id: `${topicArn('events')}:sub`, arn: `${topicArn('events')}:sub` }, {
      topic_arn: str(topicArn('events')),
      endpoint: str(queueArn('jobs')),
    });
    const jobs = queue('jobs', { policy: policy({ 'aws:SourceArn': topicArn('events') }) });
    // subscription -> topic (declared), subscription -> queue, then queue -> topic; the topic may refer to neither.
    resolveReferences([subscription, jobs, events], specs);
    expect(printed(subscription, 'topic_arn')).toBe('aws_sns_topic.events.arn');
    expect(printed(subscription, 'endpoint')).toBe('aws_sqs_queue.jobs.arn');
    expect(printed(jobs, 'policy')).toContain('aws_sns_topic.events.arn');
    expect(printed(events, 'policy')).toContain(`Resource = "${topicArn('events')}:sub"`);
    expect(printed(events, 'policy')).toContain(`From     = "${queueArn('jobs')}"`);
  });

  it('leaves sensitive values and object keys as they are', () => {
    const logs = bucket('logs');
    const secret = { kind: 'sensitive' as const, description: `password for ${bucketArn('logs')}/x` };
    const user = resource('aws_thing', 'thing', 'thing', {}, { password: secret, map: object([[bucketArn('logs'), str('x')]]) });
    resolveReferences([logs, user], specs);
    expect(user.fields.password).toBe(secret);
    expect(printed(user, 'map')).toBe(`{\n  "${bucketArn('logs')}" = "x"\n}`);
  });

  it('allocates nothing for resources without identifiers in their strings', () => {
    const logs = bucket('logs');
    const fields: Fields = { tags: object([['Name', str('plain')]]), items: list([str('a')]) };
    const user = resource('aws_thing', 'thing', 'thing', {}, fields);
    resolveReferences([logs, user], specs);
    expect(user.fields).toBe(fields);
  });
});
