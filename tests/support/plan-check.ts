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
//   and are not checked; neither are values the provider normalizes (JSON policies are compared parsed);
// - DiffSuppressFuncs are not in the schema JSON: EQUIVALENT lists the ones the scenarios meet (a Lambda
//   function name against its ARN), by argument path, with the provider-source file; any other differing
//   value is listed, even where the provider would suppress it.

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
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/lambda_event_source_mapping#enabled:
  // "Defaults to true"
  aws_lambda_event_source_mapping: { enabled: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/guardduty_detector#enable:
  // "Defaults to true" (internal/service/guardduty/detector.go, Default: true)
  aws_guardduty_detector: { enable: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/guardduty_publishing_destination#destination_type:
  // "Currently there is only "S3" available as destination type which is also the default value"
  aws_guardduty_publishing_destination: { destination_type: 'S3' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cloudwatch_log_subscription_filter#distribution
  // (internal/service/logs/subscription_filter.go: Default ByLogStream, the API's default too)
  aws_cloudwatch_log_subscription_filter: { distribution: 'ByLogStream' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/msk_cluster#az_distribution
  // (internal/service/kafka/cluster.go: Default DEFAULT, the only valid value)
  aws_msk_cluster: { 'broker_node_group_info.az_distribution': 'DEFAULT' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/athena_workgroup#argument-reference:
  // state "Defaults to ENABLED"; configuration publish_cloudwatch_metrics_enabled and enforce_workgroup_configuration
  // "Defaults to true"
  aws_athena_workgroup: { state: 'ENABLED', 'configuration.publish_cloudwatch_metrics_enabled': true, 'configuration.enforce_workgroup_configuration': true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/athena_named_query#workgroup:
  // "Defaults to primary" (Athena files a query created without one there)
  aws_athena_named_query: { workgroup: 'primary' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/autoscaling_group#warm_pool; the schema's
  // Default defaultWarmPoolMaxGroupPreparedCapacity = -1 (internal/service/autoscaling/consts.go), read back when the
  // API answers no MaxGroupPreparedCapacity
  aws_autoscaling_group: { 'warm_pool.max_group_prepared_capacity': -1 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/autoscaling_policy#enabled: "Default: true"
  aws_autoscaling_policy: { enabled: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cloudtrail#argument-reference:
  // enable_logging and include_global_service_events "Defaults to true"
  aws_cloudtrail: { enable_logging: true, include_global_service_events: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/cloudtrail_event_data_store#argument-reference:
  // billing_mode "Default: EXTENDABLE_RETENTION_PRICING", multi_region_enabled and termination_protection_enabled "Default: true"
  aws_cloudtrail_event_data_store: { billing_mode: 'EXTENDABLE_RETENTION_PRICING', multi_region_enabled: true, termination_protection_enabled: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/codebuild_project#argument-reference:
  // project_visibility "Default value is PRIVATE", queued_timeout "The default is 8 hours" (schema Default 480),
  // environment image_pull_credentials_type "Defaults to CODEBUILD", environment_variable type "Defaults to PLAINTEXT"
  aws_codebuild_project: { project_visibility: 'PRIVATE', queued_timeout: 480, 'environment.image_pull_credentials_type': 'CODEBUILD', 'environment.environment_variable.type': 'PLAINTEXT' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster#engine_mode:
  // "Defaults to: provisioned" (also what DescribeDBClusters answers for Aurora Serverless v2 and provisioned clusters);
  // #delete_automated_backups "Default is true" (and what the importer records)
  aws_rds_cluster: { engine_mode: 'provisioned', delete_automated_backups: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/redshift_cluster#argument-reference:
  // port "Default port is 5439", maintenance_track_name "Default value is current", manual_snapshot_retention_period
  // "Default value is -1", encrypted "true" by default since provider 6.0 (the API's default too); cluster_version
  // the schema's Default "1.0" (internal/service/redshift/cluster.go)
  aws_redshift_cluster: { cluster_version: '1.0', encrypted: 'true', maintenance_track_name: 'current', manual_snapshot_retention_period: -1, port: 5439 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/route53_resolver_rule#target_ip:
  // port "Default value is 53", protocol "Default value is Do53"
  aws_route53_resolver_rule: { 'target_ip.port': 53, 'target_ip.protocol': 'Do53' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/sfn_state_machine#type: "The default is STANDARD"
  aws_sfn_state_machine: { type: 'STANDARD' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/ec2_transit_gateway#argument-reference
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
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/codedeploy_deployment_config#compute_platform:
  // "Default is Server" (internal/service/deploy/deployment_config.go, Default types.ComputePlatformServer)
  aws_codedeploy_deployment_config: { compute_platform: 'Server' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/codedeploy_deployment_group#outdated_instances_strategy:
  // "Defaults to UPDATE" (internal/service/deploy/deployment_group.go, Default OutdatedInstancesStrategyUpdate; GetDeploymentGroup answers it)
  aws_codedeploy_deployment_group: { outdated_instances_strategy: 'UPDATE' },
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
  // internal/service/kinesis/stream.go: stream_mode_details (Optional, Computed,
  // SuppressMissingOptionalConfigurationBlock; DescribeStreamSummary answers PROVISIONED for a stream created without it)
  aws_kinesis_stream: ['stream_mode_details'],
  // internal/service/kafka/cluster.go: broker_node_group_info.connectivity_info and .storage_info (Optional, Computed);
  // open_monitoring (SuppressMissingOptionalConfigurationBlock; DescribeCluster answers both Prometheus exporters off)
  aws_msk_cluster: ['broker_node_group_info.connectivity_info', 'broker_node_group_info.storage_info', 'open_monitoring'],
  // internal/service/apprunner/service.go: health_check_configuration, instance_configuration, network_configuration
  // (Optional, Computed; DescribeService always answers them)
  aws_apprunner_service: ['health_check_configuration', 'instance_configuration', 'network_configuration'],
  // internal/service/autoscaling/group.go: traffic_source (TypeSet, Optional, Computed; DescribeAutoScalingGroups lists
  // the attached target groups there too)
  aws_autoscaling_group: ['traffic_source'],
  // internal/service/batch/compute_environment.go: compute_resources.ec2_configuration (Optional, Computed; Batch answers
  // the default image type of an EC2 environment)
  aws_batch_compute_environment: ['compute_resources.ec2_configuration'],
  // internal/service/codebuild/project.go: logs_config and its cloudwatch_logs and s3_logs (DiffSuppressFunc
  // suppressMissingOptionalConfigurationBlock; the read always answers both, DISABLED when off)
  aws_codebuild_project: ['logs_config', 'logs_config.cloudwatch_logs', 'logs_config.s3_logs'],
  // internal/service/opensearch/domain.go: Optional+Computed (advanced_security_options, aiml_options,
  // auto_tune_options, cluster_config, cluster_config.cold_storage_options, cluster_config.node_options,
  // domain_endpoint_options, ebs_options, encrypt_at_rest, node_to_node_encryption, off_peak_window_options,
  // software_update_options) or SuppressMissingOptionalConfigurationBlock (cluster_config.zone_awareness_config,
  // cognito_options, identity_center_options, snapshot_options)
  aws_opensearch_domain: ['advanced_security_options', 'aiml_options', 'auto_tune_options', 'cluster_config', 'cluster_config.cold_storage_options', 'cluster_config.node_options', 'cluster_config.zone_awareness_config', 'cognito_options', 'domain_endpoint_options', 'ebs_options', 'encrypt_at_rest', 'identity_center_options', 'node_to_node_encryption', 'off_peak_window_options', 'snapshot_options', 'software_update_options'],
  // internal/service/redshiftserverless/workgroup.go: price_performance_target (Optional, Computed)
  aws_redshiftserverless_workgroup: ['price_performance_target'],
  // internal/service/sesv2/email_identity.go: dkim_signing_attributes (Optional, Computed: Easy DKIM answers one)
  aws_sesv2_email_identity: ['dkim_signing_attributes'],
  // internal/service/sfn/state_machine.go and activity.go: Optional+Computed with SuppressMissingOptionalConfigurationBlock
  aws_sfn_activity: ['encryption_configuration'],
  aws_sfn_state_machine: ['encryption_configuration', 'logging_configuration', 'tracing_configuration'],
  // internal/service/ecr/repository.go: encryption_configuration and image_scanning_configuration
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
  // internal/service/deploy/deployment_group.go: blue_green_deployment_config and its green_fleet_provisioning_option
  // (Optional, Computed); deployment_style (SuppressMissingOptionalConfigurationBlock; GetDeploymentGroup always answers
  // one, IN_PLACE / WITHOUT_TRAFFIC_CONTROL for a group created without it)
  aws_codedeploy_deployment_group: ['blue_green_deployment_config', 'blue_green_deployment_config.green_fleet_provisioning_option', 'deployment_style'],
  // internal/service/configservice/configuration_recorder.go: recording_group, its exclusion_by_resource_types and
  // recording_strategy, recording_mode (Optional, Computed; DescribeConfigurationRecorders always answers them)
  aws_config_configuration_recorder: ['recording_group', 'recording_group.exclusion_by_resource_types', 'recording_group.recording_strategy', 'recording_mode'],
  // internal/service/configservice/config_rule.go: evaluation_mode (TypeSet, Optional, Computed; DescribeConfigRules
  // answers DETECTIVE for a rule put without one)
  aws_config_config_rule: ['evaluation_mode'],
};

/** The function name of a Lambda function ARN (`arn:aws:lambda:r:a:function:name[:qualifier]`), as getFunctionNameFromARN. */
function lambdaFunctionName(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(value) : null;
  return m ? m[1] : undefined;
}

/**
 * DiffSuppressFuncs the schema JSON does not carry: a configured and a live value the provider treats as equal
 * plan no change. By argument path, as PROVIDER_DEFAULTS.
 */
const EQUIVALENT: Record<string, Record<string, (configured: unknown, live: unknown) => boolean>> = {
  // internal/service/lambda/event_source_mapping.go: the read sets function_name to the FunctionArn, and
  // suppressEquivalentFunctionNameOrARN (internal/service/lambda/alias.go) suppresses a name against its ARN
  aws_lambda_event_source_mapping: { function_name: (c, l) => lambdaFunctionName(l) === c || lambdaFunctionName(c) === l },
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

/** What every body of one resource is judged against: its type, address, the live fixture and its ignore_changes. */
interface Judged {
  readonly type: string;
  readonly address: string;
  readonly live: LiveFixture;
  readonly ignored: ReadonlySet<string>;
}

/** The differences between configured and live nested blocks at `path` (`target`, `rule[0].filter`), judged by their nested schema. */
function blockDiffs(configured: unknown, liveValue: unknown, block: BlockSchema, r: Judged, path: string): string[] {
  const conf = Array.isArray(configured) ? configured : configured === undefined ? [] : [configured];
  const lv = Array.isArray(liveValue) ? liveValue : liveValue === undefined || liveValue === null ? [] : [liveValue];
  if (conf.length !== lv.length) return [`${r.address}: ${path} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`];
  return conf.flatMap((c, i) => bodyDiffs((c ?? {}) as Record<string, unknown>, (lv[i] ?? {}) as Record<string, unknown>, block, r, `${path}[${i}].`));
}

/**
 * Attribute-by-attribute differences of one body (a resource, or a nested block at `at`: `access_config[0].`)
 * against its live value. `at` is also how ignore_changes names an argument inside it; without the indexes
 * (`rule.`), how PROVIDER_DEFAULTS, COMPUTED_BLOCKS and EQUIVALENT do.
 */
function bodyDiffs(body: Record<string, unknown>, liveAttributes: Record<string, unknown>, block: BlockSchema, r: Judged, at = ''): string[] {
  const { type, live, ignored } = r;
  const top = at === '';
  const prefix = at.replace(/\[\d+\]/g, '');
  const changes: string[] = [];
  const names = new Set([...Object.keys(block.attributes), ...Object.keys(block.blocks ?? {})]);
  for (const name of names) {
    if (META.has(name) || ignored.has(at + name) || (top && (name === 'id' || name === 'region' || name === 'tags_all')) || name === 'timeouts') continue;
    const attribute = block.attributes[name];
    const nested = attribute ? undefined : block.blocks?.[name];
    const liveValue = liveAttributes[name];
    const where = `${r.address}: ${at}${name}`;
    const isDefault = Object.hasOwn(PROVIDER_DEFAULTS[type] ?? {}, prefix + name) && same(PROVIDER_DEFAULTS[type]![prefix + name], liveValue);
    if (nested && !Object.hasOwn(body, name) && COMPUTED_BLOCKS[type]?.includes(prefix + name)) continue;
    if (nested && (Object.hasOwn(body, name) || !(isUnset(liveValue) || isDefault))) {
      changes.push(...blockDiffs(body[name], liveValue, nested, r, at + name));
      continue;
    }
    const configurable = attribute ? attribute.required || (attribute.optional && !attribute.computed) : true;
    if (Object.hasOwn(body, name)) {
      const resolved = resolve(body[name], live);
      if (!resolved.known) continue;
      const configured = resolved.value;
      if (attribute && Array.isArray(configured) && Array.isArray(liveValue) && JSON.stringify(attribute.type).startsWith('["set"')) {
        if (!same([...configured].sort(), [...liveValue].sort())) changes.push(`${where} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
        continue;
      }
      if (liveValue === undefined && isUnset(configured)) continue;
      if (!same(configured, liveValue) && !EQUIVALENT[type]?.[prefix + name]?.(configured, liveValue)) changes.push(`${where} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
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
    changes.push(...bodyDiffs(body, resource.attributes, typeSchema, { type, address: to, live, ignored }));
  }
  return changes;
}
