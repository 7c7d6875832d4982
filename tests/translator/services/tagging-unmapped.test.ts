// How the generic tagging handlers report a value no declared type fits (TaggingOptions.unmappedAs,
// arnsOnly): a service whose calls can name nothing else makes the record invalid, not ignored.

import { translate, toInputs } from '../../../translator/index';
import { record } from './records';

const tag = (eventSource: string, resourceArn: string) => record(eventSource, 'TagResource', { resourceArn, tags: [{ Key: 'k', Value: 'v' }] });
const outcome = (r: ReturnType<typeof record>) => {
  const [entry] = translate(toInputs([r])).report;
  return [entry!.outcome, entry!.reason];
};

describe('tagging calls that name no declared type', () => {
  it('unmappedAs invalid: an ARN of another kind is a malformed record (ECR, DynamoDB)', () => {
    const ecr = 'arn:aws-us-gov:ecr:us-gov-west-1:123456789012:pull-through-cache/x';
    expect(outcome(tag('ecr.amazonaws.com', ecr))).toEqual(['invalid', `TagResource: ${ecr} is not an ECR repository ARN`]);
    const stream = 'arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:backup/b1';
    expect(outcome(tag('dynamodb.amazonaws.com', stream))).toEqual(['invalid', `TagResource: resourceArn ${stream} is not a table ARN`]);
  });

  it('arnsOnly: a value that is not an ARN is malformed, an ARN of another kind is ignored with its line (CodePipeline)', () => {
    expect(outcome(tag('codepipeline.amazonaws.com', 'web-app'))).toEqual(['invalid', 'TagResource: resourceArn web-app is not an ARN']);
    const webhook = 'arn:aws-us-gov:codepipeline:us-gov-west-1:123456789012:webhook:gh';
    expect(outcome(tag('codepipeline.amazonaws.com', webhook))).toEqual(['ignored', `TagResource: ${webhook} is a webhook or custom action type, which Trailform maps by its import block only`]);
  });

  it('the default: ignored with the service\'s line (CloudWatch)', () => {
    const rule = 'arn:aws-us-gov:cloudwatch:us-gov-west-1:123456789012:insight-rule/r';
    expect(outcome(record('monitoring.amazonaws.com', 'TagResource', { resourceARN: rule, tags: [{ Key: 'k', Value: 'v' }] }))[0]).toBe('ignored');
  });
});
