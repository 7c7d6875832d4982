// A type's identity declared once in its spec: the ARN built from the template in every partition, an
// ARN or ID recognized as the type's, the defaults the fold gives what a handler leaves out, and the
// generic tagging handlers that find (or adopt) the tagged resource through it.

import { translate, toInputs } from '../../../translator/index';
import { arnOf, identifierOf, identityDefaults, typeNamedBy } from '../../../translator/services/identity';
import { mergeHandlers, type ResourceTypeSpec, type ServiceMapper } from '../../../translator/services/mapper';
import { reqString } from '../../../translator/services/read';
import { ADD_TAGS, taggingHandlers } from '../../../translator/services/tagging';
import { text } from '../../../translator/services/values';

const WIDGET = 'aws_sqs_queue';
const GADGET = 'aws_sns_topic';
const widget: ResourceTypeSpec = {
  type: WIDGET,
  identity: { arn: 'arn:{partition}:widgets:{region}:{account}:widget/{id}', field: 'name', exports: ['name', 'arn', 'id'], arnAlias: true, importId: (id) => `w/${id}`, nameHint: (id) => `widget ${id}` },
  required: [],
  events: ['CreateWidget', 'TagResource', 'UntagResource', 'AddTags', 'RemoveTags'],
};
const gadget: ResourceTypeSpec = { type: GADGET, identity: { idPrefix: 'gdg-', exports: ['id'] }, required: [], events: ['TagResource', 'UntagResource'] };
const at = { region: 'us-east-1', accountId: '123456789012' };

describe('identity', () => {
  it('builds the ARN from the template in the partition of the Region', () => {
    expect(arnOf(widget.identity, 'w1', at)).toBe('arn:aws:widgets:us-east-1:123456789012:widget/w1');
    expect(arnOf(widget.identity, 'w1', { region: 'cn-north-1', accountId: '1' })).toBe('arn:aws-cn:widgets:cn-north-1:1:widget/w1');
    expect(arnOf(widget.identity, 'w1', { region: 'us-gov-west-1', accountId: '1' })).toBe('arn:aws-us-gov:widgets:us-gov-west-1:1:widget/w1');
    // A template with segments the identifier does not give cannot be built; keyed by ARN, the id is the ARN.
    expect(arnOf({ arn: 'arn:{partition}:x:{region}:{account}:layer:{name}:{version}' }, 'n', at)).toBeUndefined();
    expect(arnOf({ arn: 'arn:{partition}:x:{region}:{account}:lb/{name}', keyedByArn: true }, 'arn:aws:x:r:1:lb/a', at)).toBe('arn:aws:x:r:1:lb/a');
    expect(arnOf(undefined, 'w1', at)).toBeUndefined();
    // A composite identifier gives the other segments, so its ARN is built too.
    const child = { arn: 'arn:{partition}:x:{region}:{account}:parent/{parent}/child/{name}', segments: (id: string) => ({ parent: id.split(':')[0]!, name: id.split(':')[1]! }) };
    expect(arnOf(child, 'p1:c1', { region: 'cn-north-1', accountId: '1' })).toBe('arn:aws-cn:x:cn-north-1:1:parent/p1/child/c1');
  });

  it('recognizes an ARN of the declared shape in any partition, and IDs by their prefix', () => {
    expect(identifierOf(widget.identity, 'arn:aws-us-gov:widgets:us-gov-west-1:123456789012:widget/w1')).toBe('w1');
    expect(identifierOf(widget.identity, 'arn:aws:widgets:us-east-1:123456789012:gizmo/w1')).toBeUndefined();
    expect(identifierOf(widget.identity, 'arn:aws:other:us-east-1:123456789012:widget/w1')).toBeUndefined();
    expect(identifierOf(widget.identity, 'arn:aws:widgets:us-east-1:123456789012:widget/w1:extra')).toBeUndefined();
    expect(identifierOf(gadget.identity, 'gdg-0abc')).toBe('gdg-0abc');
    expect(identifierOf(gadget.identity, 'vpc-0abc')).toBeUndefined();
    const lb = { arn: 'arn:{partition}:elasticloadbalancing:{region}:{account}:loadbalancer/{kind}/{name}/{hash}', keyedByArn: true };
    const arn = 'arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188';
    expect(identifierOf(lb, arn)).toBe(arn);
    expect(identifierOf(lb, arn.replace('loadbalancer/', 'targetgroup/'))).toBeUndefined();
    expect(typeNamedBy([gadget, widget], 'arn:aws:widgets:eu-west-1:123456789012:widget/w9')).toEqual({ type: WIDGET, id: 'w9' });
    expect(typeNamedBy([gadget, widget], 'i-0abc')).toBeUndefined();
  });

  it('gives the import ID, name hint, exports in their declared order, ARN alias and identifier field', () => {
    const defaults = identityDefaults(widget, 'w1', { region: 'cn-north-1', accountId: '1' });
    expect(defaults.importId).toBe('w/w1');
    expect(defaults.nameHint).toBe('widget w1');
    expect(Object.entries(defaults.exports)).toEqual([['name', 'w1'], ['arn', 'arn:aws-cn:widgets:cn-north-1:1:widget/w1'], ['id', 'w1']]);
    expect(defaults.aliases).toEqual(['arn:aws-cn:widgets:cn-north-1:1:widget/w1']);
    expect(defaults.fields).toEqual({ name: text('w1') });
    // Without a declared identity nothing changes: the identifier is import ID and name, no exports.
    expect(identityDefaults({}, 'x', at)).toEqual({ importId: 'x', nameHint: 'x', exports: {}, aliases: [], fields: {} });
  });
});

