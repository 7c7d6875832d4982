// Elastic Load Balancing v2 (Application, Network and Gateway Load Balancers), their target groups,
// listeners, listener rules and extra listener certificates. CloudTrail shape (Query protocol): request/response keys are the API
// member names in lowerCamel (`loadBalancerArn`, `defaultActions`, `healthCheckIntervalSeconds`),
// responses echo the whole object (`loadBalancers[0]`, `targetGroups[0]`, `listeners[0]`, `rules[0]`).
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Operations.html
// ELB Classic shares the event source and several event names; it is told apart by `apiVersion`
// (2012-06-01 vs 2015-12-01) or, when a record has none, by its name-keyed request shape.
// Target registrations (RegisterTargets) are not mapped: hashicorp/aws 6.25.0 cannot import
// aws_lb_target_group_attachment ("Target Group Attachments cannot be imported", its doc).

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import type { Blocks } from '../model';
import { at, isObject, listAt, listOf, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { blocks, fields, flag, flagAt, maybe, number, numberAt, sensitive, strings, stringsAt, tagsField, text, textAt } from './values';

const LB = 'aws_lb';
const TG = 'aws_lb_target_group';
const LISTENER = 'aws_lb_listener';
const RULE = 'aws_lb_listener_rule';
const CERTIFICATE = 'aws_lb_listener_certificate';

const CLASSIC_API = '2012-06-01';
const V2_API = '2015-12-01';

/** Why a record belongs to ELB Classic, or undefined for ELBv2. */
function classicReason(event: MapperEvent): string | undefined {
  const unsupported = 'ELB Classic is not supported (Trailform maps ELBv2 only; a Classic load balancer would be aws_elb)';
  if (event.record.apiVersion === CLASSIC_API) return `${unsupported}: apiVersion ${CLASSIC_API}`;
  if (event.record.apiVersion === V2_API) return undefined;
  // Classic names load balancers (`loadBalancerName(s)`); ELBv2 requests carry ARNs or, on create, `name`.
  const r = event.request;
  if (('loadBalancerName' in r || 'loadBalancerNames' in r) && !('loadBalancerArn' in r) && !('resourceArns' in r)) {
    return `${unsupported}: the request names the load balancer by loadBalancerName (Classic API shape)`;
  }
  return undefined;
}

/** `arn:aws:elasticloadbalancing:region:account:<kind>/<path>` → kind and path segments. */
function parseArn(arn: string): { kind: string; parts: string[] } {
  const resource = arn.split(':').slice(5).join(':');
  const [kind = '', ...parts] = resource.split('/');
  return { kind, parts };
}

const LB_TYPES: Record<string, string> = { app: 'application', net: 'network', gwy: 'gateway' };

/** `loadbalancer/app/my-lb/50dc…` (and listener/rule ARNs, which embed it) → `my-lb`. */
const lbNameOf = (arn: string) => parseArn(arn).parts[1] ?? arn;

function first(source: JsonValue | undefined, path: string, what: string): JsonValue {
  const item = listAt(source, path)[0];
  if (!isObject(item)) throw new MalformedRecordError(`missing ${what}`);
  return item;
}


// ---------------------------------------------------------------------------------------------
// Load balancers

function lbExports(arn: string) {
  // `arn` first: references to a load balancer read `aws_lb.x.arn` (its id is the same ARN).
  return { arn, id: arn };
}

/** A load balancer the session did not create: its name and type are in its ARN. */
function changeLb(ctx: FoldContext, arn: string): ResourceDraft {
  const { kind, parts } = parseArn(arn);
  if (kind !== 'loadbalancer') throw new MalformedRecordError(`${arn} is not a load balancer ARN`);
  const name = parts[1] ?? arn;
  // load_balancer_type defaults to application and forces replacement, so an adopted NLB must say so.
  const type = LB_TYPES[parts[0] ?? ''];
  return ctx.change(LB, arn, {
    nameHint: name,
    fields: fields({ name: text(name), load_balancer_type: maybe(type, text) }),
    exports: lbExports(arn),
  });
}

function subnetFields(request: JsonValue): Fields {
  const mappings = listAt(request, 'subnetMappings');
  const detailed = mappings.some((m) => optString(m, 'allocationId') ?? optString(m, 'privateIPv4Address') ?? optString(m, 'iPv6Address'));
  if (mappings.length > 0 && detailed) {
    return {
      subnet_mapping: blocks(
        ...mappings.map((m) =>
          fields({
            subnet_id: text(reqString(m, 'subnetId')),
            allocation_id: textAt(m, 'allocationId'),
            private_ipv4_address: textAt(m, 'privateIPv4Address'),
            ipv6_address: textAt(m, 'iPv6Address'),
          }),
        ),
      ),
    };
  }
  const subnets = mappings.length > 0 ? mappings.map((m) => reqString(m, 'subnetId')) : stringList(request, 'subnets');
  return subnets.length > 0 ? { subnets: strings(subnets) } : {};
}

type AttributeKind = 'string' | 'number' | 'bool';

/** ELBv2 attribute keys → aws_lb arguments (the provider doc's argument list names the same attributes). */
const LB_ATTRIBUTES: Record<string, readonly [string, AttributeKind]> = {
  'deletion_protection.enabled': ['enable_deletion_protection', 'bool'],
  'idle_timeout.timeout_seconds': ['idle_timeout', 'number'],
  'routing.http2.enabled': ['enable_http2', 'bool'],
  'routing.http.drop_invalid_header_fields.enabled': ['drop_invalid_header_fields', 'bool'],
  'routing.http.desync_mitigation_mode': ['desync_mitigation_mode', 'string'],
  'routing.http.preserve_host_header.enabled': ['preserve_host_header', 'bool'],
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': ['enable_tls_version_and_cipher_suite_headers', 'bool'],
  'routing.http.xff_client_port.enabled': ['enable_xff_client_port', 'bool'],
  'routing.http.xff_header_processing.mode': ['xff_header_processing_mode', 'string'],
  'waf.fail_open.enabled': ['enable_waf_fail_open', 'bool'],
  'load_balancing.cross_zone.enabled': ['enable_cross_zone_load_balancing', 'bool'],
  'client_keep_alive.seconds': ['client_keep_alive', 'number'],
  'zonal_shift.config.enabled': ['enable_zonal_shift', 'bool'],
  'dns_record.client_routing_policy': ['dns_record_client_routing_policy', 'string'],
};

/** Log delivery attributes (`access_logs.s3.enabled|bucket|prefix`) → `access_logs { }` and friends. */
const LB_LOG_BLOCKS: Record<string, string> = { access_logs: 'access_logs', connection_logs: 'connection_logs', health_check_logs: 'health_check_logs' };

function attributeValue(value: string, kind: AttributeKind, key: string) {
  if (kind === 'string') return text(value);
  if (kind === 'number') {
    const n = optNumber({ v: value }, 'v');
    if (n === undefined) throw new MalformedRecordError(`attribute ${key} has no value`);
    return number(n);
  }
  const b = optBool({ v: value }, 'v');
  if (b === undefined) throw new MalformedRecordError(`attribute ${key} has no value`);
  return flag(b);
}

/** `attributes: [{key, value}]` as a map; values are always strings in the API. */
function readAttributes(event: MapperEvent): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of listAt(event.request, 'attributes')) {
    out.set(reqString(item, 'key'), optString(item, 'value') ?? '');
  }
  return out;
}

