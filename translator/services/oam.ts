// CloudWatch Observability Access Manager (cross-account observability): types Trailform maps by their
// import block only; Terraform writes their configuration (`terraform plan -generate-config-out`).
// REST API with capitalised wire names (`Arn`, `Identifier`), read in either case:
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/logging_cw_api_calls.html
// Sinks and links are imported by ARN (`Identifier` in the delete call is the ARN); the sink policy by the sink's.

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_oam_sink', create: 'CreateSink', id: eitherCase('response.arn'), delete: 'DeleteSink', deleteId: eitherCase('request.identifier') },
  { type: 'aws_oam_link', create: 'CreateLink', id: eitherCase('response.arn'), delete: 'DeleteLink', deleteId: eitherCase('request.identifier'), update: ['UpdateLink'] },
  { type: 'aws_oam_sink_policy', create: 'PutSinkPolicy', id: eitherCase('response.sinkArn', 'request.sinkIdentifier') },
]);

export const oam: ServiceMapper = { service: 'oam', eventSource: 'oam.amazonaws.com', ...TYPES };
