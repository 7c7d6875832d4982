// Amazon CloudWatch (eventSource monitoring.amazonaws.com). Query protocol: request members in lowerCamel
// (`alarmName`, `metrics[].metricStat.metric.dimensions[].name`), responseElements null for these calls.
// Event and field names: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html
// API members: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
//
// aws_cloudwatch_metric_alarm is mapped in full; the other types by their import block only (Terraform writes
// their configuration, `terraform plan -generate-config-out`). Every type imports by its name.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, mergeHandlers } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { currentTags, tagResourceHandlers } from './tags';
import { blocks, fields, flag, number, numberAt, stringMap, strings, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const METRIC_ALARM = 'aws_cloudwatch_metric_alarm';
const COMPOSITE_ALARM = 'aws_cloudwatch_composite_alarm';

const IMPORT_ONLY = importOnlyTypes([
  { type: COMPOSITE_ALARM, create: 'PutCompositeAlarm', id: ['request.alarmName'] },
  { type: 'aws_cloudwatch_dashboard', create: 'PutDashboard', id: ['request.dashboardName'] },
  { type: 'aws_cloudwatch_metric_stream', create: 'PutMetricStream', id: ['request.name'], delete: 'DeleteMetricStream' },
]);

function alarmArn(event: MapperEvent, name: string): string {
  return buildArn(event, 'cloudwatch', `alarm:${name}`);
}

/** `[{name, value}]` (API `Dimensions`) as the provider's map. */
function dimensionsAt(source: JsonValue | undefined, path: string) {
  const map: Record<string, string> = {};
  listAt(source, path).forEach((d, i) => {
    if (!isObject(d)) throw new MalformedRecordError(`${path}[${i}] should be an object`);
    map[reqString(d, 'name')] = optString(d, 'value') ?? '';
  });
  return Object.keys(map).length > 0 ? stringMap(map) : undefined;
}

/** An action list (`alarmActions` …); an empty list is no actions, which is the provider's unset. */
function actionsAt(source: JsonValue | undefined, path: string) {
  const values = stringList(source, path);
  return values.length > 0 ? strings(values) : undefined;
}

/**
 * `metrics: [{id, metricStat: {metric: {namespace, metricName, dimensions}, period, stat, unit}, expression, label,
 * returnData, period, accountId}]` as metric_query blocks. The provider reads return_data back as a bool
 * defaulting to false, so it is written only when the record says true.
 */
function metricQueries(event: MapperEvent) {
  const items = listAt(event.request, 'metrics');
  if (items.length === 0) return undefined;
  return blocks(
    ...items.map((q, i): Fields => {
      if (!isObject(q)) throw new MalformedRecordError(`metrics[${i}] should be an object`);
      const stat = at(q, 'metricStat');
      if (stat !== undefined && stat !== null && !isObject(stat)) throw new MalformedRecordError(`metrics[${i}].metricStat should be an object`);
      const returnData = optBool(q, 'returnData');
      return fields({
        id: text(reqString(q, 'id')),
        account_id: textAt(q, 'accountId'),
        expression: textAt(q, 'expression'),
        label: textAt(q, 'label'),
        period: numberAt(q, 'period'),
        return_data: returnData ? flag(true) : undefined,
        metric: isObject(stat)
          ? blocks(
              fields({
                metric_name: text(reqString(stat, 'metric.metricName')),
                namespace: textAt(stat, 'metric.namespace'),
                dimensions: dimensionsAt(stat, 'metric.dimensions'),
                period: number(requiredNumber(stat, 'period', `metrics[${i}].metricStat.period`)),
                stat: text(reqString(stat, 'stat')),
                unit: textAt(stat, 'unit'),
              }),
            )
          : undefined,
      });
    }),
  );
}

function requiredNumber(source: JsonValue | undefined, path: string, what: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${what}`);
  return value;
}

/** The alarm names an alarm-list call (DeleteAlarms, EnableAlarmActions, DisableAlarmActions) names. */
function alarmNames(event: MapperEvent): string[] {
  const names = stringList(event.request, 'alarmNames');
  if (names.length === 0) throw new MalformedRecordError('missing alarmNames');
  return names;
}

/**
 * Enable/DisableAlarmActions name metric and composite alarms alike and the record does not say which. A
 * composite alarm the session knows is import-only (its generated configuration reads actions_enabled back);
 * any other name is taken as a metric alarm, adopted (import block only) when the session did not create it.
 */
function setActionsEnabled(event: MapperEvent, ctx: FoldContext, enabled: boolean): void {
  let changed = 0;
  for (const name of alarmNames(event)) {
    if (!ctx.find(METRIC_ALARM, name) && ctx.find(COMPOSITE_ALARM, name)) continue;
    changed++;
    // Adopted without arguments: only actions_enabled is known (the import block names what the session changed).
    const draft = ctx.change(METRIC_ALARM, name, { exports: { id: name, arn: alarmArn(event, name) } });
    // true is the provider's default (and the API's): left out of a block the session wrote.
    if (enabled && draft.created) delete draft.fields.actions_enabled;
    else draft.fields.actions_enabled = flag(enabled);
  }
  if (changed === 0) ctx.ignore('names only composite alarms, whose configuration Terraform generates when it imports them');
}

/**
 * TagResource/UntagResource name the resource by ARN (`resourceARN`). Alarm ARNs (`…:alarm:NAME`) are metric or
 * composite alarms alike: a composite alarm the session knows is import-only (its generated configuration reads
 * the tags back), any other alarm is taken as a metric alarm. Other resources (metric streams, Contributor
 * Insights rules) change nothing the manifest writes.
 */
function taggedAlarm(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceARN');
  const name = /^arn:[^:]+:cloudwatch:[^:]*:[^:]*:alarm:(.+)$/.exec(arn)?.[1];
  if (name === undefined) {
    ctx.ignore(`tags ${arn}, which is not a metric alarm`);
    return undefined;
  }
  if (!ctx.find(METRIC_ALARM, name) && ctx.find(COMPOSITE_ALARM, name)) {
    ctx.ignore(`tags the composite alarm ${name}, whose configuration Terraform generates when it imports it`);
    return undefined;
  }
  return ctx.change(METRIC_ALARM, name, { exports: { id: name, arn } });
}

export const cloudwatch: ServiceMapper = {
  service: 'cloudwatch',
  eventSource: 'monitoring.amazonaws.com',
  resources: [
    {
      type: METRIC_ALARM,
      required: ['alarm_name', 'comparison_operator', 'evaluation_periods'],
      references: {
        alarm_actions: ['aws_sns_topic'],
        ok_actions: ['aws_sns_topic'],
        insufficient_data_actions: ['aws_sns_topic'],
      },
      events: ['PutMetricAlarm', 'EnableAlarmActions', 'DisableAlarmActions', 'TagResource', 'UntagResource', 'DeleteAlarms'],
      // Enable/DisableAlarmActions alone say nothing of comparison_operator and evaluation_periods (required).
    },
    ...IMPORT_ONLY.resources.map((spec) => (spec.type === COMPOSITE_ALARM ? { ...spec, events: [...spec.events, 'DeleteAlarms'] } : spec)),
  ],
  events: mergeHandlers(IMPORT_ONLY.events, tagResourceHandlers(taggedAlarm), {
    PutMetricAlarm(event, ctx) {
      // Creates the alarm or replaces its whole configuration (API reference: "If you are updating an existing
      // alarm, its previous configuration is completely overwritten"), except tags, which PutMetricAlarm
      // ignores when the alarm exists: a re-put keeps the tags the session knows.
      const r = event.request;
      const name = reqString(r, 'alarmName');
      const known = ctx.find(METRIC_ALARM, name);
      const actionsEnabled = optBool(r, 'actionsEnabled');
      const treatMissingData = optString(r, 'treatMissingData');
      const tags = known ? tagsField(currentTags(known)) : tagsField(readTags(at(r, 'tags')));
      ctx.put(METRIC_ALARM, name, {
        exports: { id: name, arn: alarmArn(event, name) },
        fields: fields({
          alarm_name: text(name),
          alarm_description: textAt(r, 'alarmDescription'),
          comparison_operator: text(reqString(r, 'comparisonOperator')),
          evaluation_periods: number(requiredNumber(r, 'evaluationPeriods', 'evaluationPeriods')),
          datapoints_to_alarm: numberAt(r, 'datapointsToAlarm'),
          metric_name: textAt(r, 'metricName'),
          namespace: textAt(r, 'namespace'),
          statistic: textAt(r, 'statistic'),
          extended_statistic: textAt(r, 'extendedStatistic'),
          dimensions: dimensionsAt(r, 'dimensions'),
          period: numberAt(r, 'period'),
          unit: textAt(r, 'unit'),
          metric_query: metricQueries(event),
          threshold: numberAt(r, 'threshold'),
          threshold_metric_id: textAt(r, 'thresholdMetricId'),
          // "missing" is the API's and the provider's default; left out.
          treat_missing_data: treatMissingData !== undefined && treatMissingData !== 'missing' ? text(treatMissingData) : undefined,
          evaluate_low_sample_count_percentiles: textAt(r, 'evaluateLowSampleCountPercentile'),
          // true is the API's and the provider's default; left out.
          actions_enabled: actionsEnabled === false ? flag(false) : undefined,
          alarm_actions: actionsAt(r, 'alarmActions'),
          ok_actions: actionsAt(r, 'oKActions') ?? actionsAt(r, 'okActions'),
          insufficient_data_actions: actionsAt(r, 'insufficientDataActions'),
          tags,
        }),
      });
    },
    EnableAlarmActions(event, ctx) {
      setActionsEnabled(event, ctx, true);
    },
    DisableAlarmActions(event, ctx) {
      setActionsEnabled(event, ctx, false);
    },
    DeleteAlarms(event, ctx) {
      // Deletes metric and composite alarms by name, several at once.
      for (const name of alarmNames(event)) {
        if (ctx.find(COMPOSITE_ALARM, name)) ctx.remove(COMPOSITE_ALARM, name);
        else ctx.remove(METRIC_ALARM, name);
      }
    },
  }),
};