describe('spec-declared identity in the fold and the generic tagging handlers', () => {
  const resources = [gadget, widget];
  const widgets: ServiceMapper = {
    service: 'widgets',
    eventSource: 'widgets.amazonaws.com',
    resources,
    events: mergeHandlers(taggingHandlers(resources, ADD_TAGS), taggingHandlers(resources), {
      CreateWidget(event, ctx) {
        const name = reqString(event.request, 'name');
        ctx.create(WIDGET, name, { fields: { name: text(name) } });
      },
    }),
  };
  let n = 0;
  const record = (eventName: string, requestParameters: object, awsRegion = 'cn-north-1') => ({
    eventVersion: '1.08',
    eventID: `e${++n}`,
    eventTime: `2026-11-30T09:00:${String(n).padStart(2, '0')}Z`,
    eventSource: 'widgets.amazonaws.com',
    eventName,
    awsRegion,
    recipientAccountId: '123456789012',
    userIdentity: { type: 'IAMUser', userName: 'alice', accountId: '123456789012' },
    requestParameters,
    responseElements: null,
  });
  const arn = (id: string) => `arn:aws-cn:widgets:cn-north-1:123456789012:widget/${id}`;
  const run = (records: object[]) => translate(toInputs(records), { mappers: [widgets] });

  it('fills what create leaves out from the declared identity', () => {
    const { resources: made } = run([record('CreateWidget', { name: 'w1' })]);
    expect(made[0]).toMatchObject({ importId: 'w/w1', nameHint: 'widget w1', exports: { name: 'w1', arn: arn('w1'), id: 'w1' }, aliases: [arn('w1')] });
  });

  it('tags a resource of the session found by its ARN, and removes the keys an untag names', () => {
    const { resources: made, report } = run([
      record('CreateWidget', { name: 'w1' }),
      record('TagResource', { resourceArn: arn('w1'), tags: { team: 'a', env: 'prod' } }),
      record('UntagResource', { resourceArn: arn('w1'), tagKeys: ['env'] }),
    ]);
    expect(report.map((e) => e.outcome)).toEqual(['created', 'updated', 'updated']);
    expect(made[0]!.fields.tags).toEqual({ kind: 'object', entries: [['team', text('a')]] });
  });

  it('adopts a resource from before the session import-only, with the identity its type declares', () => {
    const { resources: made, report, files } = run([record('AddTags', { resourceArns: [arn('old'), 'gdg-0abc'], tags: [{ key: 'k', value: 'v' }] })]);
    expect(report[0]!.outcome).toBe('import-only');
    expect(made.map((r) => [r.type, r.id, r.importId, r.created])).toEqual([[WIDGET, 'old', 'w/old', false], [GADGET, 'gdg-0abc', 'gdg-0abc', false]]);
    expect(made[0]!.fields.name).toEqual(text('old'));
    expect(Object.values(files).join('\n')).toContain('id = "w/old"');
  });

  it('reports a tagged ARN no declared type fits, naming it, and changes nothing', () => {
    const other = 'arn:aws-cn:widgets:cn-north-1:123456789012:gizmo/g1';
    const { resources: made, report } = run([record('TagResource', { resourceArn: other, tags: { a: 'b' } })]);
    expect(report[0]).toMatchObject({ outcome: 'ignored', reason: `TagResource: ${other} is not a resource Trailform maps` });
    expect(made).toEqual([]);
  });

  it('reports a tagging call without the resource as invalid', () => {
    const { report } = run([record('TagResource', { tags: { a: 'b' } })]);
    expect(report[0]!.outcome).toBe('invalid');
    expect(report[0]!.reason).toContain('resourceArn');
  });
});
