// Scaling policies: simple, step, target tracking and predictive.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, ResourceDraft } from '../mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, reqString } from '../read';
import { blocks, fields, flagAt, maybe, number, numberAt, text, textAt } from '../values';
import { firstKey, groupName, POLICY, policyId } from './shared';

/** Policy ARNs end in `:autoScalingGroupName/<group>:policyName/<name>` (DeletePolicy accepts name or ARN). */
function policyFromArn(arn: string): { group: string; name: string } | undefined {
  const match = /:autoScalingGroupName\/(.+?):policyName\/(.+)$/.exec(arn);
  return match ? { group: match[1]!, name: match[2]! } : undefined;
}

function reqNum(source: JsonValue, path: string, what: string) {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${what}`);
  return number(value);
}

const bound = (source: JsonValue, path: string) => maybe(optNumber(source, path), (n) => text(String(n)));

function dimensions(source: JsonValue, path: string): Fields[] {
  return listAt(source, path).map((d) => ({ name: text(reqString(d, 'name')), value: text(reqString(d, 'value')) }));
}

function predefined(source: JsonValue, path: string) {
  const spec = at(source, path);
  return isObject(spec)
    ? blocks(fields({ predefined_metric_type: text(reqString(spec, 'predefinedMetricType')), resource_label: textAt(spec, 'resourceLabel') }))
    : undefined;
}

function targetTracking(config: JsonValue, draft: ResourceDraft): Fields {
  const custom = at(config, 'customizedMetricSpecification');
  if (isObject(custom) && listAt(custom, 'metrics').length > 0) {
    draft.note('target tracking with metric math (customizedMetricSpecification.metrics) is not mapped; check the first plan.');
  }
  const metricDimensions = isObject(custom) ? dimensions(custom, 'dimensions') : [];
  return fields({
    target_value: reqNum(config, 'targetValue', 'targetTrackingConfiguration.targetValue'),
    disable_scale_in: flagAt(config, 'disableScaleIn'),
    predefined_metric_specification: predefined(config, 'predefinedMetricSpecification'),
    customized_metric_specification: isObject(custom)
      ? blocks(
          fields({
            metric_name: textAt(custom, 'metricName'),
            namespace: textAt(custom, 'namespace'),
            statistic: textAt(custom, 'statistic'),
            unit: textAt(custom, 'unit'),
            period: numberAt(custom, 'period'),
            metric_dimension: metricDimensions.length > 0 ? blocks(...metricDimensions) : undefined,
          }),
        )
      : undefined,
  });
}

function predictive(config: JsonValue, draft: ResourceDraft): Fields {
  const specs = listAt(config, 'metricSpecifications');
  if (specs.length === 0) throw new MalformedRecordError('missing predictiveScalingConfiguration.metricSpecifications');
  const spec = specs[0]!;
  if (['customizedScalingMetricSpecification', 'customizedLoadMetricSpecification', 'customizedCapacityMetricSpecification'].some((k) => at(spec, k) !== undefined)) {
    draft.note('predictive scaling with customized metrics is not mapped; check the first plan.');
  }
  return fields({
    mode: textAt(config, 'mode'),
    scheduling_buffer_time: maybe(optString(config, 'schedulingBufferTime'), text),
    max_capacity_breach_behavior: textAt(config, 'maxCapacityBreachBehavior'),
    max_capacity_buffer: maybe(optString(config, 'maxCapacityBuffer'), text),
    metric_specification: blocks(
      fields({
        target_value: reqNum(spec, 'targetValue', 'metricSpecifications[0].targetValue'),
        predefined_metric_pair_specification: predefined(spec, 'predefinedMetricPairSpecification'),
        predefined_load_metric_specification: predefined(spec, 'predefinedLoadMetricSpecification'),
        predefined_scaling_metric_specification: predefined(spec, 'predefinedScalingMetricSpecification'),
      }),
    ),
  });
}

function policyFields(request: JsonValue, draft: ResourceDraft): Fields {
  const steps = listAt(request, 'stepAdjustments');
  const tracking = at(request, 'targetTrackingConfiguration');
  const forecast = at(request, 'predictiveScalingConfiguration');
  return fields({
    // SimpleScaling is the API's and the provider's default policy type.
    policy_type: text(optString(request, 'policyType') ?? 'SimpleScaling'),
    adjustment_type: textAt(request, 'adjustmentType'),
    scaling_adjustment: numberAt(request, 'scalingAdjustment'),
    min_adjustment_magnitude: numberAt(request, 'minAdjustmentMagnitude'),
    cooldown: numberAt(request, 'cooldown'),
    metric_aggregation_type: textAt(request, 'metricAggregationType'),
    estimated_instance_warmup: numberAt(request, 'estimatedInstanceWarmup'),
    enabled: flagAt(request, 'enabled'),
    step_adjustment: steps.length > 0
      ? blocks(
          ...steps.map((s) =>
            fields({
              scaling_adjustment: reqNum(s, 'scalingAdjustment', 'stepAdjustments[].scalingAdjustment'),
              metric_interval_lower_bound: bound(s, 'metricIntervalLowerBound'),
              metric_interval_upper_bound: bound(s, 'metricIntervalUpperBound'),
            }),
          ),
        )
      : undefined,
    target_tracking_configuration: isObject(tracking) ? blocks(targetTracking(tracking, draft)) : undefined,
    predictive_scaling_configuration: isObject(forecast) ? blocks(predictive(forecast, draft)) : undefined,
  });
}

export const policyHandlers: Record<string, EventHandler> = {
  PutScalingPolicy(event, ctx) {
    const group = groupName(event);
    const name = reqString(event.request, 'policyName');
    const id = policyId(group, name);
    const arn = optString(event.response, firstKey(event.response, 'policyARN', 'policyArn'));
    // PutScalingPolicy creates the policy or replaces its whole configuration.
    const draft = ctx.put(POLICY, id, { aliases: arn ? [arn] : [], exports: arn ? { arn, id } : undefined });
    draft.fields = { name: text(name), autoscaling_group_name: text(group), ...policyFields(event.request, draft) };
  },
  DeletePolicy(event, ctx) {
    const policy = reqString(event.request, 'policyName');
    const fromArn = policyFromArn(policy);
    const group = fromArn?.group ?? optString(event.request, 'autoScalingGroupName');
    if (fromArn) ctx.remove(POLICY, policyId(fromArn.group, fromArn.name));
    else if (group !== undefined) ctx.remove(POLICY, policyId(group, policy));
    else throw new MalformedRecordError('missing autoScalingGroupName');
  },
};
