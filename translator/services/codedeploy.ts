// AWS CodeDeploy applications, deployment configurations and deployment groups. CloudTrail shape (JSON
// protocol): the API's lowerCamel members (`applicationName`, `computePlatform`, `deploymentGroupName`,
// `serviceRoleArn`, `ec2TagFilters[{key,value,type}]`, `tags[{key,value}]` ...); CreateDeploymentGroup
// answers with the `deploymentGroupId` only.
// https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-cloudtrail.html
// https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_CreateDeploymentGroup.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, listOf, optString, readTags, reqString, stringList } from './read';
import { taggingHandlers } from './tagging';
import { blocks, fields, flagAt, numberAt, strings, stringsAt, tagsField, text, textAt } from './values';

const APP = 'aws_codedeploy_app';
const CONFIG = 'aws_codedeploy_deployment_config';
const GROUP = 'aws_codedeploy_deployment_group';

const changeApp = (ctx: FoldContext, name: string) => ctx.change(APP, name, {});

// Deployment groups import as `APPLICATION:GROUP` (codedeploy_deployment_group doc).
const groupId = (app: string, group: string) => `${app}:${group}`;
const changeGroup = (ctx: FoldContext, app: string, group: string) => ctx.change(GROUP, groupId(app, group), {});

const optBlock = (source: JsonValue | undefined, build: (s: JsonValue) => Fields) => {
  if (!isObject(source)) return undefined;
  const built = build(source);
  return Object.keys(built).length > 0 ? blocks(built) : undefined;
};

function tagFilters(source: JsonValue | undefined): Fields[] {
  return listOf(source).map((f) => fields({ key: textAt(f, 'key'), type: textAt(f, 'type'), value: textAt(f, 'value') }));
}

const namedList = (source: JsonValue | undefined, path: string) => listAt(source, path).map((item) => reqString(item, 'name'));

function loadBalancerInfo(source: JsonValue): Fields {
  const elbs = namedList(source, 'elbInfoList');
  const targetGroups = namedList(source, 'targetGroupInfoList');
  const pair = listAt(source, 'targetGroupPairInfoList')[0];
  return fields({
    elb_info: elbs.length > 0 ? blocks(...elbs.map((name) => ({ name: text(name) }))) : undefined,
    target_group_info: targetGroups.length > 0 ? blocks(...targetGroups.map((name) => ({ name: text(name) }))) : undefined,
    target_group_pair_info: isObject(pair)
      ? blocks(fields({
          prod_traffic_route: blocks({ listener_arns: strings(stringList(pair, 'prodTrafficRoute.listenerArns')) }),
          target_group: blocks(...namedList(pair, 'targetGroups').map((name) => ({ name: text(name) }))),
          test_traffic_route: optBlock(at(pair, 'testTrafficRoute'), (r) => ({ listener_arns: strings(stringList(r, 'listenerArns')) })),
        }))
      : undefined,
  });
}

function blueGreen(source: JsonValue): Fields {
  return fields({
    deployment_ready_option: optBlock(at(source, 'deploymentReadyOption'), (o) =>
      fields({ action_on_timeout: textAt(o, 'actionOnTimeout'), wait_time_in_minutes: numberAt(o, 'waitTimeInMinutes') })),
    green_fleet_provisioning_option: optBlock(at(source, 'greenFleetProvisioningOption'), (o) => fields({ action: textAt(o, 'action') })),
    terminate_blue_instances_on_deployment_success: optBlock(at(source, 'terminateBlueInstancesOnDeploymentSuccess'), (o) =>
      fields({ action: textAt(o, 'action'), termination_wait_time_in_minutes: numberAt(o, 'terminationWaitTimeInMinutes') })),
  });
}

/**
 * The arguments a CreateDeploymentGroup or UpdateDeploymentGroup request states, by argument; an update
 * names only what it changes, and an empty list there clears it (UpdateDeploymentGroup API reference).
 */
