// The generic tagging handlers in API Gateway, AppSync, App Runner, Athena, Batch, CloudWatch, CodeArtifact,
// CodeCommit and CodeDeploy: each tagged ARN finds its type by the identity the type declares, and the
// resource found or adopted has the name, import ID and exports it had with the services' own resolvers.

import { translate, toInputs } from '../../../translator/index';
import { record } from './records';

const tag = (eventSource: string, member: string, arn: string) => record(eventSource, 'TagResource', { [member]: arn, tags: [{ key: 'k', value: 'v' }] });
const summary = (resources: ReturnType<typeof translate>['resources']) => resources.map((r) => [r.type, r.id, r.importId, r.nameHint, r.exports]);

describe('generic tagging in API, CI and monitoring services', () => {
  it('apigateway: a stage ARN is the stage (named after its API), not its API; the REST API exports its ARN', () => {
    const at = 'arn:aws-us-gov:apigateway:us-gov-west-1::';
    const { resources, report } = translate(toInputs([
      record('apigateway.amazonaws.com', 'TagResource', { resourceArn: `${at}/restapis/r1`, tagResourceInput: { tags: { k: 'v' } }, template: false }),
      record('apigateway.amazonaws.com', 'TagResource', { resourceArn: `${at}/restapis/r1/stages/prod`, tagResourceInput: { tags: { k: 'v' } }, template: false }),
      tag('apigateway.amazonaws.com', 'resourceArn', `${at}/apis/a1/stages/dev`),
      tag('apigateway.amazonaws.com', 'resourceArn', `${at}/domainnames/example.com`),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'import-only', 'import-only', 'ignored']);
    expect(report[3]!.reason).toBe(`tags ${at}/domainnames/example.com, an API Gateway resource Trailform does not map`);
    expect(summary(resources)).toEqual([
      ['aws_api_gateway_rest_api', 'r1', 'r1', 'r1', { id: 'r1', arn: `${at}/restapis/r1` }],
      ['aws_api_gateway_stage', 'r1/prod', 'r1/prod', 'r1 prod', { id: 'prod' }],
      ['aws_apigatewayv2_stage', 'a1/dev', 'a1/dev', 'a1 dev', {}],
    ]);
  });

  it('appsync: an ARN under an API (apis/ID/...) is not the API', () => {
    const api = 'arn:aws-us-gov:appsync:us-gov-west-1:123456789012:apis/abc';
    const { resources, report } = translate(toInputs([tag('appsync.amazonaws.com', 'resourceArn', api), tag('appsync.amazonaws.com', 'resourceArn', `${api}/channelNamespace/x`)]));
    expect(report.map((e) => e.outcome)).toEqual(['import-only', 'ignored']);
    expect(summary(resources)).toEqual([['aws_appsync_graphql_api', 'abc', 'abc', 'abc', { id: 'abc', arn: api }]]);
  });

  it('apprunner: types keyed by ARN with a revision, and connections by name with the tagged ARN', () => {
    const at = 'arn:aws-us-gov:apprunner:us-gov-west-1:123456789012';
    const { resources } = translate(toInputs([
      tag('apprunner.amazonaws.com', 'resourceArn', `${at}:autoscalingconfiguration/high/3/0123`),
      tag('apprunner.amazonaws.com', 'resourceArn', `${at}:connection/gh/0123`),
    ]));
    expect(summary(resources)).toEqual([
      ['aws_apprunner_auto_scaling_configuration_version', `${at}:autoscalingconfiguration/high/3/0123`, `${at}:autoscalingconfiguration/high/3/0123`, 'high', { arn: `${at}:autoscalingconfiguration/high/3/0123`, id: `${at}:autoscalingconfiguration/high/3/0123` }],
      ['aws_apprunner_connection', 'gh', 'gh', 'gh', { arn: `${at}:connection/gh/0123`, connection_name: 'gh' }],
    ]);
  });

  it('athena: an adopted workgroup starts with its name', () => {
    const { resources } = translate(toInputs([tag('athena.amazonaws.com', 'resourceARN', 'arn:aws-us-gov:athena:us-gov-west-1:123456789012:workgroup/wg')]));
    expect(resources[0]!.fields.name).toEqual({ kind: 'string', value: 'wg' });
    expect(resources[0]!.exports).toEqual({ id: 'wg', name: 'wg', arn: 'arn:aws-us-gov:athena:us-gov-west-1:123456789012:workgroup/wg' });
  });

  it('batch: a job definition revision is imported by its ARN; a queue keyed by ARN exports its name', () => {
    const at = 'arn:aws-us-gov:batch:us-gov-west-1:123456789012';
    const { resources, report } = translate(toInputs([
      tag('batch.amazonaws.com', 'resourceArn', `${at}:job-definition/etl:7`),
      tag('batch.amazonaws.com', 'resourceArn', `${at}:job-queue/etl`),
      tag('batch.amazonaws.com', 'resourceArn', `${at}:job/0123`),
    ]));
    expect(report[2]!.reason).toBe(`TagResource: ${at}:job/0123 is not a Batch resource Trailform maps`);
    expect(summary(resources)).toEqual([
      ['aws_batch_job_definition', 'etl', `${at}:job-definition/etl:7`, 'etl', { arn: `${at}:job-definition/etl:7` }],
      ['aws_batch_job_queue', `${at}:job-queue/etl`, `${at}:job-queue/etl`, 'etl', { arn: `${at}:job-queue/etl`, id: `${at}:job-queue/etl`, name: 'etl' }],
    ]);
  });

  it('cloudwatch: an alarm ARN is a composite alarm the session knows, else a metric alarm', () => {
    const at = 'arn:aws-us-gov:cloudwatch:us-gov-west-1:123456789012';
    const { resources, report } = translate(toInputs([
      record('monitoring.amazonaws.com', 'PutCompositeAlarm', { alarmName: 'c1', alarmRule: 'ALARM(m1)' }),
      tag('monitoring.amazonaws.com', 'resourceARN', `${at}:alarm:c1`),
      tag('monitoring.amazonaws.com', 'resourceARN', `${at}:alarm:m1`),
      tag('monitoring.amazonaws.com', 'resourceARN', `${at}:insight-rule/r`),
      // Application Auto Scaling names its alarms after the scaled resource, colons included.
      tag('monitoring.amazonaws.com', 'resourceARN', `${at}:alarm:TargetTracking-function:f:live-AlarmHigh-1`),
    ]));
    expect(report.map((e) => e.outcome)).toEqual(['created', 'updated', 'import-only', 'ignored', 'import-only']);
    expect(resources.map((r) => [r.type, r.id, r.exports.arn])).toEqual([
      ['aws_cloudwatch_composite_alarm', 'c1', `${at}:alarm:c1`],
      ['aws_cloudwatch_metric_alarm', 'm1', `${at}:alarm:m1`],
      ['aws_cloudwatch_metric_alarm', 'TargetTracking-function:f:live-AlarmHigh-1', `${at}:alarm:TargetTracking-function:f:live-AlarmHigh-1`],
    ]);
  });

  it('codeartifact, codecommit, codedeploy: name hints and exports from the declared identity', () => {
    const repo = 'arn:aws-us-gov:codeartifact:us-gov-west-1:123456789012:repository/shared/maven';
    const { resources } = translate(toInputs([
      tag('codeartifact.amazonaws.com', 'resourceArn', repo),
      record('codecommit.amazonaws.com', 'TagResource', { resourceArn: 'arn:aws-us-gov:codecommit:us-gov-west-1:123456789012:demo', tags: { k: 'v' } }),
      tag('codedeploy.amazonaws.com', 'resourceArn', 'arn:aws-us-gov:codedeploy:us-gov-west-1:123456789012:deploymentgroup:app/blue'),
    ]));
    expect(summary(resources)).toEqual([
      ['aws_codeartifact_repository', repo, repo, 'shared-maven', { repository: 'maven', arn: repo, id: repo }],
      ['aws_codecommit_repository', 'demo', 'demo', 'demo', { repository_name: 'demo', id: 'demo', arn: 'arn:aws-us-gov:codecommit:us-gov-west-1:123456789012:demo' }],
      ['aws_codedeploy_deployment_group', 'app:blue', 'app:blue', 'app-blue', {}],
    ]);
  });
});
