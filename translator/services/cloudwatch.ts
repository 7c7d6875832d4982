// Amazon CloudWatch (eventSource monitoring.amazonaws.com). Query protocol: request members in lowerCamel
// (`alarmName`, `metrics[].metricStat.metric.dimensions[].name`), responseElements null for these calls.
// Event and field names: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html
// API members: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
//
// PutDashboard: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html,
// PutCompositeAlarm: …/API_PutCompositeAlarm.html, PutMetricStream: …/API_PutMetricStream.html.
// Every type imports by its name.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, mergeHandlers } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString, stringList } from './read';
import { currentTags } from './tags';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, jsonDocument, number, numberAt, stringMap, strings, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const METRIC_ALARM = 'aws_cloudwatch_metric_alarm';
const COMPOSITE_ALARM = 'aws_cloudwatch_composite_alarm';
const DASHBOARD = 'aws_cloudwatch_dashboard';
const METRIC_STREAM = 'aws_cloudwatch_metric_stream';

const ARN = 'arn:{partition}:cloudwatch:{region}:{account}';

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
 * composite alarm the session knows is changed as one; any other name is taken as a metric alarm, adopted
 * (import block only) when the session did not create it.
 */
function setActionsEnabled(event: MapperEvent, ctx: FoldContext, enabled: boolean): void {
  for (const name of alarmNames(event)) {
    // Adopted without arguments: only actions_enabled is known (the import block names what the session changed).
    const draft = changeAlarm(ctx, name);
    // true is the provider's default (and the API's): left out of a block the session wrote.
    if (enabled && draft.created) delete draft.fields.actions_enabled;
    else draft.fields.actions_enabled = flag(enabled);
  }
}

/** A composite alarm the session knows is changed as one; any other alarm name is taken as a metric alarm. */
function changeAlarm(ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(!ctx.find(METRIC_ALARM, name) && ctx.find(COMPOSITE_ALARM, name) ? COMPOSITE_ALARM : METRIC_ALARM, name, {});
}

/**
 * TagResource/UntagResource name the resource by ARN (`resourceARN`). Alarm ARNs (`…:alarm:NAME`) are metric or
 * composite alarms alike (both types declare the shape; the metric alarm, first, decides with changeAlarm).
 * Metric streams are `…:metric-stream/NAME`. Other resources (Contributor Insights rules) change nothing the
 * manifest writes.
 */
const TAGGING: TaggingOptions = {
  types: [METRIC_ALARM, COMPOSITE_ALARM, METRIC_STREAM],
  adopt: { [METRIC_ALARM]: (name, _event, ctx) => changeAlarm(ctx, name) },
  unmapped: (arn) => `tags ${arn}, which is not an alarm or a metric stream`,
};

/** Tags a Put call carries apply only when it creates; a re-put keeps the tags the session knows. */
function putTags(ctx: FoldContext, type: string, name: string, event: MapperEvent) {
  const known = ctx.find(type, name);
  return known ? tagsField(currentTags(known)) : tagsField(readTags(at(event.request, 'tags')));
}

/** `actionsSuppressor` with its two periods, which the API requires together with it. */
function actionsSuppressor(r: JsonValue | undefined) {
  const alarm = optString(r, 'actionsSuppressor');
  if (alarm === undefined) return undefined;
  return blocks({
    alarm: text(alarm),
    extension_period: number(requiredNumber(r, 'actionsSuppressorExtensionPeriod', 'actionsSuppressorExtensionPeriod')),
    wait_period: number(requiredNumber(r, 'actionsSuppressorWaitPeriod', 'actionsSuppressorWaitPeriod')),
  });
}

/** `[{namespace, metricNames}]` (include/exclude filters) as blocks. */
function metricFilters(r: JsonValue | undefined, path: string) {
  const items = listAt(r, path);
  if (items.length === 0) return undefined;
  return blocks(
    ...items.map((f, i) => {
      if (!isObject(f)) throw new MalformedRecordError(`${path}[${i}] should be an object`);
      const names = stringList(f, 'metricNames');
      return fields({ namespace: text(reqString(f, 'namespace')), metric_names: names.length > 0 ? strings(names) : undefined });
    }),
  );
}

/** `statisticsConfigurations: [{includeMetrics: [{namespace, metricName}], additionalStatistics}]`. */
function statisticsConfigurations(r: JsonValue | undefined) {
  const items = listAt(r, 'statisticsConfigurations');
  if (items.length === 0) return undefined;
  return blocks(
    ...items.map((c, i) => {
      if (!isObject(c)) throw new MalformedRecordError(`statisticsConfigurations[${i}] should be an object`);
      return fields({
        additional_statistics: strings(stringList(c, 'additionalStatistics')),
        include_metric: blocks(
          ...listAt(c, 'includeMetrics').map((m, j) => {
            if (!isObject(m)) throw new MalformedRecordError(`statisticsConfigurations[${i}].includeMetrics[${j}] should be an object`);
            return { metric_name: text(reqString(m, 'metricName')), namespace: text(reqString(m, 'namespace')) };
          }),
        ),
      });
    }),
  );
}