function groupArguments(request: JsonValue): Fields {
  const out: Fields = {};
  const set = (name: string, present: boolean, value: Fields[string]) => {
    if (present) out[name] = value;
  };
  const has = (path: string) => at(request, path) !== undefined && at(request, path) !== null;
  set('service_role_arn', has('serviceRoleArn'), textAt(request, 'serviceRoleArn'));
  set('deployment_config_name', has('deploymentConfigName'), textAt(request, 'deploymentConfigName'));
  set('autoscaling_groups', has('autoScalingGroups'), stringsAt(request, 'autoScalingGroups'));
  set('outdated_instances_strategy', has('outdatedInstancesStrategy'), textAt(request, 'outdatedInstancesStrategy'));
  set('termination_hook_enabled', has('terminationHookEnabled'), flagAt(request, 'terminationHookEnabled'));
  const ec2Filters = tagFilters(at(request, 'ec2TagFilters'));
  set('ec2_tag_filter', has('ec2TagFilters'), ec2Filters.length > 0 ? blocks(...ec2Filters) : undefined);
  const onPremFilters = tagFilters(at(request, 'onPremisesInstanceTagFilters'));
  set('on_premises_instance_tag_filter', has('onPremisesInstanceTagFilters'), onPremFilters.length > 0 ? blocks(...onPremFilters) : undefined);
  const tagSets = listAt(request, 'ec2TagSet.ec2TagSetList').map((list) => ({ ec2_tag_filter: blocks(...tagFilters(list)) }));
  set('ec2_tag_set', has('ec2TagSet'), tagSets.length > 0 ? blocks(...tagSets) : undefined);
  const triggers = listAt(request, 'triggerConfigurations').map((t) => ({
    trigger_name: text(reqString(t, 'triggerName')),
    trigger_target_arn: text(reqString(t, 'triggerTargetArn')),
    trigger_events: strings(stringList(t, 'triggerEvents')),
  }));
  set('trigger_configuration', has('triggerConfigurations'), triggers.length > 0 ? blocks(...triggers) : undefined);
  set('alarm_configuration', has('alarmConfiguration'), optBlock(at(request, 'alarmConfiguration'), (a) => fields({
    alarms: namedList(a, 'alarms').length > 0 ? strings(namedList(a, 'alarms')) : undefined,
    enabled: flagAt(a, 'enabled'),
    ignore_poll_alarm_failure: flagAt(a, 'ignorePollAlarmFailure'),
  })));
  set('auto_rollback_configuration', has('autoRollbackConfiguration'), optBlock(at(request, 'autoRollbackConfiguration'), (a) =>
    fields({ enabled: flagAt(a, 'enabled'), events: stringsAt(a, 'events') })));
  set('deployment_style', has('deploymentStyle'), optBlock(at(request, 'deploymentStyle'), (s) =>
    fields({ deployment_option: textAt(s, 'deploymentOption'), deployment_type: textAt(s, 'deploymentType') })));
  set('blue_green_deployment_config', has('blueGreenDeploymentConfiguration'), optBlock(at(request, 'blueGreenDeploymentConfiguration'), blueGreen));
  set('load_balancer_info', has('loadBalancerInfo'), optBlock(at(request, 'loadBalancerInfo'), loadBalancerInfo));
  const ecs = listAt(request, 'ecsServices')[0];
  set('ecs_service', has('ecsServices'), isObject(ecs)
    ? blocks({ cluster_name: text(reqString(ecs, 'clusterName')), service_name: text(reqString(ecs, 'serviceName')) })
    : undefined);
  return out;
}

function applyArguments(draft: ResourceDraft, args: Fields): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) delete draft.fields[name];
    else draft.fields[name] = value;
  }
}

function minimumHealthyHosts(source: JsonValue) {
  return fields({ type: textAt(source, 'type'), value: numberAt(source, 'value') });
}

const ARN = 'arn:{partition}:codedeploy:{region}:{account}';

