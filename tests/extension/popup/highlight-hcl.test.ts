// The display tokenizer never changes the text, and marks the parts a reader looks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenizeHcl, type Token } from '../../../extension/popup/highlight-hcl.ts';

const GOLDEN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'golden');

function kinds(tokens: Token[]): [string, string][] {
  return tokens.filter((t) => t.kind !== null).map((t) => [t.kind!, t.text]);
}

test('every golden .tf file comes back unchanged when its tokens are joined', () => {
  let files = 0;
  for (const scenario of readdirSync(GOLDEN)) {
    let names: string[] = [];
    try {
      names = readdirSync(join(GOLDEN, scenario, 'expected')).filter((n) => n.endsWith('.tf'));
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(join(GOLDEN, scenario, 'expected', name), 'utf8');
      expect(tokenizeHcl(text).map((t) => t.text).join(''), `${scenario}/${name}`).toBe(text);
      files += 1;
    }
  }
  expect(files).toBeGreaterThan(50);
});

test('keywords, strings, comments, numbers, literals and attribute names', () => {
  const text = [
    '# made by alice',
    'resource "aws_vpc" "main" {',
    '  cidr_block = "10.0.0.0/16" // inline',
    '  enable_dns_support = true',
    '  tags = { Name = "a \\"quoted\\" name" }',
    '  max = 5',
    '  vpc_id = aws_vpc.main.id',
    '}',
    'import {',
    '  to = aws_vpc.main',
    '}',
  ].join('\n');
  const k = kinds(tokenizeHcl(text));
  expect(k).toContainEqual(['comment', '# made by alice']);
  expect(k).toContainEqual(['keyword', 'resource']);
  expect(k).toContainEqual(['keyword', 'import']);
  expect(k).toContainEqual(['string', '"aws_vpc"']);
  expect(k).toContainEqual(['attr', 'cidr_block']);
  expect(k).toContainEqual(['comment', '// inline']);
  expect(k).toContainEqual(['literal', 'true']);
  expect(k).toContainEqual(['string', '"a \\"quoted\\" name"']);
  expect(k).toContainEqual(['number', '5']);
  expect(k).toContainEqual(['type', 'aws_vpc']);
  // "resource" as a value is not a keyword.
  expect(kinds(tokenizeHcl('  x = resource\n'))).not.toContainEqual(['keyword', 'resource']);
});

test('heredocs are one string token', () => {
  const text = 'policy = <<EOT\n{"a": 1}\nEOT\n';
  expect(kinds(tokenizeHcl(text))).toContainEqual(['string', '<<EOT\n{"a": 1}\nEOT']);
});
