// AWS Lambda functions, their resource-policy statements (permissions), aliases, function URLs and event
// source mappings.
// CloudTrail shape (REST/JSON): event names carry API versions (`CreateFunction20150331`, removed by
// normalization), request members in lowerCamel, tags as a map. CloudTrail never logs the zip
// (`code.zipFile`) nor environment variable values (`"environment": {}`).
// https://docs.aws.amazon.com/lambda/latest/dg/logging-using-cloudtrail.html

// Assembled from one file per area; mergeHandlers refuses an event two parts define.

import { mergeHandlers, type EventHandler, type ResourceTypeSpec, type ServiceMapper } from '../mapper';
import { taggingHandlers } from '../tagging';
import { functionChildrenHandlers } from './children';
import { functionHandlers } from './functions';
import { ALIAS, FUNCTION, FUNCTION_URL, INVOKE_CONFIG, LAYER_VERSION, MAPPING, PERMISSION } from './shared';

const resources: ResourceTypeSpec[] = [
  {
    type: FUNCTION,
    identity: { arn: 'arn:{partition}:lambda:{region}:{account}:function:{id}', field: 'function_name', exports: ['function_name', 'arn', 'id'], arnAlias: true },
    required: ['function_name', 'role'],
    references: {
      role: ['aws_iam_role'],
      kms_key_arn: ['aws_kms_key'],
      'vpc_config.subnet_ids': ['aws_subnet'],
      'vpc_config.security_group_ids': ['aws_security_group'],
      'dead_letter_config.target_arn': ['aws_sqs_queue', 'aws_sns_topic'],
      s3_bucket: ['aws_s3_bucket'],
      layers: [LAYER_VERSION],
    },
    events: ['CreateFunction', 'UpdateFunctionConfiguration', 'UpdateFunctionCode', 'PutFunctionConcurrency', 'DeleteFunctionConcurrency', 'PublishVersion', 'TagResource', 'UntagResource', 'DeleteFunction'],
  },
  {
    type: ALIAS,
    identity: { nameHint: (id) => id.replace('/', '-'), exports: ['id'] },
    required: ['function_name', 'function_version', 'name'],
    references: { function_name: [FUNCTION] },
    events: ['CreateAlias', 'UpdateAlias', 'DeleteAlias'],
  },
  {
    type: INVOKE_CONFIG,
    identity: { nameHint: (id) => id.replace(':', '-') },
    required: ['function_name'],
    references: {
      function_name: [FUNCTION],
      'destination_config.on_success.destination': ['aws_sqs_queue', 'aws_sns_topic', FUNCTION, 'aws_cloudwatch_event_bus'],
      'destination_config.on_failure.destination': ['aws_sqs_queue', 'aws_sns_topic', FUNCTION, 'aws_cloudwatch_event_bus'],
    },
    events: ['PutFunctionEventInvokeConfig', 'UpdateFunctionEventInvokeConfig', 'DeleteFunctionEventInvokeConfig'],
  },
  {
    type: FUNCTION_URL,
    identity: { nameHint: (id) => id.replace('/', '-'), exports: ['id'] },
    required: ['authorization_type', 'function_name'],
    references: { function_name: [FUNCTION] },
    events: ['CreateFunctionUrlConfig', 'UpdateFunctionUrlConfig', 'DeleteFunctionUrlConfig'],
  },
  {
    type: MAPPING,
    identity: { exports: ['id', 'uuid'] },
    required: ['function_name'],
    references: {
      function_name: [FUNCTION, ALIAS],
      event_source_arn: ['aws_sqs_queue', 'aws_dynamodb_table', 'aws_kinesis_stream'],
      kms_key_arn: ['aws_kms_key'],
      'destination_config.on_failure.destination_arn': ['aws_sqs_queue', 'aws_sns_topic'],
    },
    events: ['CreateEventSourceMapping', 'UpdateEventSourceMapping', 'DeleteEventSourceMapping'],
  },
  {
    type: PERMISSION,
    required: ['action', 'function_name', 'principal'],
    // Console triggers add these statements with the source's ARN (S3 bucket, SNS topic, EventBridge rule).
    references: { function_name: [FUNCTION], source_arn: ['aws_s3_bucket', 'aws_sns_topic', 'aws_cloudwatch_event_rule'] },
    events: ['AddPermission', 'RemovePermission'],
  },
  {
    type: LAYER_VERSION,
    identity: { arn: 'arn:{partition}:lambda:{region}:{account}:layer:{name}:{version}', keyedByArn: true, exports: ['arn', 'id'] },
    required: ['layer_name'],
    references: { s3_bucket: ['aws_s3_bucket'] },
    events: ['PublishLayerVersion', 'DeleteLayerVersion'],
  },
];

/** The handler tables of the parts, in the order they are merged (a test checks they are disjoint). */
export const lambdaParts: Readonly<Record<string, Readonly<Record<string, EventHandler>>>> = {
  tagging: taggingHandlers(resources, undefined, { unmapped: (arn) => `tags ${arn}, which is not a function Trailform maps` }),
  functions: functionHandlers,
  children: functionChildrenHandlers,
};

export const lambda: ServiceMapper = {
  service: 'lambda',
  eventSource: 'lambda.amazonaws.com',
  // Updates of mappings, URLs, aliases and invoke settings state only what they change, so one the session
  // did not create gets an import block only and Terraform generates its block. A
  // function keeps a block built from its update's answer: a generated one would lack a code source.
  resources,
  events: mergeHandlers(...Object.values(lambdaParts)),
};
