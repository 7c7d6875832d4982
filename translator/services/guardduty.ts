// Amazon GuardDuty detectors, filters, IP sets, threat intel sets and findings publishing destinations. CloudTrail shape (REST-JSON): the API
// members with a lower-case first letter (`detectorId`, `enable`, `findingPublishingFrequency`, `dataSources`,
// `findingCriteria: {criterion: {FIELD: {eq, neq, gt, gte, lt, lte, equals, notEquals, greaterThan, …}}}`);
// tags are a map. Detector children import as `DETECTOR-ID:CHILD-ID` (the filter's child ID is its name).
// https://docs.aws.amazon.com/guardduty/latest/ug/logging-using-cloudtrail.html
// API members: https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html, API_CreateFilter.html,
// API_CreateIPSet.html, API_CreateThreatIntelSet.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper, TypeIdentity } from './mapper';
import { mergeHandlers } from './mapper';
import { at, isObject, listOf, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, flagAt, number, strings, tagsField, text, textAt } from './values';

const DETECTOR = 'aws_guardduty_detector';
const FILTER = 'aws_guardduty_filter';
const IPSET = 'aws_guardduty_ipset';
const THREAT_INTEL_SET = 'aws_guardduty_threatintelset';
const PUBLISHING_DESTINATION = 'aws_guardduty_publishing_destination';

const ARN = 'arn:{partition}:guardduty:{region}:{account}';

/** A detector: `detector/ID` (one segment, so a child's ARN is not a detector's). */
const DETECTOR_IDENTITY: TypeIdentity = { arn: `${ARN}:detector/{detector}`, idFromArn: (s) => s.detector!, segments: (id) => ({ detector: id }), exports: ['id', 'arn'] };

/** A detector's filters and lists: `detector/DETECTOR/KIND/CHILD`, keyed (and imported) `DETECTOR:CHILD`. */
const child = (kind: string): TypeIdentity => ({
  arn: `${ARN}:detector/{detector}/${kind}/{child}`,
  idFromArn: (s) => `${s.detector!}:${s.child!}`,
  segments: (id) => ({ detector: id.slice(0, id.indexOf(':')), child: id.slice(id.indexOf(':') + 1) }),
  nameHint: (id) => id.slice(id.indexOf(':') + 1),
  exports: ['id', 'arn'],
});

/** One detector per account and Region: named after the Region, not its opaque ID. */
const detectorName = (event: MapperEvent) => `detector-${event.region}`;

function changeDetector(event: MapperEvent, ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(DETECTOR, id, { nameHint: detectorName(event) });
}

/**
 * `dataSources: {s3Logs: {enable}, kubernetes: {auditLogs: {enable}}, malwareProtection: {scanEc2InstanceWithFindings:
 * {ebsVolumes}}}` as the provider's datasources block (optional and computed: what a record leaves out stays as read).
 */
function dataSources(source: JsonValue | undefined) {
  const d = at(source, 'dataSources');
  if (!isObject(d)) return undefined;
  const s3 = optBool(d, 's3Logs.enable');
  const audit = optBool(d, 'kubernetes.auditLogs.enable');
  const ebs = optBool(d, 'malwareProtection.scanEc2InstanceWithFindings.ebsVolumes');
  const out = fields({
    s3_logs: s3 === undefined ? undefined : blocks({ enable: flag(s3) }),
    kubernetes: audit === undefined ? undefined : blocks({ audit_logs: blocks({ enable: flag(audit) }) }),
    malware_protection: ebs === undefined ? undefined : blocks({ scan_ec2_instance_with_findings: blocks({ ebs_volumes: blocks({ enable: flag(ebs) }) }) }),
  });
  return Object.keys(out).length > 0 ? blocks(out) : undefined;
}

/** Detector settings a create or update names; `features` are aws_guardduty_detector_feature resources, noted. */
function detectorFields(event: MapperEvent, draft: ResourceDraft): void {
  const enable = optBool(event.request, 'enable');
  // true is the provider's default.
  if (enable === true && draft.created) delete draft.fields.enable;
  else if (enable !== undefined) draft.fields.enable = flag(enable);
  const frequency = textAt(event.request, 'findingPublishingFrequency');
  if (frequency) draft.fields.finding_publishing_frequency = frequency;
  const sources = dataSources(event.request);
  if (sources) draft.fields.datasources = sources;
  const features = listOf(at(event.request, 'features'))
    .map((f) => (isObject(f) ? `${optString(f, 'name') ?? '?'}=${optString(f, 'status') ?? '?'}` : ''))
    .filter((f) => f !== '');
  if (features.length > 0) {
    draft.note(`Detector features set (${features.join(', ')}) are aws_guardduty_detector_feature resources, which Trailform does not map: import them with ID DETECTOR-ID,FEATURE-NAME`);
  }
}