export const codedeploy: ServiceMapper = {
  service: 'codedeploy',
  eventSource: 'codedeploy.amazonaws.com',
  resources: [
    {
      type: APP,
      identity: { arn: `${ARN}:application:{id}`, exports: ['name', 'id'] },
      required: ['name'],
      events: ['CreateApplication', 'UpdateApplication', 'TagResource', 'UntagResource', 'DeleteApplication'],
    },
    {
      type: CONFIG,
      identity: { exports: ['deployment_config_name', 'id'] },
      required: ['deployment_config_name'],
      events: ['CreateDeploymentConfig', 'DeleteDeploymentConfig'],
    },
    {
      type: GROUP,
      identity: { arn: `${ARN}:deploymentgroup:{app}/{group}`, idFromArn: ({ app, group }) => groupId(app!, group!), nameHint: (id) => id.replace(':', '-') },
      required: ['app_name', 'deployment_group_name', 'service_role_arn'],
      references: {
        app_name: [APP],
        service_role_arn: ['aws_iam_role'],
        deployment_config_name: [CONFIG],
        autoscaling_groups: ['aws_autoscaling_group'],
        'trigger_configuration.trigger_target_arn': ['aws_sns_topic'],
        'alarm_configuration.alarms': ['aws_cloudwatch_metric_alarm'],
        'load_balancer_info.target_group_info.name': ['aws_lb_target_group'],
        'load_balancer_info.target_group_pair_info.target_group.name': ['aws_lb_target_group'],
        'load_balancer_info.target_group_pair_info.prod_traffic_route.listener_arns': ['aws_lb_listener'],
        'load_balancer_info.target_group_pair_info.test_traffic_route.listener_arns': ['aws_lb_listener'],
        'ecs_service.cluster_name': ['aws_ecs_cluster'],
        'ecs_service.service_name': ['aws_ecs_service'],
      },
      events: ['CreateDeploymentGroup', 'UpdateDeploymentGroup', 'TagResource', 'UntagResource', 'DeleteDeploymentGroup', 'DeleteApplication'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => codedeploy.resources), {
    CreateApplication(event, ctx) {
      const name = reqString(event.request, 'applicationName');
      const platform = optString(event.request, 'computePlatform');
      ctx.create(APP, name, {
        fields: fields({
          name: text(name),
          // Server is the provider's default and CodeDeploy's.
          compute_platform: platform === undefined || platform === 'Server' ? undefined : text(platform),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    UpdateApplication(event, ctx) {
      const draft = changeApp(ctx, reqString(event.request, 'applicationName'));
      const newName = optString(event.request, 'newApplicationName');
      if (newName === undefined) return;
      draft.fields.name = text(newName);
      draft.importId = newName;
      draft.aliases.push(newName);
      draft.exports = { name: newName, id: newName };
    },
    DeleteApplication(event, ctx) {
      const name = reqString(event.request, 'applicationName');
      for (const group of ctx.allWithIdPrefix(GROUP, `${name}:`)) ctx.remove(GROUP, group.id);
      ctx.remove(APP, name);
    },

    CreateDeploymentConfig(event, ctx) {
      const name = reqString(event.request, 'deploymentConfigName');
      const platform = optString(event.request, 'computePlatform');
      const routing = at(event.request, 'trafficRoutingConfig');
      ctx.create(CONFIG, name, {
        fields: fields({
          deployment_config_name: text(name),
          compute_platform: platform === undefined || platform === 'Server' ? undefined : text(platform),
          minimum_healthy_hosts: optBlock(at(event.request, 'minimumHealthyHosts'), minimumHealthyHosts),
          traffic_routing_config: optBlock(routing, (r) => fields({
            type: textAt(r, 'type'),
            time_based_canary: optBlock(at(r, 'timeBasedCanary'), (c) => fields({ interval: numberAt(c, 'canaryInterval'), percentage: numberAt(c, 'canaryPercentage') })),
            time_based_linear: optBlock(at(r, 'timeBasedLinear'), (c) => fields({ interval: numberAt(c, 'linearInterval'), percentage: numberAt(c, 'linearPercentage') })),
          })),
          zonal_config: optBlock(at(event.request, 'zonalConfig'), (z) => fields({
            first_zone_monitor_duration_in_seconds: numberAt(z, 'firstZoneMonitorDurationInSeconds'),
            monitor_duration_in_seconds: numberAt(z, 'monitorDurationInSeconds'),
            minimum_healthy_hosts_per_zone: optBlock(at(z, 'minimumHealthyHostsPerZone'), minimumHealthyHosts),
          })),
        }),
      });
    },
    DeleteDeploymentConfig(event, ctx) {
      ctx.remove(CONFIG, reqString(event.request, 'deploymentConfigName'));
    },

    CreateDeploymentGroup(event, ctx) {
      const app = reqString(event.request, 'applicationName');
      const group = reqString(event.request, 'deploymentGroupName');
      ctx.create(GROUP, groupId(app, group), {
        fields: {
          app_name: text(app),
          deployment_group_name: text(group),
          ...fields({ ...groupArguments(event.request), tags: tagsField(readTags(at(event.request, 'tags'))) }),
        },
        exports: { deployment_group_name: group, id: groupId(app, group) },
      });
    },
    UpdateDeploymentGroup(event, ctx) {
      const app = reqString(event.request, 'applicationName');
      const draft = changeGroup(ctx, app, reqString(event.request, 'currentDeploymentGroupName'));
      applyArguments(draft, groupArguments(event.request));
      const newName = optString(event.request, 'newDeploymentGroupName');
      if (newName === undefined) return;
      draft.fields.deployment_group_name = text(newName);
      draft.importId = groupId(app, newName);
      draft.aliases.push(groupId(app, newName));
    },
    DeleteDeploymentGroup(event, ctx) {
      ctx.remove(GROUP, groupId(reqString(event.request, 'applicationName'), reqString(event.request, 'deploymentGroupName')));
    },
  }),
};
