// Listeners, their extra certificates and listener rules, with the actions and conditions they share.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import type { Blocks } from '../../model';
import { at, isObject, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flagAt, maybe, number, numberAt, sensitive, strings, tagsField, text, textAt } from '../values';
import { attributeValue, CERTIFICATE, first, lbNameOf, LISTENER, readAttributes, RULE } from './shared';

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

/** A listener the session did not create is import-only: its required arguments are not in the event. */
export function changeListener(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(LISTENER, arn, {});
}

// ---------------------------------------------------------------------------------------------
// Rules

export function changeRule(ctx: FoldContext, arn: string): ResourceDraft {
  return ctx.change(RULE, arn, {});
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
export function childPrefix(arn: string, kind: 'listener' | 'listener-rule'): string {
  return arn.replace(/:(loadbalancer|listener)\//, `:${kind}/`) + '/';
}

export const listenerHandlers: Record<string, EventHandler> = {
  CreateListener(event, ctx) {
    const listener = first(event.response, 'listeners', 'listeners[0] in the response');
    const arn = reqString(listener, 'listenerArn');
    const lbArn = reqString(event.request, 'loadBalancerArn');
    const protocol = optString(event.request, 'protocol') ?? optString(listener, 'protocol') ?? 'listener';
    const port = optString(event.request, 'port') ?? optString(listener, 'port') ?? '';
    const draft = ctx.create(LISTENER, arn, { nameHint: `${lbNameOf(lbArn)}_${protocol}_${port}` });
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
    for (const rule of ctx.allWithIdPrefix(RULE, prefix)) ctx.remove(RULE, rule.id);
    for (const certificate of ctx.allWithIdPrefix(CERTIFICATE, `${arn}_`)) ctx.remove(CERTIFICATE, certificate.id);
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
    const draft = ctx.create(RULE, arn, { nameHint: `${lbNameOf(listenerArn)}_rule_${priority}` });
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
};