/** API condition member → provider criterion argument; the deprecated short forms map to the same ones. */
const CONDITIONS: Readonly<Record<string, string>> = {
  eq: 'equals',
  equals: 'equals',
  neq: 'not_equals',
  notEquals: 'not_equals',
  gt: 'greater_than',
  greaterThan: 'greater_than',
  gte: 'greater_than_or_equal',
  greaterThanOrEqual: 'greater_than_or_equal',
  lt: 'less_than',
  lessThan: 'less_than',
  lte: 'less_than_or_equal',
  lessThanOrEqual: 'less_than_or_equal',
};
const LIST_CONDITIONS = new Set(['equals', 'not_equals']);

/** `findingCriteria.criterion` (a map by field) as finding_criteria { criterion {...} } blocks. */
function findingCriteria(source: JsonValue | undefined) {
  const criterion = at(source, 'findingCriteria.criterion');
  if (!isObject(criterion) || Object.keys(criterion).length === 0) return undefined;
  const items = Object.entries(criterion).map(([field, condition]): Fields => {
    if (!isObject(condition)) throw new MalformedRecordError(`findingCriteria.criterion.${field} should be an object`);
    const out: Fields = { field: text(field) };
    for (const [member, value] of Object.entries(condition)) {
      const argument = CONDITIONS[member];
      if (argument === undefined) throw new MalformedRecordError(`findingCriteria.criterion.${field} has an unknown condition ${member}`);
      if (LIST_CONDITIONS.has(argument)) {
        const values = listOf(value).map(String);
        if (values.length > 0) out[argument] = strings(values);
      } else if (value !== null && value !== undefined) {
        // The provider holds bounds as strings (a number, or an RFC 3339 time for date fields).
        out[argument] = text(String(value));
      }
    }
    return out;
  });
  return blocks({ criterion: blocks(...items) });
}

function filterFields(event: MapperEvent): Fields {
  const r = event.request;
  const rank = optNumber(r, 'rank');
  return fields({
    description: textAt(r, 'description'),
    action: textAt(r, 'action'),
    rank: rank === undefined ? undefined : number(rank),
    finding_criteria: findingCriteria(r),
  });
}

/** IP sets and threat intel sets share their shape; only the ID member's name differs. */
function listTypeHandlers(type: string, what: string, idMember: string) {
  const importId = (detector: string, id: string) => `${detector}:${id}`;
  const change = (event: MapperEvent, ctx: FoldContext) => {
    const detector = reqString(event.request, 'detectorId');
    const id = reqString(event.request, idMember);
    return ctx.change(type, importId(detector, id), { nameHint: id, exports: { id: importId(detector, id) } });
  };
  return {
    [`Create${what}`](event: MapperEvent, ctx: FoldContext) {
      const r = event.request;
      const detector = reqString(r, 'detectorId');
      const id = reqString(event.response, idMember);
      const name = reqString(r, 'name');
      ctx.create(type, importId(detector, id), {
        nameHint: name,
        fields: fields({
          detector_id: text(detector),
          name: text(name),
          format: text(reqString(r, 'format')),
          location: text(reqString(r, 'location')),
          activate: flag(optBool(r, 'activate') ?? false),
          tags: tagsField(readTags(at(r, 'tags'))),
        }),
      });
    },
    [`Update${what}`](event: MapperEvent, ctx: FoldContext) {
      const draft = change(event, ctx);
      Object.assign(draft.fields, fields({ name: textAt(event.request, 'name'), location: textAt(event.request, 'location'), activate: flagAt(event.request, 'activate') }));
    },
    [`Delete${what}`](event: MapperEvent, ctx: FoldContext) {
      ctx.remove(type, importId(reqString(event.request, 'detectorId'), reqString(event.request, idMember)));
    },
  };
}

/** TagResource names a detector, filter, IP set or threat intel set by ARN (`…:detector/ID[/KIND/CHILD]`). */
const TAGGING: TaggingOptions = {
  adopt: { [DETECTOR]: (id, event, ctx) => changeDetector(event, ctx, id) },
  unmapped: (arn) => `tags ${arn}, which is not a GuardDuty detector or one of its lists and filters`,
};

