// Elastic Load Balancing v2 (Application, Network and Gateway Load Balancers), their target groups,
// listeners, listener rules and extra listener certificates. CloudTrail shape (Query protocol): request/response keys are the API
// member names in lowerCamel (`loadBalancerArn`, `defaultActions`, `healthCheckIntervalSeconds`),
// responses echo the whole object (`loadBalancers[0]`, `targetGroups[0]`, `listeners[0]`, `rules[0]`).
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Operations.html
// ELB Classic shares the event source and several event names; it is told apart by `apiVersion`
// (2012-06-01 vs 2015-12-01) or, when a record has none, by its name-keyed request shape.
// Target registrations (RegisterTargets) are not mapped: hashicorp/aws 6.25.0 cannot import
// aws_lb_target_group_attachment ("Target Group Attachments cannot be imported", its doc).

// Assembled from one file per area; mergeHandlers refuses an event two parts define.

import { mergeHandlers, type EventHandler, type ResourceTypeSpec, type ServiceMapper } from '../mapper';
import { ADD_TAGS, taggingHandlers } from '../tagging';
import { changeLb, loadBalancerHandlers } from './load-balancers';
import { listenerHandlers } from './listeners';
import { CERTIFICATE, classicGuard, elbArnParts, LB, lbNameOf, LISTENER, RULE, TG } from './shared';
import { knownTargetGroup, targetGroupHandlers } from './target-groups';

const ARN = 'arn:{partition}:elasticloadbalancing:{region}:{account}';

const resources: ResourceTypeSpec[] = [
  {
    type: LB,
    // `arn` first: references read `aws_lb.x.arn` (its id is the same ARN).
    identity: { arn: `${ARN}:loadbalancer/{kind}/{name}/{hash}`, keyedByArn: true, nameHint: lbNameOf, exports: ['arn', 'id'] },
    required: [],
    references: {
      security_groups: ['aws_security_group'],
      subnets: ['aws_subnet'],
      'subnet_mapping.subnet_id': ['aws_subnet'],
      'subnet_mapping.allocation_id': ['aws_eip'],
      'access_logs.bucket': ['aws_s3_bucket'],
      'connection_logs.bucket': ['aws_s3_bucket'],
      'health_check_logs.bucket': ['aws_s3_bucket'],
    },
    events: ['CreateLoadBalancer', 'ModifyLoadBalancerAttributes', 'SetSecurityGroups', 'SetSubnets', 'SetIpAddressType', 'AddTags', 'RemoveTags', 'DeleteLoadBalancer'],
  },
  {
    type: TG,
    // `arn` first: references read `aws_lb_target_group.x.arn` (its id is the same ARN).
    identity: { arn: `${ARN}:targetgroup/{name}/{hash}`, keyedByArn: true, nameHint: (arn) => elbArnParts(arn).parts[0] ?? arn, exports: ['arn', 'id'] },
    required: [],
    references: { vpc_id: ['aws_vpc'] },
    events: ['CreateTargetGroup', 'ModifyTargetGroup', 'ModifyTargetGroupAttributes', 'AddTags', 'RemoveTags', 'DeleteTargetGroup'],
  },
  {
    type: LISTENER,
    // `arn` first: references read `aws_lb_listener.x.arn` (its id is the same ARN).
    identity: { arn: `${ARN}:listener/{kind}/{lb}/{lbHash}/{hash}`, keyedByArn: true, nameHint: (arn) => `${lbNameOf(arn)}_listener`, exports: ['arn', 'id'] },
    required: ['default_action', 'load_balancer_arn'],
    references: {
      load_balancer_arn: [LB],
      certificate_arn: ['aws_acm_certificate'],
      'default_action.target_group_arn': [TG],
      'default_action.forward.target_group.arn': [TG],
      'default_action.authenticate_cognito.user_pool_arn': ['aws_cognito_user_pool'],
    },
    events: ['CreateListener', 'ModifyListener', 'ModifyListenerAttributes', 'AddTags', 'RemoveTags', 'DeleteListener', 'DeleteLoadBalancer'],
  },
  {
    type: CERTIFICATE,
    required: ['certificate_arn', 'listener_arn'],
    references: { listener_arn: [LISTENER], certificate_arn: ['aws_acm_certificate'] },
    events: ['AddListenerCertificates', 'RemoveListenerCertificates', 'DeleteListener', 'DeleteLoadBalancer'],
  },
  {
    type: RULE,
    // `arn` first: references read `aws_lb_listener_rule.x.arn` (its id is the same ARN).
    identity: { arn: `${ARN}:listener-rule/{kind}/{lb}/{lbHash}/{listenerHash}/{hash}`, keyedByArn: true, nameHint: (arn) => `${lbNameOf(arn)}_rule`, exports: ['arn', 'id'] },
    required: ['action', 'condition', 'listener_arn'],
    references: {
      listener_arn: [LISTENER],
      'action.target_group_arn': [TG],
      'action.forward.target_group.arn': [TG],
      'action.authenticate_cognito.user_pool_arn': ['aws_cognito_user_pool'],
    },
    events: ['CreateRule', 'ModifyRule', 'SetRulePriorities', 'AddTags', 'RemoveTags', 'DeleteRule', 'DeleteListener', 'DeleteLoadBalancer'],
  },
];

// One AddTags/RemoveTags names any mix of load balancers, target groups, listeners and rules.
const tags = taggingHandlers(resources, ADD_TAGS, {
  adopt: { [LB]: (arn, _event, ctx) => changeLb(ctx, arn), [TG]: (arn, event, ctx) => knownTargetGroup(ctx, arn, event.eventName) },
  unmapped: (arn, event) => `${event.eventName}: ${arn} is not a resource Trailform maps (trust stores and others are not covered)`,
});

/** The handler tables of the parts, in the order they are merged (a test checks they are disjoint). */
export const elbv2Parts: Readonly<Record<string, Readonly<Record<string, EventHandler>>>> = {
  'load-balancers': loadBalancerHandlers,
  tagging: Object.fromEntries(Object.entries(tags).map(([name, handler]): [string, EventHandler] => [name, (event, ctx) => classicGuard(event, ctx) || handler(event, ctx)])),
  'target-groups': targetGroupHandlers,
  listeners: listenerHandlers,
};

export const elbv2: ServiceMapper = {
  service: 'elbv2',
  eventSource: 'elasticloadbalancing.amazonaws.com',
  resources,
  events: mergeHandlers(...Object.values(elbv2Parts)),
};