function blockFields(draft: ResourceDraft, name: string): Fields {
  const value = draft.fields[name];
  return value && value.kind === 'blocks' && value.items[0] ? { ...value.items[0] } : {};
}

function applyLogAttribute(draft: ResourceDraft, block: string, setting: string, value: string): void {
  const current = blockFields(draft, block);
  if (setting === 'enabled') current.enabled = attributeValue(value, 'bool', `${block}.s3.enabled`);
  else if (setting === 'bucket') current.bucket = value === '' ? undefined : text(value);
  else if (setting === 'prefix') current.prefix = value === '' ? undefined : text(value);
  const enabled = current.enabled;
  // A disabled log with no bucket is the default: leave the block out rather than write bucket = "".
  if (!current.bucket && (!enabled || (enabled.kind === 'bool' && !enabled.value))) delete draft.fields[block];
  else draft.fields[block] = blocks(fields({ bucket: current.bucket, enabled: current.enabled, prefix: current.prefix }));
}

function applyLbAttributes(event: MapperEvent, draft: ResourceDraft): void {
  const unmapped: string[] = [];
  for (const [key, value] of readAttributes(event)) {
    const simple = LB_ATTRIBUTES[key];
    const log = /^(access_logs|connection_logs|health_check_logs)\.s3\.(enabled|bucket|prefix)$/.exec(key);
    if (simple) draft.fields[simple[0]] = attributeValue(value, simple[1], key);
    else if (log) applyLogAttribute(draft, LB_LOG_BLOCKS[log[1]!]!, log[2]!, value);
    else unmapped.push(key);
  }
  if (unmapped.length > 0) draft.note(`Not mapped from ModifyLoadBalancerAttributes: ${unmapped.join(', ')}; check the first plan.`);
}

