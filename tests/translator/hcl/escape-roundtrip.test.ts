// Property test: any string printed as an HCL literal and read back by HashiCorp's parser is the
// same string. hcl2json answers in Terraform's JSON syntax, where a literal `${` / `%{` is written
// `$${` / `%%{`, so that one escape is undone before comparing. HCL normalizes every string literal
// to Unicode NFC (hclsyntax spec, "Template Expressions"), so the expectation is the NFC form.

import { attribute, block, object, str } from '../../../translator/hcl/ast';
import { printFile } from '../../../translator/hcl/printer';
import { parseHcl, formatHcl } from '../../support/hcl-oracle';

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

const PIECES = ['${', '%{', '$${', '%%{', '$', '%', '{', '}', '"', '\\', '\\n', '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u2028', 'é', '日本', '😀', '\u0301', ' ', 'a', 'Z', '9', '~', '${var.x}', '%{ if true }', "'", '#', '//', '/*', '<<EOF'];

/** With `anyCodePoint` false, only the listed pieces (the formatter check on object keys uses those:
 * hclwrite aligns by grapheme clusters of its own Unicode tables, which lag on newly assigned marks). */
function randomString(next: () => number, anyCodePoint = true): string {
  const length = Math.floor(next() * 12);
  let out = '';
  for (let i = 0; i < length; i++) {
    if (!anyCodePoint || next() < 0.6) out += PIECES[Math.floor(next() * PIECES.length)];
    else {
      // any code point outside the surrogate range
      let cp = Math.floor(next() * 0x10ffff);
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x41;
      out += String.fromCodePoint(cp);
    }
  }
  return out;
}

const fromTerraformJson = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

describe('HCL string escaping', () => {
  it('round-trips 3,000 random strings as values (1,500 also as object keys) through HashiCorp parser', async () => {
    const next = rng(20261126);
    const strings = Array.from({ length: 3000 }, (_, i) => randomString(next, i % 2 === 0));
    // Batches of 100 strings per file keep the WASM parser calls few.
    for (let start = 0; start < strings.length; start += 100) {
      const batch = strings.slice(start, start + 100);
      const keyed = batch.filter((_, i) => (start + i) % 2 === 1);
      const text = printFile([
        block('locals', [], batch.map((s, i) => attribute(`v${i}`, str(s)))),
        block('locals', [], [attribute('keys', object(keyed.map((s, i) => [`${s}#${i}`, str(String(i))] as const)))]),
      ]);
      const parsed = (await parseHcl('escape.tf', text)) as { locals: Record<string, unknown>[] };
      const values = parsed.locals[0]!;
      batch.forEach((s, i) => expect(fromTerraformJson(values[`v${i}`] as string), JSON.stringify(s)).toBe(s.normalize('NFC')));
      const keys = Object.keys(parsed.locals[1]!.keys as object).map(fromTerraformJson).sort();
      expect(keys).toEqual(keyed.map((s, i) => `${s}#${i}`.normalize('NFC')).sort());
      expect(await formatHcl(text)).toBe(text);
    }
  });

  it('escapes template introducers so they are never evaluated', () => {
    expect(printFile([block('locals', [], [attribute('a', str('${aws_vpc.main.id} %{if x}'))])])).toContain('"$${aws_vpc.main.id} %%{if x}"');
  });
});