export const cloudwatch: ServiceMapper = {
  service: 'cloudwatch',
  eventSource: 'monitoring.amazonaws.com',
  resources: [
    {
      type: METRIC_ALARM,
      identity: { arn: `${ARN}:alarm:{id}`, idHoldsColons: true, exports: ['id', 'arn'] },
      required: ['alarm_name', 'comparison_operator', 'evaluation_periods'],
      references: {
        alarm_actions: ['aws_sns_topic'],
        ok_actions: ['aws_sns_topic'],
        insufficient_data_actions: ['aws_sns_topic'],
      },
      events: ['PutMetricAlarm', 'EnableAlarmActions', 'DisableAlarmActions', 'TagResource', 'UntagResource', 'DeleteAlarms'],
      // Enable/DisableAlarmActions alone say nothing of comparison_operator and evaluation_periods (required).
    },
    {
      type: COMPOSITE_ALARM,
      identity: { arn: `${ARN}:alarm:{id}`, idHoldsColons: true, exports: ['id', 'arn'] },
      required: ['alarm_name', 'alarm_rule'],
      references: {
        alarm_actions: ['aws_sns_topic'],
        ok_actions: ['aws_sns_topic'],
        insufficient_data_actions: ['aws_sns_topic'],
        'actions_suppressor.alarm': [METRIC_ALARM, COMPOSITE_ALARM],
      },
      events: ['PutCompositeAlarm', 'EnableAlarmActions', 'DisableAlarmActions', 'TagResource', 'UntagResource', 'DeleteAlarms'],
    },
    {
      type: DASHBOARD,
      identity: { arn: 'arn:{partition}:cloudwatch::{account}:dashboard/{id}', exports: ['id', 'arn'] },
      required: ['dashboard_body', 'dashboard_name'],
      events: ['PutDashboard', 'DeleteDashboards'],
    },
    {
      type: METRIC_STREAM,
      identity: { arn: `${ARN}:metric-stream/{id}`, exports: ['id', 'name', 'arn'] },
      required: ['firehose_arn', 'output_format', 'role_arn'],
      references: { firehose_arn: ['aws_kinesis_firehose_delivery_stream'], role_arn: ['aws_iam_role'] },
      events: ['PutMetricStream', 'TagResource', 'UntagResource', 'DeleteMetricStream'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => cloudwatch.resources, TAG_RESOURCE, TAGGING), {
    PutMetricAlarm(event, ctx) {
      // Creates the alarm or replaces its whole configuration (API reference: "If you are updating an existing
      // alarm, its previous configuration is completely overwritten"), except tags, which PutMetricAlarm
      // ignores when the alarm exists: a re-put keeps the tags the session knows.
      const r = event.request;
      const name = reqString(r, 'alarmName');
      const actionsEnabled = optBool(r, 'actionsEnabled');
      const treatMissingData = optString(r, 'treatMissingData');
      const tags = putTags(ctx, METRIC_ALARM, name, event);
      ctx.put(METRIC_ALARM, name, {
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
    PutCompositeAlarm(event, ctx) {
      // Creates the alarm or replaces its whole configuration, tags excepted (as PutMetricAlarm).
      const r = event.request;
      const name = reqString(r, 'alarmName');
      ctx.put(COMPOSITE_ALARM, name, {
        fields: fields({
          alarm_name: text(name),
          alarm_description: textAt(r, 'alarmDescription'),
          alarm_rule: text(reqString(r, 'alarmRule')),
          // true is the API's and the provider's default; left out.
          actions_enabled: optBool(r, 'actionsEnabled') === false ? flag(false) : undefined,
          alarm_actions: actionsAt(r, 'alarmActions'),
          ok_actions: actionsAt(r, 'oKActions') ?? actionsAt(r, 'okActions'),
          insufficient_data_actions: actionsAt(r, 'insufficientDataActions'),
          actions_suppressor: actionsSuppressor(r),
          tags: putTags(ctx, COMPOSITE_ALARM, name, event),
        }),
      });
    },
    PutDashboard(event, ctx) {
      // Creates the dashboard or replaces its body. The provider compares bodies as JSON, so jsonencode() of the
      // parsed body plans no change.
      const name = reqString(event.request, 'dashboardName');
      const body = readJsonDocument(at(event.request, 'dashboardBody'), 'dashboardBody');
      if (body === undefined) throw new MalformedRecordError('missing dashboardBody');
      ctx.put(DASHBOARD, name, {
        fields: { dashboard_name: text(name), dashboard_body: jsonDocument(body) },
      });
    },
    DeleteDashboards(event, ctx) {
      for (const name of stringList(event.request, 'dashboardNames')) ctx.remove(DASHBOARD, name);
    },
    PutMetricStream(event, ctx) {
      // Creates the stream or replaces its configuration, tags excepted (they apply only on create).
      const r = event.request;
      const name = reqString(r, 'name');
      ctx.put(METRIC_STREAM, name, {
        exports: { id: name, name, arn: optString(event.response, 'arn') ?? buildArn(event, 'cloudwatch', `metric-stream/${name}`) },
        fields: fields({
          name: text(name),
          firehose_arn: text(reqString(r, 'firehoseArn')),
          role_arn: text(reqString(r, 'roleArn')),
          output_format: text(reqString(r, 'outputFormat')),
          include_filter: metricFilters(r, 'includeFilters'),
          exclude_filter: metricFilters(r, 'excludeFilters'),
          statistics_configuration: statisticsConfigurations(r),
          // false is the API's and the provider's default; left out.
          include_linked_accounts_metrics: optBool(r, 'includeLinkedAccountsMetrics') === true ? flag(true) : undefined,
          tags: putTags(ctx, METRIC_STREAM, name, event),
        }),
      });
    },
    DeleteMetricStream(event, ctx) {
      ctx.remove(METRIC_STREAM, reqString(event.request, 'name'));
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
