// Amazon Route 53 hosted zones and record sets (global: CloudTrail logs them in us-east-1).
// CloudTrail shape (REST/XML API as JSON): lowerCamel member names with the first letter lowered only
// (`tTL`, `vPC`, `vPCId`), record names with their trailing dot, zone ids in responses prefixed with
// `/hostedzone/`; deletes name the zone as `id`.
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, number, strings, text } from './values';
import { buildArn } from './arn';
import { mergeHandlers } from './mapper';
import { ROUTE53_IMPORT_ONLY } from './import-only-tables/route53';

const ZONE = 'aws_route53_zone';
const RECORD = 'aws_route53_record';
const HEALTH_CHECK = 'aws_route53_health_check';

/** `/hostedzone/Z1PA6795UKMFR9` → `Z1PA6795UKMFR9`, the form the provider imports. */
const cleanZoneId = (id: string) => id.replace(/^\/hostedzone\//, '');

/**
 * The provider stores names lower-case without the trailing dot (StateFunc on `name`, and the import
 * ID parser trims the dot), so the configuration and the import ID use that form.
 */
const cleanName = (name: string) => name.replace(/\.$/, '').toLowerCase();

const zoneArn = (event: MapperEvent, zoneId: string) => buildArn(event, 'route53', `hostedzone/${zoneId}`, 'none');

function vpcBlock(vpc: JsonValue | undefined): Fields | undefined {
  if (!isObject(vpc)) return undefined;
  const vpcId = optString(vpc, 'vPCId') ?? optString(vpc, 'VPCId');
  if (vpcId === undefined) return undefined;
  const region = optString(vpc, 'vPCRegion') ?? optString(vpc, 'VPCRegion');
  return fields({ vpc_id: text(vpcId), vpc_region: region === undefined ? undefined : text(region) });
}

function vpcIdsOf(value: Fields['vpc']): Fields[] {
  return value && value.kind === 'blocks' ? value.items : [];
}

function changeZone(event: MapperEvent, ctx: FoldContext, zoneId: string) {
  return ctx.change(ZONE, zoneId, { exports: { zone_id: zoneId, id: zoneId, arn: zoneArn(event, zoneId) } });
}

/** TXT and SPF values are quoted in Route 53 and unquoted in Terraform (the provider's expandTxtEntry). */
function recordValue(value: string, type: string): string {
  if ((type === 'TXT' || type === 'SPF') && value.length > 1 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1);
  return value;
}

function recordFields(zoneId: string, set: JsonValue): Fields {
  const name = cleanName(reqString(set, 'name'));
  const type = reqString(set, 'type');
  const out: Fields = { zone_id: text(zoneId), name: text(name), type: text(type) };
  const setId = optString(set, 'setIdentifier');
  if (setId !== undefined) out.set_identifier = text(setId);
  const alias = at(set, 'aliasTarget');
  if (isObject(alias)) {
    out.alias = blocks({
      name: text(cleanName(reqString(alias, 'dNSName'))),
      zone_id: text(reqString(alias, 'hostedZoneId')),
      evaluate_target_health: flag(optBool(alias, 'evaluateTargetHealth') ?? false),
    });
  } else {
    const ttl = optNumber(set, 'tTL') ?? optNumber(set, 'TTL');
    if (ttl !== undefined) out.ttl = number(ttl);
    out.records = strings(listAt(set, 'resourceRecords').map((r) => recordValue(reqString(r, 'value'), type)));
  }
  const healthCheck = optString(set, 'healthCheckId');
  if (healthCheck !== undefined) out.health_check_id = text(healthCheck);
  const weight = optNumber(set, 'weight');
  if (weight !== undefined) out.weighted_routing_policy = blocks({ weight: number(weight) });
  const region = optString(set, 'region');
  if (region !== undefined) out.latency_routing_policy = blocks({ region: text(region) });
  const failover = optString(set, 'failover');
  if (failover !== undefined) out.failover_routing_policy = blocks({ type: text(failover) });
  const geo = at(set, 'geoLocation');
  if (isObject(geo)) {
    out.geolocation_routing_policy = blocks(
      fields({
        continent: optString(geo, 'continentCode') === undefined ? undefined : text(optString(geo, 'continentCode')!),
        country: optString(geo, 'countryCode') === undefined ? undefined : text(optString(geo, 'countryCode')!),
        subdivision: optString(geo, 'subdivisionCode') === undefined ? undefined : text(optString(geo, 'subdivisionCode')!),
      }),
    );
  }
  const multivalue = optBool(set, 'multiValueAnswer');
  if (multivalue !== undefined) out.multivalue_answer_routing_policy = flag(multivalue);
  return out;
}

/** `ZONEID_name_TYPE[_SETID]`, the name lower-case without its trailing dot (record.go recordImportID). */
function recordId(zoneId: string, set: JsonValue): string {
  const parts = [zoneId, cleanName(reqString(set, 'name')), reqString(set, 'type')];
  const setId = optString(set, 'setIdentifier');
  if (setId !== undefined) parts.push(setId);
  return parts.join('_');
}

function recordNameHint(set: JsonValue): string {
  return [cleanName(reqString(set, 'name')), reqString(set, 'type'), optString(set, 'setIdentifier')].filter((p) => p !== undefined).join(' ');
}

/**
 * A health check from the HealthCheckConfig Route 53 stored (the response's, with defaults such as
 * requestInterval and failureThreshold filled in, else the request's). `reference_name` is left out: it
 * only prefixes the caller reference and the provider never reads it back (health_check.go).
 */
function healthCheckFields(config: JsonValue): Fields {
  const str = (key: string) => optString(config, key);
  const num = (key: string) => optNumber(config, key);
  const bool = (key: string) => optBool(config, key);
  const alarm = at(config, 'alarmIdentifier');
  const regions = stringList(config, 'regions');
  const children = stringList(config, 'childHealthChecks');
  return fields({
    type: text(reqString(config, 'type')),
    ip_address: str('iPAddress') === undefined ? undefined : text(str('iPAddress')!),
    port: num('port') === undefined ? undefined : number(num('port')!),
    fqdn: str('fullyQualifiedDomainName') === undefined ? undefined : text(str('fullyQualifiedDomainName')!),
    resource_path: str('resourcePath') === undefined ? undefined : text(str('resourcePath')!),
    search_string: str('searchString') === undefined ? undefined : text(str('searchString')!),
    request_interval: num('requestInterval') === undefined ? undefined : number(num('requestInterval')!),
    failure_threshold: num('failureThreshold') === undefined ? undefined : number(num('failureThreshold')!),
    measure_latency: bool('measureLatency') === true ? flag(true) : undefined,
    invert_healthcheck: bool('inverted') === true ? flag(true) : undefined,
    disabled: bool('disabled') === true ? flag(true) : undefined,
    enable_sni: bool('enableSNI') === undefined ? undefined : flag(bool('enableSNI')!),
    regions: regions.length > 0 ? strings(regions) : undefined,
    child_health_threshold: num('healthThreshold') === undefined ? undefined : number(num('healthThreshold')!),
    child_healthchecks: children.length > 0 ? strings(children) : undefined,
    cloudwatch_alarm_name: optString(alarm, 'name') === undefined ? undefined : text(optString(alarm, 'name')!),
    cloudwatch_alarm_region: optString(alarm, 'region') === undefined ? undefined : text(optString(alarm, 'region')!),
    insufficient_data_health_status: str('insufficientDataHealthStatus') === undefined ? undefined : text(str('insufficientDataHealthStatus')!),
    routing_control_arn: str('routingControlArn') === undefined ? undefined : text(str('routingControlArn')!),
  });
}

export const route53: ServiceMapper = {
  service: 'route53',
  eventSource: 'route53.amazonaws.com',
  resources: [
    {
      type: ZONE,
      required: ['name'],
      global: true,
      references: { 'vpc.vpc_id': ['aws_vpc'] },
      events: ['CreateHostedZone', 'UpdateHostedZoneComment', 'AssociateVPCWithHostedZone', 'DisassociateVPCFromHostedZone', 'ChangeTagsForResource', 'DeleteHostedZone'],
    },
    {
      type: RECORD,
      required: ['name', 'type', 'zone_id'],
      global: true,
      references: {
        zone_id: [ZONE],
        'alias.zone_id': [ZONE],
        'alias.name': ['aws_cloudfront_distribution'],
        health_check_id: [HEALTH_CHECK],
      },
      events: ['ChangeResourceRecordSets'],
    },
    {
      type: HEALTH_CHECK,
      required: ['type'],
      global: true,
      references: { child_healthchecks: [HEALTH_CHECK] },
      events: ['CreateHealthCheck', 'UpdateHealthCheck', 'DeleteHealthCheck', 'ChangeTagsForResource'],
    },
    ...ROUTE53_IMPORT_ONLY.resources,
  ],
  events: mergeHandlers(ROUTE53_IMPORT_ONLY.events, {
    CreateHostedZone(event, ctx) {
      const zoneId = cleanZoneId(reqString(event.response, 'hostedZone.id'));
      const name = cleanName(reqString(event.request, 'name'));
      const vpc = vpcBlock(at(event.request, 'vPC') ?? at(event.request, 'VPC'));
      const delegationSet = optString(event.request, 'delegationSetId');
      ctx.create(ZONE, zoneId, {
        nameHint: name,
        fields: fields({
          name: text(name),
          // The provider's default comment is "Managed by Terraform"; a zone made without one reads back as "".
          comment: text(optString(event.request, 'hostedZoneConfig.comment') ?? ''),
          delegation_set_id: delegationSet === undefined ? undefined : text(delegationSet.replace(/^\/delegationset\//, '')),
          vpc: vpc ? blocks(vpc) : undefined,
        }),
        exports: { zone_id: zoneId, id: zoneId, arn: zoneArn(event, zoneId), name },
      });
    },
    UpdateHostedZoneComment(event, ctx) {
      const zone = changeZone(event, ctx, cleanZoneId(reqString(event.request, 'id')));
      zone.fields.comment = text(optString(event.request, 'comment') ?? '');
    },
    AssociateVPCWithHostedZone(event, ctx) {
      const vpc = vpcBlock(at(event.request, 'vPC') ?? at(event.request, 'VPC'));
      if (!vpc) throw new MalformedRecordError('missing vPC.vPCId');
      const zone = changeZone(event, ctx, cleanZoneId(reqString(event.request, 'hostedZoneId')));
      zone.fields.vpc = blocks(...vpcIdsOf(zone.fields.vpc), vpc);
    },
    DisassociateVPCFromHostedZone(event, ctx) {
      const vpc = vpcBlock(at(event.request, 'vPC') ?? at(event.request, 'VPC'));
      if (!vpc) throw new MalformedRecordError('missing vPC.vPCId');
      const gone = vpc.vpc_id;
      const zone = changeZone(event, ctx, cleanZoneId(reqString(event.request, 'hostedZoneId')));
      const kept = vpcIdsOf(zone.fields.vpc).filter((b) => JSON.stringify(b.vpc_id) !== JSON.stringify(gone));
      if (kept.length > 0) zone.fields.vpc = blocks(...kept);
      else delete zone.fields.vpc;
    },
    CreateHealthCheck(event, ctx) {
      const id = reqString(event.response, 'healthCheck.id');
      const config = at(event.response, 'healthCheck.healthCheckConfig') ?? at(event.request, 'healthCheckConfig');
      const hint = optString(config, 'fullyQualifiedDomainName') ?? optString(config, 'iPAddress') ?? id;
      ctx.create(HEALTH_CHECK, id, { nameHint: `${hint} ${optString(config, 'type') ?? ''}`.trim(), fields: healthCheckFields(config ?? null), exports: { id } });
    },
    UpdateHealthCheck(event, ctx) {
      const id = reqString(event.request, 'healthCheckId');
      const draft = ctx.change(HEALTH_CHECK, id, { exports: { id } });
      // The response carries the whole updated configuration; without it nothing reliable is known.
      const config = at(event.response, 'healthCheck.healthCheckConfig');
      if (isObject(config)) {
        const tags = draft.fields.tags;
        draft.fields = { ...healthCheckFields(config), ...(tags ? { tags } : {}) };
      }
    },
    DeleteHealthCheck(event, ctx) {
      ctx.remove(HEALTH_CHECK, reqString(event.request, 'healthCheckId'));
    },
    ChangeTagsForResource(event, ctx) {
      const type = reqString(event.request, 'resourceType');
      const resourceId = reqString(event.request, 'resourceId');
      const target =
        type === 'healthcheck'
          ? ctx.change(HEALTH_CHECK, resourceId, { exports: { id: resourceId } })
          : changeZone(event, ctx, cleanZoneId(resourceId));
      const remove = listAt(event.request, 'removeTagKeys').map((k, i) => {
        if (typeof k !== 'string') throw new MalformedRecordError(`removeTagKeys[${i}] should be a string`);
        return k;
      });
      applyTags(target, readTags(at(event.request, 'addTags')), remove);
    },
    DeleteHostedZone(event, ctx) {
      const zoneId = cleanZoneId(reqString(event.request, 'id'));
      // Route 53 refuses to delete a zone that still has records other than its own NS and SOA.
      for (const record of ctx.allWithIdPrefix(RECORD, `${zoneId}_`)) ctx.remove(RECORD, record.id);
      ctx.remove(ZONE, zoneId);
    },
    ChangeResourceRecordSets(event, ctx) {
      const zoneId = cleanZoneId(reqString(event.request, 'hostedZoneId'));
      const changes = listAt(event.request, 'changeBatch.changes');
      if (changes.length === 0) throw new MalformedRecordError('missing changeBatch.changes');
      for (const change of changes) {
        const action = reqString(change, 'action');
        const set = at(change, 'resourceRecordSet');
        if (!isObject(set)) throw new MalformedRecordError('a change has no resourceRecordSet');
        const id = recordId(zoneId, set);
        if (action === 'DELETE') {
          ctx.remove(RECORD, id);
          continue;
        }
        const init = { importId: id, nameHint: recordNameHint(set), fields: recordFields(zoneId, set), exports: { id } };
        if (action === 'CREATE') ctx.create(RECORD, id, init);
        else if (action === 'UPSERT') ctx.put(RECORD, id, init);
        else throw new MalformedRecordError(`unknown change action ${action}`);
      }
    },
  }),
};
