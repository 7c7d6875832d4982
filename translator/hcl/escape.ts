// String escaping for HCL quoted template literals, per the HCL native syntax spec
// (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#template-expressions): backslash
// escapes for quotes, backslashes and control characters, and doubling of the template introducers
// `${` and `%{` so they are read as literal text. Same rules as hclwrite's escapeQuotedStringLit.

// Anything that may need escaping; strings without it (most of them) are returned as they are.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]|[$%]\{/;

export function escapeString(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    switch (ch) {
      case '\\': out += '\\\\'; continue;
      case '"': out += '\\"'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '$':
      case '%':
        out += ch;
        if (value[i + 1] === '{') out += ch;
        continue;
    }
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) {
      out += '\\u' + code.toString(16).padStart(4, '0');
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + value[i + 1]!;
        i++;
        continue;
      }
      out += '\\ufffd'; // a lone surrogate cannot be written as UTF-8
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\\ufffd';
      continue;
    }
    out += ch;
  }
  return out;
}

export function quote(value: string): string {
  return `"${escapeString(value)}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'else', 'endfor']);

/** An object key printed bare when HCL reads it back as the same string, else quoted. */
export function objectKey(key: string): string {
  return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : quote(key);
}
