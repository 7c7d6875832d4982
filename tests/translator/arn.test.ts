import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArn, parseArn, partitionOf } from '../../translator/services/arn';

describe('arn', () => {
  it('takes the partition from the Region', () => {
    expect(partitionOf('us-east-1')).toBe('aws');
    expect(partitionOf('eu-west-3')).toBe('aws');
    expect(partitionOf('cn-north-1')).toBe('aws-cn');
    expect(partitionOf('cn-northwest-1')).toBe('aws-cn');
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOf('us-gov-east-1')).toBe('aws-us-gov');
  });

  it('builds ARNs with the fields each scope carries', () => {
    const cn = { region: 'cn-north-1', accountId: '123456789012' };
    expect(buildArn(cn, 'sqs', 'orders')).toBe('arn:aws-cn:sqs:cn-north-1:123456789012:orders');
    expect(buildArn(cn, 'apigateway', '/restapis/abc', 'region-only')).toBe('arn:aws-cn:apigateway:cn-north-1::/restapis/abc');
    expect(buildArn({ region: 'us-gov-west-1', accountId: '123456789012' }, 'iam', 'role/x', 'account-only')).toBe('arn:aws-us-gov:iam::123456789012:role/x');
    expect(buildArn({ region: 'us-east-1', accountId: '123456789012' }, 's3', 'logs', 'none')).toBe('arn:aws:s3:::logs');
  });

  it('parses an ARN back, keeping colons and slashes of the resource', () => {
    expect(parseArn('arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:f:PROD')).toEqual({
      partition: 'aws-us-gov', service: 'lambda', region: 'us-gov-west-1', account: '123456789012', resource: 'function:f:PROD',
    });
    expect(parseArn('arn:aws-cn:s3:::logs/*')).toEqual({ partition: 'aws-cn', service: 's3', region: '', account: '', resource: 'logs/*' });
    expect(parseArn('vpc-0abc')).toBeUndefined();
    expect(parseArn('arn:aws:s3')).toBeUndefined();
  });
});

describe('partitions are decided in one place', () => {
  const dir = fileURLToPath(new URL('../../translator/', import.meta.url));
  const sources = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
  const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const files = sources(dir).filter((f) => !f.endsWith(join('services', 'arn.ts')));

  it.each(files.map((f) => [relative(dir, f), f] as const))('%s neither hard-codes the aws partition nor checks the Region for one', (_rel, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    expect(code).not.toMatch(/arn:aws:/);
    expect(code).not.toMatch(/startsWith\('(cn-|us-gov-)'\)/);
  });
});
