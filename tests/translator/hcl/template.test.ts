// The template node: literal text and references in one string. Literal parts are escaped as any
// string is (`${` → `$${`, `%{` → `%%{`), references written `${path}`, and HashiCorp's parser reads the
// result back. hcl2json answers in Terraform's JSON syntax: a literal `${` there is `$${`, a reference
// `${path}`, so the expected answer is built the same way from the parts.

import { attribute, block, ref, str, template, type TemplatePart } from '../../../translator/hcl/ast';
import { printFile, renderExpr } from '../../../translator/hcl/printer';
import { formatHcl, parseHcl } from '../../support/hcl-oracle';

describe('template()', () => {
  it('joins adjacent literals and drops empty ones', () => {
    expect(template(['a', '', 'b', { ref: 'x.y' }, 'c', 'd'])).toEqual({ kind: 'template', parts: ['ab', { ref: 'x.y' }, 'cd'] });
  });

  it('is a bare reference when the string is one reference, and a plain string without references', () => {
    expect(template(['', { ref: 'aws_sqs_queue.jobs.arn' }, ''])).toEqual(ref('aws_sqs_queue.jobs.arn'));
    expect(template(['a', 'b'])).toEqual(str('ab'));
    expect(template([])).toEqual(str(''));
  });
});

describe('printing a template', () => {
  const print = (parts: TemplatePart[]) => renderExpr(template(parts), 0);

  it('writes references as ${path} and escapes template introducers in the literal text', () => {
    expect(print([{ ref: 'aws_s3_bucket.logs.arn' }, '/*'])).toBe('"${aws_s3_bucket.logs.arn}/*"');
    expect(print([{ ref: 'aws_s3_bucket.logs.arn' }, '/${aws:username}/%{x}/*'])).toBe('"${aws_s3_bucket.logs.arn}/$${aws:username}/%%{x}/*"');
    expect(print(['say "hi"\n', { ref: 'a.b.c' }])).toBe('"say \\"hi\\"\\n${a.b.c}"');
  });

  it('writes literal $ signs right before a reference as ${"$"}, since `$${` would be the escape', () => {
    expect(print(['cost: $', { ref: 'a.b.c' }])).toBe('"cost: ${"$"}${a.b.c}"');
    expect(print(['$$', { ref: 'a.b.c' }])).toBe('"${"$$"}${a.b.c}"');
    expect(print(['%', { ref: 'a.b.c' }])).toBe('"%${a.b.c}"');
    expect(print([{ ref: 'a.b.c' }, '$'])).toBe('"${a.b.c}$"');
  });

  it('escapes a literal ${ in a plain string too', () => {
    expect(renderExpr(str('${aws_vpc.main.id} %{ if x }'), 0)).toBe('"$${aws_vpc.main.id} %%{ if x }"');
  });
});

/** A seeded generator, so a failure names a reproducible seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['${', '%{', '$${', '%%{', '$', '%', '{', '}', '"', '\\', '\n', '\t', '~', '/*', ':*', 'arn:aws:s3:::b', 'é', '😀', ' ', 'a', '${aws:username}', '%{ if true }'];
const REFS = ['aws_s3_bucket.logs.arn', 'aws_sqs_queue.jobs.id', 'aws_iam_role.a_b.arn'];

/** What hcl2json answers for the parts: literal `${` / `%{` doubled, references as `${path}`. */
function terraformJson(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p.normalize('NFC').replace(/\$\{/g, () => '$${').replace(/%\{/g, '%%{') : '${' + p.ref + '}')).join('');
}

describe('templates through HashiCorp parser and formatter', () => {
  it('reads 600 random templates back as written, and the formatter leaves them alone', async () => {
    const next = rng(20261207);
    const cases: TemplatePart[][] = [];
    for (let i = 0; i < 600; i++) {
      const parts: TemplatePart[] = [];
      const count = 1 + Math.floor(next() * 5);
      for (let j = 0; j < count; j++) {
        if (next() < 0.4) parts.push({ ref: REFS[Math.floor(next() * REFS.length)]! });
        else parts.push(Array.from({ length: 1 + Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
      }
      if (!parts.some((p) => typeof p !== 'string')) parts.push({ ref: REFS[0]! });
      if (!parts.some((p) => typeof p === 'string')) parts.push('/*');
      cases.push(parts);
    }
    for (let start = 0; start < cases.length; start += 100) {
      const batch = cases.slice(start, start + 100);
      const exprs = batch.map((parts) => template(parts));
      const text = printFile([block('locals', [], exprs.map((e, i) => attribute(`v${i}`, e)))]);
      const parsed = (await parseHcl('template.tf', text)) as { locals: Record<string, unknown>[] };
      exprs.forEach((e, i) => {
        const parts = e.kind === 'template' ? e.parts : e.kind === 'ref' ? [{ ref: e.path }] : [];
        expect(parts.length, JSON.stringify(batch[i])).toBeGreaterThan(0);
        expect(parsed.locals[0]![`v${i}`], JSON.stringify(batch[i])).toBe(e.kind === 'ref' ? '${' + e.path + '}' : terraformJson(parts));
      });
      expect(await formatHcl(text)).toBe(text);
    }
  });
});
