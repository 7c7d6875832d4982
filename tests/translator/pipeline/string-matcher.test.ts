// The matcher that finds exported identifiers inside longer strings: token boundaries, longest match,
// which identifiers are looked for at all.

import { isDistinctive, StringMatcher } from '../../../translator/pipeline/string-matcher';

const BUCKET = 'arn:aws:s3:::logs';
const ARCHIVE = 'arn:aws:s3:::logs-archive';
const QUEUE = 'arn:aws:sqs:us-east-1:111122223333:jobs';
const FUNCTION = 'arn:aws:lambda:us-east-1:111122223333:function:api';
const LOG_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/api';
const VPC = 'vpc-0abc1234';
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/111122223333/jobs';

const matcher = new StringMatcher(
  [BUCKET, ARCHIVE, QUEUE, FUNCTION, LOG_GROUP, VPC, KEY, QUEUE_URL, 'logs', 'admin', 'backup-20240101'].map((value) => ({ value, target: value })),
);

/** Each match as `[matched text, target]`. */
function found(text: string): [string, string][] {
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), m.targets.join('|')]);
}

describe('which identifiers are looked for inside strings', () => {
  it('ARNs of every partition, URLs, EC2-style IDs and UUIDs', () => {
    for (const v of [BUCKET, 'arn:aws-cn:s3:::logs', 'arn:aws-us-gov:sns:us-gov-west-1:111122223333:t', QUEUE_URL, VPC, 'sg-0123456789abcdef0', 'tgw-attach-0a1b2c3d4e5f67890', KEY]) {
      expect(isDistinctive(v), v).toBe(true);
    }
  });

  it('not names, dates, counters, all-letter words or short hex', () => {
    for (const v of ['logs', 'admin', '/aws/lambda/api', 'backup-20240101', 'cafe-deadbeef', 'vpc-0abc', 'arn:aws', 'arn:aws:s3', 'my bucket']) {
      expect(isDistinctive(v), v).toBe(false);
    }
    expect(found('logs admin backup-20240101')).toEqual([]);
  });
});

describe('StringMatcher.find', () => {
  it('finds an ARN before `/`, `:`, `*`, a quote, whitespace, punctuation or the end', () => {
    for (const suffix of ['', '/*', '/prefix/*', ':*', '*', '?versionId=1', '"', "'", ' ', '\n', ',', '}', ']', ')']) {
      expect(found(`${BUCKET}${suffix}`), suffix).toEqual([[BUCKET, BUCKET]]);
    }
    expect(found(`${FUNCTION}:live`)).toEqual([[FUNCTION, FUNCTION]]);
    expect(found(`${LOG_GROUP}:*`)).toEqual([[LOG_GROUP, LOG_GROUP]]);
  });

  it('never inside a longer name: `-`, `.`, letters or digits after the ARN', () => {
    for (const suffix of ['-old', '.example.com', 'x', '2', '_a', '+b', '=c', '@d', '${aws:username}']) expect(found(`${BUCKET}${suffix}/*`), suffix).toEqual([]);
    expect(found(`${QUEUE}-dlq`)).toEqual([]);
  });

  it('never where the ARN starts inside a word', () => {
    expect(found(`x${BUCKET}`)).toEqual([]);
    expect(found(`prefix-${BUCKET}`)).toEqual([]);
    expect(found(`"Resource": "${BUCKET}/*"`)).toEqual([[BUCKET, BUCKET]]);
  });

  it('prefers the longest identifier at a position', () => {
    expect(found(`${ARCHIVE}/*`)).toEqual([[ARCHIVE, ARCHIVE]]);
    expect(found(`${ARCHIVE}-2/*`)).toEqual([]);
    expect(found(`arn:aws:kms:us-east-1:111122223333:key/${KEY}`)).toEqual([[KEY, KEY]]);
  });

  it('an ID inside the longer ARN that contains it is not found on its own', () => {
    const withVpc = new StringMatcher([VPC, `arn:aws:ec2:us-east-1:111122223333:vpc/${VPC}`].map((value) => ({ value, target: value })));
    const text = `arn:aws:ec2:us-east-1:111122223333:vpc/${VPC}`;
    expect(withVpc.find(text).map((m) => m.targets[0])).toEqual([text]);
  });

  it('finds IDs only as whole words', () => {
    expect(found(VPC)).toEqual([[VPC, VPC]]);
    expect(found(`${VPC}def5`)).toEqual([]);
    expect(found(`x${VPC}`)).toEqual([]);
    expect(found(`${VPC}-x`)).toEqual([]);
    expect(found(`arn:aws:ec2:us-east-1:111122223333:vpc/${VPC}`)).toEqual([[VPC, VPC]]);
    expect(found(`${VPC}.internal`)).toEqual([[VPC, VPC]]);
  });

  it('finds several identifiers in one string, left to right', () => {
    const text = `send ${QUEUE} to ${QUEUE_URL}?x=1 via ${VPC}, then ${BUCKET}/out/`;
    expect(found(text)).toEqual([
      [QUEUE, QUEUE],
      [QUEUE_URL, QUEUE_URL],
      [VPC, VPC],
      [BUCKET, BUCKET],
    ]);
  });

  it('keeps every target that exports the same identifier', () => {
    const twice = new StringMatcher([{ value: BUCKET, target: 'a' }, { value: BUCKET, target: 'b' }]);
    expect(twice.find(`${BUCKET}/*`)[0]!.targets).toEqual(['a', 'b']);
  });

  it('an empty index finds nothing', () => {
    const empty = new StringMatcher<string>([{ value: 'logs', target: 'logs' }]);
    expect(empty.size).toBe(0);
    expect(empty.find(`${BUCKET}/*`)).toEqual([]);
  });
});