// ---------------------------------------------------------------------------------------------
// Target groups

function tgExports(arn: string) {
  return { arn, id: arn };
}

/** Health check arguments from a TargetGroup object (response) or a Create/ModifyTargetGroup request. */
function healthCheck(source: JsonValue, base: Fields = {}): Fields {
  const next = fields({
    enabled: flagAt(source, 'healthCheckEnabled'),
    healthy_threshold: numberAt(source, 'healthyThresholdCount'),
    interval: numberAt(source, 'healthCheckIntervalSeconds'),
    matcher: textAt(source, 'matcher.httpCode') ?? textAt(source, 'matcher.grpcCode'),
    path: textAt(source, 'healthCheckPath'),
    port: textAt(source, 'healthCheckPort'),
    protocol: textAt(source, 'healthCheckProtocol'),
    timeout: numberAt(source, 'healthCheckTimeoutSeconds'),
    unhealthy_threshold: numberAt(source, 'unhealthyThresholdCount'),
  });
  return { ...base, ...next };
}

/**
 * A target group's whole configuration. The response echoes the values AWS filled in (health check
 * interval, thresholds …), which is what the first plan compares against, so it wins over the request.
 */
function targetGroupFields(request: JsonValue, group: JsonValue): Fields {
  const pick = (path: string) => (at(group, path) !== undefined ? group : request);
  const check = healthCheck(group, healthCheck(request));
  const type = optString(group, 'targetType') ?? optString(request, 'targetType') ?? 'instance';
  return fields({
    name: text(optString(group, 'targetGroupName') ?? reqString(request, 'name')),
    // target_type defaults to instance and forces replacement: always stated.
    target_type: text(type),
    protocol: textAt(pick('protocol'), 'protocol'),
    protocol_version: textAt(pick('protocolVersion'), 'protocolVersion'),
    port: numberAt(pick('port'), 'port'),
    vpc_id: textAt(pick('vpcId'), 'vpcId'),
    ip_address_type: textAt(pick('ipAddressType'), 'ipAddressType'),
    tags: tagsField(readTags(at(request, 'tags'))),
    health_check: Object.keys(check).length > 0 ? blocks(check) : undefined,
  });
}

const TG_ATTRIBUTES: Record<string, readonly [string, AttributeKind]> = {
  'deregistration_delay.timeout_seconds': ['deregistration_delay', 'string'],
  'deregistration_delay.connection_termination.enabled': ['connection_termination', 'bool'],
  'slow_start.duration_seconds': ['slow_start', 'number'],
  'load_balancing.algorithm.type': ['load_balancing_algorithm_type', 'string'],
  'load_balancing.algorithm.anomaly_mitigation': ['load_balancing_anomaly_mitigation', 'string'],
  'load_balancing.cross_zone.enabled': ['load_balancing_cross_zone_enabled', 'string'],
  'proxy_protocol_v2.enabled': ['proxy_protocol_v2', 'bool'],
  'preserve_client_ip.enabled': ['preserve_client_ip', 'string'],
  'lambda.multi_value_headers.enabled': ['lambda_multi_value_headers_enabled', 'bool'],
};

function applyTgAttributes(event: MapperEvent, draft: ResourceDraft): void {
  const attributes = readAttributes(event);
  const unmapped: string[] = [];
  for (const [key, value] of attributes) {
    const simple = TG_ATTRIBUTES[key];
    if (simple) draft.fields[simple[0]] = attributeValue(value, simple[1], key);
    else if (!key.startsWith('stickiness.')) unmapped.push(key);
  }
  // stickiness { type, enabled, cookie_duration, cookie_name }: the duration attribute depends on the type.
  const stickiness = blockFields(draft, 'stickiness');
  const currentType = stickiness.type?.kind === 'string' ? stickiness.type.value : undefined;
  const type = attributes.get('stickiness.type') ?? currentType;
  if (attributes.has('stickiness.enabled')) stickiness.enabled = attributeValue(attributes.get('stickiness.enabled')!, 'bool', 'stickiness.enabled');
  const duration = type === 'app_cookie' ? 'stickiness.app_cookie.duration_seconds' : 'stickiness.lb_cookie.duration_seconds';
  if (attributes.has(duration)) stickiness.cookie_duration = attributeValue(attributes.get(duration)!, 'number', duration);
  if (type === 'app_cookie' && attributes.has('stickiness.app_cookie.cookie_name')) stickiness.cookie_name = text(attributes.get('stickiness.app_cookie.cookie_name')!);
  const touched = [...attributes.keys()].some((k) => k.startsWith('stickiness.'));
  if (touched && type !== undefined) {
    draft.fields.stickiness = blocks(fields({ type: text(type), enabled: stickiness.enabled, cookie_duration: stickiness.cookie_duration, cookie_name: stickiness.cookie_name }));
  } else if (touched) {
    unmapped.push('stickiness.* (no stickiness.type known)');
  }
  if (unmapped.length > 0) draft.note(`Not mapped from ModifyTargetGroupAttributes: ${unmapped.join(', ')}; check the first plan.`);
}