export const guardduty: ServiceMapper = {
  service: 'guardduty',
  eventSource: 'guardduty.amazonaws.com',
  resources: [
    { type: DETECTOR, identity: DETECTOR_IDENTITY, required: [], events: ['CreateDetector', 'UpdateDetector', 'TagResource', 'UntagResource', 'DeleteDetector'] },
    {
      type: FILTER,
      identity: child('filter'),
      required: ['action', 'detector_id', 'finding_criteria', 'name', 'rank'],
      references: { detector_id: [DETECTOR] },
      events: ['CreateFilter', 'UpdateFilter', 'TagResource', 'UntagResource', 'DeleteFilter', 'DeleteDetector'],
    },
    {
      type: IPSET,
      identity: child('ipset'),
      required: ['activate', 'detector_id', 'format', 'location', 'name'],
      references: { detector_id: [DETECTOR] },
      events: ['CreateIPSet', 'UpdateIPSet', 'TagResource', 'UntagResource', 'DeleteIPSet', 'DeleteDetector'],
    },
    {
      type: THREAT_INTEL_SET,
      identity: child('threatintelset'),
      required: ['activate', 'detector_id', 'format', 'location', 'name'],
      references: { detector_id: [DETECTOR] },
      events: ['CreateThreatIntelSet', 'UpdateThreatIntelSet', 'TagResource', 'UntagResource', 'DeleteThreatIntelSet', 'DeleteDetector'],
    },
    {
      type: PUBLISHING_DESTINATION,
      required: ['destination_arn', 'detector_id', 'kms_key_arn'],
      references: { detector_id: [DETECTOR], destination_arn: ['aws_s3_bucket'], kms_key_arn: ['aws_kms_key'] },
      events: ['CreatePublishingDestination', 'UpdatePublishingDestination', 'DeletePublishingDestination', 'DeleteDetector'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => guardduty.resources, TAG_RESOURCE, TAGGING), listTypeHandlers(IPSET, 'IPSet', 'ipSetId'), listTypeHandlers(THREAT_INTEL_SET, 'ThreatIntelSet', 'threatIntelSetId'), {
    CreateDetector(event, ctx) {
      const id = reqString(event.response, 'detectorId');
      const draft = ctx.create(DETECTOR, id, { nameHint: detectorName(event), fields: fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) });
      detectorFields(event, draft);
    },
    UpdateDetector(event, ctx) {
      detectorFields(event, changeDetector(event, ctx, reqString(event.request, 'detectorId')));
    },
    DeleteDetector(event, ctx) {
      const id = reqString(event.request, 'detectorId');
      // A detector's filters and lists go with it.
      for (const type of [FILTER, IPSET, THREAT_INTEL_SET, PUBLISHING_DESTINATION]) for (const child of ctx.allWithIdPrefix(type, `${id}:`)) ctx.remove(type, child.id);
      ctx.remove(DETECTOR, id);
    },
    CreateFilter(event, ctx) {
      const detector = reqString(event.request, 'detectorId');
      const name = reqString(event.request, 'name');
      const id = `${detector}:${name}`;
      const draft = ctx.create(FILTER, id, {
        fields: { detector_id: text(detector), name: text(name), ...filterFields(event), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) },
      });
      // NOOP is the API's default action; rank defaults to the filter's position, which only the account knows.
      if (!draft.fields.action) draft.fields.action = text('NOOP');
      if (!draft.fields.finding_criteria) throw new MalformedRecordError('missing findingCriteria.criterion');
      if (!draft.fields.rank) draft.configFromAccount('the record gives no rank, which GuardDuty assigns from the filter\'s position');
    },
    UpdateFilter(event, ctx) {
      const detector = reqString(event.request, 'detectorId');
      const name = reqString(event.request, 'filterName');
      const id = `${detector}:${name}`;
      const draft = ctx.change(FILTER, id, { nameHint: name, exports: { id } });
      Object.assign(draft.fields, filterFields(event));
    },
    CreatePublishingDestination(event, ctx) {
      const r = event.request;
      const detector = reqString(r, 'detectorId');
      const id = `${detector}:${reqString(event.response, 'destinationId')}`;
      const type = optString(r, 'destinationType');
      ctx.create(PUBLISHING_DESTINATION, id, {
        nameHint: `findings-${type?.toLowerCase() ?? 's3'}`,
        exports: { id },
        fields: fields({
          detector_id: text(detector),
          // S3 is the only type and the provider's default.
          destination_type: type === undefined || type === 'S3' ? undefined : text(type),
          destination_arn: text(reqString(r, 'destinationProperties.destinationArn')),
          kms_key_arn: text(reqString(r, 'destinationProperties.kmsKeyArn')),
        }),
      });
    },
    UpdatePublishingDestination(event, ctx) {
      const id = `${reqString(event.request, 'detectorId')}:${reqString(event.request, 'destinationId')}`;
      const draft = ctx.change(PUBLISHING_DESTINATION, id, { exports: { id } });
      Object.assign(draft.fields, fields({ destination_arn: textAt(event.request, 'destinationProperties.destinationArn'), kms_key_arn: textAt(event.request, 'destinationProperties.kmsKeyArn') }));
    },
    DeletePublishingDestination(event, ctx) {
      ctx.remove(PUBLISHING_DESTINATION, `${reqString(event.request, 'detectorId')}:${reqString(event.request, 'destinationId')}`);
    },
    DeleteFilter(event, ctx) {
      ctx.remove(FILTER, `${reqString(event.request, 'detectorId')}:${reqString(event.request, 'filterName')}`);
    },
  }),
};
