// A stand-in for the first `terraform plan` after import, for golden scenarios that adopt or modify
// resources. It reads the scenario's output (import blocks and resource blocks, parsed by HashiCorp's
// parser) and a fixture of each live resource as `terraform import` would read it (arguments and tags
// from the API's describe response, as JSON), and lists the arguments the plan would change.
//
// For each import target:
// - no resource block: `terraform plan -generate-config-out` writes the block from the live resource,
//   so nothing changes, provided the live fixture exists (the import ID names a real resource);
// - a resource block: every argument it sets must equal the live value, and every optional,
//   non-computed argument (or nested block) it leaves out must be unset in the live resource, or the
//   plan would reset it. `tags` is compared as a whole map: a partial map removes the other tags.
//   Arguments listed in `lifecycle { ignore_changes }` are skipped, as Terraform skips them.
//
// Where it is weaker than Terraform (documented, not hidden):
// - provider defaults are not in the schema JSON: a live value equal to a zero value (false, 0, "", an
//   empty list) or to a default in PROVIDER_DEFAULTS (an argument, or a whole left-out nested block) counts
//   as unset, so a left-out argument whose real default is neither is not caught; nor is the computed-ness
//   of nested blocks, which COMPUTED_BLOCKS supplies from the provider source (a left-out one is kept);
// - references (`aws_vpc.main.id`, also as list elements) are resolved only to resources of the same
//   output whose live fixture gives that attribute; otherwise (variables too) they count as equal;
// - ForceNew is not in the schema JSON, so a change is listed, not classified as a replacement;
// - expressions other than references (`jsonencode({...})`) are not evaluated: they count as equal;
// - nested blocks are compared in order, element by element and attribute by attribute against the
//   nested schema, with the same rules as top-level arguments (a set argument, as a sorted list; a
//   left-out optional, non-computed attribute must be unset live; a left-out computed one is not checked);
//   their number must match; sets of blocks are not reordered (write the live fixture in the output's order);
//   `block[i].argument` entries of ignore_changes are skipped there, as Terraform skips them;
//   sets are compared as sorted lists;
// - a nested block the output leaves out and COMPUTED_BLOCKS does not list counts as configurable: the
//   schema JSON does not say which blocks are Optional+Computed (aws_instance cpu_options,
//   root_block_device …), so a live fixture leaves those out and says so in its source;
// - Terraform-only arguments (skip_final_snapshot, recovery_window_in_days …, `timeouts` blocks) are not read back by import
//   and are not checked; neither are values the provider normalizes (JSON policies are compared parsed).

import { parseHcl, schemaSubset } from './hcl-oracle';

export interface LiveResource {
  /** Which API call and response field the values come from. */
  readonly source: string;
  readonly attributes: Record<string, unknown>;
}

export interface LiveFixture {
  readonly resources: Record<string, LiveResource>;
}

type Parsed = { import?: { to: string; id: string }[]; resource?: Record<string, Record<string, Record<string, unknown>[]>> };

const META = new Set(['provider', 'lifecycle', 'depends_on', 'count', 'for_each']);

/**
 * Provider defaults the schema JSON does not carry, for the types the scenarios check: a live value equal
 * to one plans no change when the argument is left out. From the provider's docs (Argument Reference).
 * An argument of a nested block is named by its block path (`rule.schedule_expression_timezone`).
 */
