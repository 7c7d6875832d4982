// A tiny HCL tokenizer, for display only: comments, strings (with heredocs), numbers, block keywords,
// literals and attribute names. Hand-written rather than a highlighting library (Prism's HCL grammar
// plus its core is ~6 KB gzip) to keep the popup's own chunk small; the text is never changed, only
// split into spans.
export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'literal' | 'attr' | 'type';
export interface Token {
  kind: TokenKind | null;
  text: string;
}

const KEYWORDS = new Set(['resource', 'data', 'import', 'provider', 'terraform', 'variable', 'output', 'locals', 'module', 'moved', 'removed', 'required_providers', 'lifecycle']);
const LITERALS = new Set(['true', 'false', 'null']);

// Order matters: the first alternative that matches at a position wins.
const TOKEN = /(#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(<<-?([A-Z_]+)\n[\s\S]*?\n\s*\3(?=\n|$))|("(?:[^"\\\n]|\\.)*")|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][\w-]*)(\s*=(?!=))?/g;

export function tokenizeHcl(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let lineStart = true;
  const push = (kind: TokenKind | null, text: string): void => {
    if (text === '') return;
    const prev = tokens[tokens.length - 1];
    if (kind === null && prev && prev.kind === null) prev.text += text;
    else tokens.push({ kind, text });
  };
  for (const m of source.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    const gap = source.slice(last, at);
    push(null, gap);
    if (gap.includes('\n')) lineStart = /\n\s*$/.test(gap);
    else if (gap.trim() !== '') lineStart = false;
    const [whole, comment, heredoc, , str, num, ident, assign] = m;
    if (comment) push('comment', comment);
    else if (heredoc) push('string', heredoc);
    else if (str) push('string', str);
    else if (num) push('number', num);
    else if (ident) {
      if (assign) {
        push('attr', ident);
        push(null, assign);
      } else if (lineStart && KEYWORDS.has(ident)) push('keyword', ident);
      else if (LITERALS.has(ident)) push('literal', ident);
      else if (/^aws_|^var$|^data$/.test(ident)) push('type', ident);
      else push(null, ident);
    } else push(null, whole);
    lineStart = false;
    last = at + whole.length;
  }
  push(null, source.slice(last));
  return tokens;
}