/**
 * A target group the session did not create is adopted only from an event that echoes its whole
 * configuration: port, protocol and vpc_id force replacement when left out, so a partial block is unsafe.
 */
function knownTargetGroup(ctx: FoldContext, arn: string, eventName: string): ResourceDraft | undefined {
  const draft = ctx.find(TG, arn);
  if (!draft) {
    ctx.ignore(`${eventName} changes target group ${arn}, which existed before the session; its port, protocol and VPC are not in this event, so Trailform does not adopt it`);
  }
  return draft ? ctx.change(TG, arn, { nameHint: draft.nameHint }) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Actions and conditions (listeners and rules)

function forwardFields(action: JsonValue): Fields {
  const groups = listAt(action, 'forwardConfig.targetGroups');
  const tgArn = optString(action, 'targetGroupArn');
  const sticky = at(action, 'forwardConfig.targetGroupStickinessConfig');
  const stickyDuration = optNumber(sticky, 'durationSeconds');
  // A forward to one group (which the API also echoes as a one-group forwardConfig) is written the way
  // the lb_listener doc writes a plain forward: `target_group_arn`. Weights or stickiness need `forward`.
  if (groups.length <= 1 && stickyDuration === undefined) {
    const arn = tgArn ?? optString(groups[0], 'targetGroupArn');
    return arn ? { target_group_arn: text(arn) } : {};
  }
  return {
    forward: blocks(
      fields({
        target_group: blocks(...groups.map((g) => fields({ arn: text(reqString(g, 'targetGroupArn')), weight: numberAt(g, 'weight') }))),
        stickiness: stickyDuration !== undefined ? blocks(fields({ duration: number(stickyDuration), enabled: flagAt(sticky, 'enabled') })) : undefined,
      }),
    ),
  };
}

function extraParams(source: JsonValue, path: string) {
  const params = readTags(at(source, path));
  return tagsField(params);
}

function actionFields(action: JsonValue): Fields {
  const type = reqString(action, 'type');
  const out: Fields = fields({ type: text(type), order: numberAt(action, 'order') });
  if (type === 'forward') Object.assign(out, forwardFields(action));
  const redirect = at(action, 'redirectConfig');
  if (isObject(redirect)) {
    out.redirect = blocks(
      fields({
        status_code: text(reqString(redirect, 'statusCode')),
        protocol: textAt(redirect, 'protocol'),
        port: textAt(redirect, 'port'),
        host: textAt(redirect, 'host'),
        path: textAt(redirect, 'path'),
        query: textAt(redirect, 'query'),
      }),
    );
  }
  const fixed = at(action, 'fixedResponseConfig');
  if (isObject(fixed)) {
    out.fixed_response = blocks(
      fields({ content_type: text(reqString(fixed, 'contentType')), message_body: textAt(fixed, 'messageBody'), status_code: textAt(fixed, 'statusCode') }),
    );
  }
  const cognito = at(action, 'authenticateCognitoConfig');
  if (isObject(cognito)) {
    out.authenticate_cognito = blocks(
      fields({
        user_pool_arn: text(reqString(cognito, 'userPoolArn')),
        user_pool_client_id: text(reqString(cognito, 'userPoolClientId')),
        user_pool_domain: text(reqString(cognito, 'userPoolDomain')),
        on_unauthenticated_request: textAt(cognito, 'onUnauthenticatedRequest'),
        scope: textAt(cognito, 'scope'),
        session_cookie_name: textAt(cognito, 'sessionCookieName'),
        session_timeout: numberAt(cognito, 'sessionTimeout'),
        authentication_request_extra_params: extraParams(cognito, 'authenticationRequestExtraParams'),
      }),
    );
  }
  const oidc = at(action, 'authenticateOidcConfig');
  if (isObject(oidc)) {
    // Whatever the record holds (usually HIDDEN_DUE_TO_SECURITY_REASONS), the secret is never printed:
    // it becomes a sensitive variable.
    out.authenticate_oidc = blocks(
      fields({
        issuer: text(reqString(oidc, 'issuer')),
        authorization_endpoint: text(reqString(oidc, 'authorizationEndpoint')),
        token_endpoint: text(reqString(oidc, 'tokenEndpoint')),
        user_info_endpoint: text(reqString(oidc, 'userInfoEndpoint')),
        client_id: text(reqString(oidc, 'clientId')),
        client_secret: sensitive('OIDC client secret of the load balancer action (CloudTrail does not reveal it)'),
        on_unauthenticated_request: textAt(oidc, 'onUnauthenticatedRequest'),
        scope: textAt(oidc, 'scope'),
        session_cookie_name: textAt(oidc, 'sessionCookieName'),
        session_timeout: numberAt(oidc, 'sessionTimeout'),
        authentication_request_extra_params: extraParams(oidc, 'authenticationRequestExtraParams'),
      }),
    );
  }
  return out;
}

function actionBlocks(actions: JsonValue[], attr: string, draft: ResourceDraft): Blocks {
  if (actions.length === 0) throw new MalformedRecordError(`missing ${attr === 'action' ? 'actions' : 'defaultActions'}`);
  return blocks(
    ...actions.map((action, i) => {
      if (isObject(at(action, 'authenticateOidcConfig'))) {
        draft.ignoreChanges(
          `${attr}[${i}].authenticate_oidc[0].client_secret`,
          'ELB never returns the OIDC client secret (AuthenticateOidcActionConfig, ELB API reference), so an imported listener or rule has none in state',
        );
      }
      return actionFields(action);
    }),
  );
}

const CONDITION_BLOCKS: Record<string, readonly [string, string]> = {
  'host-header': ['host_header', 'hostHeaderConfig'],
  'path-pattern': ['path_pattern', 'pathPatternConfig'],
  'http-request-method': ['http_request_method', 'httpRequestMethodConfig'],
  'source-ip': ['source_ip', 'sourceIpConfig'],
};

function conditionFields(condition: JsonValue): Fields {
  const field = reqString(condition, 'field');
  if (field === 'http-header') {
    const config = at(condition, 'httpHeaderConfig');
    return { http_header: blocks({ http_header_name: text(reqString(config, 'httpHeaderName')), values: strings(stringList(config, 'values')) }) };
  }
  if (field === 'query-string') {
    return {
      query_string: blocks(...listAt(condition, 'queryStringConfig.values').map((v) => fields({ key: textAt(v, 'key'), value: text(reqString(v, 'value')) }))),
    };
  }
  const known = CONDITION_BLOCKS[field];
  if (!known) throw new MalformedRecordError(`unknown rule condition field ${field}`);
  // The older form puts the values on the condition itself (`values`), the newer one in `<field>Config`.
  const values = stringList(condition, `${known[1]}.values`);
  return { [known[0]]: blocks({ values: strings(values.length > 0 ? values : stringList(condition, 'values')) }) };
}

function conditionBlocks(conditions: JsonValue[]): Blocks {
  if (conditions.length === 0) throw new MalformedRecordError('missing conditions');
  return blocks(...conditions.map(conditionFields));
}

// ---------------------------------------------------------------------------------------------
// Listeners

function listenerFields(request: JsonValue, listener: JsonValue, draft: ResourceDraft): Fields {
  const source = (path: string) => (at(request, path) !== undefined ? request : listener);
  const certificates = listAt(source('certificates'), 'certificates');
  const defaultCert = certificates.find((c) => optBool(c, 'isDefault') === true) ?? certificates[0];
  const alpn = stringList(source('alpnPolicy'), 'alpnPolicy')[0];
  const actions = listAt(source('defaultActions'), 'defaultActions');
  const out = fields({
    port: numberAt(source('port'), 'port'),
    protocol: textAt(source('protocol'), 'protocol'),
    ssl_policy: textAt(source('sslPolicy'), 'sslPolicy'),
    certificate_arn: maybe(optString(defaultCert, 'certificateArn'), text),
    alpn_policy: maybe(alpn, text),
    default_action: actions.length > 0 ? actionBlocks(actions, 'default_action', draft) : undefined,
  });
  return out;
}

/**
 * ModifyListenerAttributes keys are the listener's argument names with dots (`tcp.idle_timeout.seconds`,
 * `routing.http.response.server.enabled`); the lb_listener doc lists the ones the provider manages.
 */
const LISTENER_ATTRIBUTES = new Set([
  'tcp_idle_timeout_seconds',
  'routing_http_response_server_enabled',
  'routing_http_response_strict_transport_security_header_value',
  'routing_http_response_access_control_allow_origin_header_value',
  'routing_http_response_access_control_allow_methods_header_value',
  'routing_http_response_access_control_allow_headers_header_value',
  'routing_http_response_access_control_allow_credentials_header_value',
  'routing_http_response_access_control_expose_headers_header_value',
  'routing_http_response_access_control_max_age_header_value',
  'routing_http_response_content_security_policy_header_value',
  'routing_http_response_x_content_type_options_header_value',
  'routing_http_response_x_frame_options_header_value',
  'routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name',
  'routing_http_request_x_amzn_mtls_clientcert_issuer_header_name',
  'routing_http_request_x_amzn_mtls_clientcert_subject_header_name',
  'routing_http_request_x_amzn_mtls_clientcert_validity_header_name',
  'routing_http_request_x_amzn_mtls_clientcert_leaf_header_name',
  'routing_http_request_x_amzn_mtls_clientcert_header_name',
  'routing_http_request_x_amzn_tls_version_header_name',
  'routing_http_request_x_amzn_tls_cipher_suite_header_name',
]);

function applyListenerAttributes(event: MapperEvent, draft: ResourceDraft): void {
  const unmapped: string[] = [];
  for (const [key, value] of readAttributes(event)) {
    const attr = key.replace(/\./g, '_');
    if (!LISTENER_ATTRIBUTES.has(attr)) unmapped.push(key);
    else draft.fields[attr] = attributeValue(value, attr === 'tcp_idle_timeout_seconds' ? 'number' : attr.endsWith('_enabled') ? 'bool' : 'string', key);
  }
  if (unmapped.length > 0) draft.note(`Not mapped from ModifyListenerAttributes: ${unmapped.join(', ')}; check the first plan.`);
}

function listenerExports(arn: string) {
  return { arn, id: arn };
}

/** A listener the session did not create is import-only: its required arguments are not in the event. */
function changeListener(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(LISTENER, arn, { nameHint: `${lbNameOf(arn)}_listener`, exports: listenerExports(arn) });
}

// ---------------------------------------------------------------------------------------------
// Rules

function changeRule(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(RULE, arn, { nameHint: `${lbNameOf(arn)}_rule`, exports: { arn, id: arn } });
}

function applyRule(source: JsonValue, draft: ResourceDraft): void {
  const priority = optNumber(source, 'priority');
  if (priority !== undefined) draft.fields.priority = number(priority);
  const conditions = listAt(source, 'conditions');
  if (conditions.length > 0) draft.fields.condition = conditionBlocks(conditions);
  const actions = listAt(source, 'actions');
  if (actions.length > 0) draft.fields.action = actionBlocks(actions, 'action', draft);
}

/** Certificates beyond the default one: `<listener-arn>_<certificate-arn>`, as the import ID. */
const certificateId = (listener: string, certificate: string) => `${listener}_${certificate}`;

/** Listener and rule ARNs embed their load balancer's (`listener/app/name/lb-id/listener-id`). */
function childPrefix(arn: string, kind: 'listener' | 'listener-rule'): string {
  return arn.replace(/:(loadbalancer|listener)\//, `:${kind}/`) + '/';
}

// ---------------------------------------------------------------------------------------------
// Tags (one AddTags/RemoveTags names any mix of load balancers, target groups, listeners and rules)

function taggable(ctx: FoldContext, arn: string, eventName: string): ResourceDraft | undefined {
  const { kind } = parseArn(arn);
  if (kind === 'loadbalancer') return changeLb(ctx, arn);
  if (kind === 'targetgroup') return knownTargetGroup(ctx, arn, eventName);
  if (kind === 'listener') return changeListener(ctx, arn);
  if (kind === 'listener-rule') return changeRule(ctx, arn);
  ctx.ignore(`${eventName}: ${arn} is not a resource Trailform maps (trust stores and others are not covered)`);
  return undefined;
}

function classicGuard(event: MapperEvent, ctx: FoldContext): boolean {
  const reason = classicReason(event);
  if (reason) ctx.ignore(reason);
  return reason !== undefined;
}

export const elbv2: ServiceMapper = {
  service: 'elbv2',
  eventSource: 'elasticloadbalancing.amazonaws.com',
  resources: [
    {
      type: LB,
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
      required: [],
      references: { vpc_id: ['aws_vpc'] },
      events: ['CreateTargetGroup', 'ModifyTargetGroup', 'ModifyTargetGroupAttributes', 'AddTags', 'RemoveTags', 'DeleteTargetGroup'],
    },
    {
      type: LISTENER,
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
      required: ['action', 'condition', 'listener_arn'],
      references: {
        listener_arn: [LISTENER],
        'action.target_group_arn': [TG],
        'action.forward.target_group.arn': [TG],
        'action.authenticate_cognito.user_pool_arn': ['aws_cognito_user_pool'],
      },
      events: ['CreateRule', 'ModifyRule', 'SetRulePriorities', 'AddTags', 'RemoveTags', 'DeleteRule', 'DeleteListener', 'DeleteLoadBalancer'],
    },
  ],
  events: {
    CreateLoadBalancer(event, ctx) {
      if (classicGuard(event, ctx)) return;
      const lb = first(event.response, 'loadBalancers', 'loadBalancers[0] in the response');
      const arn = reqString(lb, 'loadBalancerArn');
      const name = reqString(event.request, 'name');
      const scheme = optString(event.request, 'scheme') ?? optString(lb, 'scheme');
      ctx.create(LB, arn, {
        nameHint: name,
        exports: lbExports(arn),
        fields: fields({
          name: text(name),
          load_balancer_type: text(optString(lb, 'type') ?? optString(event.request, 'type') ?? 'application'),
          internal: scheme === undefined ? undefined : flag(scheme === 'internal'),
          ip_address_type: textAt(event.request, 'ipAddressType'),
          customer_owned_ipv4_pool: textAt(event.request, 'customerOwnedIpv4Pool'),
          security_groups: stringsAt(event.request, 'securityGroups'),
          ...subnetFields(event.request),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    ModifyLoadBalancerAttributes(event, ctx) {
      if (classicGuard(event, ctx)) return;
      applyLbAttributes(event, changeLb(ctx, reqString(event.request, 'loadBalancerArn')));
    },
    SetSecurityGroups(event, ctx) {
      const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
      lb.fields.security_groups = strings(stringList(event.request, 'securityGroups'));
      const enforce = optString(event.request, 'enforceSecurityGroupInboundRulesOnPrivateLinkTraffic');
      if (enforce !== undefined) lb.fields.enforce_security_group_inbound_rules_on_private_link_traffic = text(enforce);
    },
    SetSubnets(event, ctx) {
      const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
      delete lb.fields.subnets;
      delete lb.fields.subnet_mapping;
      Object.assign(lb.fields, subnetFields(event.request));
      const ipType = optString(event.request, 'ipAddressType');
      if (ipType !== undefined) lb.fields.ip_address_type = text(ipType);
    },
    SetIpAddressType(event, ctx) {
      const lb = changeLb(ctx, reqString(event.request, 'loadBalancerArn'));
      lb.fields.ip_address_type = text(reqString(event.request, 'ipAddressType'));
    },
    DeleteLoadBalancer(event, ctx) {
      if (classicGuard(event, ctx)) return;
      const arn = reqString(event.request, 'loadBalancerArn');
      // Deleting a load balancer deletes its listeners and their rules (DeleteLoadBalancer, ELB API reference).
      for (const [type, kind] of [[RULE, 'listener-rule'], [CERTIFICATE, 'listener'], [LISTENER, 'listener']] as const) {
        const prefix = childPrefix(arn, kind);
        for (const child of ctx.all(type)) if (child.id.startsWith(prefix)) ctx.remove(type, child.id);
      }
      ctx.remove(LB, arn);
    },
    AddTags(event, ctx) {
      if (classicGuard(event, ctx)) return;
      const tags = readTags(at(event.request, 'tags'));
      for (const arn of stringList(event.request, 'resourceArns')) {
        const draft = taggable(ctx, arn, event.eventName);
        if (draft) applyTags(draft, tags);
      }
    },
    RemoveTags(event, ctx) {
      if (classicGuard(event, ctx)) return;
      const keys = stringList(event.request, 'tagKeys');
      for (const arn of stringList(event.request, 'resourceArns')) {
        const draft = taggable(ctx, arn, event.eventName);
        if (draft) applyTags(draft, {}, keys);
      }
    },

    CreateTargetGroup(event, ctx) {
      const group = first(event.response, 'targetGroups', 'targetGroups[0] in the response');
      const arn = reqString(group, 'targetGroupArn');
      const draft = ctx.create(TG, arn, { nameHint: reqString(event.request, 'name'), exports: tgExports(arn) });
      draft.fields = targetGroupFields(event.request, group);
    },
    ModifyTargetGroup(event, ctx) {
      const arn = reqString(event.request, 'targetGroupArn');
      const group = listOf(at(event.response, 'targetGroups'))[0];
      const known = ctx.find(TG, arn);
      if (!known && isObject(group)) {
        // The response echoes the whole target group: enough to adopt it with its real configuration.
        const adopted = ctx.change(TG, arn, { nameHint: reqString(group, 'targetGroupName'), exports: tgExports(arn) });
        adopted.fields = targetGroupFields({}, group);
        return;
      }
      const draft = knownTargetGroup(ctx, arn, event.eventName);
      if (!draft) return;
      const check = isObject(group) ? healthCheck(group, blockFields(draft, 'health_check')) : healthCheck(event.request, blockFields(draft, 'health_check'));
      draft.fields.health_check = blocks(check);
    },
    ModifyTargetGroupAttributes(event, ctx) {
      const draft = knownTargetGroup(ctx, reqString(event.request, 'targetGroupArn'), event.eventName);
      if (draft) applyTgAttributes(event, draft);
    },
    DeleteTargetGroup(event, ctx) {
      ctx.remove(TG, reqString(event.request, 'targetGroupArn'));
    },

    CreateListener(event, ctx) {
      const listener = first(event.response, 'listeners', 'listeners[0] in the response');
      const arn = reqString(listener, 'listenerArn');
      const lbArn = reqString(event.request, 'loadBalancerArn');
      const protocol = optString(event.request, 'protocol') ?? optString(listener, 'protocol') ?? 'listener';
      const port = optString(event.request, 'port') ?? optString(listener, 'port') ?? '';
      const draft = ctx.create(LISTENER, arn, { nameHint: `${lbNameOf(lbArn)}_${protocol}_${port}`, exports: listenerExports(arn) });
      draft.fields = {
        load_balancer_arn: text(lbArn),
        ...listenerFields(event.request, listener, draft),
        ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }),
      };
      if (draft.fields.default_action === undefined) throw new MalformedRecordError('missing defaultActions');
    },
    ModifyListener(event, ctx) {
      // Only the arguments the request names change. A listener from before the session lacks
      // load_balancer_arn and default_action here, so it stays import-only (configuration generated).
      const draft = changeListener(ctx, reqString(event.request, 'listenerArn'));
      Object.assign(draft.fields, listenerFields(event.request, {}, draft));
    },
    ModifyListenerAttributes(event, ctx) {
      applyListenerAttributes(event, changeListener(ctx, reqString(event.request, 'listenerArn')));
    },
    DeleteListener(event, ctx) {
      const arn = reqString(event.request, 'listenerArn');
      const prefix = childPrefix(arn, 'listener-rule');
      for (const rule of ctx.all(RULE)) if (rule.id.startsWith(prefix)) ctx.remove(RULE, rule.id);
      for (const certificate of ctx.all(CERTIFICATE)) if (certificate.id.startsWith(`${arn}_`)) ctx.remove(CERTIFICATE, certificate.id);
      ctx.remove(LISTENER, arn);
    },
    AddListenerCertificates(event, ctx) {
      const listener = reqString(event.request, 'listenerArn');
      for (const item of listAt(event.request, 'certificates')) {
        // The default certificate is the listener's certificate_arn, not a separate resource.
        if (optBool(item, 'isDefault') === true) continue;
        const certificate = reqString(item, 'certificateArn');
        const id = certificateId(listener, certificate);
        ctx.create(CERTIFICATE, id, {
          nameHint: `${lbNameOf(listener)}_certificate`,
          fields: { listener_arn: text(listener), certificate_arn: text(certificate) },
        });
      }
    },
    RemoveListenerCertificates(event, ctx) {
      const listener = reqString(event.request, 'listenerArn');
      for (const item of listAt(event.request, 'certificates')) ctx.remove(CERTIFICATE, certificateId(listener, reqString(item, 'certificateArn')));
    },

    CreateRule(event, ctx) {
      const rule = first(event.response, 'rules', 'rules[0] in the response');
      const arn = reqString(rule, 'ruleArn');
      const listenerArn = reqString(event.request, 'listenerArn');
      const priority = reqString(event.request, 'priority');
      const draft = ctx.create(RULE, arn, { nameHint: `${lbNameOf(listenerArn)}_rule_${priority}`, exports: { arn, id: arn } });
      draft.fields = { listener_arn: text(listenerArn) };
      applyRule(event.request, draft);
      if (!draft.fields.condition || !draft.fields.action) throw new MalformedRecordError('missing conditions or actions');
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) draft.fields.tags = tags;
    },
    ModifyRule(event, ctx) {
      const draft = changeRule(ctx, reqString(event.request, 'ruleArn'));
      applyRule(event.request, draft);
    },
    SetRulePriorities(event, ctx) {
      for (const item of listAt(event.request, 'rulePriorities')) {
        const draft = changeRule(ctx, reqString(item, 'ruleArn'));
        const priority = optNumber(item, 'priority');
        if (priority === undefined) throw new MalformedRecordError('rulePriorities[].priority missing');
        draft.fields.priority = number(priority);
      }
    },
    DeleteRule(event, ctx) {
      ctx.remove(RULE, reqString(event.request, 'ruleArn'));
    },
  },
};