const PROVIDER_DEFAULTS: Record<string, Record<string, unknown>> = {
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/kms_key#argument-reference
  aws_kms_key: { customer_master_key_spec: 'SYMMETRIC_DEFAULT', is_enabled: true, key_usage: 'ENCRYPT_DECRYPT' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/api_gateway_integration#connection_type:
  // "INTERNET (default for connections through the public routable internet)"; GetIntegration returns it
  aws_api_gateway_integration: { connection_type: 'INTERNET' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cognito_user_pool#argument-reference:
  // deletion_protection "Default value is INACTIVE", mfa_configuration "Defaults of OFF"
  aws_cognito_user_pool: { deletion_protection: 'INACTIVE', mfa_configuration: 'OFF' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/dynamodb_table#argument-reference:
  // table_class "Default value is STANDARD", billing_mode "Defaults to PROVISIONED"
  aws_dynamodb_table: { table_class: 'STANDARD', billing_mode: 'PROVISIONED' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/backup_plan#schedule_expression_timezone:
  // "Default value: Etc/UTC"
  aws_backup_plan: { 'rule.schedule_expression_timezone': 'Etc/UTC' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/budgets_budget#time_period_end; the
  // schema's Default "2087-06-15_00:00" (internal/service/budgets/budget.go), also the API's open end
  aws_budgets_budget: { time_period_end: '2087-06-15_00:00' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cloudwatch_metric_alarm#argument-reference:
  // actions_enabled "Defaults to true", treat_missing_data "Defaults to missing"
  aws_cloudwatch_metric_alarm: { actions_enabled: true, treat_missing_data: 'missing' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/kinesis_stream#argument-reference:
  // retention_period "Default is 24", encryption_type "The default value is NONE"
  aws_kinesis_stream: { retention_period: 24, encryption_type: 'NONE' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/vpc#argument-reference
  aws_vpc: { enable_dns_support: true, instance_tenancy: 'default' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/network_interface#argument-reference
  aws_network_interface: { source_dest_check: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/nat_gateway#argument-reference
  aws_nat_gateway: { connectivity_type: 'public' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/eks_cluster#vpc_config
  aws_eks_cluster: { 'vpc_config.endpoint_public_access': true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/elasticache_cluster#auto_minor_version_upgrade
  aws_elasticache_cluster: { auto_minor_version_upgrade: 'true' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/elasticache_replication_group#port
  // (Redis default 6379; the provider suppresses it when the argument is left out)
  aws_elasticache_replication_group: { port: 6379 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/iam_role#argument-reference
  aws_iam_role: { max_session_duration: 3600, path: '/' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/iam_instance_profile#argument-reference
  aws_iam_instance_profile: { path: '/' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/iam_user#argument-reference
  aws_iam_user: { path: '/' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/iam_policy#argument-reference
  aws_iam_policy: { path: '/' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/instance#argument-reference
  // and #metadata-options
  aws_instance: { source_dest_check: true, 'metadata_options.http_endpoint': 'enabled', 'metadata_options.http_protocol_ipv6': 'disabled' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/lambda_function#argument-reference
  // (memory_size 128, package_type Zip, reserved_concurrent_executions -1 "Unreserved Concurrency Limits", timeout 3)
  aws_lambda_function: { memory_size: 128, package_type: 'Zip', reserved_concurrent_executions: -1, timeout: 3 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/db_instance#argument-reference
  aws_db_instance: { auto_minor_version_upgrade: true, delete_automated_backups: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster_instance#argument-reference
  aws_rds_cluster_instance: { auto_minor_version_upgrade: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/sqs_queue#argument-reference
  aws_sqs_queue: { max_message_size: 262144, message_retention_seconds: 345600, visibility_timeout_seconds: 30 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/scheduler_schedule#state
  aws_scheduler_schedule: { state: 'ENABLED' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/transfer_server#domain
  aws_transfer_server: { domain: 'S3' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/sagemaker_model#mode:
  // "The default value is SingleModel"
  aws_sagemaker_model: { 'primary_container.mode': 'SingleModel' },
  // live-f: https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/ec2_transit_gateway#argument-reference
  // ("Default value: …" of each option; the schema's Default in internal/service/ec2/transitgateway_.go)
  aws_ec2_transit_gateway: { amazon_side_asn: 64512, auto_accept_shared_attachments: 'disable', default_route_table_association: 'enable', default_route_table_propagation: 'enable', dns_support: 'enable', multicast_support: 'disable', security_group_referencing_support: 'disable', vpn_ecmp_support: 'enable' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/ec2_transit_gateway_vpc_attachment#argument-reference
  aws_ec2_transit_gateway_vpc_attachment: { appliance_mode_support: 'disable', dns_support: 'enable', ipv6_support: 'disable' },
  // internal/service/ecs/service.go: propagate_tags (DiffSuppressFunc: old "NONE", new "" plans nothing; DescribeServices
  // answers NONE when the service propagates no tags)
  aws_ecs_service: { propagate_tags: 'NONE' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/lb_target_group#deregistration_delay
  // ("The default value is 300 seconds")
  aws_lb_target_group: { deregistration_delay: '300' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cloudwatch_event_rule#argument-reference:
  // event_bus_name "If you omit this, the default event bus is used" (schema Default "default"), is_enabled "Defaults to
  // true" (read back from State); cloudwatch_event_target the same event_bus_name default
  aws_cloudwatch_event_rule: { event_bus_name: 'default', is_enabled: true },
  aws_cloudwatch_event_target: { event_bus_name: 'default' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/glue_trigger#enabled ("Defaults to true";
  // read back from the trigger's State)
  aws_glue_trigger: { enabled: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/kinesis_firehose_delivery_stream
  // (#extended_s3_configuration: buffering_size "defaults to 5", buffering_interval "defaults to 300", compression_format
  // "defaults to UNCOMPRESSED", s3_backup_mode "Default value is Disabled", custom_time_zone "Default is UTC"; the same
  // for s3_backup_configuration; data_format_conversion_configuration enabled "Defaults to true", schema_configuration
  // version_id "Defaults to LATEST", dynamic_partitioning_configuration retry_duration "Default is 300";
  // server_side_encryption key_type "Default value is AWS_OWNED_CMK")
  aws_kinesis_firehose_delivery_stream: {
    'extended_s3_configuration.buffering_size': 5,
    'extended_s3_configuration.buffering_interval': 300,
    'extended_s3_configuration.compression_format': 'UNCOMPRESSED',
    'extended_s3_configuration.s3_backup_mode': 'Disabled',
    'extended_s3_configuration.custom_time_zone': 'UTC',
    'extended_s3_configuration.s3_backup_configuration.buffering_size': 5,
    'extended_s3_configuration.s3_backup_configuration.buffering_interval': 300,
    'extended_s3_configuration.s3_backup_configuration.compression_format': 'UNCOMPRESSED',
    'extended_s3_configuration.data_format_conversion_configuration.enabled': true,
    'extended_s3_configuration.data_format_conversion_configuration.schema_configuration.version_id': 'LATEST',
    'extended_s3_configuration.dynamic_partitioning_configuration.retry_duration': 300,
    'server_side_encryption.key_type': 'AWS_OWNED_CMK',
  },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/lb#argument-reference (client_keep_alive
  // "default is 3600", desync_mitigation_mode "Default is defensive", enable_http2 "Defaults to true", idle_timeout
  // "Default: 60", xff_header_processing_mode "default append"; Default in internal/service/elbv2/load_balancer.go)
  aws_lb: { client_keep_alive: 3600, desync_mitigation_mode: 'defensive', enable_http2: true, idle_timeout: 60, xff_header_processing_mode: 'append', load_balancer_type: 'application' },
  // internal/service/elbv2/listener_rule.go: the authenticate actions' scope "openid", session_cookie_name
  // "AWSELBAuthSessionCookie", session_timeout 604800 (schema Default); the API answers the same when none is given
  aws_lb_listener_rule: {
    'action.authenticate_oidc.scope': 'openid',
    'action.authenticate_oidc.session_cookie_name': 'AWSELBAuthSessionCookie',
    'action.authenticate_oidc.session_timeout': 604800,
    'action.authenticate_cognito.scope': 'openid',
    'action.authenticate_cognito.session_cookie_name': 'AWSELBAuthSessionCookie',
    'action.authenticate_cognito.session_timeout': 604800,
  },
};

/**
 * Nested blocks the provider declares Optional and Computed, or whose absence from the configuration it
 * suppresses (verify.SuppressMissingOptionalConfigurationBlock): the schema JSON marks neither for blocks.
 * Left out of the configuration, such a block keeps its live value, so the plan changes nothing; set in it,
 * it is compared as any other block. A block inside another is named by its path (`target.retry_policy`).
 * From the provider source (hashicorp/terraform-provider-aws).
 */
const COMPUTED_BLOCKS: Record<string, readonly string[]> = {
  // internal/service/acm/certificate.go: options (Optional, Computed)
  aws_acm_certificate: ['options'],
  // internal/service/cognitoidp/user_pool.go: Optional+Computed, or SuppressMissingOptionalConfigurationBlock
  // (account_recovery_setting, email_configuration)
  aws_cognito_user_pool: ['account_recovery_setting', 'admin_create_user_config', 'email_configuration', 'password_policy', 'sign_in_policy', 'sms_configuration', 'verification_message_template'],
  // internal/service/dynamodb/table.go: point_in_time_recovery, server_side_encryption, ttl, on_demand_throughput,
  // warm_throughput (Optional, Computed)
  aws_dynamodb_table: ['point_in_time_recovery', 'server_side_encryption', 'ttl', 'on_demand_throughput', 'warm_throughput'],
  // internal/service/scheduler/schedule.go: target.retry_policy (Optional, Computed: the API always answers
  // one, 86400 s and 185 attempts when none is given)
  aws_scheduler_schedule: ['target.retry_policy'],
  // live-f: internal/service/ecr/repository.go: encryption_configuration and image_scanning_configuration
  // (DiffSuppressFunc: verify.SuppressMissingOptionalConfigurationBlock; DescribeRepositories always answers both)
  aws_ecr_repository: ['encryption_configuration', 'image_scanning_configuration'],
  // internal/service/ecrpublic/repository.go: catalog_data (SuppressMissingOptionalConfigurationBlock; the read always sets it
  // from GetRepositoryCatalogData)
  aws_ecrpublic_repository: ['catalog_data'],
  // internal/service/elasticache/user.go: authentication_mode (Optional, Computed: the read always sets it from
  // DescribeUsers' Authentication)
  aws_elasticache_user: ['authentication_mode'],
  // internal/service/elbv2/load_balancer.go: subnet_mapping (Optional, Computed), access_logs, connection_logs and
  // health_check_logs (SuppressMissingOptionalConfigurationBlock)
  aws_lb: ['subnet_mapping', 'access_logs', 'connection_logs', 'health_check_logs'],
  // internal/service/elbv2/target_group.go: health_check, stickiness, target_failover, target_health_state (Optional,
  // Computed: the read fills them from DescribeTargetGroups / DescribeTargetGroupAttributes)
  aws_lb_target_group: ['health_check', 'stickiness', 'target_failover', 'target_health_state'],
  // internal/service/firehose/delivery_stream.go: cloudWatchLoggingOptionsSchema (Optional, Computed: the API answers
  // Enabled false when none is set)
  aws_kinesis_firehose_delivery_stream: ['extended_s3_configuration.cloudwatch_logging_options', 'extended_s3_configuration.s3_backup_configuration.cloudwatch_logging_options'],
  // internal/service/glue/catalog_database.go: create_table_default_permission (Optional, Computed);
  // internal/service/glue/crawler.go: lake_formation_configuration (SuppressMissingOptionalConfigurationBlock)
  aws_glue_catalog_database: ['create_table_default_permission'],
  aws_glue_crawler: ['lake_formation_configuration'],
  // internal/service/elbv2/listener.go and listener_rule.go: a forward block with one target group, which the API returns
  // beside target_group_arn, is suppressed when the configuration leaves it out (diffSuppressMissingForward)
  aws_lb_listener: ['default_action.forward'],
  aws_lb_listener_rule: ['action.forward'],
};

function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.trim();
    if ((t.startsWith('{') || t.startsWith('[')) && t.length > 1) {
      try {
        return normalize(JSON.parse(t));
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/** `${aws_vpc.main.id}` → the live id of aws_vpc.main, when the fixture has it. */
function resolve(value: unknown, live: LiveFixture): { value: unknown; known: boolean } {
  if (Array.isArray(value)) {
    // A list of references (`[aws_sns_topic.t.arn]`): resolved element by element, unknown if one is.
    const items = value.map((v) => resolve(v, live));
    return items.every((r) => r.known) ? { value: items.map((r) => r.value), known: true } : { value, known: false };
  }
  if (typeof value !== 'string' || !value.includes('${')) return { value, known: true };
  const m = /^\$\{([a-z0-9_]+\.[a-z0-9_]+)\.(id|arn|name)\}$/.exec(value);
  const target = m ? live.resources[m[1]!]?.attributes[m[2]!] : undefined;
  return target === undefined ? { value, known: false } : { value: target, known: true };
}

type BlockSchema = ReturnType<typeof schemaSubset>['resources'][string];

/** The differences between configured and live nested blocks, judged by their nested schema. */
function blockDiffs(configured: unknown, liveValue: unknown, block: BlockSchema, type: string, path: string, live: LiveFixture, prefix: string, ignored: ReadonlySet<string>, ignorePrefix: string): string[] {
  const conf = Array.isArray(configured) ? configured : configured === undefined ? [] : [configured];
  const lv = Array.isArray(liveValue) ? liveValue : liveValue === undefined || liveValue === null ? [] : [liveValue];
  if (conf.length !== lv.length) return [`${path} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`];
  return conf.flatMap((c, i) => bodyDiffs((c ?? {}) as Record<string, unknown>, (lv[i] ?? {}) as Record<string, unknown>, block, type, `${path}[${i}]`, live, false, ignored, prefix, `${ignorePrefix}[${i}].`));
}

/**
 * Attribute-by-attribute differences of one body (a resource or a nested block) against its live value.
 * `ignored` holds the ignore_changes entries; `ignorePrefix` is this body's path in them (`access_config[0].`).
 */
function bodyDiffs(body: Record<string, unknown>, liveAttributes: Record<string, unknown>, block: BlockSchema, type: string, path: string, live: LiveFixture, top: boolean, ignored: ReadonlySet<string> = new Set(), prefix = '', ignorePrefix = ''): string[] {
  const changes: string[] = [];
  const names = new Set([...Object.keys(block.attributes), ...Object.keys(block.blocks ?? {})]);
  for (const name of names) {
    if (META.has(name) || ignored.has(ignorePrefix + name) || (top && (name === 'id' || name === 'region' || name === 'tags_all')) || name === 'timeouts') continue;
    const attribute = block.attributes[name];
    const nested = attribute ? undefined : block.blocks?.[name];
    const liveValue = liveAttributes[name];
    const where = top ? `${path}: ${name}` : `${path}.${name}`;
    const isDefault = Object.hasOwn(PROVIDER_DEFAULTS[type] ?? {}, prefix + name) && same(PROVIDER_DEFAULTS[type]![prefix + name], liveValue);
    if (nested && !Object.hasOwn(body, name) && COMPUTED_BLOCKS[type]?.includes(prefix + name)) continue;
    if (nested && (Object.hasOwn(body, name) || !(isUnset(liveValue) || isDefault))) {
      changes.push(...blockDiffs(body[name], liveValue, nested, type, where, live, `${prefix}${name}.`, ignored, `${ignorePrefix}${name}`));
      continue;
    }
    const configurable = attribute ? attribute.required || (attribute.optional && !attribute.computed) : true;
    if (Object.hasOwn(body, name)) {
      let configured: unknown = body[name];
      const r = resolve(configured, live);
      if (!r.known) continue;
      configured = r.value;
      if (attribute && Array.isArray(configured) && Array.isArray(liveValue) && JSON.stringify(attribute.type).startsWith('["set"')) {
        if (!same([...configured].sort(), [...liveValue].sort())) changes.push(`${where} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
        continue;
      }
      if (liveValue === undefined && isUnset(configured)) continue;
      if (!same(configured, liveValue)) changes.push(`${where} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
    } else if (configurable && !isUnset(liveValue) && !isDefault) {
      changes.push(`${where} (unset → live ${JSON.stringify(liveValue)}: the plan would reset it)`);
    }
  }
  return changes;
}

/** The arguments the first plan after import would change, as `address: argument (configured → live)`. */
export async function planChanges(files: Record<string, string>, live: LiveFixture): Promise<string[]> {
  const schema = schemaSubset();
  const imports: { to: string; id: string }[] = [];
  const blocks = new Map<string, Record<string, unknown>>();
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.tf')) continue;
    const parsed = (await parseHcl(name, text)) as Parsed;
    for (const i of parsed.import ?? []) imports.push({ to: i.to.replace(/^\$\{|\}$/g, ''), id: i.id });
    for (const [type, byName] of Object.entries(parsed.resource ?? {})) for (const [n, [body]] of Object.entries(byName)) blocks.set(`${type}.${n}`, body ?? {});
  }
  const changes: string[] = [];
  for (const { to } of imports) {
    const resource = live.resources[to];
    if (!resource) {
      changes.push(`${to}: no live fixture (the import would fail or read something else)`);
      continue;
    }
    const body = blocks.get(to);
    if (!body) continue; // generated from the live resource: nothing to change
    const type = to.slice(0, to.indexOf('.'));
    const typeSchema = schema.resources[type];
    if (!typeSchema) {
      changes.push(`${to}: ${type} is not in the schema subset`);
      continue;
    }
    const lifecycle = (body.lifecycle as { ignore_changes?: string[] }[] | undefined)?.[0];
    const ignored = new Set((lifecycle?.ignore_changes ?? []).map((s) => s.replace(/^\$\{|\}$/g, '')));
    changes.push(...bodyDiffs(body, resource.attributes, typeSchema, type, to, live, true, ignored));
  }
  return changes;
}
